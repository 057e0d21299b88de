//! Where a goal's number and title go in its label band.
//!
//! The band is a slice of a ring: narrower towards the centre, and slanted
//! everywhere but at the top, bottom and sides. The text stays upright so it
//! reads from across a room, so a stack of lines centred on the slice's middle
//! runs over its edges on the slanted goals ("institutions" into goal 15, the
//! last line of "Responsible consumption and production" into the bands).
//! Instead each line goes where the slice is wide enough at its height, and
//! the title takes the line breaks that let it be drawn largest.
//!
//! Pure: widths are estimated from the characters (`ui::text_width`), not
//! measured in a browser. The end-to-end tests check the drawn text against
//! the drawn band in Chromium.

use crate::domain::GoalNumber;
use crate::ui::geometry::{label_point, segment_angles};
use crate::ui::text_width::{em, text_width};

/// The ring the labels sit in: radii, and the gap between two goals (radians).
#[derive(Clone, Copy, Debug)]
pub struct Ring {
    pub inner: f64,
    pub outer: f64,
    pub gap: f64,
}

/// One line of text, centred on `(x, y)`.
#[derive(Clone, Debug, PartialEq)]
pub struct Line {
    pub text: String,
    pub x: f64,
    pub y: f64,
}

impl Line {
    /// Whether the line ends in the first part of a word the next line ends
    /// ("Kwaliteits-"): drawn with no space after it, so the text of the
    /// label (in an exported SVG, say) holds the word whole but for the hyphen.
    pub fn continues(&self) -> bool {
        self.text.ends_with('-')
    }
}

/// A goal's label: its number, and its title at `size`.
#[derive(Clone, Debug, PartialEq)]
pub struct GoalLabel {
    pub number: Line,
    pub size: f64,
    pub lines: Vec<Line>,
}

pub const NUMBER_SIZE: f64 = 42.0;
/// The height the number takes at the top of the stack.
const NUMBER_PITCH: f64 = 44.0;
/// Line pitch of the title, in ems.
const PITCH: f64 = 1.15;
/// Half the height a line needs, in ems: the font's ascent and descent round
/// the central baseline the lines are drawn on.
const HALF_HEIGHT: f64 = 0.55;
const MAX_SIZE: f64 = 18.0;
const MIN_SIZE: f64 = 9.0;
/// How far the stack may move out from or in towards the centre, in board
/// units, to be drawn larger (the middle first).
const SHIFTS: [f64; 5] = [0.0, 10.0, -10.0, 20.0, -20.0];
/// Clearance from the band's edges, in board units.
const MARGIN: f64 = 5.0;

/// The slice of the ring a goal's label band covers, as drawn.
#[derive(Clone, Copy, Debug)]
struct Slice {
    inner: f64,
    outer: f64,
    /// The sine and cosine of the angles of its two radial edges, worked out
    /// once.
    edges: [(f64, f64); 2],
    /// The widest span of the slice at any height: no line wider than this
    /// can fit, which spares trying it.
    widest: f64,
}

impl Slice {
    fn of(goal: GoalNumber, ring: Ring) -> Self {
        let (start, end) = segment_angles(goal);
        let (start, end) = (start + ring.gap / 2.0, end - ring.gap / 2.0);
        let mut slice = Slice {
            inner: ring.inner,
            outer: ring.outer,
            edges: [start.sin_cos(), end.sin_cos()],
            widest: 0.0,
        };
        slice.widest = (-100..=100)
            .filter_map(|i| slice.span_at(ring.outer * f64::from(i) / 100.0))
            .map(|(lo, hi)| hi - lo)
            .fold(0.0, f64::max)
            + 2.0;
        slice
    }

