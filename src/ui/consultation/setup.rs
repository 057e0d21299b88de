//! Setting the consultation up: its ballot (question, N, the community's own
//! goals) and its places in each municipality. Not on the projected screen.

use super::words::{goal_colours, goal_label};
use super::{ConsultCtx, SetupFields};
use crate::domain::consultation::{
    tally, BallotGoal, OwnGoalDraft, OwnGoalError, PlaceDraft, PlaceError, SetupDraft, SetupError,
    OWN_NAME_MAX,
};
use crate::domain::text::TextError;
use crate::domain::{Lang, Side};
use crate::i18n::*;
use crate::state::use_store;
use crate::ui::fill::fill;
use crate::ui::locale::use_lang;
use leptos::prelude::*;
use leptos_router::components::A;

#[component]
pub fn Setup(ctx: ConsultCtx) -> impl IntoView {
    let i18n = use_i18n();
    let store = use_store();
    let read = move |f: fn(&crate::domain::consultation::Consultation) -> String| {
        ctx.consultation
            .with_untracked(|c| c.as_ref().map(f).unwrap_or_default())
    };
    let question = RwSignal::new(read(|c| c.question.clone()));
    let picks = RwSignal::new(read(|c| c.max_picks.to_string()));
    let error = RwSignal::new(None::<SetupError>);
    let saved = RwSignal::new(false);
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let draft = SetupDraft {
            question: question.get_untracked(),
            max_picks: picks.get_untracked().trim().parse().unwrap_or(0),
        };
        let result = store.set_up_consultation(&ctx.pid.get_value(), &ctx.cid(), &draft);
        saved.set(result.is_ok());
        error.set(result.err());
    };
    view! {
        <details class="card consult-setup">
            <summary><h2>{t!(i18n, consult.setup)}</h2></summary>
            <form novalidate on:submit=submit class="consult-ballot-form">
                <SetupFields question picks error />
                <button type="submit" class="button">{t!(i18n, consult.save)}</button>
                <p role="status" class="saved">{move || saved.get().then(|| t_string!(i18n, consult.saved))}</p>
            </form>
            <OwnGoals ctx />
        </details>
    }
}

#[component]
fn OwnGoals(ctx: ConsultCtx) -> impl IntoView {
    let i18n = use_i18n();
    let store = use_store();
    let lang = use_lang();
    let goals = move || {
        ctx.consultation.with(|c| {
            c.as_ref()
                .map(|c| {
                    c.own_goals
                        .iter()
                        .map(|o| {
                            (
                                o.goal,
                                goal_label(c, o.goal, lang.get()),
                                goal_colours(c, o.goal),
                            )
                        })
                        .collect::<Vec<_>>()
                })
                .unwrap_or_default()
        })
    };
    let refused = RwSignal::new(None::<BallotGoal>);
    view! {
        <section class="own-goals" aria-labelledby="own-goals-title">
            <h3 id="own-goals-title">{t!(i18n, consult.own_goals)}</h3>
            <p class="hint">{t!(i18n, consult.own_goals_hint)}</p>
            <ul class="own-goal-list">
                <For each=goals key=|g| g.clone() let:g>
                    {
                        let (goal, label, colours) = g;
                        let remove = move |_| {
                            let removed = store.remove_own_goal(&ctx.pid.get_value(), &ctx.cid(), goal);
                            refused.set((!removed).then_some(goal));
                        };
                        view! {
                            <li>
                                <span class="goal-chip" style=colours>{goal.number()}</span>
                                <span>{label}</span>
                                <span class="own-badge">{t!(i18n, consult.own_badge)}</span>
                                <button type="button" class="button secondary" on:click=remove>
                                    {move || fill(t_string!(i18n, consult.remove_own), &[("number", goal.number().to_string())])}
                                </button>
                            </li>
                        }
                    }
                </For>
            </ul>
            <p role="status" class="error">
                {move || refused.get().map(|g| fill(t_string!(i18n, consult.own_used), &[("number", g.number().to_string())]))}
            </p>
            <NewOwnGoal ctx />
        </section>
    }
}

