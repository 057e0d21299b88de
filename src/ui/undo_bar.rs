//! Undo and redo for every destructive action, by button and by Ctrl+Z / Ctrl+Shift+Z / Ctrl+Y.

use super::stored_views::with_stored_views;
use crate::i18n::*;
use crate::state::store::Action;
use crate::state::use_store;
use crate::ui::fill::fill;
use leptos::prelude::*;

/// One text and a replace each: an interpolating `t!` is a view per language,
/// and this bar is in the first load.
fn describe(action: Action) -> AnyView {
    let i18n = use_i18n();
    match action {
        Action::DeletePartnership(name) => {
            fill(t_string!(i18n, undo.deleted), &[("name", name)]).into_any()
        }
        Action::Delete(name) => {
            fill(t_string!(i18n, undo.deleted_item), &[("name", name)]).into_any()
        }
        Action::Import => t!(i18n, undo.imported).into_any(),
        Action::LiveEnded(name) => {
            fill(t_string!(i18n, undo.live_ended), &[("name", name)]).into_any()
        }
    }
}

#[component]
pub fn UndoBar() -> impl IntoView {
    let store = use_store();
    let handle = window_event_listener(leptos::ev::keydown, move |ev| {
        if !(ev.ctrl_key() || ev.meta_key()) || super::shortcuts::typing(&ev) {
            return;
        }
        match ev.key().as_str() {
            "z" if !ev.shift_key() => {
                ev.prevent_default();
                store.undo();
            }
            "Z" | "y" => {
                ev.prevent_default();
                store.redo();
            }
            _ => {}
        }
    });
    on_cleanup(move || handle.remove());
    let any = Memo::new(move |_| {
        store
            .undo_state
            .with(|(undo, redo)| undo.is_some() || redo.is_some())
    });
    // The region is always there, so screen readers announce what appears in it.
    view! {
        <div class="undo-region" role="status">
            {move || any.get().then(|| with_stored_views(|views| (views.undo_bar)()))}
        </div>
    }
}

/// What can be undone or redone. Everything undoable is done to partnerships,
/// so this comes with the views that show them (`ui::stored_views`).
#[component]
pub(super) fn UndoBarContent() -> impl IntoView {
    let i18n = use_i18n();
    let store = use_store();
    move || {
        let (undo, redo) = store.undo_state.get();
        (undo.is_some() || redo.is_some()).then(|| view! {
            <div class="undo-bar">
                <span>{undo.clone().map(describe)}</span>
                <div class="actions">
                    {undo.is_some().then(|| view! {
                        <button class="button" on:click=move |_| store.undo()>{t!(i18n, undo.undo)}</button>
                    })}
                    {redo.map(|_| view! {
                        <button class="button" on:click=move |_| store.redo()>{t!(i18n, undo.redo)}</button>
                    })}
                </div>
            </div>
        })
    }
}
