//! The index on a goal's page: both partners' scores in the latest round, the
//! match on this goal, the priority years and the agreements that name it.

use super::matches::{score_phrase, MatchItem};
use super::words::{fill, partner_name, status_word};
use super::RoundCtx;
use crate::domain::{GoalNumber, Partnership, Side};
use crate::i18n::*;
use crate::routes::Route;
use crate::state::use_store;
use leptos::prelude::*;
use leptos_router::components::A;

#[component]
pub fn IndexOnGoal(partnership: Partnership, goal: GoalNumber) -> impl IntoView {
    let i18n = use_i18n();
    let store = use_store();
    let current = store.current_partnership();
    let latest = partnership.rounds.last().map(|r| r.id.clone());
    let years: Vec<i32> = partnership
        .priorities
        .iter()
        .filter(|p| p.goal == goal)
        .map(|p| p.year)
        .collect();
    let agreements: Vec<_> = partnership
        .agreements
        .iter()
        .filter(|a| a.goals.contains(&goal))
        .cloned()
        .collect();
    let index_href = Route::Index(partnership.id.clone()).href();
    let plan_href = Route::IndexPlan(partnership.id.clone()).href();
    let p = partnership.clone();
    let p2 = partnership.clone();
    view! {
        <section class="index-on-goal" aria-labelledby="index-on-goal-title">
            <h3 id="index-on-goal-title">{t!(i18n, index.title)}</h3>
            {match latest {
                None => view! { <p>{t!(i18n, index.on_goal.no_rounds)}</p> }.into_any(),
                Some(rid) => {
                    let ctx = RoundCtx::new(partnership.id.clone(), rid, current);
                    view! { <RoundOnGoal ctx goal /> }.into_any()
                }
            }}
            {(!years.is_empty()).then(|| {
                let list = years.iter().map(i32::to_string).collect::<Vec<_>>().join(", ");
                view! { <p class="priority-years">{move || fill(t_string!(i18n, index.on_goal.priority), &[("years", list.clone())])}</p> }
            })}
            {(!agreements.is_empty()).then(|| view! {
                <h4>{t!(i18n, index.plan.agreements)}</h4>
                <ul class="on-goal-agreements">
                    {agreements.into_iter().map(|a| {
                        let who = partner_name(&p, a.side);
                        view! {
                            <li>
                                <strong>{a.what.clone()}</strong>" — "{who}
                                {(!a.department.is_empty()).then(|| format!(" ({})", a.department))}
                                {(!a.due.is_empty()).then(|| format!(", {}", a.due))}
                                " · "{move || status_word(i18n, a.status)}
                            </li>
                        }
                    }).collect_view()}
                </ul>
            })}
            <crate::ui::indicator::evidence::GoalEvidenceBoth partnership=p2 goal lang=crate::ui::locale::use_lang() />
            <p class="actions">
                <A href=index_href>{t!(i18n, index.open)}</A>
                <A href=plan_href>{t!(i18n, index.plan.open)}</A>
            </p>
        </section>
    }
}

#[component]
fn RoundOnGoal(ctx: RoundCtx, goal: GoalNumber) -> impl IntoView {
    let i18n = use_i18n();
    let round_name = move || {
        ctx.round
            .with(|r| r.as_ref().map(|r| r.name.clone()).unwrap_or_default())
    };
    let score = move |side: Side| {
        ctx.round
            .with(|r| r.as_ref().and_then(|r| r.score(side, goal)))
    };
    let matched = move || {
        ctx.matching
            .with(|m| m.matches.iter().copied().find(|m| m.goal == goal))
    };
    let to_discuss = move || ctx.matching.with(|m| m.to_discuss.contains(&goal));
    view! {
        <p class="hint">{move || fill(t_string!(i18n, index.on_goal.round), &[("name", (round_name()).to_string())])}</p>
        <Show
            when=move || ctx.shows_both()
            fallback=move || view! { <p>{t!(i18n, index.blind.hidden_title)}</p> }
        >
            <dl class="on-goal-scores">
                {Side::BOTH.into_iter().map(|side| view! {
                    <div>
                        <dt>{move || ctx.name(side)}</dt>
                        <dd>{move || score_phrase(i18n, score(side))}</dd>
                    </div>
                }).collect_view()}
            </dl>
            {move || match matched() {
                Some(m) => view! { <ul class="match-list"><MatchItem ctx m /></ul> }.into_any(),
                None if to_discuss() => view! { <p>{t!(i18n, index.on_goal.to_discuss)}</p> }.into_any(),
                None => view! { <p>{t!(i18n, index.on_goal.no_match)}</p> }.into_any(),
            }}
        </Show>
    }
}