    /// Where the horizontal line at height `y` is inside the slice, `MARGIN`
    /// clear of its edges: one interval of x (the wider, should the inner arc
    /// cut it in two).
    fn span_at(self, y: f64) -> Option<(f64, f64)> {
        let (inner, outer) = (self.inner + MARGIN, self.outer - MARGIN);
        if y.abs() >= outer {
            return None;
        }
        let reach = (outer * outer - y * y).sqrt();
        let (mut lo, mut hi) = (-reach, reach);
        // A point (x, y) lies clockwise of the edge at angle a (0 = up) by
        // cos(a)·x + sin(a)·y: at least MARGIN past the start edge, and at
        // least MARGIN before the end edge.
        for ((sin, cos), sign) in self.edges.into_iter().zip([1.0, -1.0]) {
            let (k, rest) = (sign * cos, MARGIN - sign * sin * y);
            if k.abs() < 1e-9 {
                if rest > 0.0 {
                    return None;
                }
            } else if k > 0.0 {
                lo = lo.max(rest / k);
            } else {
                hi = hi.min(rest / k);
            }
        }
        if y.abs() < inner {
            let hole = (inner * inner - y * y).sqrt();
            let (left, right) = ((lo, hi.min(-hole)), (lo.max(hole), hi));
            (lo, hi) = if left.1 - left.0 >= right.1 - right.0 {
                left
            } else {
                right
            };
        }
        (lo < hi).then_some((lo, hi))
    }

    /// Where a box from `top` to `bottom` fits across: the part of the slice
    /// every height of the box is inside.
    fn span_between(self, top: f64, bottom: f64) -> Option<(f64, f64)> {
        // The inner arc cuts deepest at height 0, should the box cross it.
        let level = if top < 0.0 && bottom > 0.0 { 0.0 } else { top };
        [top, (top + bottom) / 2.0, bottom, level]
            .into_iter()
            .try_fold((f64::MIN, f64::MAX), |(lo, hi), y| {
                let (a, b) = self.span_at(y)?;
                let (lo, hi) = (lo.max(a), hi.min(b));
                (lo < hi).then_some((lo, hi))
            })
    }

    /// Where the centre of `text` at `size`, on height `y`, may go: the range
    /// of x that keeps it inside. The width counts the space the board draws
    /// after each line (it keeps the words of two lines apart in the text),
    /// which the browser centres with the line.
    fn centres(self, text: &str, size: f64, y: f64) -> Option<(f64, f64)> {
        let half = (text_width(text, size) + em(' ') * size) / 2.0;
        let (lo, hi) = self.span_between(y - size * HALF_HEIGHT, y + size * HALF_HEIGHT)?;
        (hi - lo >= 2.0 * half).then_some((lo + half, hi - half))
    }
}

/// The heights of a stack of the number over `count` lines at `size`,
/// centred on height `cy`: the number's, then each line's.
fn heights(cy: f64, count: usize, size: f64) -> (f64, impl Iterator<Item = f64>) {
    let pitch = size * PITCH;
    let top = cy - (NUMBER_PITCH + pitch * count as f64) / 2.0;
    let lines = (0..count).map(move |i| top + NUMBER_PITCH + pitch * (i as f64 + 0.5));
    (top + NUMBER_PITCH / 2.0, lines)
}

/// The number over `lines` at `size`, the stack centred on `centre`, or
/// `None` if a line would leave the band. The lines share one axis, as near
/// the centre as the slice lets them; where no one axis fits them all, each
/// line moves on its own.
fn stack(
    slice: Slice,
    centre: (f64, f64),
    number: &str,
    lines: &[String],
    size: f64,
) -> Option<GoalLabel> {
    let (cx, cy) = centre;
    let (number_y, line_ys) = heights(cy, lines.len(), size);
    let number_range = slice.centres(number, NUMBER_SIZE, number_y)?;
    let rows = lines
        .iter()
        .zip(line_ys)
        .map(|(text, y)| slice.centres(text, size, y).map(|range| (text, y, range)))
        .collect::<Option<Vec<_>>>()?;
    let shared = rows
        .iter()
        .map(|(_, _, range)| *range)
        .fold(number_range, |(lo, hi), (a, b)| (lo.max(a), hi.min(b)));
    let x_in = |(lo, hi): (f64, f64)| {
        if shared.0 <= shared.1 {
            cx.clamp(shared.0, shared.1)
        } else {
            cx.clamp(lo, hi)
        }
    };
    Some(GoalLabel {
        number: Line {
            text: number.to_owned(),
            x: x_in(number_range),
            y: number_y,
        },
        size,
        lines: rows
            .into_iter()
            .map(|(text, y, range)| Line {
                text: text.clone(),
                x: x_in(range),
                y,
            })
            .collect(),
    })
}

