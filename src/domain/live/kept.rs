//! What a live session's participants proposed, kept in the partnership when
//! the facilitator ends it with "keep": the room's minutes beside the agreed
//! values the board or round took. In the file as `live_sessions` (format 4).
//!
//! A kept session names its exercise rather than living inside the board or
//! round, so that older files (which had no such key) migrate by a list, and
//! so that deleting the exercise can forget its minutes in the same step.

use super::proposal::{capped, Answer, Proposal};
use super::session::Exercise;
use super::snapshot::Snapshot;
use super::{NAME_MAX, NOTE_MAX};
use crate::domain::circle::{Level as CircleLevel, Scale};
use crate::domain::file_format::problem::{Allowed, Broken, Found, ProblemKind, Step};
use crate::domain::index::score::{Confidence, Score};
use crate::domain::partnership::{Partnership, PartnershipId};
use crate::domain::text::TextError;
use crate::domain::{GoalNumber, Side};
use serde::{Deserialize, Serialize};

/// At most this many kept sessions a partnership: a few a year for decades.
pub const MAX_KEPT_SESSIONS: usize = 200;
/// Longest `ended_at` read: an RFC 3339 time is 20 to 35 characters.
const ENDED_AT_MAX: usize = 40;

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

// On the wire a proposal is flat: its level, or its score and confidence,
// beside the fields every proposal has (`docs/file-format.md`).

#[derive(Serialize, Deserialize)]
pub(crate) struct WireProposal {
    id: String,
    side: Side,
    goal: GoalNumber,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    level: Option<i8>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    score: Option<Score>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    confidence: Option<Confidence>,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    note: String,
}

impl From<KeptProposal> for WireProposal {
    fn from(p: KeptProposal) -> WireProposal {
        let (level, score, confidence) = match p.answer {
            Answer::Level(l) => (Some(l.0), None, None),
            Answer::Score(s, c) => (None, Some(s), c),
        };
        WireProposal {
            id: p.device,
            side: p.side,
            goal: p.goal,
            name: p.name,
            level,
            score,
            confidence,
            note: p.note,
        }
    }
}

/// A text of a proposal: what a participant could have typed, no more.
fn line(raw: String, field: &str, max: usize) -> Result<String, Broken> {
    if raw.chars().count() > max {
        return Err(Broken::new(
            &[field],
            ProblemKind::Text(TextError::TooLong { max }),
        ));
    }
    Ok(capped(&raw, max))
}

fn id_ok(raw: &str, field: &str) -> Result<(), Broken> {
    match PartnershipId::new(raw) {
        Some(_) => Ok(()),
        None => Err(Broken::new(
            &[field],
            ProblemKind::Value {
                found: Found::text(raw),
                allowed: Allowed::PartnershipId,
            },
        )),
    }
}

/// Every level of every scale.
const LEVELS: (i8, i8) = (-2, 3);

impl TryFrom<WireProposal> for KeptProposal {
    type Error = Broken;
    fn try_from(w: WireProposal) -> Result<KeptProposal, Broken> {
        id_ok(&w.id, "id")?;
        let answer = match (w.level, w.score, w.confidence) {
            (Some(l), None, None) if (LEVELS.0..=LEVELS.1).contains(&l) => {
                Answer::Level(CircleLevel(l))
            }
            (Some(_), None, None) => {
                return Err(Broken::new(&["level"], ProblemKind::Kept(KeptRule::Level)))
            }
            (None, Some(s), c) => Answer::Score(s, c),
            _ => return Err(Broken::new(&[], ProblemKind::Kept(KeptRule::OneAnswer))),
        };
        Ok(KeptProposal {
            device: w.id,
            side: w.side,
            goal: w.goal,
            name: line(w.name, "name", NAME_MAX)?,
            answer,
            note: line(w.note, "note", NOTE_MAX)?,
        })
    }
}

#[derive(Deserialize)]
pub(crate) struct WireSession {
    id: String,
    exercise: Exercise,
    #[serde(default)]
    ended_at: String,
    #[serde(default)]
    proposals: Vec<KeptProposal>,
}

