//! Single-key shortcuts for the frequent actions, and the help dialog that lists them.

use super::display::use_display;
use super::lazy::with_code;
use crate::i18n::*;
use crate::split_code::split_code;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// Keys belong to the page only when the person is not typing.
pub fn typing(ev: &web_sys::KeyboardEvent) -> bool {
    ev.target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        .is_some_and(|el| {
            matches!(el.tag_name().as_str(), "INPUT" | "TEXTAREA" | "SELECT")
                || el.has_attribute("contenteditable")
        })
}

/// Global keys: `?` help, `p` projector mode, `b` bilingual display.
#[component]
pub fn Shortcuts() -> impl IntoView {
    let display = use_display();
    let handle = window_event_listener(leptos::ev::keydown, move |ev| {
        if ev.ctrl_key() || ev.meta_key() || ev.alt_key() || typing(&ev) || ev.default_prevented() {
            return;
        }
        match ev.key().as_str() {
            "?" => {
                ev.prevent_default();
                display.help_open.set(true);
            }
            "p" | "P" => {
                ev.prevent_default();
                display.toggle_projector();
            }
            "b" | "B" => {
                ev.prevent_default();
                display.toggle_bilingual();
            }
            _ => {}
        }
    });
    on_cleanup(move || handle.remove());
    view! { <HelpDialog /> }
}

#[component]
fn HelpDialog() -> impl IntoView {
    let display = use_display();
    let dialog = NodeRef::<leptos::html::Dialog>::new();
    // The content exists only while the dialog is open: closed, it would be
    // drawn at start-up and translated at every language switch for nothing.
    view! {
        <dialog node_ref=dialog class="help-dialog" aria-labelledby="help-title"
            on:close=move |_| display.help_open.set(false)>
            {move || display.help_open.get().then(|| view! { <HelpFrame dialog /> })}
        </dialog>
    }
}

/// The dialog's title and close button; the list of keys is not needed on any
/// first screen, so in the release build it is a chunk, fetched at the first
/// opening.
#[component]
fn HelpFrame(dialog: NodeRef<leptos::html::Dialog>) -> impl IntoView {
    let i18n = use_i18n();
    // Its styles come with the page styles (style/pages.css), not the first load.
    drop(super::page_styles::load());
    // The dialog element is the source of truth for modality (focus, Esc).
    // Opened once its content is there, so `autofocus` finds the button.
    Effect::new(move |_| {
        if let Some(d) = dialog.get() {
            if !d.open() {
                let _ = d.show_modal();
            }
        }
    });
    view! {
        <h2 id="help-title">{t!(i18n, display.help_title)}</h2>
        {with_code(split_code::get(), split_code::load, |draw| draw())}
        <form method="dialog">
            <button class="button" autofocus>{t!(i18n, display.close)}</button>
        </form>
    }
}

split_code!(
    help,
    fn help_keys() -> fn() -> AnyView {
        || view! { <HelpKeys /> }.into_any()
    }
);

#[component]
fn HelpKeys() -> impl IntoView {
    let i18n = use_i18n();
    let rows = move || {
        vec![
            ("?", t_string!(i18n, display.key_help)),
            ("P", t_string!(i18n, display.key_projector)),
            ("B", t_string!(i18n, display.key_bilingual)),
            ("Ctrl+Z", t_string!(i18n, display.key_undo)),
            ("Ctrl+Shift+Z", t_string!(i18n, display.key_redo)),
        ]
    };
    view! {
        <table class="shortcut-table">
            <thead><tr><th scope="col">{t!(i18n, display.key)}</th><th scope="col">{t!(i18n, display.action)}</th></tr></thead>
            <tbody>
                {move || rows().into_iter().map(|(key, what)| view! {
                    <tr><td><kbd>{key}</kbd></td><td>{what}</td></tr>
                }).collect_view()}
            </tbody>
        </table>
        <p class="hint">{t!(i18n, display.help_screens)}</p>
    }
}

/// The two display switches, for the header.
#[component]
pub fn DisplayControls() -> impl IntoView {
    let i18n = use_i18n();
    let display = use_display();
    view! {
        <div class="display-controls">
            <button class="button secondary on-dark" aria-pressed=move || display.bilingual.get().to_string()
                on:click=move |_| display.toggle_bilingual() aria-keyshortcuts="B">
                {t!(i18n, display.bilingual)}
            </button>
            <button class="button secondary on-dark" aria-pressed=move || display.projector.get().to_string()
                on:click=move |_| display.toggle_projector() aria-keyshortcuts="P">
                {t!(i18n, display.projector)}
            </button>
            <button class="button secondary on-dark" on:click=move |_| display.help_open.set(true)
                aria-keyshortcuts="?">
                <span aria-hidden="true">"?"</span>
                <span class="visually-hidden">{t!(i18n, display.help_title)}</span>
            </button>
        </div>
    }
}
