//! A kept session as the file writes it, and the rules it must keep to be
//! read: the same caps a participant's device keeps, so a hostile file cannot
//! bring in what no session could have gathered.

use super::{KeptProposal, KeptRule, KeptSession};
use crate::domain::circle::Level as CircleLevel;
use crate::domain::file_format::problem::{Allowed, Broken, Found, ProblemKind, Step};
use crate::domain::index::score::{Confidence, Score};
use crate::domain::live::proposal::{capped, Answer};
use crate::domain::live::session::Exercise;
use crate::domain::live::{NAME_MAX, NOTE_MAX};
use crate::domain::partnership::PartnershipId;
use crate::domain::text::TextError;
use crate::domain::{GoalNumber, Side};
use serde::{Deserialize, Serialize};

/// Longest `ended_at` read: an RFC 3339 time is 20 to 35 characters.
const ENDED_AT_MAX: usize = 40;

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