impl TryFrom<WireSession> for KeptSession {
    type Error = Broken;
    fn try_from(w: WireSession) -> Result<KeptSession, Broken> {
        id_ok(&w.id, "id")?;
        let ended_at = line(w.ended_at, "ended_at", ENDED_AT_MAX)?;
        let twice = w.proposals.iter().enumerate().find(|(i, p)| {
            w.proposals[..*i]
                .iter()
                .any(|o| (&o.device, o.side, o.goal) == (&p.device, p.side, p.goal))
        });
        if let Some((i, _)) = twice {
            return Err(Broken {
                at: vec![Step::key("proposals"), Step::Index(i)],
                kind: ProblemKind::Kept(KeptRule::ProposalTwice),
            });
        }
        Ok(KeptSession {
            id: w.id,
            exercise: w.exercise,
            ended_at,
            proposals: w.proposals,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::live::snapshot::tests::walk_snapshot;
    use serde_json::json;

    fn g(n: u8) -> GoalNumber {
        GoalNumber::new(n).unwrap()
    }

    fn walk() -> KeptSession {
        let s = Snapshot::parse(&walk_snapshot());
        KeptSession::gather(
            "K7M4",
            Exercise::Walk("b1".into()),
            "2026-12-07T18:30:00Z",
            &s,
            Some(Scale::Contribution),
        )
        .unwrap()
    }

    #[test]
    fn a_walk_keeps_each_participants_level_name_and_idea() {
        let kept = walk();
        let six: Vec<_> = kept.for_goal(g(6)).collect();
        assert!(!six.is_empty());
        assert!(six
            .iter()
            .any(|p| p.name == "Awa" && p.note == "taps" && matches!(p.answer, Answer::Level(_))));
        let json = serde_json::to_value(&kept).unwrap();
        assert_eq!(json["exercise"], json!({"kind": "walk", "id": "b1"}));
        let back: KeptSession = serde_json::from_value(json).unwrap();
        assert_eq!(back, kept);
    }

    #[test]
    fn an_index_round_keeps_scores_and_a_walk_only_its_scales_levels() {
        let text = json!({"parts": {"b": {"proposals": {
            "d5:3": {"score": 3, "confidence": "high", "note": "clinic"},
            "d5:4": {"level": 1}
        }}}})
        .to_string();
        let s = Snapshot::parse(&text);
        let index = KeptSession::gather("K7M4", Exercise::Index("r".into()), "", &s, None).unwrap();
        assert_eq!(index.proposals.len(), 1);
        let p = &index.proposals[0];
        assert_eq!((p.side, p.goal, p.note.as_str()), (Side::B, g(3), "clinic"));
        assert_eq!(
            p.answer,
            Answer::Score(Score::from_code("3").unwrap(), Some(Confidence::High))
        );
        let s = Snapshot::parse(&walk_snapshot());
        let rose = KeptSession::gather(
            "K7M4",
            Exercise::Walk("b".into()),
            "",
            &s,
            Some(Scale::ImpactRose),
        );
        assert!(rose
            .unwrap()
            .proposals
            .iter()
            .all(|p| p.answer != Answer::Level(CircleLevel(3))));
        let empty = Snapshot::default();
        assert!(
            KeptSession::gather("K7M4", Exercise::Walk("b".into()), "", &empty, None).is_none()
        );
    }

    #[test]
    fn a_hostile_kept_proposal_is_refused_with_its_rule() {
        let read = |v: serde_json::Value| serde_json::from_value::<KeptProposal>(v);
        let ok = json!({"id": "d1", "side": "a", "goal": 6, "level": 2});
        assert!(read(ok.clone()).is_ok());
        let mut both = ok.clone();
        both["score"] = json!(3);
        assert!(read(both).is_err());
        let mut off = ok.clone();
        off["level"] = json!(7);
        assert!(read(off).is_err());
        let mut lonely = ok.clone();
        lonely["confidence"] = json!("high");
        assert!(read(lonely).is_err(), "a confidence without a score");
        let mut long = ok.clone();
        long["note"] = json!("x".repeat(NOTE_MAX + 1));
        assert!(read(long).is_err());
        let mut bad_id = ok;
        bad_id["id"] = json!("a b");
        assert!(read(bad_id).is_err());
    }

    #[test]
    fn a_session_refuses_one_proposal_twice_and_a_list_one_id_twice() {
        let mut v = serde_json::to_value(walk()).unwrap();
        let first = v["proposals"][0].clone();
        v["proposals"].as_array_mut().unwrap().push(first);
        assert!(serde_json::from_value::<KeptSession>(v).is_err());
        let twice = [walk(), walk()];
        let broken = check(&twice).unwrap_err();
        assert_eq!(broken.kind, ProblemKind::Kept(KeptRule::IdTwice));
        assert!(check(&twice[..1]).is_ok());
    }
}
