//! The board: our own SVG drawing of the 17 goals round the subject card.
//!
//! Each goal's segment has an outer label band (goal colour, number, short
//! title) and inner bands that fill from the outside towards the centre as the
//! contribution grows, so the level reads from across a room by how far the
//! colour reaches in, not by colour alone. "Not discussed" is drawn with dashed
//! empty bands and a "?", "no contribution" with solid grey bands and a "0",
//! and negative effects with hatched bands and a minus. Everything is drawn
//! with presentation attributes, so the exported file looks the same.

use super::label::{goal_label, Ring, NUMBER_SIZE};
use super::{goal_name, kind_text, level_mark, level_text};
use crate::domain::circle::{CircleBoard, Effect, Level, Scale};
use crate::domain::{GoalNumber, Partnership};
use crate::i18n::*;
use crate::ui::geometry::{goal_segment, label_point, Fixed};
use crate::ui::locale::use_lang;
use crate::ui::narrow::narrow;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

const R_CARD: f64 = 140.0;
const R_BANDS_IN: f64 = 148.0;
const R_BANDS_OUT: f64 = 352.0;
const R_LABEL_IN: f64 = 358.0;
const R_OUT: f64 = 500.0;
const GAP: f64 = 0.012;
const LABEL_RING: Ring = Ring {
    inner: R_LABEL_IN,
    outer: R_OUT,
    gap: GAP,
};
const INK: &str = "#14213D";
/// The drawing's own box on screen; the export adds a header and a legend.
pub const VIEW_BOX: &str = "-505 -505 1010 1010";
pub const EXPORT_VIEW_BOX: &str = "-520 -700 1040 1420";

/// Splits text into at most `max_lines` lines of about `width` characters,
/// breaking between words and ending with "…" when it does not fit.
pub fn wrap(text: &str, width: usize, max_lines: usize) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    let mut current = String::new();
    for word in text.split_whitespace() {
        if !current.is_empty() && current.chars().count() + 1 + word.chars().count() > width {
            lines.push(std::mem::take(&mut current));
        }
        if !current.is_empty() {
            current.push(' ');
        }
        current.push_str(word);
    }
    if !current.is_empty() {
        lines.push(current);
    }
    if lines.len() > max_lines {
        lines.truncate(max_lines);
        if let Some(last) = lines.last_mut() {
            // Cut between words, so every word shown is a whole word of the
            // title (speech input and the accessible name match on words).
            let mut keep = last.clone();
            while keep.chars().count() + 2 > width {
                match keep.rfind(' ') {
                    Some(i) => keep.truncate(i),
                    None => {
                        keep = keep.chars().take(width.saturating_sub(2)).collect();
                        break;
                    }
                }
            }
            *last = format!("{keep} …");
        }
    }
    lines
}

/// The font size at which the longest line fits where `width` characters
/// fit at `size`: a long line on the subject card shrinks rather than spill
/// out of it (the goal labels have their own layout, `label::goal_label`).
fn fit(lines: &[String], width: usize, size: f64) -> f64 {
    let longest = lines.iter().map(|l| l.chars().count()).max().unwrap_or(0);
    if longest > width {
        size * width as f64 / longest as f64
    } else {
        size
    }
}

/// Inner and outer radius of band `i` (0 = outermost) of `count` bands.
fn band_radii(i: u8, count: u8) -> (f64, f64) {
    let h = (R_BANDS_OUT - R_BANDS_IN) / f64::from(count.max(1));
    let outer = R_BANDS_OUT - f64::from(i) * h;
    (outer - h, outer)
}

/// What one band of a segment looks like: fill, stroke, dash.
fn band_style(
    goal: GoalNumber,
    scale: Scale,
    level: Option<Level>,
    i: u8,
    hatch: &str,
) -> (String, &'static str, f64, &'static str) {
    let Some(level) = level else {
        return ("#FFFFFF".into(), "#5B6478", 2.0, "10 7");
    };
    let filled = i < scale.filled_bands(level);
    match (scale.effect(level), filled) {
        (Effect::Contributing, true) => (goal.goal().colour.css(), "#FFFFFF", 2.0, ""),
        (Effect::Negative, true) => (format!("url(#{hatch})"), INK, 3.0, ""),
        _ => ("#E3E7ED".into(), "#8A94A6", 1.5, ""),
    }
}