/// `fits`, a stack that fits at its size, grown to the largest size up to
/// `ceiling` at which it still fits.
fn grow(
    slice: Slice,
    centre: (f64, f64),
    number: &str,
    lines: &[String],
    fits: GoalLabel,
    ceiling: f64,
) -> GoalLabel {
    if let Some(label) = stack(slice, centre, number, lines, ceiling) {
        return label;
    }
    let (mut fits, mut hi) = (fits, ceiling);
    while hi - fits.size > 0.2 {
        let mid = (fits.size + hi) / 2.0;
        match stack(slice, centre, number, lines, mid) {
            Some(label) => fits = label,
            None => hi = mid,
        }
    }
    fits
}

/// Where the long words of the goal titles may break, with a hyphen, when the
/// whole word would only fit small. The app carries no hyphenation
/// dictionary: these are the words of its 68 titles that need it.
const BREAKS: [(&str, &str); 16] = [
    ("Kwaliteits", "onderwijs"),
    ("Gender", "gelijkheid"),
    ("gemeen", "schappen"),
    ("doelstel", "lingen"),
    ("assainis", "sement"),
    ("conta", "minante"),
    ("desigual", "dades"),
    ("commu", "nities"),
    ("Sustain", "able"),
    ("consump", "tion"),
    ("Respon", "sible"),
    ("respon", "sables"),
    ("Consom", "mation"),
    ("change", "ments"),
    ("clima", "tiques"),
    ("réali", "sation"),
];

/// How much larger a hyphenated title must be drawn to be preferred.
const HYPHEN_GAIN: f64 = 1.0;

/// The line breaks of `text` worth sizing: every wrap width, each once.
fn wraps(text: &str) -> Vec<Vec<String>> {
    let mut all: Vec<Vec<String>> = Vec::new();
    for width in 4..=48 {
        let lines = super::wheel::wrap(text, width, usize::MAX);
        if !all.contains(&lines) {
            let one_line = lines.len() == 1;
            all.push(lines);
            if one_line {
                break;
            }
        }
    }
    all
}

/// The ways to write `title` for the board: as it is, then with each of its
/// long words broken (`"Kwaliteits- onderwijs"`), the break always at the end
/// of a line.
fn writings(title: &str) -> Vec<(Vec<Vec<String>>, bool)> {
    let mut out = vec![(wraps(title), false)];
    for (head, tail) in BREAKS {
        let word = format!("{head}{tail}");
        if title.split_whitespace().any(|w| w == word) {
            let (broken, joined) = (format!("{head}- {tail}"), format!("{head}-"));
            let text = title.replacen(&word, &broken, 1);
            let ends_a_line = |lines: &Vec<String>| {
                lines.iter().all(|l| !l.contains(&broken))
                    && lines.iter().any(|l| l.ends_with(&joined))
            };
            out.push((wraps(&text).into_iter().filter(ends_a_line).collect(), true));
        }
    }
    out
}

