//! `/p/:id/consultation/place/:place`: what one place said. Its paper count
//! (typed in, and corrected by saving again) and its ballots entered one by
//! one at a stand; both add up in the place's result below.

use super::results::RankList;
use super::words::{goal_colours, goal_label};
use super::ConsultCtx;
use crate::domain::consultation::{tally, PaperTally, TallyError};
use crate::domain::PartnershipId;
use crate::i18n::*;
use crate::routes::Route;
use crate::state::use_store;
use crate::ui::fill::fill;
use crate::ui::locale::use_lang;
use leptos::prelude::*;
use leptos_router::components::A;
use percent_encoding::{percent_decode_str, utf8_percent_encode, NON_ALPHANUMERIC};

/// The address of a place's page: the consultation's, with `?place=<id>`.
pub fn place_href(pid: &PartnershipId, place: &str) -> String {
    let id = utf8_percent_encode(place, NON_ALPHANUMERIC);
    format!("{}?place={id}", Route::Consultation(pid.clone()).href())
}

/// The place a query names (`?place=<id>`), if it names one.
pub fn place_of_query(search: &str) -> Option<String> {
    let value = search
        .trim_start_matches('?')
        .split('&')
        .find_map(|kv| kv.strip_prefix("place="))?;
    percent_decode_str(value)
        .decode_utf8()
        .ok()
        .map(|id| id.into_owned())
}

#[component]
pub fn PlaceView(ctx: ConsultCtx, place: String) -> impl IntoView {
    let i18n = use_i18n();
    let place = StoredValue::new(place);
    let info = Memo::new(move |_| {
        ctx.consultation.with(|c| {
            let c = c.as_ref()?;
            let p = c.place(&place.get_value())?;
            Some((p.name.clone(), p.side, p.date.clone()))
        })
    });
    let result = Memo::new(move |_| {
        ctx.consultation.with(|c| {
            let c = c.as_ref()?;
            let p = c.place(&place.get_value())?;
            Some((c.clone(), tally::of_place(c, p)))
        })
    });
    let back = Route::Consultation(ctx.pid.get_value()).href();
    view! {
        <section class="page consultation consult-place">
            <h1>{move || info.get().map(|i| i.0)}</h1>
            <p class="lead">
                {move || info.get().map(|(_, side, date)| {
                    let place_in = fill(t_string!(i18n, consult.place_in), &[("name", ctx.name(side))]);
                    if date.is_empty() { place_in } else { format!("{place_in} · {date}") }
                })}
            </p>
            <p class="consult-back"><A href=back>"← "{t!(i18n, consult.back)}</A></p>
            <div class="place-entry">
                <Paper ctx place />
                <super::stand::Stand ctx place />
            </div>
            <section class="card place-result" aria-labelledby="place-result-title">
                <h2 id="place-result-title">{t!(i18n, consult.results)}</h2>
                {move || result.get().map(|(c, t)| view! { <RankList c t /> })}
            </section>
            <DeletePlace ctx place name=Signal::derive(move || info.get().map(|i| i.0).unwrap_or_default()) />
        </section>
    }
}

/// Deleting a place typed by mistake, asked in the app; undo brings it back.
#[component]
fn DeletePlace(ctx: ConsultCtx, place: StoredValue<String>, name: Signal<String>) -> impl IntoView {
    let i18n = use_i18n();
    let store = use_store();
    let navigate = leptos_router::hooks::use_navigate();
    let confirming = RwSignal::new(false);
    let delete = move |_| {
        store.delete_place(&ctx.pid.get_value(), &ctx.cid(), &place.get_value());
        navigate(
            &Route::Consultation(ctx.pid.get_value()).href(),
            Default::default(),
        );
    };
    view! {
        <div class="place-actions">
            <Show when=move || !confirming.get()>
                <button type="button" class="button danger" on:click=move |_| confirming.set(true)>
                    {t!(i18n, consult.delete_place)}
                </button>
            </Show>
            <Show when=move || confirming.get()>
                <div class="confirm" role="alertdialog" aria-labelledby="confirm-delete-place">
                    <p id="confirm-delete-place">{move || fill(t_string!(i18n, consult.confirm_delete_place), &[("name", name.get())])}</p>
                    <button type="button" class="button danger" on:click=delete.clone()>
                        {t!(i18n, consult.delete_place_yes)}
                    </button>
                    <button type="button" class="button secondary" on:click=move |_| confirming.set(false)>
                        {t!(i18n, home.cancel)}
                    </button>
                </div>
            </Show>
        </div>
    }
}