/// Lines of text centred on `(x, y)`.
fn text_lines(
    lines: Vec<String>,
    x: f64,
    y: f64,
    size: f64,
    fill: String,
    bold: bool,
) -> impl IntoView {
    let step = size * 1.15;
    let top = y - step * (lines.len() as f64 - 1.0) / 2.0;
    view! {
        <text
            x=format!("{x:.1}")
            y=format!("{top:.1}")
            font-size=size.to_string()
            font-weight=if bold { "800" } else { "600" }
            fill=fill
            text-anchor="middle"
            dominant-baseline="central"
        >
            {lines
                .into_iter()
                .enumerate()
                .map(|(i, line)| {
                    let dy = if i == 0 { "0".to_owned() } else { format!("{step:.1}") };
                    // The trailing space is not drawn (SVG collapses it) but keeps
                    // words apart in the text content that speech input matches.
                    view! { <tspan x=format!("{x:.1}") dy=dy>{format!("{line} ")}</tspan> }
                })
                .collect_view()}
        </text>
    }
}

/// What a board offers to a person at the keyboard or with a mouse.
#[derive(Clone, Copy)]
pub struct WheelControls {
    /// The goal that holds the tab stop (roving tabindex).
    pub active: RwSignal<GoalNumber>,
    /// The goal whose panel is open, if any.
    pub open: RwSignal<Option<GoalNumber>>,
    pub set_level: Callback<(GoalNumber, Option<Level>)>,
}

fn segment_id(svg_id: &str, goal: GoalNumber) -> String {
    format!("{svg_id}-sdg-{goal}")
}

fn focus_segment(svg_id: &str, goal: GoalNumber) {
    let el = document()
        .get_element_by_id(&segment_id(svg_id, goal))
        .and_then(|e| e.dyn_into::<web_sys::SvgElement>().ok());
    if let Some(el) = el {
        let _ = el.focus();
    }
}

/// Keys on a segment: arrows move round the circle, Enter/Space open the
/// panel, digits set the level (see [`Scale::level_for_key`]), Delete or
/// Backspace set it back to "not discussed".
fn on_segment_key(
    ev: web_sys::KeyboardEvent,
    goal: GoalNumber,
    scale: Scale,
    controls: WheelControls,
    svg_id: &str,
) {
    if ev.ctrl_key() || ev.meta_key() || ev.alt_key() {
        return;
    }
    let key = ev.key();
    let target = match key.as_str() {
        "ArrowRight" | "ArrowDown" => Some(goal.next()),
        "ArrowLeft" | "ArrowUp" => Some(goal.prev()),
        "Home" => GoalNumber::new(1),
        "End" => GoalNumber::new(GoalNumber::COUNT),
        _ => None,
    };
    if let Some(t) = target {
        ev.prevent_default();
        controls.active.set(t);
        if controls.open.get_untracked().is_some() {
            controls.open.set(Some(t));
        }
        focus_segment(svg_id, t);
        return;
    }
    match key.as_str() {
        "Enter" | " " => {
            ev.prevent_default();
            controls.open.set(Some(goal));
        }
        "Delete" | "Backspace" => {
            ev.prevent_default();
            controls.set_level.run((goal, None));
        }
        k => {
            let mut chars = k.chars();
            if let (Some(c), None) = (chars.next(), chars.next()) {
                if let Some(level) = scale.level_for_key(c) {
                    ev.prevent_default();
                    controls.set_level.run((goal, Some(level)));
                }
            }
        }
    }
}