/// A goal's label in the band `ring`: of the ways to break `title` into lines,
/// the one that fits at the largest size (the fewer lines when two tie), as
/// near the middle of the band as that size allows. A long word is broken
/// with a hyphen only when that draws the title clearly larger.
pub fn goal_label(goal: GoalNumber, title: &str, ring: Ring) -> GoalLabel {
    let slice = Slice::of(goal, ring);
    let middle = (ring.inner + ring.outer) / 2.0;
    let centre = label_point(goal, middle);
    let number = goal.get().to_string();
    let mut best: Option<GoalLabel> = None;
    let mut best_hyphenated = false;
    for (candidates, hyphenated) in writings(title) {
        for lines in candidates {
            let longest = lines
                .iter()
                .map(|l| text_width(l, 1.0) + em(' '))
                .fold(0.0, f64::max);
            let ceiling = (slice.widest / longest).min(MAX_SIZE);
            for shift in SHIFTS {
                // Only a label that beats the best so far is worth sizing:
                // one that fits at the best size with fewer lines, or larger.
                let floor = match &best {
                    None => MIN_SIZE,
                    Some(b) if hyphenated && !best_hyphenated => b.size + HYPHEN_GAIN,
                    Some(b) if lines.len() < b.lines.len() => b.size,
                    Some(b) => b.size + 0.05,
                };
                if ceiling < floor {
                    break;
                }
                let at = label_point(goal, middle + shift);
                if let Some(fits) = stack(slice, at, &number, &lines, floor) {
                    best = Some(grow(slice, at, &number, &lines, fits, ceiling));
                    best_hyphenated = hyphenated;
                }
            }
        }
    }
    // No break fits even at the smallest size: the title is drawn small and
    // whole, centred, rather than cut.
    best.unwrap_or_else(|| {
        let lines = super::wheel::wrap(title, 16, usize::MAX);
        let (number_y, line_ys) = heights(centre.1, lines.len(), MIN_SIZE);
        let at = |text, y| Line {
            text,
            x: centre.0,
            y,
        };
        GoalLabel {
            number: at(number, number_y),
            size: MIN_SIZE,
            lines: lines
                .into_iter()
                .zip(line_ys)
                .map(|(text, y)| at(text, y))
                .collect(),
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{Lang, GOALS};

    /// The board's own ring (`wheel.rs`).
    const RING: Ring = Ring {
        inner: 358.0,
        outer: 500.0,
        gap: 0.012,
    };

    /// Whether `(x, y)` is on the goal's band as drawn.
    fn inside(goal: GoalNumber, x: f64, y: f64) -> bool {
        let (start, end) = segment_angles(goal);
        let r = x.hypot(y);
        // Angle from the top, clockwise, in [0, 2π).
        let a = x.atan2(-y).rem_euclid(std::f64::consts::TAU);
        (RING.inner..=RING.outer).contains(&r)
            && (start + RING.gap / 2.0..=end - RING.gap / 2.0).contains(&a)
    }

    /// The title a label draws, its hyphenated words joined again.
    fn unbroken(label: &GoalLabel) -> String {
        let words: Vec<&str> = label.lines.iter().map(|l| l.text.as_str()).collect();
        BREAKS.iter().fold(words.join(" "), |text, (head, tail)| {
            text.replace(&format!("{head}- {tail}"), &format!("{head}{tail}"))
        })
    }

    /// The corners and edge midpoints of a line's box.
    fn corners(text: &str, size: f64, x: f64, y: f64) -> Vec<(f64, f64)> {
        let (w, h) = (
            (text_width(text, size) + em(' ') * size) / 2.0,
            size * HALF_HEIGHT,
        );
        let mut points = Vec::new();
        for dx in [-w, 0.0, w] {
            for dy in [-h, 0.0, h] {
                points.push((x + dx, y + dy));
            }
        }
        points
    }

    #[test]
    fn every_title_in_every_language_stays_inside_its_band() {
        for g in GOALS.iter() {
            let goal = GoalNumber::new(g.number).unwrap();
            for lang in Lang::ALL {
                let title = g.title(lang);
                let label = goal_label(goal, title, RING);
                assert_eq!(unbroken(&label), title, "every word is drawn");
                assert!(
                    label.size >= 11.0,
                    "goal {goal} in {lang:?} drawn at {:.1}",
                    label.size
                );
                for line in &label.lines {
                    for (x, y) in corners(&line.text, label.size, line.x, line.y) {
                        assert!(
                            inside(goal, x, y),
                            "goal {goal} {lang:?}: {:?} leaves its band",
                            line.text
                        );
                    }
                }
                let n = &label.number;
                for (x, y) in corners(&n.text, NUMBER_SIZE, n.x, n.y) {
                    assert!(
                        inside(goal, x, y),
                        "goal {goal} {lang:?}: its number leaves the band"
                    );
                }
            }
        }
    }

    #[test]
    fn the_number_heads_the_stack_and_the_lines_follow_at_one_pitch() {
        for g in GOALS.iter() {
            let goal = GoalNumber::new(g.number).unwrap();
            for lang in Lang::ALL {
                let label = goal_label(goal, g.title(lang), RING);
                let first = label.lines[0].y;
                assert!(
                    (first - label.number.y - (NUMBER_PITCH + label.size * PITCH) / 2.0).abs()
                        < 1e-9
                );
                for pair in label.lines.windows(2) {
                    assert!((pair[1].y - pair[0].y - label.size * PITCH).abs() < 1e-9);
                }
            }
        }
    }

    #[test]
    fn a_long_word_breaks_only_at_a_line_end_and_only_to_be_clearly_larger() {
        let goal = GoalNumber::new(4).unwrap();
        let broken = goal_label(goal, "Kwaliteitsonderwijs", RING);
        let texts: Vec<&str> = broken.lines.iter().map(|l| l.text.as_str()).collect();
        assert_eq!(texts, ["Kwaliteits-", "onderwijs"]);
        assert!(broken.lines[0].continues() && !broken.lines[1].continues());
        let whole = goal_label(goal, "Kwaliteitsonderwijs mag", RING);
        assert!(whole.lines.iter().all(|l| !l.text.contains("- ")));
        // A word that fits whole at the largest size stays whole.
        let roomy = goal_label(GoalNumber::new(1).unwrap(), "Sustainable", RING);
        assert_eq!(roomy.size, MAX_SIZE);
        assert_eq!(roomy.lines[0].text, "Sustainable");
        for g in GOALS.iter() {
            for lang in Lang::ALL {
                let label = goal_label(GoalNumber::new(g.number).unwrap(), g.title(lang), RING);
                for line in &label.lines {
                    assert!(!line.text.contains("- "), "{:?}", line.text);
                }
            }
        }
    }

    #[test]
    fn short_titles_get_the_largest_size() {
        let short = goal_label(GoalNumber::new(1).unwrap(), "No poverty", RING);
        assert_eq!(short.size, MAX_SIZE);
        assert_eq!(
            short.lines.len(),
            1,
            "one line when one fits at the largest size"
        );
        let long = goal_label(
            GoalNumber::new(16).unwrap(),
            "Peace, justice and strong institutions",
            RING,
        );
        assert!(long.size < MAX_SIZE);
    }

    #[test]
    fn a_slice_spans_what_its_shape_says() {
        // Goal 1 is at the top, right of the middle: its slice widens
        // outwards until the outer arc bends it in.
        let slice = Slice::of(GoalNumber::new(1).unwrap(), RING);
        let width = |y: f64| slice.span_at(y).map_or(0.0, |(lo, hi)| hi - lo);
        assert!(width(-440.0) > width(-380.0));
        assert!(width(-490.0) < width(-440.0));
        assert!(slice.span_at(-600.0).is_none());
        assert!(slice.span_at(100.0).is_none());
        let (lo, hi) = slice.span_at(-430.0).unwrap();
        let edge = (std::f64::consts::TAU / 17.0).tan();
        assert!(lo > 0.0 && hi < 430.0 * edge, "{lo} {hi}");
    }
}
