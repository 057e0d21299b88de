//! One participant's answer for one goal, as a delegation's document holds it:
//! key `<device>:<goal>`, value a small JSON object. Anyone with the
//! delegation's code can write there, so every entry is read as untrusted
//! input: what does not fit is skipped, texts are capped and only ever text.

use super::{NAME_MAX, NOTE_MAX};
use crate::domain::circle::Level as CircleLevel;
use crate::domain::circle::Scale;
use crate::domain::index::score::{Confidence, Score};
use crate::domain::GoalNumber;
use serde::{Deserialize, Serialize};

/// What is proposed: a level of the board's scale, or an index score.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Answer {
    Level(CircleLevel),
    Score(Score, Option<Confidence>),
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Proposal {
    pub device: String,
    /// Empty: the participant stayed anonymous.
    pub name: String,
    pub goal: GoalNumber,
    pub answer: Answer,
    /// The idea (walk-round) or the reason (index), possibly empty.
    pub note: String,
}

/// The value as written; every field optional so that one bad field skips one entry.
#[derive(Default, Serialize, Deserialize)]
pub struct ProposalWire {
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub level: Option<i8>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub score: Option<Score>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub confidence: Option<Confidence>,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub note: String,
}

/// One line of untrusted text: whitespace folded, at most `max` characters.
pub(super) fn capped(raw: &str, max: usize) -> String {
    raw.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .chars()
        .take(max)
        .collect()
}

impl Proposal {
    /// The key this proposal is kept under.
    pub fn key(device: &str, goal: GoalNumber) -> String {
        format!("{device}:{}", goal.get())
    }

    /// Reads one entry; `None` if its key or value is not a proposal.
    pub fn read(key: &str, value: &serde_json::Value) -> Option<Proposal> {
        let (device, goal) = key.rsplit_once(':')?;
        let valid_device = !device.is_empty()
            && device.len() <= 16
            && device.bytes().all(|b| b.is_ascii_alphanumeric());
        if !valid_device {
            return None;
        }
        let goal = GoalNumber::new(goal.parse().ok()?)?;
        let wire = ProposalWire::deserialize(value).ok()?;
        let answer = match (wire.level, wire.score) {
            (Some(l), None) => Answer::Level(CircleLevel(l)),
            (None, Some(s)) => Answer::Score(s, wire.confidence),
            _ => return None,
        };
        Some(Proposal {
            device: device.to_owned(),
            name: capped(&wire.name, NAME_MAX),
            goal,
            answer,
            note: capped(&wire.note, NOTE_MAX),
        })
    }

    /// The value a participant writes.
    pub fn value(name: &str, answer: Answer, note: &str) -> String {
        let mut wire = ProposalWire {
            name: capped(name, NAME_MAX),
            note: capped(note, NOTE_MAX),
            ..ProposalWire::default()
        };
        match answer {
            Answer::Level(l) => wire.level = Some(l.0),
            Answer::Score(s, c) => {
                wire.score = Some(s);
                wire.confidence = c;
            }
        }
        serde_json::to_string(&wire).unwrap_or_default()
    }

    /// The level, if it is one of `scale`'s.
    pub fn level_on(&self, scale: Scale) -> Option<CircleLevel> {
        match self.answer {
            Answer::Level(l) if scale.contains(l) => Some(l),
            _ => None,
        }
    }

    pub fn score(&self) -> Option<Score> {
        match self.answer {
            Answer::Score(s, _) => Some(s),
            Answer::Level(_) => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn g(n: u8) -> GoalNumber {
        GoalNumber::new(n).unwrap()
    }

    #[test]
    fn a_written_proposal_reads_back() {
        let value = Proposal::value("  Awa   Diop ", Answer::Level(CircleLevel(2)), "water taps");
        let v: serde_json::Value = serde_json::from_str(&value).unwrap();
        let p = Proposal::read(&Proposal::key("dev1", g(6)), &v).unwrap();
        assert_eq!(p.name, "Awa Diop");
        assert_eq!(p.goal, g(6));
        assert_eq!(p.level_on(Scale::Contribution), Some(CircleLevel(2)));
        assert_eq!(p.note, "water taps");
    }

    #[test]
    fn scores_with_confidence() {
        let answer = Answer::Score(Score::DontKnow, Some(Confidence::Low));
        let v: serde_json::Value = serde_json::from_str(&Proposal::value("", answer, "")).unwrap();
        let p = Proposal::read("x9:17", &v).unwrap();
        assert_eq!(p.answer, answer);
        assert_eq!(p.name, "");
    }

    #[test]
    fn hostile_entries_are_skipped_or_capped() {
        let level = json!({"level": 1});
        assert!(Proposal::read("dev:18", &level).is_none());
        assert!(Proposal::read("dev:0", &level).is_none());
        assert!(Proposal::read(":6", &level).is_none());
        assert!(Proposal::read("de v:6", &level).is_none());
        assert!(Proposal::read("dev", &level).is_none());
        assert!(Proposal::read("dev:6", &json!({"level": 1, "score": 3})).is_none());
        assert!(Proposal::read("dev:6", &json!({"score": 9})).is_none());
        assert!(Proposal::read("dev:6", &json!("level")).is_none());
        assert!(Proposal::read("dev:6", &json!({"level": "x"})).is_none());
        let long = json!({"level": 1, "name": "n".repeat(500), "note": "<b>".repeat(500)});
        let p = Proposal::read("dev:6", &long).unwrap();
        assert_eq!(p.name.chars().count(), NAME_MAX);
        assert_eq!(p.note.chars().count(), NOTE_MAX);
        // A level off the board's scale counts for nothing.
        let off = Proposal::read("dev:6", &json!({"level": 7})).unwrap();
        assert_eq!(off.level_on(Scale::Contribution), None);
    }
}
