//! Comparing: both partners on one circle (each goal's segment split, one half
//! per partner) and as a table sorted by goal or by difference; and each
//! partner's progress between two rounds. Never a ranking of the partners.

use super::words::{band_word, fill, goal_label, maybe_score_text, I18n};
use super::RoundCtx;
use crate::domain::index::{progress, Band, GoalProgress, Level, Score};
use crate::domain::{GoalNumber, Side};
use crate::i18n::*;
use crate::ui::geometry::{goal_segment, label_point, polar, sector_path, segment_angles};
use crate::ui::goals::goal_style;
use crate::ui::locale::use_lang;
use leptos::prelude::*;

const INNER: f64 = 46.0;
const STEP: f64 = 30.0;
const RIM: f64 = INNER + 5.0 * STEP + 6.0;

fn band_class(band: Band) -> &'static str {
    match band {
        Band::VeryWeak => "band-very-weak",
        Band::Weak => "band-weak",
        Band::Fair => "band-fair",
        Band::Strong => "band-strong",
    }
}

#[component]
pub fn ComparePanel(ctx: RoundCtx) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <section class="compare card" aria-labelledby="compare-title">
            <h2 id="compare-title">{t!(i18n, index.compare.title)}</h2>
            <p class="hint">{t!(i18n, index.compare.intro)}</p>
            <div class="compare-layout">
                <CompareCircle ctx />
                <CompareTable ctx />
            </div>
        </section>
    }
}