#[component]
fn Segment(
    goal: GoalNumber,
    board: Signal<CircleBoard>,
    svg_id: String,
    controls: Option<WheelControls>,
) -> impl IntoView {
    let i18n = use_i18n();
    let lang = use_lang();
    let g = goal.goal();
    let hatch = format!("{svg_id}-hatch");
    let (mx, my) = label_point(goal, R_BANDS_IN + 26.0);
    // Only this goal's part of the board: a change to another goal must not
    // wake this segment (17 segments, each a few paths and texts with several
    // attributes that follow the level).
    let state = narrow(move || board.with(|b| (b.scale, b.level(goal))));
    let state = move || state.get();
    let scale = Memo::new(move |_| state().0);
    let hatch = StoredValue::new(hatch);
    // The bands are drawn anew only when the scale changes; a level change
    // sets the attributes of the bands that change, and nothing else.
    let bands = move || {
        let bands = scale.get().bands();
        (0..bands)
            .map(|i| {
                let (inner, outer) = band_radii(i, bands);
                let style = Memo::new(move |_| {
                    let (scale, level) = state();
                    hatch.with_value(|h| band_style(goal, scale, level, i, h))
                });
                view! {
                    <path
                        class="band"
                        d=goal_segment(goal, inner, outer, GAP)
                        fill=move || style.get().0
                        stroke=move || style.get().1
                        stroke-width=move || style.get().2.to_string()
                        stroke-dasharray=move || style.get().3
                    />
                }
            })
            .collect_view()
    };
    let negative = move || {
        let (scale, level) = state();
        level.is_some_and(|l| scale.effect(l) == Effect::Negative)
    };
    let marker = view! {
        <circle
            cx=format!("{mx:.1}")
            cy=format!("{my:.1}")
            r="21"
            fill="#FFFFFF"
            stroke=INK
            stroke-width=move || if negative() { "4" } else { "2" }
            stroke-dasharray=move || if state().1.is_none() { "4 3" } else { "" }
        />
        <text
            class="marker"
            x=format!("{mx:.1}")
            y=format!("{my:.1}")
            font-size="22"
            font-weight="800"
            fill=INK
            text-anchor="middle"
            dominant-baseline="central"
        >
            {move || {
                let (scale, level) = state();
                level_mark(scale, level)
            }}
        </text>
    };
    let label = move || {
        let (scale, level) = state();
        format!(
            "{}: {}",
            goal_name(goal, lang.get()),
            level_text(i18n, scale, level)
        )
    };
    // The drawn level mark repeats what the segment's accessible name says
    // in full ("SDG 6 …: 2 · Direct"); hidden from assistive technology so
    // the name is not read twice. The number and title are drawn apart
    // (`SegmentLabel`).
    let body = view! {
        <path class="label-band" d=goal_segment(goal, R_LABEL_IN, R_OUT, GAP) fill=g.colour.css() />
        {bands}
        <g aria-hidden="true">{marker}</g>
    };
    match controls {
        None => view! { <g class="circle-segment" data-goal=goal.get()>{body}</g> }.into_any(),
        Some(c) => {
            let id = segment_id(&svg_id, goal);
            let key_id = svg_id.clone();
            let outline = move || {
                if c.open.get() == Some(goal) {
                    INK
                } else {
                    "none"
                }
            };
            view! {
                <g
                    class="circle-segment"
                    id=id
                    data-goal=goal.get()
                    role="button"
                    tabindex=move || if c.active.get() == goal { "0" } else { "-1" }
                    aria-label=label
                    aria-expanded=move || (c.open.get() == Some(goal)).to_string()
                    on:focus=move |_| c.active.set(goal)
                    on:click=move |_| {
                        c.active.set(goal);
                        c.open.set(Some(goal));
                    }
                    on:keydown=move |ev| {
                        let scale = board.with_untracked(|b| b.scale);
                        on_segment_key(ev, goal, scale, c, &key_id);
                    }
                >
                    {body}
                    <path
                        class="segment-outline"
                        d=goal_segment(goal, R_BANDS_IN - 4.0, R_OUT + 2.0, GAP)
                        fill="transparent"
                        stroke=outline
                        stroke-width="8"
                    />
                </g>
            }
            .into_any()
        }
    }
}

