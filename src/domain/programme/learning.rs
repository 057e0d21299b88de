//! Learning opportunities between the partnerships of a programme, from each
//! partnership's latest round whose scores both partners may see, each partner
//! judged by its own partnership's thresholds:
//!
//! - **a joint training or exchange**: a goal on which municipalities of at
//!   least two partnerships are weak (two different municipalities: Lommel
//!   weak on a goal in both its partnerships is one municipality);
//! - **a peer across twinnings**: a goal on which a municipality is strong in
//!   one partnership and another is weak in a different one, unless the
//!   strong one is already a partner in the weak one's partnership (then the
//!   partnership's own matches say so).
//!
//! "Don't know", "not applicable" and goals not scored match nothing, as
//! within a partnership.

use super::member::MemberSources;
use crate::domain::index::Level;
use crate::domain::{GoalNumber, Side};

/// One municipality's score on a goal in one partnership of the programme.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Standing {
    /// Position in the programme's list of members.
    pub member: usize,
    pub side: Side,
    pub level: Level,
}

/// Several partnerships weak on one goal.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct JointNeed {
    pub goal: GoalNumber,
    pub weak: Vec<Standing>,
}

/// Strong in one partnership where another partnership's municipality is weak.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PeerAcross {
    pub goal: GoalNumber,
    /// Each strong one has at least one weak one it can help, and the reverse.
    pub strong: Vec<Standing>,
    pub weak: Vec<Standing>,
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Learning {
    /// In goal order.
    pub joint: Vec<JointNeed>,
    /// In goal order.
    pub peers: Vec<PeerAcross>,
}

fn same_municipality(a: &str, b: &str) -> bool {
    a.trim().to_lowercase() == b.trim().to_lowercase()
}

pub fn learning(members: &[MemberSources<'_>]) -> Learning {
    let mut out = Learning::default();
    let name = |s: &Standing| members[s.member].member.partner(s.side);
    for goal in GoalNumber::all() {
        let (mut strong, mut weak) = (Vec::new(), Vec::new());
        for (at, m) in members.iter().enumerate() {
            let Some(round) = m.round else { continue };
            for side in Side::BOTH {
                let Some(level) = round.score(side, goal).and_then(|s| s.level()) else {
                    continue;
                };
                let standing = Standing {
                    member: at,
                    side,
                    level,
                };
                if m.thresholds.is_strong(level) {
                    strong.push(standing);
                } else if m.thresholds.is_weak(level) {
                    weak.push(standing);
                }
            }
        }
        let several = weak.iter().any(|w| {
            weak.iter()
                .any(|o| o.member != w.member && !same_municipality(name(o), name(w)))
        });
        if several {
            out.joint.push(JointNeed {
                goal,
                weak: weak.clone(),
            });
        }
        // A strong one helps a weak one of another partnership that it is
        // not already a partner in.
        let helps = |s: &Standing, w: &Standing| {
            let theirs = &members[w.member].member;
            s.member != w.member
                && !Side::BOTH
                    .iter()
                    .any(|side| same_municipality(theirs.partner(*side), name(s)))
        };
        let peer_strong: Vec<Standing> = strong
            .iter()
            .filter(|s| weak.iter().any(|w| helps(s, w)))
            .copied()
            .collect();
        if !peer_strong.is_empty() {
            let peer_weak = weak
                .iter()
                .filter(|w| strong.iter().any(|s| helps(s, w)))
                .copied()
                .collect();
            out.peers.push(PeerAcross {
                goal,
                strong: peer_strong,
                weak: peer_weak,
            });
        }
    }
    out
}