/// The paper count: respondents and, per goal, how many picked it.
#[component]
fn Paper(ctx: ConsultCtx, place: StoredValue<String>) -> impl IntoView {
    let i18n = use_i18n();
    let store = use_store();
    let lang = use_lang();
    let (goals, paper, c) = ctx.consultation.with_untracked(|c| {
        let c = c.clone().expect("the page checked the consultation");
        let paper = c
            .place(&place.get_value())
            .and_then(|p| p.paper.clone())
            .unwrap_or_default();
        (c.ballot_goals(), paper, c)
    });
    let respondents = RwSignal::new(paper.respondents.to_string());
    let counts = RwSignal::new(
        goals
            .iter()
            .map(|g| (*g, paper.count(*g).to_string()))
            .collect::<Vec<_>>(),
    );
    let error = RwSignal::new(None::<Result<TallyError, ()>>);
    let saved = RwSignal::new(None::<u32>);
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let number = |s: &str| -> Option<u32> {
            let s = s.trim();
            if s.is_empty() {
                Some(0)
            } else {
                s.parse().ok()
            }
        };
        let mut tally = PaperTally::default();
        let Some(r) = number(&respondents.get_untracked()) else {
            error.set(Some(Err(())));
            return;
        };
        tally.respondents = r;
        for (goal, text) in counts.get_untracked() {
            let Some(n) = number(&text) else {
                error.set(Some(Err(())));
                return;
            };
            tally.set_count(goal, n);
        }
        match store.set_paper(&ctx.pid.get_value(), &ctx.cid(), &place.get_value(), tally) {
            Ok(()) => {
                error.set(None);
                saved.set(Some(r));
            }
            Err(e) => {
                saved.set(None);
                error.set(Some(Ok(e)));
            }
        }
    };
    let message = move || {
        error.get().map(|e| match e {
            Err(()) => t_string!(i18n, consult.err_whole).to_owned(),
            Ok(TallyError::CountOverRespondents {
                goal,
                count,
                respondents,
            }) => fill(
                t_string!(i18n, consult.err_count_over),
                &[
                    ("goal", goal.number().to_string()),
                    ("count", count.to_string()),
                    ("respondents", respondents.to_string()),
                ],
            ),
            Ok(TallyError::TooManyPicks { picks, most }) => fill(
                t_string!(i18n, consult.err_tally_picks),
                &[
                    ("picks", picks.to_string()),
                    ("respondents", respondents.get_untracked()),
                    ("most", most.to_string()),
                ],
            ),
            Ok(TallyError::TooLarge | TallyError::UnknownGoal(_)) => {
                t_string!(i18n, consult.err_too_large).to_owned()
            }
        })
    };
    let c = StoredValue::new(c);
    let inputs = goals
        .into_iter()
        .enumerate()
        .map(|(i, goal)| {
            let id = format!("count-{}", goal.number());
            let label = move || {
                c.with_value(|c| {
                    let title = goal_label(c, goal, lang.get());
                    let title = title
                        .split_once(" · ")
                        .map_or(title.clone(), |(_, t)| t.to_owned());
                    fill(
                        t_string!(i18n, consult.goal_count),
                        &[("number", goal.number().to_string()), ("title", title)],
                    )
                })
            };
            let colours = c.with_value(|c| goal_colours(c, goal));
            view! {
                <div class="count-field">
                    <span class="goal-chip" style=colours aria-hidden="true">{goal.number()}</span>
                    <label for=id.clone()>{label}</label>
                    <input id=id type="number" min="0" inputmode="numeric" class="count"
                        prop:value=move || counts.with(|c| c[i].1.clone())
                        on:input=move |ev| counts.update(|c| c[i].1 = event_target_value(&ev)) />
                </div>
            }
        })
        .collect_view();
    view! {
        <form class="card paper-form" novalidate on:submit=submit aria-labelledby="paper-title">
            <h2 id="paper-title">{t!(i18n, consult.paper)}</h2>
            <p class="hint">{t!(i18n, consult.paper_hint)}</p>
            <div class="field">
                <label for="paper-respondents">{t!(i18n, consult.respondents)}</label>
                <input id="paper-respondents" type="number" min="0" inputmode="numeric" class="count"
                    prop:value=move || respondents.get()
                    on:input=move |ev| respondents.set(event_target_value(&ev)) />
            </div>
            <div class="count-grid">{inputs}</div>
            <p class="error" role="alert">{message}</p>
            <button type="submit" class="button">{t!(i18n, consult.save_tally)}</button>
            <p role="status" class="saved">
                {move || saved.get().map(|n| fill(t_string!(i18n, consult.tally_saved), &[("count", n.to_string())]))}
            </p>
        </form>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_place_id_goes_through_the_address_and_back() {
        let pid = PartnershipId::new("p-1").unwrap();
        for id in ["pl-1", "marché & école", "a=b?c#d"] {
            let href = place_href(&pid, id);
            let search = &href[href.find('?').unwrap()..];
            assert_eq!(place_of_query(search).as_deref(), Some(id), "{href}");
        }
        assert_eq!(place_of_query(""), None);
        assert_eq!(place_of_query("?goal=6"), None);
    }
}