/// The next own goal: a name and description in each partner's language, a colour.
#[component]
fn NewOwnGoal(ctx: ConsultCtx) -> impl IntoView {
    let i18n = use_i18n();
    let store = use_store();
    let langs = ctx.partnership.with_untracked(|p| {
        p.as_ref()
            .map(|p| p.languages())
            .unwrap_or_else(|| vec![Lang::En])
    });
    let texts = RwSignal::new(
        langs
            .iter()
            .map(|l| (*l, String::new(), String::new()))
            .collect::<Vec<_>>(),
    );
    let colour = RwSignal::new("#5B2C83".to_owned());
    let error = RwSignal::new(None::<OwnGoalError>);
    let next = move || {
        ctx.consultation
            .with(|c| c.as_ref().and_then(|c| c.next_own_number()))
            .map(|g| g.number())
    };
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let draft = OwnGoalDraft {
            colour: colour.get_untracked(),
            texts: texts.get_untracked(),
        };
        match store.add_own_goal(&ctx.pid.get_value(), &ctx.cid(), &draft) {
            Ok(_) => {
                error.set(None);
                texts.update(|t| {
                    for (_, n, d) in t.iter_mut() {
                        n.clear();
                        d.clear();
                    }
                });
            }
            Err(e) => error.set(Some(e)),
        }
    };
    let message = move || {
        error.get().map(|e| match e {
            OwnGoalError::NoName | OwnGoalError::Name(TextError::Empty) => {
                t_string!(i18n, consult.err_own_name).to_owned()
            }
            OwnGoalError::Name(TextError::TooLong { max }) | OwnGoalError::Description { max } => {
                fill(
                    t_string!(i18n, consult.err_own_long),
                    &[("max", max.to_string())],
                )
            }
            OwnGoalError::Colour => t_string!(i18n, consult.err_colour).to_owned(),
            OwnGoalError::Full => t_string!(i18n, consult.err_own_full).to_owned(),
        })
    };
    let fields = langs
        .into_iter()
        .enumerate()
        .map(|(i, lang)| {
            let name_id = format!("own-name-{}", lang.code());
            let desc_id = format!("own-desc-{}", lang.code());
            let language = lang.endonym().to_owned();
            let language2 = language.clone();
            view! {
                <div class="field">
                    <label for=name_id.clone()>{move || fill(t_string!(i18n, consult.own_name), &[("language", language.clone())])}</label>
                    <input id=name_id type="text" lang=lang.code() maxlength=OWN_NAME_MAX.to_string()
                        prop:value=move || texts.with(|t| t[i].1.clone())
                        on:input=move |ev| texts.update(|t| t[i].1 = event_target_value(&ev)) />
                </div>
                <div class="field">
                    <label for=desc_id.clone()>{move || fill(t_string!(i18n, consult.own_description), &[("language", language2.clone())])}</label>
                    <textarea id=desc_id lang=lang.code() rows="2"
                        prop:value=move || texts.with(|t| t[i].2.clone())
                        on:input=move |ev| texts.update(|t| t[i].2 = event_target_value(&ev)) />
                </div>
            }
        })
        .collect_view();
    view! {
        <form class="new-own-goal" on:submit=submit hidden=move || next().is_none()>
            <h4>{move || next().map(|n| fill(t_string!(i18n, consult.own_new), &[("number", n.to_string())]))}</h4>
            {fields}
            <div class="field">
                <label for="own-colour">{t!(i18n, consult.colour)}</label>
                <input id="own-colour" type="color"
                    aria-invalid=move || matches!(error.get(), Some(OwnGoalError::Colour)).then_some("true")
                    prop:value=move || colour.get()
                    on:input=move |ev| colour.set(event_target_value(&ev)) />
            </div>
            <p class="error" role="alert">{message}</p>
            <button type="submit" class="button">
                {move || next().map(|n| fill(t_string!(i18n, consult.add_own), &[("number", n.to_string())]))}
            </button>
        </form>
    }
}

