//! What a live session's participants proposed, kept in the partnership when
//! the facilitator ends it with "keep": the room's minutes beside the agreed
//! values the board or round took. In the file as `live_sessions` (format 4).
//!
//! A kept session names its exercise rather than living inside the board or
//! round, so that older files (which had no such key) migrate by a list, and
//! so that deleting the exercise can forget its minutes in the same step.

use super::proposal::{Answer, Proposal};
use super::session::Exercise;
use super::snapshot::Snapshot;
use crate::domain::circle::Scale;
use crate::domain::file_format::problem::{Broken, ProblemKind};
use crate::domain::partnership::Partnership;
use crate::domain::{GoalNumber, Side};
use serde::{Deserialize, Serialize};

/// At most this many kept sessions a partnership: a few a year for decades.
pub const MAX_KEPT_SESSIONS: usize = 200;

/// A rule of kept sessions that a file can break.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum KeptRule {
    /// A proposal is a level or a score, one of the two.
    OneAnswer,
    /// A level off every board's scale.
    Level,
    /// More kept sessions than [`MAX_KEPT_SESSIONS`].
    TooMany,
    /// Two kept sessions with one id.
    IdTwice,
    /// One device's proposal for one goal of one delegation, twice.
    ProposalTwice,
}

/// One participant's proposal for one goal, as the session had it at its end.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(try_from = "WireProposal", into = "WireProposal")]
pub struct KeptProposal {
    /// The participant's device as the session knew it: random, never a person.
    pub device: String,
    pub side: Side,
    pub goal: GoalNumber,
    /// Empty: the participant stayed anonymous.
    pub name: String,
    pub answer: Answer,
    /// The idea (walk-round) or the reason (index), possibly empty.
    pub note: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(try_from = "WireSession")]
pub struct KeptSession {
    /// The session's own name (the first part of its codes).
    pub id: String,
    pub exercise: Exercise,
    /// RFC 3339, set by the caller (the domain has no clock).
    pub ended_at: String,
    pub proposals: Vec<KeptProposal>,
}

impl KeptSession {
    /// What `snapshot` holds of both delegations' proposals, for `exercise`; a
    /// walk keeps only levels of its board's `scale`. `None` when no one proposed.
    pub fn gather(
        id: &str,
        exercise: Exercise,
        ended_at: &str,
        snapshot: &Snapshot,
        scale: Option<Scale>,
    ) -> Option<KeptSession> {
        let proposals: Vec<KeptProposal> = Side::BOTH
            .iter()
            .flat_map(|side| {
                snapshot
                    .delegation(*side)
                    .proposals
                    .iter()
                    .map(move |p| (*side, p))
            })
            .filter(|(_, p)| match (scale, p.answer) {
                (Some(scale), _) => p.level_on(scale).is_some(),
                (None, answer) => matches!(answer, Answer::Score(..)),
            })
            .map(|(side, p)| KeptProposal::of(side, p))
            .collect();
        (!proposals.is_empty()).then(|| KeptSession {
            id: id.to_owned(),
            exercise,
            ended_at: ended_at.to_owned(),
            proposals,
        })
    }

    /// The proposals for one goal, delegation A's first.
    pub fn for_goal(&self, goal: GoalNumber) -> impl Iterator<Item = &KeptProposal> {
        self.proposals.iter().filter(move |p| p.goal == goal)
    }
}

impl KeptProposal {
    fn of(side: Side, p: &Proposal) -> KeptProposal {
        KeptProposal {
            device: p.device.clone(),
            side,
            goal: p.goal,
            name: p.name.clone(),
            answer: p.answer,
            note: p.note.clone(),
        }
    }
}

impl Partnership {
    /// Keeps a session's proposals; the same session kept again replaces its
    /// earlier record, so ending twice adds nothing. Past the cap the oldest
    /// record goes: a file over it would not be read back.
    pub fn keep_live(&mut self, session: KeptSession) {
        self.live_sessions.retain(|s| s.id != session.id);
        if self.live_sessions.len() >= MAX_KEPT_SESSIONS {
            self.live_sessions.remove(0);
        }
        self.live_sessions.push(session);
    }

    /// Keeps what `snapshot` holds of session `id`, if anyone proposed and
    /// the exercise is still there; a walk keeps the levels of its board's scale.
    pub fn keep_proposals(
        &mut self,
        id: &str,
        exercise: &Exercise,
        ended_at: &str,
        snapshot: &Snapshot,
    ) {
        let scale = match exercise {
            Exercise::Walk(board) => match self.boards.iter().find(|b| &b.id == board) {
                Some(b) => Some(b.scale),
                None => return,
            },
            Exercise::Index(round) if self.rounds.iter().any(|r| &r.id == round) => None,
            Exercise::Index(_) => return,
        };
        if let Some(kept) = KeptSession::gather(id, exercise.clone(), ended_at, snapshot, scale) {
            self.keep_live(kept);
        }
    }

    /// The kept sessions of one exercise, oldest first.
    pub fn kept_of<'a>(&'a self, exercise: &'a Exercise) -> impl Iterator<Item = &'a KeptSession> {
        self.live_sessions
            .iter()
            .filter(move |s| &s.exercise == exercise)
    }

    /// Forgets one kept session (its participants' names and words with it).
    pub fn forget_kept(&mut self, id: &str) {
        self.live_sessions.retain(|s| s.id != id);
    }

    /// Forgets what live sessions kept of an exercise that is deleted.
    pub fn forget_kept_of(&mut self, exercise: &Exercise) {
        self.live_sessions.retain(|s| &s.exercise != exercise);
    }
}

/// The kept sessions' own rules, for reading a partnership: their number and
/// ids (each session's proposals are checked as they are read).
pub(crate) fn check(list: &[KeptSession]) -> Result<(), Broken> {
    if list.len() > MAX_KEPT_SESSIONS {
        return Err(Broken::new(
            &["live_sessions"],
            ProblemKind::Kept(KeptRule::TooMany),
        ));
    }
    match list
        .iter()
        .enumerate()
        .find(|(i, s)| list[..*i].iter().any(|o| o.id == s.id))
    {
        Some((i, _)) => Err(Broken::in_entry(
            "live_sessions",
            i,
            "id",
            ProblemKind::Kept(KeptRule::IdTwice),
        )),
        None => Ok(()),
    }
}

mod wire;
pub(crate) use wire::{WireProposal, WireSession};

#[cfg(test)]
mod tests;