#[component]
fn CompareCircle(ctx: RoundCtx) -> impl IntoView {
    let i18n = use_i18n();
    let lang = use_lang();
    let half = |side: Side, goal: GoalNumber| {
        let (start, end) = segment_angles(goal);
        let mid = (start + end) / 2.0;
        let gap = 0.02;
        match side {
            Side::A => (start + gap, mid - gap / 2.0),
            Side::B => (mid + gap / 2.0, end - gap),
        }
    };
    let bar = move |side: Side, goal: GoalNumber, score: Option<Score>| {
        let (a0, a1) = half(side, goal);
        let class = if side == Side::A {
            "bar bar-a"
        } else {
            "bar bar-b"
        };
        match score {
            Some(Score::Level(l)) => {
                let outer = INNER + f64::from(l.get()) * STEP;
                let (x, y) = polar(outer - 12.0, (a0 + a1) / 2.0);
                view! {
                    <path class=class d=sector_path(INNER, outer, a0, a1) />
                    <text class="bar-label" x=format!("{x:.1}") y=format!("{y:.1}")>{l.get()}</text>
                }
                .into_any()
            }
            Some(other) => {
                let (x, y) = polar(INNER + 14.0, (a0 + a1) / 2.0);
                let mark = if other == Score::DontKnow { "?" } else { "–" };
                view! { <text class="unknown-mark" x=format!("{x:.1}") y=format!("{y:.1}")>{mark}</text> }.into_any()
            }
            None => ().into_any(),
        }
    };
    let segments = GoalNumber::all()
        .map(|goal| {
            let g = goal.goal();
            let (lx, ly) = label_point(goal, RIM + 15.0);
            let track = |side: Side| {
                let (a0, a1) = half(side, goal);
                sector_path(INNER, INNER + 5.0 * STEP, a0, a1)
            };
            let (a, b) = (ctx.score(Side::A, goal), ctx.score(Side::B, goal));
            view! {
                <g class="goal-slice" style=goal_style(g)>
                    <title>{move || goal_label(goal, lang.get())}</title>
                    <path class="track" d=track(Side::A) />
                    <path class="track" d=track(Side::B) />
                    {move || bar(Side::A, goal, a.get())}
                    {move || bar(Side::B, goal, b.get())}
                    <path class="rim" d=goal_segment(goal, RIM, RIM + 30.0, 0.02) />
                    <text class="rim-label" x=format!("{lx:.1}") y=format!("{ly:.1}")>{goal.get()}</text>
                </g>
            }
        })
        .collect_view();
    let guides = Level::all()
        .map(|l| {
            let r = INNER + f64::from(l.get()) * STEP;
            view! { <circle class="guide" r=format!("{r:.1}") /> }
        })
        .collect_view();
    view! {
        <figure class="compare-circle">
            <svg viewBox="-245 -245 490 490" role="img" aria-labelledby="circle-title circle-desc">
                <title id="circle-title">{t!(i18n, index.compare.circle_title)}</title>
                <desc id="circle-desc">{move || fill(t_string!(i18n, index.compare.circle_desc), &[("a", (ctx.name(Side::A)).to_string()), ("b", (ctx.name(Side::B)).to_string())])}</desc>
                <defs>
                    <pattern id="hatch-b" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
                        <rect width="6" height="6" class="hatch-bg" />
                        <line x1="0" y1="0" x2="0" y2="6" class="hatch-line" />
                    </pattern>
                </defs>
                {guides}
                {segments}
            </svg>
            <figcaption class="legend">
                <span><span class="swatch swatch-a" aria-hidden="true"></span>{move || ctx.name(Side::A)}" "{t!(i18n, index.compare.left_half)}</span>
                <span><span class="swatch swatch-b" aria-hidden="true"></span>{move || ctx.name(Side::B)}" "{t!(i18n, index.compare.right_half)}</span>
                <span>"? = "{t!(i18n, index.score.dont_know)}" · – = "{t!(i18n, index.score.not_applicable)}</span>
            </figcaption>
        </figure>
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum SortBy {
    Goal,
    Difference,
}

#[component]
fn CompareTable(ctx: RoundCtx) -> impl IntoView {
    let i18n = use_i18n();
    let lang = use_lang();
    let sort = RwSignal::new(SortBy::Goal);
    // Only the order of the rows: each row follows its own goal's scores, so a
    // score change sorted by goal moves nothing and redraws two cells.
    let order = Memo::new(move |_| {
        if sort.get() == SortBy::Goal {
            return GoalNumber::all().collect::<Vec<_>>();
        }
        let mut rows = ctx
            .round
            .with(|r| r.as_ref().map(|r| r.pairs()).unwrap_or_default());
        // Largest gap first; goals without two levels last; then by goal.
        rows.sort_by_key(|(g, a, b)| (std::cmp::Reverse(gap(*a, *b)), *g));
        rows.into_iter().map(|(g, _, _)| g).collect()
    });
    let sort_button = move |by: SortBy| {
        view! {
            <button
                type="button"
                class="button"
                class:secondary=move || sort.get() != by
                aria-pressed=move || (sort.get() == by).to_string()
                on:click=move |_| sort.set(by)
            >
                {move || match by {
                    SortBy::Goal => t_string!(i18n, index.compare.by_goal),
                    SortBy::Difference => t_string!(i18n, index.compare.by_difference),
                }}
            </button>
        }
    };
    view! {
        <div class="compare-table-wrap">
            <div class="actions" role="group" aria-label=move || t_string!(i18n, index.compare.sort)>
                <span class="label">{t!(i18n, index.compare.sort)}":"</span>
                {sort_button(SortBy::Goal)}
                {sort_button(SortBy::Difference)}
            </div>
            <BandLegend />
            <table class="compare-table">
                <caption class="visually-hidden">{t!(i18n, index.compare.table_caption)}</caption>
                <thead>
                    <tr>
                        <th scope="col">{t!(i18n, index.compare.goal)}</th>
                        <th scope="col">{move || ctx.name(Side::A)}</th>
                        <th scope="col">{move || ctx.name(Side::B)}</th>
                        <th scope="col">{t!(i18n, index.compare.difference)}</th>
                    </tr>
                </thead>
                <tbody>
                    <For each=move || order.get() key=|goal| *goal let:goal>
                        {
                            let (a, b) = (ctx.score(Side::A, goal), ctx.score(Side::B, goal));
                            view! {
                                <tr>
                                    <th scope="row" class="goal-cell" style=goal_style(goal.goal())>
                                        <span class="chip-number">{goal.get()}</span>
                                        <span class="goal-name">{move || goal.goal().title(lang.get())}</span>
                                    </th>
                                    <td><ScoreCell score=a /></td>
                                    <td><ScoreCell score=b /></td>
                                    <td class="gap">{move || gap(a.get(), b.get()).map_or("—".to_owned(), |d| d.to_string())}</td>
                                </tr>
                            }
                        }
                    </For>
                </tbody>
            </table>
        </div>
    }
}

/// The distance between two levels, without saying who is ahead.
fn gap(a: Option<Score>, b: Option<Score>) -> Option<u8> {
    let (a, b) = (a?.level()?.get(), b?.level()?.get());
    Some(a.abs_diff(b))
}

#[component]
fn ScoreCell(score: ReadSignal<Option<Score>>) -> impl IntoView {
    let i18n = use_i18n();
    let level = move || score.get().and_then(Score::level);
    view! {
        {move || level().map(|l| {
            let band = l.band();
            view! {
                <span class=format!("band-bar {}", band_class(band)) style=format!("--level:{}", l.get())>
                    <span class="visually-hidden">{move || band_word(i18n, band)}</span>
                </span>
            }
        })}
        <span class="score-text">{move || maybe_score_text(i18n, score.get())}</span>
    }
}

#[component]
fn BandLegend() -> impl IntoView {
    let i18n = use_i18n();
    let item = move |band: Band, range: &'static str| {
        view! {
            <li>
                <span class=format!("band-bar legend {}", band_class(band)) aria-hidden="true"></span>
                <crate::ui::display::Bi text=move |loc| band_word(loc, band).to_owned() />" ("{range}")"
            </li>
        }
    };
    view! {
        <ul class="band-legend" aria-label=move || t_string!(i18n, index.compare.bands)>
            {item(Band::Strong, "4–5")}
            {item(Band::Fair, "3")}
            {item(Band::Weak, "2")}
            {item(Band::VeryWeak, "1")}
        </ul>
    }
}

#[component]
pub fn ProgressPanel(ctx: RoundCtx) -> impl IntoView {
    let i18n = use_i18n();
    let lang = use_lang();
    let others = Memo::new(move |_| {
        let rid = ctx.rid.get_value();
        ctx.partnership.with(|p| {
            p.as_ref()
                .map(|p| {
                    p.rounds
                        .iter()
                        .filter(|r| r.id != rid)
                        .map(|r| (r.id.clone(), r.name.clone()))
                        .collect::<Vec<_>>()
                })
                .unwrap_or_default()
        })
    });
    // Default: the round just before this one; for the first round, the next.
    let chosen = RwSignal::new(None::<String>);
    let earlier = Memo::new(move |_| {
        let rid = ctx.rid.get_value();
        chosen.get().or_else(|| {
            ctx.partnership.with(|p| {
                let rounds = &p.as_ref()?.rounds;
                let i = rounds.iter().position(|r| r.id == rid)?;
                i.checked_sub(1)
                    .and_then(|j| rounds.get(j))
                    .or_else(|| rounds.iter().find(|r| r.id != rid))
                    .map(|r| r.id.clone())
            })
        })
    });
    let rows = Memo::new(move |_| {
        let Some(eid) = earlier.get() else {
            return Vec::new();
        };
        ctx.partnership.with(|p| {
            let Some(p) = p.as_ref() else {
                return Vec::new();
            };
            let rid = ctx.rid.get_value();
            let at = |id: &str| p.rounds.iter().position(|r| r.id == id);
            let (Some(other), Some(this)) = (at(&eid), at(&rid)) else {
                return Vec::new();
            };
            // Always from the earlier round to the later one, whichever is open.
            let (before, after) = if other < this {
                (&p.rounds[other], &p.rounds[this])
            } else {
                (&p.rounds[this], &p.rounds[other])
            };
            progress(before, after, Side::A)
                .into_iter()
                .zip(progress(before, after, Side::B))
                .collect::<Vec<_>>()
        })
    });
    view! {
        <Show when=move || !others.with(Vec::is_empty)>
            <section class="progress card" aria-labelledby="progress-title">
                <h2 id="progress-title">{t!(i18n, index.progress.title)}</h2>
                <div class="field">
                    <label for="progress-round">{t!(i18n, index.progress.compare_with)}</label>
                    <select id="progress-round" on:change=move |ev| chosen.set(Some(event_target_value(&ev)))>
                        <For each=move || others.get() key=|o| o.clone() let:o>
                            {
                                let id = o.0.clone();
                                view! { <option value=o.0 selected=move || earlier.get().as_deref() == Some(id.as_str())>{o.1}</option> }
                            }
                        </For>
                    </select>
                </div>
                <table class="progress-table">
                    <thead>
                        <tr>
                            <th scope="col">{t!(i18n, index.compare.goal)}</th>
                            <th scope="col">{move || ctx.name(Side::A)}</th>
                            <th scope="col">{move || ctx.name(Side::B)}</th>
                        </tr>
                    </thead>
                    <tbody>
                        // Keyed by what a row shows: a score change rebuilds its own
                        // goal's row, not all 17.
                        <For
                            each=move || rows.get()
                            key=|(a, b)| (a.goal, a.before, a.after, b.before, b.after)
                            let:row
                        >
                            {
                                let (a, b) = row;
                                view! {
                                    <tr>
                                        <th scope="row">{move || goal_label(a.goal, lang.get())}</th>
                                        <td>{move || change_text(i18n, a)}</td>
                                        <td>{move || change_text(i18n, b)}</td>
                                    </tr>
                                }
                            }
                        </For>
                    </tbody>
                </table>
            </section>
        </Show>
    }
}

/// "2 → 4 (▲ +2)", "3 → 3 (= 0)", "don't know → 2".
fn change_text(i18n: I18n, p: GoalProgress) -> String {
    let short = |s: Option<Score>| match s {
        Some(Score::Level(l)) => l.get().to_string(),
        other => maybe_score_text(i18n, other),
    };
    let base = format!("{} → {}", short(p.before), short(p.after));
    match p.change() {
        Some(d) if d > 0 => format!("{base} (▲ +{d})"),
        Some(d) if d < 0 => format!("{base} (▼ −{})", -d),
        Some(_) => format!("{base} (= 0)"),
        None => base,
    }
}