/// The whole board. With `controls`, every segment is a button in one tab stop;
/// without, the drawing is a single image (side-by-side comparisons).
#[component]
pub fn Wheel(
    board: Signal<CircleBoard>,
    partnership: Signal<Partnership>,
    svg_id: String,
    #[prop(optional)] controls: Option<WheelControls>,
) -> impl IntoView {
    let i18n = use_i18n();
    let lang = use_lang();
    let hatch = format!("{svg_id}-hatch");
    // The card, header and legend depend on a few fields each: memos keep a
    // goal's level change from redrawing them.
    let name = Memo::new(move |_| board.with(|b| b.subject.name.clone()));
    let kind_label = Memo::new(move |_| {
        let kind = board.with(|b| b.kind);
        partnership.with(|p| kind_text(i18n, kind, p))
    });
    let card_facts = Memo::new(move |_| board.with(|b| (b.subject.clone(), b.date.clone())));
    let header_facts = Memo::new(move |_| {
        let (version, date) = board.with(|b| (b.version, b.date.clone()));
        (version, date, partnership.with(|p| p.name.clone()))
    });
    // What the exported image says beyond the wheel: what the subject is, and
    // who scored it (the record an official files).
    let about =
        Memo::new(move |_| board.with(|b| (b.subject.description.clone(), b.participants.clone())));
    let scale = Memo::new(move |_| board.with(|b| b.scale));
    let card = move || {
        let (subject, date) = card_facts.get();
        let kind = kind_label.get();
        let mut lines = Vec::new();
        let title = wrap(&subject.name, 15, 3);
        let n = title.len() as f64;
        let title_y = -12.0 - 8.0 * (n - 1.0);
        lines.push(
            text_lines(
                wrap(&kind, 40, 1),
                0.0,
                title_y - 15.0 * n - 22.0,
                fit(&wrap(&kind, 40, 1), 20, 17.0),
                "#3D4A63".into(),
                false,
            )
            .into_any(),
        );
        lines.push(text_lines(title, 0.0, title_y, 26.0, INK.into(), true).into_any());
        let mut y = title_y + 15.0 * n + 24.0;
        for extra in [subject.period, date] {
            if !extra.is_empty() {
                lines.push(
                    text_lines(wrap(&extra, 20, 1), 0.0, y, 19.0, "#3D4A63".into(), false)
                        .into_any(),
                );
                y += 25.0;
            }
        }
        lines
    };
    let header = move || {
        let (version, date, partnership_name) = header_facts.get();
        let mut line2 = partnership_name;
        if !date.is_empty() {
            line2 = format!("{line2} · {date}");
        }
        let line1 = if version > 1 {
            format!("{} (v{version})", name.get())
        } else {
            name.get()
        };
        let description = wrap(&about.get().0, 90, 2);
        view! {
            {text_lines(vec![line1], 0.0, -660.0, 34.0, INK.into(), true)}
            {text_lines(vec![line2], 0.0, -617.0, 22.0, "#3D4A63".into(), false)}
            {(!description.is_empty()).then(|| text_lines(description, 0.0, -572.0, 18.0, INK.into(), false))}
        }
    };
    let legend = move || {
        let scale = scale.get();
        let mut text = format!(
            "{} · ? {} · 0 {}",
            t_string!(i18n, circle.legend.fill),
            t_string!(i18n, circle.not_discussed),
            t_string!(i18n, circle.legend.zero)
        );
        if scale.lowest().0 < 0 {
            text = format!("{text} · − {}", t_string!(i18n, circle.legend.negative));
        }
        let participants = about.get().1;
        view! {
            {text_lines(wrap(&text, 95, 2), 0.0, 560.0, 18.0, INK.into(), false)}
            {(!participants.is_empty()).then(|| {
                let line = format!("{}{}{participants}", t_string!(i18n, circle.participants), lang.get().colon());
                text_lines(wrap(&line, 95, 2), 0.0, 630.0, 18.0, "#3D4A63".into(), false)
            })}
        }
    };
    let role = if controls.is_some() { "group" } else { "img" };
    view! {
        <svg
            class="circle-wheel"
            id=svg_id.clone()
            xmlns="http://www.w3.org/2000/svg"
            viewBox=VIEW_BOX
            role=role
            aria-label=move || name.get()
            font-family="system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', Arial, sans-serif"
        >
            <title>{move || name.get()}</title>
            <defs>
                <pattern id=hatch patternUnits="userSpaceOnUse" width="14" height="14" patternTransform="rotate(45)">
                    <rect width="14" height="14" fill="#FFFFFF" />
                    <rect width="6" height="14" fill=INK />
                </pattern>
            </defs>
            <g class="export-only" display="none">
                <rect x="-520" y="-700" width="1040" height="1420" fill="#FFFFFF" />
                {header}
                {legend}
            </g>
            {GoalNumber::all()
                .map(|goal| view! { <Segment goal board svg_id=svg_id.clone() controls /> })
                .collect_view()}
            <g aria-hidden="true" pointer-events="none">
                {GoalNumber::all().map(|goal| view! { <SegmentLabel goal /> }).collect_view()}
            </g>
            <circle r=R_CARD.to_string() fill="#FFFFFF" stroke=INK stroke-width="3" />
            <g class="subject-card">{card}</g>
        </svg>
    }
}

