//! One small chart per indicator: both partners' series, each with its own
//! target. Readable without colour: partner A is a solid line with round
//! marks, partner B a dashed line with square marks, targets are hollow
//! marks joined to their baseline by a dotted line (the pace needed); the
//! numbers are in a table for screen readers beside it.

use super::words::number;
use crate::domain::indicator::{Follow, Indicator, Point};
use crate::domain::{Lang, Side};
use crate::i18n::*;
use crate::ui::fill::fill;
use crate::ui::locale::use_lang;
use leptos::prelude::*;

const W: f64 = 360.0;
const H: f64 = 170.0;
const LEFT: f64 = 48.0;
const RIGHT: f64 = 16.0;
const TOP: f64 = 12.0;
const BOTTOM: f64 = 26.0;

struct Frame {
    years: (f64, f64),
    values: (f64, f64),
    /// The lowest and highest value drawn: the labels of the value axis.
    drawn: (f64, f64),
}

impl Frame {
    fn of(ind: &Indicator) -> Option<Frame> {
        let points: Vec<Point> = [&ind.a, &ind.b]
            .into_iter()
            .flat_map(|f| {
                f.baseline
                    .into_iter()
                    .chain(f.target)
                    .chain(f.values.iter().map(|m| Point {
                        year: m.year,
                        value: m.value,
                    }))
            })
            .collect();
        let first = points.first()?;
        let mut frame = Frame {
            years: (f64::from(first.year), f64::from(first.year)),
            values: (first.value, first.value),
            drawn: (first.value, first.value),
        };
        for p in &points {
            frame.years.0 = frame.years.0.min(f64::from(p.year));
            frame.years.1 = frame.years.1.max(f64::from(p.year));
            frame.values.0 = frame.values.0.min(p.value);
            frame.values.1 = frame.values.1.max(p.value);
        }
        frame.drawn = frame.values;
        if frame.years.0 == frame.years.1 {
            frame.years = (frame.years.0 - 1.0, frame.years.1 + 1.0);
        }
        let span = frame.values.1 - frame.values.0;
        let pad = if span == 0.0 {
            frame.values.0.abs().max(1.0) * 0.1
        } else {
            span * 0.08
        };
        frame.values = (frame.values.0 - pad, frame.values.1 + pad);
        Some(frame)
    }

    fn x(&self, year: i32) -> f64 {
        LEFT + (f64::from(year) - self.years.0) / (self.years.1 - self.years.0) * (W - LEFT - RIGHT)
    }

    fn y(&self, value: f64) -> f64 {
        TOP + (self.values.1 - value) / (self.values.1 - self.values.0) * (H - TOP - BOTTOM)
    }
}

/// The points of a partner's line: the baseline, then the measured values.
fn line(f: &Follow) -> Vec<Point> {
    let mut points: Vec<Point> = f
        .values
        .iter()
        .map(|m| Point {
            year: m.year,
            value: m.value,
        })
        .collect();
    if let Some(b) = f.baseline {
        if !points.iter().any(|p| p.year == b.year) {
            points.push(b);
        }
    }
    points.sort_by_key(|p| p.year);
    points
}

fn mark(side: Side, x: f64, y: f64, hollow: bool) -> AnyView {
    let class = if hollow { "mark target" } else { "mark" };
    match side {
        Side::A => {
            view! { <circle class=class cx=x cy=y r=if hollow { 5.5 } else { 3.5 } /> }.into_any()
        }
        Side::B => {
            let s = if hollow { 5.0 } else { 3.2 };
            view! { <rect class=class x=x - s y=y - s width=2.0 * s height=2.0 * s /> }.into_any()
        }
    }
}

fn series(frame: &Frame, side: Side, f: &Follow) -> AnyView {
    let class = match side {
        Side::A => "series side-a",
        Side::B => "series side-b",
    };
    let points = line(f);
    let path = points
        .iter()
        .map(|p| format!("{:.1},{:.1}", frame.x(p.year), frame.y(p.value)))
        .collect::<Vec<_>>()
        .join(" ");
    let needed = match (f.baseline, f.target) {
        (Some(b), Some(t)) => Some(view! {
            <line class="needed" x1=frame.x(b.year) y1=frame.y(b.value) x2=frame.x(t.year) y2=frame.y(t.value) />
        }),
        _ => None,
    };
    let target = f
        .target
        .map(|t| mark(side, frame.x(t.year), frame.y(t.value), true));
    let marks = points
        .iter()
        .map(|p| mark(side, frame.x(p.year), frame.y(p.value), false))
        .collect_view();
    view! {
        <g class=class>
            {needed}
            <polyline class="line" points=path />
            {marks}
            {target}
        </g>
    }
    .into_any()
}

