//! What people said: each municipality's goals ranked by how many picked them
//! (share of respondents, with the count), side by side; on the circle; where
//! the two differ; per place and per age band. Never a score of a council.

use super::words::{goal_colours, goal_label};
use super::ConsultCtx;
use crate::domain::consultation::tally::{self, Tally};
use crate::domain::consultation::{BallotGoal, Consultation};
use crate::domain::{GoalNumber, Side};
use crate::i18n::*;
use crate::ui::fill::fill;
use crate::ui::geometry::{polar, sector_path, segment_angles, Fixed};
use crate::ui::goals::goal_style;
use crate::ui::locale::use_lang;
use leptos::prelude::*;

/// Both municipalities' results, side by side.
#[component]
pub fn SideBySide(ctx: ConsultCtx) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <section class="card slide consult-results" aria-labelledby="results-title">
            <h2 id="results-title">{t!(i18n, consult.results)}</h2>
            <div class="two-sides">
                <SideResult ctx side=Side::A />
                <SideResult ctx side=Side::B />
            </div>
        </section>
    }
}

#[component]
fn SideResult(ctx: ConsultCtx, side: Side) -> impl IntoView {
    let result = Memo::new(move |_| {
        ctx.consultation
            .with(|c| c.as_ref().map(|c| (c.clone(), tally::of_side(c, side))))
    });
    let heading = if side == Side::A {
        "result-a"
    } else {
        "result-b"
    };
    view! {
        <div class="side-result" role="group" aria-labelledby=heading>
            <h3 id=heading>{move || ctx.name(side)}</h3>
            {move || result.get().map(|(c, t)| view! { <RankList c t /> })}
        </div>
    }
}

/// The goals anyone picked, most first, each with its share and count.
#[component]
pub fn RankList(c: Consultation, t: Tally) -> impl IntoView {
    let i18n = use_i18n();
    let lang = use_lang();
    if t.respondents == 0 {
        return view! { <p class="hint">{t!(i18n, consult.nobody_yet)}</p> }.into_any();
    }
    let total = t.respondents;
    let rows = t
        .goals
        .iter()
        .filter(|g| g.count > 0)
        .map(|g| {
            let percent = tally::percent(g.count, total);
            let count = g.count;
            let own = matches!(g.goal, BallotGoal::Own(_));
            let label = {
                let c = c.clone();
                let goal = g.goal;
                move || goal_label(&c, goal, lang.get())
            };
            let share = move || {
                fill(
                    t_string!(i18n, consult.picked_by),
                    &[("percent", percent.to_string()), ("count", count.to_string())],
                )
            };
            let said = g.better + g.same + g.worse > 0;
            let (better, same, worse) = (g.better, g.same, g.worse);
            view! {
                <li>
                    <span class="goal-chip" style=goal_colours(&c, g.goal) aria-hidden="true">{g.goal.number()}</span>
                    <span class="rank-goal">
                        {label}
                        {own.then(|| view! { <span class="own-badge">{t!(i18n, consult.own_badge)}</span> })}
                    </span>
                    <span class="rank-bar" aria-hidden="true"><span style=format!("width:{percent}%")></span></span>
                    <span class="rank-share">{share}</span>
                    {said.then(|| view! {
                        <span class="rank-trend">{move || fill(t_string!(i18n, consult.trend_counts), &[
                            ("better", better.to_string()), ("same", same.to_string()), ("worse", worse.to_string())])}</span>
                    })}
                </li>
            }
        })
        .collect_view();
    view! {
        <p class="respondents">{move || fill(t_string!(i18n, consult.respondents_total), &[("count", total.to_string())])}</p>
        <ol class="rank-list" aria-label=move || t_string!(i18n, consult.rank_caption)>{rows}</ol>
    }
    .into_any()
}