/// A goal's number and title on its label band: laid out by
/// `label::goal_label`, which may break a long word over two lines. Drawn
/// outside the segment, on top of all of them: inside, a word broken over two
/// lines would no longer be a word of the segment's visible text, which must
/// hold its accessible name's words (WCAG 2.5.3, label in name). Hidden from
/// assistive technology (the segment's name says it all), and clicks go
/// through it to the segment.
#[component]
fn SegmentLabel(goal: GoalNumber) -> impl IntoView {
    let lang = use_lang();
    let g = goal.goal();
    let label_stack = move || {
        let label = goal_label(goal, g.title(lang.get()), LABEL_RING);
        let coord = |v: f64| Fixed::<1>(v).to_string();
        let fill = g.text_colour().css();
        let number = label.number;
        view! {
            <text
                x={coord(number.x)}
                y={coord(number.y)}
                font-size=NUMBER_SIZE.to_string()
                font-weight="900"
                fill=fill.clone()
                text-anchor="middle"
                dominant-baseline="central"
            >
                {format!("{} ", number.text)}
            </text>
            <text
                font-size={coord(label.size)}
                font-weight="800"
                fill=fill
                text-anchor="middle"
                dominant-baseline="central"
            >
                {label
                    .lines
                    .into_iter()
                    .map(|line| {
                        // The trailing space keeps the words of two lines apart in the
                        // text content (`label::goal_label` counts its width).
                        let text = if line.continues() {
                            line.text.clone()
                        } else {
                            format!("{} ", line.text)
                        };
                        view! { <tspan x={coord(line.x)} y={coord(line.y)}>{text}</tspan> }
                    })
                    .collect_view()}
            </text>
        }
    };
    view! { <g class="segment-label" data-label-of=goal.get()>{label_stack}</g> }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wraps_between_words_and_marks_the_cut() {
        assert_eq!(
            wrap("Decent work and economic growth", 15, 3),
            ["Decent work and", "economic growth"]
        );
        assert_eq!(wrap("a b c d e f", 3, 2), ["a b", "c …"]);
        assert!(wrap("   ", 10, 2).is_empty());
    }

    #[test]
    fn long_words_shrink_to_fit() {
        let one = |s: &str| vec![s.to_owned()];
        assert_eq!(fit(&one("Geen honger"), 13, 17.5), 17.5);
        let long = fit(&one("Kwaliteitsonderwijs"), 13, 17.5);
        assert!((long - 17.5 * 13.0 / 19.0).abs() < 1e-9);
    }

    #[test]
    fn bands_fill_from_the_outside_in() {
        let (i0, o0) = band_radii(0, 3);
        let (i2, o2) = band_radii(2, 3);
        assert!((o0 - R_BANDS_OUT).abs() < 1e-9);
        assert!((i2 - R_BANDS_IN).abs() < 1e-9);
        assert!(o2 <= i0);
        let six = GoalNumber::new(6).unwrap();
        // Level 1 fills only the outermost band; not discussed is dashed.
        let s = Scale::Contribution;
        assert_eq!(band_style(six, s, Some(Level(1)), 0, "h").0, "#26BDE2");
        assert_ne!(band_style(six, s, Some(Level(1)), 1, "h").0, "#26BDE2");
        assert_eq!(band_style(six, s, None, 0, "h").3, "10 7");
        assert_eq!(
            band_style(six, Scale::ImpactRose, Some(Level(-1)), 0, "h").0,
            "url(#h)"
        );
    }
}
