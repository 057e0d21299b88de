//! The views that exist only once there are partnerships in this browser: the
//! home page's list of them, and the notice about stored data that could not
//! be read. A first visit shows neither, so with the `split` feature they are
//! in the reader's chunk (`state::reader`): loaded before start-up wherever
//! data is stored, and otherwise when the first partnership is being made.
//!
//! Without `split` (tests, clippy) they are simply there.

use super::banner::NoticeBanner;
use super::partnership_list::PartnershipList;
use crate::state::store::Notice;
use leptos::prelude::*;

/// The views, as plain functions that draw them.
#[derive(Clone, Copy)]
pub struct StoredViews {
    pub list: fn() -> AnyView,
    pub notice: fn(Notice) -> AnyView,
}

fn views() -> StoredViews {
    StoredViews {
        list: || view! { <PartnershipList /> }.into_any(),
        notice: |notice| view! { <NoticeBanner notice /> }.into_any(),
    }
}

#[cfg(feature = "split")]
mod chunk {
    use super::StoredViews;
    use crate::state::split_slot;
    use leptos::wasm_split::SplitLoaderError;
    use std::cell::Cell;

    thread_local! {
        static LOADED: Cell<Option<StoredViews>> = const { Cell::new(None) };
    }

    #[leptos::wasm_split::wasm_split(reader, wasm_split_path = ::leptos::wasm_split, fallible)]
    fn stored_views() -> Result<StoredViews, SplitLoaderError> {
        Ok(super::views())
    }

    /// The views, loading their code first if need be; `None` if it could not
    /// be fetched. A failure is not remembered: the next call tries again.
    pub async fn load() -> Option<StoredViews> {
        split_slot::load(&LOADED, stored_views).await
    }

    pub fn get() -> Option<StoredViews> {
        LOADED.get()
    }
}

#[cfg(not(feature = "split"))]
mod chunk {
    use super::StoredViews;

    pub async fn load() -> Option<StoredViews> {
        Some(super::views())
    }

    pub fn get() -> Option<StoredViews> {
        Some(super::views())
    }
}

pub use chunk::load;

/// Starts loading the views' code, if it is not loaded yet, so they are there
/// when the first partnership is made.
pub fn prefetch() {
    if chunk::get().is_none() {
        leptos::task::spawn_local(async {
            load().await;
        });
    }
}

/// Draws with the stored views: at once where they are loaded (always after a
/// start-up that read stored data), otherwise once they are, or says that they
/// could not be fetched, with "Try again".
pub fn with_stored_views(
    draw: impl Fn(StoredViews) -> AnyView + Clone + Send + Sync + 'static,
) -> AnyView {
    if let Some(views) = chunk::get() {
        return draw(views);
    }
    let attempt = RwSignal::new(0u32);
    view! {
        <Suspense fallback=|| ()>
            {move || {
                attempt.track();
                let draw = draw.clone();
                // Suspend wants a Send future; the loader's is not one, and the
                // browser's main thread is the only thread there is.
                Suspend::new(send_wrapper::SendWrapper::new(async move {
                    match load().await {
                        Some(views) => draw(views),
                        None => super::lazy::load_failed(super::lazy::Failed::Part, attempt),
                    }
                }))
            }}
        </Suspense>
    }
    .into_any()
}