/// The circle, where the priorities differ, and the results per place and age.
#[component]
pub fn Overview(ctx: ConsultCtx) -> impl IntoView {
    let i18n = use_i18n();
    let tallies = Memo::new(move |_| {
        ctx.consultation.with(|c| {
            c.as_ref().map(|c| {
                (
                    c.clone(),
                    tally::of_side(c, Side::A),
                    tally::of_side(c, Side::B),
                )
            })
        })
    });
    view! {
        <section class="card slide consult-overview" aria-labelledby="consult-circle-title">
            <h2 id="consult-circle-title">{t!(i18n, consult.on_circle)}</h2>
            {move || tallies.get().map(|(c, a, b)| view! {
                <div class="consult-overview-layout">
                    <ShareCircle ctx a=a.clone() b=b.clone() />
                    <Difference ctx c a b />
                </div>
            })}
            <Breakdown ctx />
        </section>
    }
}

const INNER: f64 = 46.0;
const REACH: f64 = 150.0;
const RIM: f64 = INNER + REACH + 6.0;

/// The 17 goals with each municipality's share as a bar in its half of the
/// goal's segment (the first plain, the second hatched) and the share written
/// on it, so the circle reads without colour; the lists beside it hold the
/// same numbers for screen readers.
#[component]
fn ShareCircle(ctx: ConsultCtx, a: Tally, b: Tally) -> impl IntoView {
    let i18n = use_i18n();
    let lang = use_lang();
    let half = |side: Side, goal: GoalNumber| {
        let (start, end) = segment_angles(goal);
        let mid = (start + end) / 2.0;
        match side {
            Side::A => (start + 0.02, mid - 0.01),
            Side::B => (mid + 0.01, end - 0.02),
        }
    };
    let bar = |side: Side, goal: GoalNumber, t: &Tally| {
        let (a0, a1) = half(side, goal);
        let percent = t.percent(BallotGoal::Sdg(goal));
        let outer = INNER + REACH * f64::from(percent) / 100.0;
        let (x, y) = polar((outer - 12.0).max(INNER + 12.0), (a0 + a1) / 2.0);
        let class = if side == Side::A {
            "bar bar-a"
        } else {
            "bar bar-b"
        };
        // Nobody picked it: no bar and no number (the lists say 0 by leaving it out).
        (percent > 0).then(|| view! {
            <path class=class d=sector_path(INNER, outer, a0, a1) />
            <text class="bar-label" x={Fixed::<1>(x).to_string()} y={Fixed::<1>(y).to_string()}>{percent}</text>
        })
    };
    let segments = GoalNumber::all()
        .map(|goal| {
            let track = |side: Side| {
                let (a0, a1) = half(side, goal);
                sector_path(INNER, INNER + REACH, a0, a1)
            };
            view! {
                <g class="goal-slice" style=goal_style(goal.goal())>
                    <title>{move || crate::ui::index::words::goal_label(goal, lang.get())}</title>
                    <path class="track" d=track(Side::A) />
                    <path class="track" d=track(Side::B) />
                    {bar(Side::A, goal, &a)}
                    {bar(Side::B, goal, &b)}
                    {crate::ui::rim::goal_rim(goal, RIM)}
                </g>
            }
        })
        .collect_view();
    let desc = move || {
        fill(
            t_string!(i18n, consult.circle_desc),
            &[("a", ctx.name(Side::A)), ("b", ctx.name(Side::B))],
        )
    };
    view! {
        <figure class="compare-circle share-circle">
            <svg viewBox="-245 -245 490 490" role="img" aria-labelledby="share-circle-desc">
                <desc id="share-circle-desc">{desc}</desc>
                <crate::ui::hatch::HatchDefs />
                <circle class="guide" r={Fixed::<1>(INNER + REACH / 2.0).to_string()} />
                <circle class="guide" r={Fixed::<1>(INNER + REACH).to_string()} />
                {segments}
            </svg>
            <figcaption class="legend">
                <span><span class="swatch swatch-a" aria-hidden="true"></span>{move || ctx.name(Side::A)}</span>
                <span><span class="swatch swatch-b" aria-hidden="true"></span>{move || ctx.name(Side::B)}</span>
            </figcaption>
        </figure>
    }
}

