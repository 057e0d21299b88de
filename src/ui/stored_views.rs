//! The views that exist only once there are partnerships in this browser: the
//! home page's list of them, the notice about stored data that could not be
//! read, the undo bar (everything undoable is done to partnerships), and the
//! banners about saving them (`ui::banner`) and about a new version. A first
//! visit shows none of them, so with the `split` feature they are in the
//! codec's chunk (`state::codec`): loaded before start-up wherever data is
//! stored, and otherwise when the first partnership is being made, or at once
//! where a banner needs them.

use super::banner::{storage_banner, NoticeBanner, UpdateReady};
use super::partnership_list::PartnershipList;
use super::undo_bar::UndoBarContent;
use crate::split_code::split_code;
use crate::state::store::{Notice, Persistence};
use leptos::prelude::*;

/// The views, as plain functions that draw them.
#[derive(Clone, Copy)]
pub struct StoredViews {
    pub list: fn() -> AnyView,
    pub notice: fn(Notice) -> AnyView,
    pub undo_bar: fn() -> AnyView,
    /// The banner for a storage problem other than missing code.
    pub storage: fn(Persistence) -> AnyView,
    /// The announcement of a new version, with its button.
    pub update: fn() -> AnyView,
}

fn views() -> StoredViews {
    StoredViews {
        list: || view! { <PartnershipList /> }.into_any(),
        notice: |notice| view! { <NoticeBanner notice /> }.into_any(),
        undo_bar: || view! { <UndoBarContent /> }.into_any(),
        storage: storage_banner,
        update: || view! { <UpdateReady /> }.into_any(),
    }
}

split_code!(
    codec,
    fn stored_views() -> StoredViews {
        views()
    }
);

/// `prefetch` starts loading the views' code, so they are there when the
/// first partnership is made.
pub use split_code::{load, prefetch};

/// Draws with the stored views: at once where they are loaded (always after a
/// start-up that read stored data), otherwise once they are.
pub fn with_stored_views(
    draw: impl Fn(StoredViews) -> AnyView + Clone + Send + Sync + 'static,
) -> AnyView {
    super::lazy::with_code(split_code::get(), load, draw)
}
