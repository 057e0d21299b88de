//! Goals as gaps on one circle: each goal's bar is the share of the
//! programme's boards that leave it unserved, with the count written on it,
//! so length and number say it, not colour.

use crate::domain::programme::GoalGaps;
use crate::i18n::*;
use crate::ui::fill::fill;
use crate::ui::geometry::{polar, sector_path, segment_angles, Fixed};
use crate::ui::goals::goal_style;
use crate::ui::index::words::goal_label;
use crate::ui::locale::use_lang;
use leptos::prelude::*;

const INNER: f64 = 46.0;
const REACH: f64 = 150.0;
const RIM: f64 = INNER + REACH + 6.0;

#[component]
pub fn GapCircle(gaps: Vec<GoalGaps>, boards: usize) -> impl IntoView {
    let i18n = use_i18n();
    let lang = use_lang();
    let segments = gaps
        .into_iter()
        .map(|row| {
            let goal = row.goal;
            let (a0, a1) = segment_angles(goal);
            let (a0, a1) = (a0 + 0.02, a1 - 0.02);
            let count = row.gaps.len();
            let outer = INNER + REACH * count as f64 / boards.max(1) as f64;
            let (x, y) = polar((outer - 14.0).max(INNER + 14.0), (a0 + a1) / 2.0);
            let title = move || {
                fill(
                    t_string!(i18n, programme.gap_title),
                    &[
                        ("goal", goal_label(goal, lang.get())),
                        ("count", count.to_string()),
                        ("boards", boards.to_string()),
                    ],
                )
            };
            view! {
                <g class="goal-slice" style=goal_style(goal.goal())>
                    <title>{title}</title>
                    <path class="track" d=sector_path(INNER, INNER + REACH, a0, a1) />
                    {(count > 0).then(|| view! {
                        <path class="bar bar-a" d=sector_path(INNER, outer, a0, a1) />
                        <text class="bar-label" x={Fixed::<1>(x).to_string()} y={Fixed::<1>(y).to_string()}>{count}</text>
                    })}
                    {crate::ui::rim::goal_rim(goal, RIM)}
                </g>
            }
        })
        .collect_view();
    let desc = move || {
        fill(
            t_string!(i18n, programme.circle_desc),
            &[("boards", boards.to_string())],
        )
    };
    view! {
        <figure class="compare-circle gap-circle">
            <svg viewBox="-245 -245 490 490" role="img" aria-labelledby="gap-circle-desc">
                <desc id="gap-circle-desc">{desc}</desc>
                <circle class="guide" r={Fixed::<1>(INNER + REACH / 2.0).to_string()} />
                <circle class="guide" r={Fixed::<1>(INNER + REACH).to_string()} />
                {segments}
            </svg>
        </figure>
    }
}