#[component]
pub fn Chart(indicator: Indicator, names: (String, String)) -> impl IntoView {
    let i18n = use_i18n();
    let lang = use_lang();
    let title_id = format!("chart-{}", indicator.id);
    let labelled_by = title_id.clone();
    let Some(frame) = Frame::of(&indicator) else {
        return ().into_any();
    };
    let unit = indicator.unit.clone();
    let l = lang.get_untracked();
    let y_labels = [frame.drawn.1, frame.drawn.0].map(|v| {
        let text = number(v, l);
        view! { <text class="axis" x=LEFT - 6.0 y=frame.y(v) + 4.0 text-anchor="end">{text}</text> }
    });
    let years = (frame.years.0 as i32, frame.years.1 as i32);
    let x_labels = [years.0, years.1].map(|y| {
        view! { <text class="axis" x=frame.x(y) y=H - 8.0 text-anchor="middle">{y.to_string()}</text> }
    });
    let name = indicator.name.clone();
    let title = move || fill(t_string!(i18n, ind.chart), &[("name", name.clone())]);
    let rows = table_rows(&indicator, &names, l);
    view! {
        <figure class="indicator-chart">
            <svg viewBox=format!("0 0 {W} {H}") role="img" aria-labelledby=labelled_by>
                <title id=title_id>{title}</title>
                <line class="axis-line" x1=LEFT y1=TOP x2=LEFT y2=H - BOTTOM />
                <line class="axis-line" x1=LEFT y1=H - BOTTOM x2=W - RIGHT y2=H - BOTTOM />
                {y_labels}
                {x_labels}
                {series(&frame, Side::A, &indicator.a)}
                {series(&frame, Side::B, &indicator.b)}
            </svg>
            <figcaption class="chart-legend">
                <span class="key side-a" aria-hidden="true">"━●"</span>" "{names.0.clone()}
                <span class="key side-b" aria-hidden="true">"╍■"</span>" "{names.1.clone()}
                <span class="key" aria-hidden="true">"○ □"</span>" "{t!(i18n, ind.target)}
                {(!unit.is_empty()).then(|| format!(" · {unit}"))}
            </figcaption>
            // A table sizes to its content whatever its width says: the
            // hidden box around it keeps it from widening a phone's page.
            <div class="visually-hidden">
            <table>
                <caption>{t!(i18n, ind.chart_table)}</caption>
                <thead><tr>
                    <th scope="col">{t!(i18n, ind.kind)}</th>
                    <th scope="col">{t!(i18n, ind.year)}</th>
                    <th scope="col">{t!(i18n, ind.value)}</th>
                </tr></thead>
                <tbody>{rows}</tbody>
            </table>
            </div>
        </figure>
    }
    .into_any()
}

fn table_rows(ind: &Indicator, names: &(String, String), lang: Lang) -> impl IntoView {
    let i18n = use_i18n();
    let mut rows = Vec::new();
    for (side, name) in [(Side::A, &names.0), (Side::B, &names.1)] {
        let f = ind.follow(side);
        let mut push = |kind: &'static str, p: Point| {
            rows.push((format!("{name}: {kind}"), p.year, number(p.value, lang)));
        };
        if let Some(b) = f.baseline {
            push(t_string!(i18n, ind.baseline), b);
        }
        for m in &f.values {
            push(
                t_string!(i18n, ind.measured),
                Point {
                    year: m.year,
                    value: m.value,
                },
            );
        }
        if let Some(t) = f.target {
            push(t_string!(i18n, ind.target), t);
        }
    }
    rows.into_iter()
        .map(|(kind, year, value)| view! { <tr><th scope="row">{kind}</th><td>{year}</td><td>{value}</td></tr> })
        .collect_view()
}