/// The places of both municipalities, side by side, each with its form.
#[component]
pub fn Places(ctx: ConsultCtx) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <section class="card consult-places" aria-labelledby="places-title">
            <h2 id="places-title">{t!(i18n, consult.places)}</h2>
            <div class="two-sides">
                <SidePlaces ctx side=Side::A />
                <SidePlaces ctx side=Side::B />
            </div>
        </section>
    }
}

#[component]
fn SidePlaces(ctx: ConsultCtx, side: Side) -> impl IntoView {
    let i18n = use_i18n();
    let store = use_store();
    let places = move || {
        ctx.consultation.with(|c| {
            c.as_ref()
                .map(|c| {
                    c.places
                        .iter()
                        .filter(|p| p.side == side)
                        .map(|p| {
                            let n = tally::of_place(c, p).respondents;
                            (p.id.clone(), p.name.clone(), p.date.clone(), n)
                        })
                        .collect::<Vec<_>>()
                })
                .unwrap_or_default()
        })
    };
    let name = RwSignal::new(String::new());
    let date = RwSignal::new(String::new());
    let error = RwSignal::new(None::<PlaceError>);
    let code = if side == Side::A { "a" } else { "b" };
    let heading_id = if side == Side::A {
        "places-a"
    } else {
        "places-b"
    };
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let draft = PlaceDraft {
            side,
            name: name.get_untracked(),
            date: date.get_untracked(),
        };
        match store.add_place(&ctx.pid.get_value(), &ctx.cid(), &draft) {
            Ok(_) => {
                name.set(String::new());
                error.set(None);
            }
            Err(e) => error.set(Some(e)),
        }
    };
    let message = move || {
        error.get().map(|e| match e {
            PlaceError::Name(_) => t_string!(i18n, consult.err_place_name),
            PlaceError::Date => t_string!(i18n, consult.err_date),
        })
    };
    let (name_id, date_id) = (format!("place-name-{code}"), format!("place-date-{code}"));
    view! {
        <div class="side-places" role="group" aria-labelledby=heading_id>
            <h3 id=heading_id>{move || fill(t_string!(i18n, consult.places_of), &[("name", ctx.name(side))])}</h3>
            <ul class="place-list">
                <For each=places key=|p| p.clone() let:p>
                    {
                        let (id, name, date, n) = p;
                        let href = super::place::place_href(&ctx.pid.get_value(), &id);
                        view! {
                            <li>
                                <A href=href>{name}</A>
                                {(!date.is_empty()).then(|| view! { <span class="place-date">{date}</span> })}
                                <span class="place-count">{move || fill(t_string!(i18n, consult.respondents_n), &[("count", n.to_string())])}</span>
                            </li>
                        }
                    }
                </For>
            </ul>
            <p class="hint" hidden=move || !places().is_empty()>{t!(i18n, consult.no_places)}</p>
            <form class="new-place" on:submit=submit>
                <div class="field">
                    <label for=name_id.clone()>{t!(i18n, consult.place_name)}</label>
                    <input id=name_id type="text" maxlength="120"
                        aria-invalid=move || matches!(error.get(), Some(PlaceError::Name(_))).then_some("true")
                        prop:value=move || name.get()
                        on:input=move |ev| name.set(event_target_value(&ev)) />
                </div>
                <div class="field">
                    <label for=date_id.clone()>{t!(i18n, consult.place_date)}</label>
                    <input id=date_id type="date"
                        prop:value=move || date.get()
                        on:input=move |ev| date.set(event_target_value(&ev)) />
                </div>
                <p class="error" role="alert">{message}</p>
                <button type="submit" class="button secondary">{t!(i18n, consult.add_place)}</button>
            </form>
        </div>
    }
}