/// The top goals of each municipality: shared, and only in one.
#[component]
fn Difference(ctx: ConsultCtx, c: Consultation, a: Tally, b: Tally) -> impl IntoView {
    let i18n = use_i18n();
    let lang = use_lang();
    let d = tally::difference(&a, &b);
    let list = move |goals: Vec<BallotGoal>| {
        let c = c.clone();
        if goals.is_empty() {
            return view! { <p class="hint">{t!(i18n, consult.none)}</p> }.into_any();
        }
        let items = goals
            .into_iter()
            .map(|g| {
                let c2 = c.clone();
                view! {
                    <li>
                        <span class="goal-chip" style=goal_colours(&c, g) aria-hidden="true">{g.number()}</span>
                        {move || goal_label(&c2, g, lang.get())}
                    </li>
                }
            })
            .collect_view();
        view! { <ul class="goal-list">{items}</ul> }.into_any()
    };
    view! {
        <div class="difference">
            <h3>{t!(i18n, consult.difference)}</h3>
            <p class="hint">{t!(i18n, consult.difference_hint)}</p>
            <h4>{t!(i18n, consult.shared)}</h4>
            {list(d.shared)}
            <h4>{move || fill(t_string!(i18n, consult.only_in), &[("name", ctx.name(Side::A))])}</h4>
            {list(d.only_a)}
            <h4>{move || fill(t_string!(i18n, consult.only_in), &[("name", ctx.name(Side::B))])}</h4>
            {list(d.only_b)}
        </div>
    }
}

/// Per place and per age band, folded until asked for.
#[component]
fn Breakdown(ctx: ConsultCtx) -> impl IntoView {
    let i18n = use_i18n();
    let places = move || {
        ctx.consultation.with(|c| {
            c.as_ref()
                .map(|c| {
                    c.places
                        .iter()
                        .map(|p| (c.clone(), p.name.clone(), tally::of_place(c, p)))
                        .collect::<Vec<_>>()
                })
                .unwrap_or_default()
        })
    };
    let ages = move || {
        ctx.consultation.with(|c| {
            c.as_ref()
                .map(|c| {
                    Side::BOTH
                        .into_iter()
                        .flat_map(|side| {
                            tally::by_age(c, side)
                                .into_iter()
                                .map(move |(band, t)| (side, band, t))
                        })
                        .map(|(side, band, t)| (c.clone(), side, band.label(), t))
                        .collect::<Vec<_>>()
                })
                .unwrap_or_default()
        })
    };
    view! {
        <details class="breakdown">
            <summary>{t!(i18n, consult.by_place)}</summary>
            <div class="breakdown-grid">
                {move || places().into_iter().map(|(c, name, t)| view! {
                    <div class="breakdown-item"><h4>{name}</h4><RankList c t /></div>
                }).collect_view()}
            </div>
        </details>
        <details class="breakdown">
            <summary>{t!(i18n, consult.by_age)}</summary>
            <p class="hint" hidden=move || !ages().is_empty()>{t!(i18n, consult.no_ages)}</p>
            <div class="breakdown-grid">
                {move || ages().into_iter().map(|(c, side, band, t)| view! {
                    <div class="breakdown-item"><h4>{ctx.name(side)}" · "{band}</h4><RankList c t /></div>
                }).collect_view()}
            </div>
        </details>
    }
}

/// The results as CSV: one row per municipality, place and goal.
#[component]
pub fn Download(ctx: ConsultCtx) -> impl IntoView {
    let i18n = use_i18n();
    let lang = use_lang();
    let download = move |_| {
        let Some(p) = ctx.partnership.get_untracked() else {
            return;
        };
        let text = crate::domain::consultation::csv::consultation_csv(&p, lang.get_untracked());
        let name = crate::domain::export::file_name(
            &format!("{}-consultation", crate::domain::export::slug(&p.name)),
            &crate::state::storage::now_iso(),
            "csv",
        );
        crate::state::browser::download(&name, "text/csv", &text);
    };
    view! {
        <p class="actions consult-download">
            <button type="button" class="button secondary" on:click=download>{t!(i18n, consult.csv)}</button>
        </p>
    }
}
