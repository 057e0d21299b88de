//! The UI language: leptos_i18n's locale, mirrored as the domain's `Lang` and
//! remembered on the device.

use crate::domain::Lang;
use crate::i18n::{use_i18n, Locale};
use crate::state::storage::{self, UI_LANGUAGE_KEY};
use crate::ui::select_value::select_value;
use leptos::prelude::*;

pub fn to_lang(locale: Locale) -> Lang {
    match locale {
        Locale::en => Lang::En,
        Locale::nl => Lang::Nl,
        Locale::fr => Lang::Fr,
        Locale::es => Lang::Es,
    }
}

pub fn to_locale(lang: Lang) -> Locale {
    match lang {
        Lang::En => Locale::en,
        Lang::Nl => Locale::nl,
        Lang::Fr => Locale::fr,
        Lang::Es => Locale::es,
    }
}

/// The UI language as a signal, for domain texts (goal titles, descriptions).
pub fn use_lang() -> Signal<Lang> {
    let i18n = use_i18n();
    Signal::derive(move || to_lang(i18n.get_locale()))
}

/// Applies the language remembered on this device, if any, and remembers each change.
pub fn remember_language() {
    let i18n = use_i18n();
    let remembered = storage::read(UI_LANGUAGE_KEY).and_then(|c| Lang::from_code(&c));
    // Set now, before the shell is drawn, so the first render is already in the
    // remembered language rather than the browser's (and nothing is redrawn).
    if let Some(saved) = remembered {
        i18n.set_locale(to_locale(saved));
    }
    // leptos_i18n sets its start-up locale (from the browser's languages) again
    // in an effect; ours is created after it, so it runs after it and wins.
    Effect::new(move |_| {
        if let Some(saved) = remembered {
            i18n.set_locale(to_locale(saved));
        }
    });
    Effect::new(move |ran: Option<()>| {
        let lang = to_lang(i18n.get_locale());
        if ran.is_some() {
            let _ = storage::write(UI_LANGUAGE_KEY, lang.code());
        }
    });
}

#[component]
pub fn LanguageSwitch() -> impl IntoView {
    let i18n = use_i18n();
    let lang = use_lang();
    view! {
        <label class="language-switch">
            <span class="visually-hidden">{move || crate::i18n::t_string!(i18n, app.language)}</span>
            <select
                use:select_value=Signal::derive(move || lang.get().code().to_owned())
                on:change=move |ev| {
                    if let Some(l) = Lang::from_code(&event_target_value(&ev)) {
                        i18n.set_locale(to_locale(l));
                    }
                }
            >
                {Lang::ALL
                    .into_iter()
                    .map(|l| {
                        view! {
                            <option value=l.code() lang=l.code() selected=untrack(move || lang.get() == l)>
                                {l.endonym()}
                            </option>
                        }
                    })
                    .collect_view()}
            </select>
        </label>
    }
}
