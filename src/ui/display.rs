//! How the app is shown in the room: projector mode (fullscreen, large type,
//! high contrast, editing chrome reduced) and the bilingual display (goal
//! titles and key labels in both partners' languages at once).

use super::locale::use_lang;
use crate::domain::Lang;
use crate::state::storage::{self};
use leptos::prelude::*;

const BILINGUAL_KEY: &str = "sdg-circle/v1/bilingual";

#[derive(Clone, Copy)]
pub struct Display {
    pub projector: RwSignal<bool>,
    pub bilingual: RwSignal<bool>,
    pub help_open: RwSignal<bool>,
    /// See [`use_alt_langs`]; one memo for every label on the page.
    alt_langs: Memo<Vec<Lang>>,
}

/// Needs the store (for the current partnership's languages) in context.
pub fn provide_display() -> Display {
    let bilingual = RwSignal::new(storage::read(BILINGUAL_KEY).as_deref() == Some("on"));
    let current = crate::state::use_store().current();
    let lang = use_lang();
    // One memo for the page rather than a derived signal per label: each
    // bilingual label re-runs only when the list of languages really changes.
    let alt_langs = Memo::new(move |_| {
        if !bilingual.get() {
            return Vec::new();
        }
        let ui = lang.get();
        current.with(|p| {
            p.as_ref()
                .map(|p| p.languages().into_iter().filter(|l| *l != ui).collect())
                .unwrap_or_default()
        })
    });
    let display = Display {
        projector: RwSignal::new(false),
        bilingual,
        help_open: RwSignal::new(false),
        alt_langs,
    };
    provide_context(display);
    // The <html> element is outside Leptos' tree: mirror the modes as classes on it.
    Effect::new(move |_| {
        let projector = display.projector.get();
        if let Some(root) = document().document_element() {
            let _ = root.class_list().toggle_with_force("projector", projector);
        }
    });
    Effect::new(move |ran: Option<()>| {
        let on = display.bilingual.get();
        if ran.is_some() {
            let _ = storage::write(BILINGUAL_KEY, if on { "on" } else { "off" });
        }
    });
    display
}

pub fn use_display() -> Display {
    expect_context::<Display>()
}

impl Display {
    /// Projector mode goes fullscreen too; leaving it leaves fullscreen.
    pub fn toggle_projector(self) {
        let on = !self.projector.get_untracked();
        self.projector.set(on);
        let document = document();
        if on {
            // Projector mode's styles come with the page styles (style/pages.css),
            // kept out of the first load; on any page but home they are there already.
            drop(super::page_styles::load());
            if let Some(root) = document.document_element() {
                let _ = root.request_fullscreen();
            }
        } else if document.fullscreen_element().is_some() {
            document.exit_fullscreen();
        }
    }

    pub fn toggle_bilingual(self) {
        self.bilingual.update(|b| *b = !*b);
    }
}

/// The languages to show beside the UI language: the current partnership's
/// languages other than the UI's, when the bilingual display is on.
pub fn use_alt_langs() -> Signal<Vec<Lang>> {
    // Outside the app shell (a component mounted on its own) there is nothing
    // to be bilingual about.
    match use_context::<Display>() {
        Some(display) => display.alt_langs.into(),
        None => Signal::derive(Vec::new),
    }
}

/// A goal's title in the UI language and, bilingual, in the partners' other languages.
#[component]
pub fn GoalTitle(goal: &'static crate::domain::Goal) -> impl IntoView {
    let lang = use_lang();
    let alt = use_alt_langs();
    view! {
        <span class="bi goal-title-text">
            <span class="bi-main">{move || goal.title(lang.get())}</span>
            {move || alt.get().into_iter().map(|l| view! {
                <span class="bi-alt" lang=l.code()>{goal.title(l)}</span>
            }).collect_view()}
        </span>
    }
}

/// Anything a label can be looked up in: the live i18n context (the UI
/// language, tracked) or a fixed locale (for the bilingual display).
pub trait AsLocale: Copy {
    fn locale(self) -> crate::i18n::Locale;
}

impl AsLocale for crate::i18n::Locale {
    fn locale(self) -> crate::i18n::Locale {
        self
    }
}

impl AsLocale for leptos_i18n::I18nContext<crate::i18n::Locale> {
    fn locale(self) -> crate::i18n::Locale {
        self.get_locale()
    }
}

/// A label in the UI language and, with the bilingual display on, in the
/// partners' other languages beneath it; `text` gives the label in one locale.
#[component]
pub fn Bi<F>(text: F) -> impl IntoView
where
    F: Fn(crate::i18n::Locale) -> String + Clone + Send + Sync + 'static,
{
    let i18n = crate::i18n::use_i18n();
    let alt = use_alt_langs();
    let (main, for_alts) = (text.clone(), text.clone());
    // A translation that reads the same as one already shown ("Peer learning"
    // in English and Dutch) is shown once.
    let alts = move || {
        let mut shown = vec![main(i18n.get_locale())];
        alt.get()
            .into_iter()
            .filter_map(|l| {
                let t = for_alts(super::locale::to_locale(l));
                (!shown.contains(&t)).then(|| {
                    shown.push(t.clone());
                    (l, t)
                })
            })
            .collect::<Vec<_>>()
    };
    let main = text.clone();
    view! {
        <span class="bi">
            <span class="bi-main">{move || main(i18n.get_locale())}</span>
            {move || alts().into_iter().map(|(l, t)| view! {
                <span class="bi-alt" lang=l.code()>{t}</span>
            }).collect_view()}
        </span>
    }
}
