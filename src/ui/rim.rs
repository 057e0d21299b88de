//! The coloured rim round a two-partner or programme circle: each goal's
//! segment with its number, the same on every such circle.

use super::geometry::{goal_segment, label_point, Fixed};
use crate::domain::GoalNumber;
use leptos::prelude::*;

/// The rim segment of `goal` from `radius` outwards, and its number on it.
pub fn goal_rim(goal: GoalNumber, radius: f64) -> impl IntoView {
    let (x, y) = label_point(goal, radius + 15.0);
    view! {
        <path class="rim" d=goal_segment(goal, radius, radius + 30.0, 0.02) />
        <text class="rim-label" x={Fixed::<1>(x).to_string()} y={Fixed::<1>(y).to_string()}>{goal.get()}</text>
    }
}
