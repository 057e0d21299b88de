//! Indicators beside opinions: while a delegation scores a goal, the
//! indicators of that goal with its own latest value, target and status; and
//! for a match, which indicators back it and which contradict it.
//!
//! A match says where each partner stands (strong or weak); an indicator
//! backs it where a partner's own status agrees (strong and on track or
//! improving, weak and stagnating or worsening) and contradicts it where it
//! disagrees. Each partner is read against its own target only.

use super::status::{status, Status};
use super::{Indicator, Measure, Point};
use crate::domain::index::{Match, MatchKind};
use crate::domain::{GoalNumber, Side};

/// One partner's follow-up of one indicator, as evidence.
#[derive(Clone, Debug, PartialEq)]
pub struct Reading<'a> {
    pub indicator: &'a Indicator,
    pub latest: Option<&'a Measure>,
    pub target: Option<Point>,
    pub status: Status,
}

pub fn reading(indicator: &Indicator, side: Side) -> Reading<'_> {
    let f = indicator.follow(side);
    Reading {
        indicator,
        latest: f.latest(),
        target: f.target,
        status: status(f, indicator.better),
    }
}

/// The indicators of `goal`, as `side` follows them, in the list's order.
pub fn for_goal(list: &[Indicator], goal: GoalNumber, side: Side) -> Vec<Reading<'_>> {
    list.iter()
        .filter(|i| i.serves(goal))
        .map(|i| reading(i, side))
        .collect()
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Support {
    Backs,
    Contradicts,
    /// One partner's status agrees and the other's disagrees.
    Mixed,
    /// Neither partner has a status yet.
    NoStatus,
}

/// An indicator of a match's goal and what it says of the match.
#[derive(Clone, Debug, PartialEq)]
pub struct MatchEvidence<'a> {
    pub indicator: &'a Indicator,
    pub a: Status,
    pub b: Status,
    pub support: Support,
}

/// Whether a match holds `side` strong (`Some(true)`) or weak.
fn strong(kind: MatchKind, side: Side) -> bool {
    match kind {
        MatchKind::PeerLearning { from } => from == side,
        MatchKind::JointLearning => false,
        MatchKind::SharedStrength => true,
    }
}

/// Agrees (`Some(true)`), disagrees (`Some(false)`) or cannot say.
fn agrees(status: Status, strong: bool) -> Option<bool> {
    if status.is_good() {
        Some(strong)
    } else if status.is_poor() {
        Some(!strong)
    } else {
        None
    }
}

pub fn for_match<'a>(list: &'a [Indicator], m: &Match) -> Vec<MatchEvidence<'a>> {
    list.iter()
        .filter(|i| i.serves(m.goal))
        .map(|i| {
            let a = status(&i.a, i.better);
            let b = status(&i.b, i.better);
            let says = [
                agrees(a, strong(m.kind, Side::A)),
                agrees(b, strong(m.kind, Side::B)),
            ];
            let yes = says.contains(&Some(true));
            let no = says.contains(&Some(false));
            let support = match (yes, no) {
                (true, false) => Support::Backs,
                (false, true) => Support::Contradicts,
                (true, true) => Support::Mixed,
                (false, false) => Support::NoStatus,
            };
            MatchEvidence {
                indicator: i,
                a,
                b,
                support,
            }
        })
        .collect()
}
