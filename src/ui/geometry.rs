//! Pure geometry of the SDG wheel: 17 segments in goal order, clockwise from
//! the top. Shared by the circle board and the index's two-partner circle.

use crate::domain::GoalNumber;
use std::f64::consts::{FRAC_PI_2, TAU};
use std::fmt;

/// A coordinate written with `D` decimals, as `{:.D}` writes it (but for the
/// sign of a zero, and exact ties, rounded away from zero rather than to even)
/// using integer formatting only: the float formatter (Grisu
/// with a bignum fallback) was the largest item of the app's own code in the
/// profile of an index score change, whose bars set their shape and label
/// position each time (bench/RESULTS.md, fifth pass).
#[derive(Clone, Copy, Debug)]
pub struct Fixed<const D: u32>(pub f64);

impl<const D: u32> fmt::Display for Fixed<D> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let scale = 10_u64.pow(D);
        // Coordinates here are within ±1000: no overflow.
        let units = (self.0 * scale as f64).round() as i64;
        let sign = if units < 0 { "-" } else { "" };
        let units = units.unsigned_abs();
        let (whole, part) = (units / scale, units % scale);
        if D == 0 {
            write!(f, "{sign}{whole}")
        } else {
            write!(f, "{sign}{whole}.{part:0width$}", width = D as usize)
        }
    }
}

/// Angles (radians, 0 = top, clockwise) where a goal's segment starts and ends.
pub fn segment_angles(goal: GoalNumber) -> (f64, f64) {
    let step = TAU / f64::from(GoalNumber::COUNT);
    let i = goal.index() as f64;
    (i * step, (i + 1.0) * step)
}

/// Point at `radius` and `angle` (0 = top, clockwise) around the origin, in SVG coordinates.
pub fn polar(radius: f64, angle: f64) -> (f64, f64) {
    let a = angle - FRAC_PI_2;
    (radius * a.cos(), radius * a.sin())
}

/// SVG path of an annular sector between two radii and two angles. With
/// `inner = 0` it is a pie slice.
pub fn sector_path(inner: f64, outer: f64, start: f64, end: f64) -> String {
    let large = if end - start > std::f64::consts::PI {
        1
    } else {
        0
    };
    let at = |r: f64, angle: f64| {
        let (x, y) = polar(r, angle);
        (Fixed::<2>(x), Fixed::<2>(y))
    };
    let (x0, y0) = at(outer, start);
    let (x1, y1) = at(outer, end);
    let (outer, inner_r) = (Fixed::<2>(outer), Fixed::<2>(inner));
    if inner <= 0.0 {
        return format!("M0 0L{x0} {y0}A{outer} {outer} 0 {large} 1 {x1} {y1}Z");
    }
    let (x2, y2) = at(inner, end);
    let (x3, y3) = at(inner, start);
    format!(
        "M{x0} {y0}A{outer} {outer} 0 {large} 1 {x1} {y1}\
         L{x2} {y2}A{inner_r} {inner_r} 0 {large} 0 {x3} {y3}Z"
    )
}

/// A goal's segment between two radii, with a small gap between neighbours.
pub fn goal_segment(goal: GoalNumber, inner: f64, outer: f64, gap: f64) -> String {
    let (start, end) = segment_angles(goal);
    sector_path(inner, outer, start + gap / 2.0, end - gap / 2.0)
}

/// Where to put a goal's label: the middle of its segment at `radius`.
pub fn label_point(goal: GoalNumber, radius: f64) -> (f64, f64) {
    let (start, end) = segment_angles(goal);
    polar(radius, (start + end) / 2.0)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn g(n: u8) -> GoalNumber {
        GoalNumber::new(n).unwrap()
    }

    #[test]
    fn goal_one_starts_at_the_top_and_goals_go_clockwise() {
        let (x, y) = polar(100.0, segment_angles(g(1)).0);
        assert!(x.abs() < 1e-9 && (y + 100.0).abs() < 1e-9);
        // Goal 5's middle is on the right half, goal 13's on the left.
        assert!(label_point(g(5), 50.0).0 > 0.0);
        assert!(label_point(g(13), 50.0).0 < 0.0);
    }

    #[test]
    fn segments_tile_the_circle() {
        let (_, end) = segment_angles(g(17));
        assert!((end - TAU).abs() < 1e-9);
        for n in 1..17 {
            assert!((segment_angles(g(n)).1 - segment_angles(g(n + 1)).0).abs() < 1e-12);
        }
    }

    #[test]
    fn fixed_writes_what_the_float_formatter_writes() {
        for i in -20_000..20_000 {
            let x = f64::from(i) * 0.043_17;
            let (two, one) = (format!("{x:.2}"), format!("{x:.1}"));
            // Equal but for a negative zero, and for exact ties, which `{:.D}`
            // rounds to even and `Fixed` away from zero: one unit apart.
            let close = |a: &str, b: &str, unit: f64| {
                a == b
                    || (a.parse::<f64>().unwrap() - b.parse::<f64>().unwrap()).abs()
                        <= unit * 1.000_001
            };
            assert!(close(&Fixed::<2>(x).to_string(), &two, 0.01), "{x}: {two}");
            assert!(close(&Fixed::<1>(x).to_string(), &one, 0.1), "{x}: {one}");
        }
        assert_eq!(Fixed::<2>(-7.126).to_string(), "-7.13");
        assert_eq!(Fixed::<2>(0.005).to_string(), "0.01");
        assert_eq!(Fixed::<1>(-0.04).to_string(), "0.0");
        assert_eq!(Fixed::<1>(12.0).to_string(), "12.0");
        assert_eq!(Fixed::<0>(7.6).to_string(), "8");
    }

    #[test]
    fn paths_are_well_formed() {
        let ring = goal_segment(g(3), 40.0, 90.0, 0.01);
        assert!(ring.starts_with('M') && ring.ends_with('Z'));
        assert_eq!(ring.matches('A').count(), 2);
        let slice = sector_path(0.0, 90.0, 0.0, 1.0);
        assert!(slice.starts_with("M0 0L"));
    }
}
