//! Pure geometry of the SDG wheel: 17 segments in goal order, clockwise from
//! the top. Shared by the circle board and the index's two-partner circle.

use crate::domain::GoalNumber;
use std::f64::consts::{FRAC_PI_2, TAU};

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
    let (x0, y0) = polar(outer, start);
    let (x1, y1) = polar(outer, end);
    if inner <= 0.0 {
        return format!("M0 0L{x0:.2} {y0:.2}A{outer:.2} {outer:.2} 0 {large} 1 {x1:.2} {y1:.2}Z");
    }
    let (x2, y2) = polar(inner, end);
    let (x3, y3) = polar(inner, start);
    format!(
        "M{x0:.2} {y0:.2}A{outer:.2} {outer:.2} 0 {large} 1 {x1:.2} {y1:.2}\
         L{x2:.2} {y2:.2}A{inner:.2} {inner:.2} 0 {large} 0 {x3:.2} {y3:.2}Z"
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
    fn paths_are_well_formed() {
        let ring = goal_segment(g(3), 40.0, 90.0, 0.01);
        assert!(ring.starts_with('M') && ring.ends_with('Z'));
        assert_eq!(ring.matches('A').count(), 2);
        let slice = sector_path(0.0, 90.0, 0.0, 1.0);
        assert!(slice.starts_with("M0 0L"));
    }
}
