//! `/p/:id/circle/:board/summary`: what the partners take away to adjust the
//! programme: the gaps, what is still open, negative effects, coverage per
//! pillar, and the ideas and opportunities collected.

use super::{goal_numbers, kind_text, level_text, with_route_board};
use crate::domain::circle::{gaps, negatives, not_discussed, pillar_coverage, CircleBoard};
use crate::domain::{GoalNumber, Partnership};
use crate::i18n::*;
use crate::routes::Route;
use crate::ui::goals::{goal_style, pillar_name};
use crate::ui::locale::use_lang;
use leptos::prelude::*;
use leptos_router::components::A;

#[component]
pub fn BoardSummaryPage() -> impl IntoView {
    with_route_board(|partnership, board| view! { <Summary partnership board /> })
}

/// A list of goals by number and title, with the numbers first in one line
/// ("5, 6, 7, 12, 14") as a facilitator reads them out.
#[component]
pub fn GoalList(
    goals: Signal<Vec<GoalNumber>>,
    class: &'static str,
    empty: Signal<String>,
) -> impl IntoView {
    let lang = use_lang();
    move || {
        let goals = goals.get();
        if goals.is_empty() {
            return view! { <p class="none-found">{empty.get()}</p> }.into_any();
        }
        view! {
            <p class=format!("goal-numbers {class}")>{goal_numbers(&goals)}</p>
            <ul class="goal-chips">
                {goals.into_iter().map(|g| view! {
                    <li style=goal_style(g.goal())>
                        <span class="chip-number">{g.get()}</span>
                        <span class="chip-title">{move || g.goal().title(lang.get())}</span>
                    </li>
                }).collect_view()}
            </ul>
        }
        .into_any()
    }
}

#[component]
fn Summary(partnership: Signal<Partnership>, board: Signal<CircleBoard>) -> impl IntoView {
    let i18n = use_i18n();
    let lang = use_lang();
    let pid = partnership.get_untracked().id;
    let bid = board.get_untracked().id;
    let gap_list = Signal::derive(move || board.with(gaps));
    let open_list = Signal::derive(move || board.with(not_discussed));
    let negative_list = Signal::derive(move || board.with(negatives));
    let no_gaps = Signal::derive(move || t_string!(i18n, circle.no_gaps).to_owned());
    let all_discussed = Signal::derive(move || t_string!(i18n, circle.all_discussed).to_owned());
    let no_negatives = Signal::derive(move || t_string!(i18n, circle.no_negatives).to_owned());
    let coverage = move || {
        board.with(pillar_coverage).into_iter().map(|c| {
            let share = format!("{} / {}", c.contributing.len(), c.goals.len());
            let missing: Vec<GoalNumber> = c.goals.iter().copied().filter(|g| !c.contributing.contains(g)).collect();
            let pct = c.contributing.len() as f64 * 100.0 / c.goals.len().max(1) as f64;
            view! {
                <tr>
                    <th scope="row">{pillar_name(i18n, c.pillar)}</th>
                    <td class="numbers">{goal_numbers(&c.goals)}</td>
                    <td>
                        <span class="coverage-share">{share}</span>
                        <span class="coverage-bar" aria-hidden="true"><span style=format!("width:{pct:.0}%")></span></span>
                    </td>
                    <td class="numbers">{if missing.is_empty() { "–".to_owned() } else { goal_numbers(&missing) }}</td>
                </tr>
            }
        }).collect_view()
    };
    let ideas = move || {
        let items: Vec<_> = board.with(|b| {
            b.entries()
                .iter()
                .filter(|e| e.opportunity || !e.ideas.trim().is_empty())
                .map(|e| (e.clone(), b.scale))
                .collect()
        });
        if items.is_empty() {
            return view! { <p class="none-found">{t!(i18n, circle.no_ideas)}</p> }.into_any();
        }
        view! {
            <ul class="ideas-list">
                {items.into_iter().map(|(e, scale)| view! {
                    <li style=goal_style(e.goal.goal())>
                        <h3>
                            <span class="chip-number">{e.goal.get()}</span>" "
                            {move || e.goal.goal().title(lang.get())}
                            {e.opportunity.then(|| view! { <span class="badge opportunity-badge">"★ "{t!(i18n, circle.opportunity_badge)}</span> })}
                        </h3>
                        <p class="level-now">{move || level_text(i18n, scale, e.level)}</p>
                        {(!e.ideas.trim().is_empty()).then(|| view! { <p class="note">{e.ideas.clone()}</p> })}
                    </li>
                }).collect_view()}
            </ul>
        }
        .into_any()
    };
    let board_href = Route::CircleBoard(pid.clone(), bid.clone()).href();
    let walk_href =
        Route::CircleWalk(pid.clone(), bid, GoalNumber::new(1).expect("1 is a goal")).href();
    view! {
        <section class="page circle-summary">
            <nav class="crumbs" aria-label=move || t_string!(i18n, circle.crumbs)>
                <A href=Route::Circle(pid).href()>{t!(i18n, circle.all_boards)}</A>
            </nav>
            <h1>{t!(i18n, circle.summary)}{move || lang.get().colon()}{move || board.with(|b| b.subject.name.clone())}</h1>
            <p class="lead">
                {move || partnership.with(|p| board.with(|b| kind_text(i18n, b.kind, p)))}
                {move || board.with(|b| (!b.date.is_empty()).then(|| format!(" · {}", b.date)))}
            </p>
            <div class="actions">
                <A href=board_href attr:class="button">{t!(i18n, circle.back_to_board)}</A>
                <A href=walk_href attr:class="button secondary">{t!(i18n, circle.walk)}</A>
            </div>
            <crate::ui::slides::Slides>
            <div class="summary-grid slide">
                <section class="card summary-gaps" aria-labelledby="sum-gaps">
                    <h2 id="sum-gaps">{t!(i18n, circle.gaps_title)}</h2>
                    <GoalList goals=gap_list class="gaps" empty=no_gaps />
                </section>
                <section class="card" aria-labelledby="sum-open">
                    <h2 id="sum-open">{t!(i18n, circle.open_title)}</h2>
                    <GoalList goals=open_list class="open" empty=all_discussed />
                </section>
                <section class="card" aria-labelledby="sum-neg">
                    <h2 id="sum-neg">{t!(i18n, circle.negatives_title)}</h2>
                    <GoalList goals=negative_list class="negative" empty=no_negatives />
                </section>
            </div>
            <section class="card slide" aria-labelledby="sum-pillars">
                <h2 id="sum-pillars">{t!(i18n, circle.pillars_title)}" "<small>"("{t!(i18n, goals.pillar_note)}")"</small></h2>
                <table class="coverage">
                    <thead>
                        <tr>
                            <th scope="col">{t!(i18n, goals.pillar)}</th>
                            <th scope="col">{t!(i18n, circle.pillar_goals)}</th>
                            <th scope="col">{t!(i18n, circle.pillar_contributing)}</th>
                            <th scope="col">{t!(i18n, circle.pillar_missing)}</th>
                        </tr>
                    </thead>
                    <tbody>{coverage}</tbody>
                </table>
            </section>
            <section class="card slide" aria-labelledby="sum-ideas">
                <h2 id="sum-ideas">{t!(i18n, circle.ideas_title)}</h2>
                {ideas}
            </section>
            </crate::ui::slides::Slides>
        </section>
    }
}
