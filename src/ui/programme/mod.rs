//! `/programmes` and `/programmes/:id`: programmes that follow several
//! partnerships together, and one programme's overview across them (gaps,
//! learning between twinnings, what is due, what citizens chose). The
//! aggregation is `domain::programme`; these components show it.

mod circle;
mod form;
mod learning;
pub mod overview;
mod plans;
mod words;

pub use learning::{JointPart, PeersPart};
pub use overview::{CitizensPart, GapsPart, Read};
pub use plans::PlansPart;

use crate::domain::PartnershipId;
use crate::i18n::*;
use crate::routes::Route;
use crate::state::programmes::{Programmes, ProgrammesProblem};
use crate::ui::current_route::use_route_part;
use crate::ui::fill::fill;
use leptos::prelude::*;
use leptos_router::components::A;

/// `?with=<id>,<id>…`: the partnerships a new programme starts with.
pub const WITH: &str = "with";

fn chosen_of_query(search: &str) -> Vec<PartnershipId> {
    search
        .trim_start_matches('?')
        .split('&')
        .filter_map(|pair| pair.strip_prefix(WITH)?.strip_prefix('='))
        .flat_map(|ids| ids.split(','))
        .filter_map(PartnershipId::new)
        .collect()
}

#[component]
pub fn ProgrammesPage() -> impl IntoView {
    let i18n = use_i18n();
    let programmes = Programmes::open();
    let search = leptos_router::hooks::use_location().search;
    let chosen = StoredValue::new(search.with_untracked(|s| chosen_of_query(s)));
    // Once there are programmes, the form (a checkbox per partnership: a
    // hundred of them for some) waits for "New programme": opening a
    // programme from the list then does not first take down a hundred boxes.
    let clicked = StoredValue::new(false);
    let creating = RwSignal::new(
        chosen.with_value(|c| !c.is_empty()) || programmes.list.with_untracked(Vec::is_empty),
    );
    view! {
        <section class="page programmes">
            <h1>{t!(i18n, programme.title)}</h1>
            <p class="lead">{t!(i18n, programme.intro)}</p>
            <ProblemNote programmes />
            <DeletedNote programmes />
            <ProgrammeList programmes />
            <Show
                when=move || creating.get()
                fallback=move || view! {
                    <button type="button" class="button primary new-programme" on:click=move |_| {
                        clicked.set_value(true);
                        creating.set(true);
                    }>
                        {t!(i18n, programme.new_title)}
                    </button>
                }
            >
                <form::ProgrammeForm programmes editing=None chosen=chosen.get_value() focus=clicked.get_value() />
            </Show>
        </section>
    }
}

#[component]
fn ProgrammeList(programmes: Programmes) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <section class="card programme-list-card" aria-labelledby="programme-list-title">
            <h2 id="programme-list-title">{t!(i18n, programme.list_title)}</h2>
            {move || {
                let list = programmes.list.get();
                if list.is_empty() {
                    return view! { <p class="empty">{t!(i18n, programme.none)}</p> }.into_any();
                }
                view! {
                    <ul class="programme-list">
                        {list.into_iter().map(|p| {
                            let count = p.partnerships.len();
                            view! {
                                <li>
                                    <A href=Route::Programme(p.id.clone()).href()>{p.name.clone()}</A>
                                    <span class="hint">
                                        {move || words::count_text(i18n, count)}
                                    </span>
                                </li>
                            }
                        }).collect_view()}
                    </ul>
                }.into_any()
            }}
        </section>
    }
}

#[component]
pub fn ProgrammePage() -> impl IntoView {
    let i18n = use_i18n();
    let programmes = Programmes::open();
    let id = use_route_part(|r| match r {
        Route::Programme(id) => Some(id.clone()),
        _ => None,
    });
    let programme = Memo::new(move |_| id.get().and_then(|id| programmes.get(&id)));
    move || match programme.get() {
        Some(programme) => view! { <overview::OverviewPage programmes programme /> }.into_any(),
        None => view! {
            <section class="page programme">
                <h1>{t!(i18n, programme.title)}</h1>
                <ProblemNote programmes />
                <DeletedNote programmes />
                {move || programmes.deleted.with(Option::is_none).then(|| view! {
                    <p class="empty">{t!(i18n, programme.not_found)}</p>
                })}
                <p><A href=Route::Programmes.href()>"← "{t!(i18n, programme.back)}</A></p>
            </section>
        }
        .into_any(),
    }
}

/// Why the programmes could not be read or a change not kept.
#[component]
fn ProblemNote(programmes: Programmes) -> impl IntoView {
    let i18n = use_i18n();
    move || {
        programmes.problem.get().map(|problem| {
            let text = match problem {
                ProgrammesProblem::Unreadable {
                    backup_key: Some(key),
                } => fill(t_string!(i18n, programme.unreadable), &[("key", key)]),
                ProgrammesProblem::Unreadable { backup_key: None } => {
                    t_string!(i18n, programme.unreadable_stuck).to_owned()
                }
                ProgrammesProblem::NotSaved(_) => t_string!(i18n, programme.not_saved).to_owned(),
            };
            view! { <div class="banner warning" role="alert"><p>{text}</p></div> }
        })
    }
}

/// "Programme X deleted", with Undo: the partnerships themselves stay.
#[component]
fn DeletedNote(programmes: Programmes) -> impl IntoView {
    let i18n = use_i18n();
    move || {
        programmes.deleted.get().map(|(_, p)| {
            view! {
                <div class="status-line" role="status">
                    <p>{fill(t_string!(i18n, programme.deleted), &[("name", p.name.clone())])}</p>
                    <button type="button" class="button secondary" on:click=move |_| programmes.undo_delete()>
                        {t!(i18n, programme.undo)}
                    </button>
                </div>
            }
        })
    }
}

#[cfg(test)]
mod tests {
    use super::chosen_of_query;

    #[test]
    fn the_partnerships_to_start_with_come_from_the_query() {
        let ids: Vec<String> = chosen_of_query("?with=p-1,p-2,bad%20id,,p_3&x=1")
            .iter()
            .map(|id| id.to_string())
            .collect();
        assert_eq!(ids, ["p-1", "p-2", "p_3"]);
        assert!(chosen_of_query("").is_empty());
        assert!(chosen_of_query("?without=p-1").is_empty());
    }
}
