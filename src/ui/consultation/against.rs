//! What citizens asked for against what the programme's circle board does:
//! the goals people put first that the board leaves as gaps (one click makes
//! one a proposed priority of the plan), and the goals the programme serves
//! most that few people picked.

use super::ConsultCtx;
use crate::domain::circle::BoardKind;
use crate::domain::consultation::against::{against, FEW_PERCENT};
use crate::domain::consultation::tally;
use crate::domain::plan::PriorityError;
use crate::domain::{GoalNumber, Side};
use crate::i18n::*;
use crate::routes::Route;
use crate::state::use_store;
use crate::ui::fill::fill;
use crate::ui::goals::goal_style;
use crate::ui::index::words::goal_label;
use crate::ui::locale::use_lang;
use leptos::prelude::*;
use leptos_router::components::A;

#[component]
pub fn Against(ctx: ConsultCtx) -> impl IntoView {
    let i18n = use_i18n();
    // Programme boards first, newest first; then projects and inventories.
    let boards = Memo::new(move |_| {
        ctx.partnership.with(|p| {
            let mut boards: Vec<(String, String, bool)> = p
                .as_ref()
                .map(|p| {
                    p.boards
                        .iter()
                        .rev()
                        .map(|b| {
                            let programme = b.kind == BoardKind::Programme;
                            (b.id.clone(), b.subject.name.clone(), programme)
                        })
                        .collect()
                })
                .unwrap_or_default();
            boards.sort_by_key(|b| !b.2);
            boards
        })
    });
    let chosen = RwSignal::new(None::<String>);
    let board = Memo::new(move |_| {
        chosen
            .get()
            .or_else(|| boards.with(|b| b.first().map(|b| b.0.clone())))
    });
    let outcome = RwSignal::new(None::<(GoalNumber, Result<i32, PriorityError>)>);
    view! {
        <section class="card slide consult-against" aria-labelledby="against-title">
            <h2 id="against-title">{t!(i18n, consult.against)}</h2>
            {move || if boards.with(|b| b.is_empty()) {
                view! { <p class="hint">{t!(i18n, consult.no_board)}</p> }.into_any()
            } else {
                view! {
                    <div class="field against-board">
                        <label for="against-board">{t!(i18n, consult.against_board)}</label>
                        <select id="against-board" on:change=move |ev| chosen.set(Some(event_target_value(&ev)))>
                            {move || boards.get().into_iter().map(|(id, name, _)| {
                                let selected = board.get().as_deref() == Some(id.as_str());
                                view! { <option value=id selected=selected>{name}</option> }
                            }).collect_view()}
                        </select>
                    </div>
                    <div class="two-sides">
                        <SideAgainst ctx side=Side::A board outcome />
                        <SideAgainst ctx side=Side::B board outcome />
                    </div>
                    <Outcome ctx outcome />
                }
                .into_any()
            }}
        </section>
    }
}

#[component]
fn SideAgainst(
    ctx: ConsultCtx,
    side: Side,
    board: Memo<Option<String>>,
    outcome: RwSignal<Option<(GoalNumber, Result<i32, PriorityError>)>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let store = use_store();
    let lang = use_lang();
    let found = Memo::new(move |_| {
        let id = board.get()?;
        let t = ctx
            .consultation
            .with(|c| c.as_ref().map(|c| tally::of_side(c, side)))?;
        ctx.partnership.with(|p| {
            let b = p.as_ref()?.boards.iter().find(|b| b.id == id)?;
            Some(against(&t, b))
        })
    });
    let goal_item = move |goal: GoalNumber, propose: bool| {
        let add = move |_| {
            let result = store.propose_priority(&ctx.pid.get_value(), goal);
            outcome.set(Some((goal, result)));
        };
        view! {
            <li>
                <span class="goal-chip" style=goal_style(goal.goal()) aria-hidden="true">{goal.get()}</span>
                <span>{move || goal_label(goal, lang.get())}</span>
                {propose.then(|| view! {
                    <button type="button" class="button secondary" on:click=add>
                        {move || fill(t_string!(i18n, consult.propose), &[("number", goal.get().to_string())])}
                    </button>
                })}
            </li>
        }
    };
    let list = move |goals: Vec<GoalNumber>, propose: bool| {
        if goals.is_empty() {
            view! { <p class="hint">{t!(i18n, consult.none)}</p> }.into_any()
        } else {
            let items = goals
                .into_iter()
                .map(|g| goal_item(g, propose))
                .collect_view();
            view! { <ul class="goal-list">{items}</ul> }.into_any()
        }
    };
    view! {
        <div class="side-against">
            <h3>{move || fill(t_string!(i18n, consult.wanted_gaps), &[("name", ctx.name(side))])}</h3>
            {move || list(found.get().map(|f| f.wanted_gaps).unwrap_or_default(), true)}
            <h3>{move || fill(t_string!(i18n, consult.served_unpicked), &[("name", ctx.name(side)), ("percent", FEW_PERCENT.to_string())])}</h3>
            {move || list(found.get().map(|f| f.served_unpicked).unwrap_or_default(), false)}
        </div>
    }
}

/// What the last proposal did, with the way to the plan.
#[component]
fn Outcome(
    ctx: ConsultCtx,
    outcome: RwSignal<Option<(GoalNumber, Result<i32, PriorityError>)>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let text = move || {
        outcome.get().map(|(goal, result)| {
            let number = ("number", goal.get().to_string());
            match result {
                Ok(year) => fill(
                    t_string!(i18n, consult.proposed),
                    &[number, ("year", year.to_string())],
                ),
                Err(PriorityError::AlreadyChosen) => {
                    fill(t_string!(i18n, consult.already_priority), &[number])
                }
                Err(PriorityError::YearFull) => fill(t_string!(i18n, consult.plan_full), &[number]),
            }
        })
    };
    let plan = Route::IndexPlan(ctx.pid.get_value()).href();
    view! {
        <p role="status" class="proposal-outcome">
            {text}
            " "
            {move || outcome.with(|o| o.is_some()).then(|| view! { <A href=plan.clone()>{t!(i18n, consult.plan_link)}</A> })}
        </p>
    }
}
