//! A long page on the wall, a part at a time: in projector mode only one of the
//! page's parts (its children marked `slide`) is shown, and PageUp/PageDown (a
//! presentation clicker) or the buttons move between them, so no one scrolls in
//! front of the room. Outside projector mode the page reads as before, whole.

use super::display::use_display;
use super::fill::fill;
use crate::i18n::*;
use leptos::html::Div;
use leptos::prelude::*;

/// `parts`, where the parts come and go (a list of indicators), is read so
/// that they are counted again; without it they are counted once.
/// The part shown on the wall, from 0, for parts that come and go: the
/// stylesheet hides parts by position up to six only.
#[derive(Clone, Copy)]
pub struct SlideAt(pub ReadSignal<usize>);

#[component]
pub fn Slides(
    children: Children,
    #[prop(optional, into)] parts: Option<Signal<usize>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let display = use_display();
    let node = NodeRef::<Div>::new();
    let count = RwSignal::new(1usize);
    let at = RwSignal::new(0usize);
    // The parts are counted once drawn: some (a board without negative effects) may be absent.
    Effect::new(move |_| {
        if let Some(parts) = parts {
            parts.track();
        }
        if let Some(el) = node.get() {
            let n = el
                .query_selector_all(":scope > .slide")
                .map(|l| l.length() as usize)
                .unwrap_or(1);
            count.set(n.max(1));
            if at.get_untracked() >= n.max(1) {
                at.set(n.max(1) - 1);
            }
        }
    });
    // Beyond the six parts the stylesheet counts, a part asks which is shown.
    provide_context(SlideAt(at.read_only()));
    let go = move |forward: bool| {
        let now = at.get_untracked();
        let next = if forward {
            (now + 1).min(count.get_untracked() - 1)
        } else {
            now.saturating_sub(1)
        };
        at.set(next);
        next != now
    };
    let handle = window_event_listener(leptos::ev::keydown, move |ev| {
        if !display.projector.get_untracked() || ev.ctrl_key() || ev.meta_key() || ev.alt_key() {
            return;
        }
        let moved = match ev.key().as_str() {
            "PageDown" => go(true),
            "PageUp" => go(false),
            _ => false,
        };
        if moved {
            ev.prevent_default();
        }
    });
    on_cleanup(move || handle.remove());
    view! {
        <div class="slides" node_ref=node data-at=move || (at.get() + 1).to_string()>
            {children()}
        </div>
        <nav class="slide-pager" aria-label=move || t_string!(i18n, display.parts) hidden=move || { count.get() < 2 }>
            <button type="button" class="button secondary" disabled=move || at.get() == 0 on:click=move |_| { go(false); }>
                "←"<span class="part-word">" "{t!(i18n, display.previous_part)}</span>
            </button>
            <span class="part-of" aria-live="polite">
                {move || fill(t_string!(i18n, display.part_of), &[("n", (at.get() + 1).to_string()), ("total", count.get().to_string())])}
            </span>
            <button type="button" class="button secondary" disabled=move || { at.get() + 1 >= count.get() } on:click=move |_| { go(true); }>
                <span class="part-word">{t!(i18n, display.next_part)}" "</span>"→"
            </button>
        </nav>
    }
}
