//! The UN global indicator framework to pick from. Its titles (252
//! indicators, three languages, about 25 KB compressed) are a chunk of their
//! own, fetched when the picker first opens and kept by the service worker
//! for offline use; never in the first load.

use crate::domain::indicator::catalogue::{Catalogue, UnIndicator};
use crate::domain::{GoalNumber, Lang};
use crate::i18n::*;
use crate::split_code::split_code;
use crate::ui::fill::fill;
use crate::ui::locale::use_lang;
use leptos::prelude::*;

fn catalogue_text() -> &'static str {
    include_str!("../../../assets/un-indicators.json")
}

split_code!(
    un_catalogue,
    fn un_catalogue() -> fn() -> &'static str {
        catalogue_text
    }
);

/// What the picker hands the form: the chosen indicator's code, its title
/// in the UI language (or English, said so), goal and target.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Picked {
    pub code: String,
    pub title: String,
    pub goal: Option<GoalNumber>,
    pub sdg_target: String,
}

fn picked(i: &UnIndicator, lang: Lang) -> Picked {
    Picked {
        code: i.code.clone(),
        title: i.title(lang).text.to_owned(),
        goal: i.goal(),
        sdg_target: i.sdg_target().to_owned(),
    }
}

/// Most results a search shows: a goal has at most 15 indicators; a search
/// over all goals is narrowed by typing.
const SHOWN: usize = 20;

#[component]
pub fn Picker(on_pick: Callback<Picked>) -> impl IntoView {
    crate::ui::lazy::with_code(
        split_code::get(),
        split_code::load,
        move |text: fn() -> &'static str| match Catalogue::read(text()) {
            Some(cat) => view! { <PickerList cat=StoredValue::new(cat) on_pick /> }.into_any(),
            None => ().into_any(),
        },
    )
}

#[component]
fn PickerList(cat: StoredValue<Catalogue>, on_pick: Callback<Picked>) -> impl IntoView {
    let i18n = use_i18n();
    let lang = use_lang();
    let goal = RwSignal::new(None::<GoalNumber>);
    let query = RwSignal::new(String::new());
    let found = Memo::new(move |_| {
        let lang = lang.get();
        query.with(|q| {
            cat.with_value(|c| {
                let all = c.find(goal.get(), q, lang);
                let count = all.len();
                let shown = all
                    .into_iter()
                    .take(SHOWN)
                    .map(|i| (picked(i, lang), i.title(lang).in_english_instead))
                    .collect::<Vec<_>>();
                (count, shown)
            })
        })
    });
    let language = move || match lang.get() {
        Lang::Nl => "Nederlands",
        Lang::Fr => "français",
        Lang::Es => "español",
        Lang::En => "English",
    };
    view! {
        <fieldset class="picker">
            <legend>{t!(i18n, ind.pick)}</legend>
            <div class="field-row">
                <div>
                <label for="picker-goal">{t!(i18n, ind.pick_goal)}</label>
                <select id="picker-goal" on:change=move |ev| goal.set(event_target_value(&ev).parse().ok().and_then(GoalNumber::new))>
                        <option value="">{t!(i18n, ind.all_goals)}</option>
                        {GoalNumber::all().map(|g| view! {
                            <option value=g.get().to_string()>{move || format!("{} · {}", g.get(), g.goal().title(lang.get()))}</option>
                        }).collect_view()}
                </select>
                </div>
                <div>
                <label for="picker-search">{t!(i18n, ind.search)}</label>
                <input id="picker-search" type="search" prop:value=move || query.get() on:input=move |ev| query.set(event_target_value(&ev)) />
                </div>
            </div>
            <p class="hint" role="status">{move || fill(t_string!(i18n, ind.results), &[("count", found.with(|f| f.0).to_string())])}</p>
            <ul class="picker-results">
                {move || found.get().1.into_iter().map(|(p, english)| {
                    let label = format!("{} {}", p.code, p.title);
                    let chosen = p.clone();
                    view! {
                        <li>
                            <span class="un-code">{p.code.clone()}</span>" "
                            <span lang=english.then_some("en")>{p.title.clone()}</span>
                            {english.then(|| view! { <span class="hint">" ("{move || fill(t_string!(i18n, ind.english_only), &[("language", language().to_owned())])}")"</span> })}
                            " "
                            <button type="button" class="button secondary small" on:click=move |_| on_pick.run(chosen.clone())>
                                {t!(i18n, ind.choose)}<span class="visually-hidden">" "{label}</span>
                            </button>
                        </li>
                    }
                }).collect_view()}
            </ul>
            <p class="hint">{t!(i18n, ind.catalogue_source)}</p>
        </fieldset>
    }
}
