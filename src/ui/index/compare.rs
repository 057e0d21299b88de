//! Comparing: both partners on one circle (each goal's segment split, one half
//! per partner) and as a table sorted by goal or by difference; and each
//! partner's progress between two rounds. Never a ranking of the partners.

use super::words::{band_word, fill, goal_label, maybe_score_text, I18n};
use super::RoundCtx;
use crate::domain::index::{Band, GoalProgress, Level, Score};
use crate::domain::{GoalNumber, Side};
use crate::i18n::*;
use crate::ui::geometry::{polar, sector_path, segment_angles, Fixed};
use crate::ui::goals::goal_style;
use crate::ui::locale::use_lang;
use crate::ui::narrow::narrow;
use leptos::prelude::*;

const INNER: f64 = 46.0;
const STEP: f64 = 30.0;
const RIM: f64 = INNER + 5.0 * STEP + 6.0;

/// The bar's classes for a band: the pattern, not only the length, tells it.
fn band_class(band: Band) -> &'static str {
    match band {
        Band::VeryWeak => "band-bar band-very-weak",
        Band::Weak => "band-bar band-weak",
        Band::Fair => "band-bar band-fair",
        Band::Strong => "band-bar band-strong",
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
pub(super) fn CompareCircle(ctx: RoundCtx) -> impl IntoView {
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
    // Each half's bar and its mark stay in the drawing; a score change sets
    // their shape and text (no level: an empty path, "?" or "–", or nothing).
    let bar = move |side: Side, goal: GoalNumber, score: ReadSignal<Option<Score>>| {
        let (a0, a1) = half(side, goal);
        let mid = (a0 + a1) / 2.0;
        let class = if side == Side::A {
            "bar bar-a"
        } else {
            "bar bar-b"
        };
        let level = move || score.get().and_then(Score::level);
        let d = move || {
            level()
                .map(|l| sector_path(INNER, INNER + f64::from(l.get()) * STEP, a0, a1))
                .unwrap_or_default()
        };
        let at = move || match level() {
            Some(l) => polar(INNER + f64::from(l.get()) * STEP - 12.0, mid),
            None => polar(INNER + 14.0, mid),
        };
        let mark = move || match score.get() {
            Some(Score::Level(l)) => l.get().to_string(),
            Some(Score::DontKnow) => "?".to_owned(),
            Some(_) => "–".to_owned(),
            None => String::new(),
        };
        view! {
            <path class=class d=d />
            <text
                class=move || if level().is_some() { "bar-label" } else { "unknown-mark" }
                x={move || Fixed::<1>(at().0).to_string()}
                y={move || Fixed::<1>(at().1).to_string()}
            >
                {mark}
            </text>
        }
    };
    let segments = GoalNumber::all()
        .map(|goal| {
            let g = goal.goal();
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
                    {bar(Side::A, goal, a)}
                    {bar(Side::B, goal, b)}
                    {crate::ui::rim::goal_rim(goal, RIM)}
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
                <crate::ui::hatch::HatchDefs />
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

/// A goal's score as a bar (its band's pattern and length) and in words. The
/// bar stays in the table: a score change sets its class, length and hidden
/// word, rather than drawing a new one.
#[component]
fn ScoreCell(score: ReadSignal<Option<Score>>) -> impl IntoView {
    let i18n = use_i18n();
    let level = move || score.get().and_then(Score::level);
    view! {
        <span
            class=move || level().map_or("band-bar", |l| band_class(l.band()))
            style=move || level().map(|l| format!("--level:{}", l.get()))
            hidden=move || level().is_none()
        >
            <span class="visually-hidden">{move || level().map(|l| band_word(i18n, l.band()))}</span>
        </span>
        <span class="score-text">{move || maybe_score_text(i18n, score.get())}</span>
    }
}

#[component]
fn BandLegend() -> impl IntoView {
    let i18n = use_i18n();
    let item = move |band: Band, range: &'static str| {
        view! {
            <li>
                <span class=format!("{} legend", band_class(band)) aria-hidden="true"></span>
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
    // The other round's scores and whether it came first: a score change in
    // this round leaves them as they were, so only that goal's cells follow.
    let other = narrow(move || {
        let eid = earlier.get()?;
        let rid = ctx.rid.get_value();
        ctx.partnership.with(|p| {
            let rounds = &p.as_ref()?.rounds;
            let at = |id: &str| rounds.iter().position(|r| r.id == id);
            let (other, this) = (at(&eid)?, at(&rid)?);
            let scores = |side| {
                GoalNumber::all()
                    .map(|g| rounds[other].score(side, g))
                    .collect::<Vec<_>>()
            };
            Some((other < this, scores(Side::A), scores(Side::B)))
        })
    });
    // Always from the earlier round to the later one, whichever is open.
    let cell = move |side: Side, goal: GoalNumber| {
        let this = ctx.score(side, goal);
        move || {
            other.with(|o| {
                let (other_first, a, b) = o.as_ref()?;
                let theirs = if side == Side::A { a } else { b }[goal.index()];
                let (before, after) = if *other_first {
                    (theirs, this.get())
                } else {
                    (this.get(), theirs)
                };
                Some(change_text(
                    i18n,
                    GoalProgress {
                        goal,
                        before,
                        after,
                    },
                ))
            })
        }
    };
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
                        {GoalNumber::all().map(|goal| view! {
                            <tr>
                                <th scope="row">{move || goal_label(goal, lang.get())}</th>
                                <td>{cell(Side::A, goal)}</td>
                                <td>{cell(Side::B, goal)}</td>
                            </tr>
                        }).collect_view()}
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
