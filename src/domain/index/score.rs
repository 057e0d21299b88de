//! A partner's score on one goal: 1 to 5, or one of two honest "no number" answers.

use serde::{Deserialize, Serialize};

/// A point on the 1–5 scale. Only [`Level::new`] makes one, so a 0 or a 6 can
/// never reach a round, a threshold or a file.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(try_from = "u8", into = "u8")]
pub struct Level(u8);

impl Level {
    pub const MIN: Level = Level(1);
    pub const MAX: Level = Level(5);

    pub fn new(n: u8) -> Option<Level> {
        (1..=5).contains(&n).then_some(Level(n))
    }

    pub fn get(self) -> u8 {
        self.0
    }

    pub fn all() -> impl DoubleEndedIterator<Item = Level> + Clone {
        (1..=5).map(Level)
    }

    /// The word for this step, 1 = very weak … 5 = very strong.
    pub fn step(self) -> Step {
        match self.0 {
            1 => Step::VeryWeak,
            2 => Step::Weak,
            3 => Step::Fair,
            4 => Step::Strong,
            _ => Step::VeryStrong,
        }
    }

    /// Which of the four bands the comparison draws this level in.
    pub fn band(self) -> Band {
        match self.0 {
            1 => Band::VeryWeak,
            2 => Band::Weak,
            3 => Band::Fair,
            _ => Band::Strong,
        }
    }
}

impl TryFrom<u8> for Level {
    type Error = String;
    fn try_from(n: u8) -> Result<Self, String> {
        Level::new(n).ok_or_else(|| format!("score {n} is not between 1 and 5"))
    }
}

impl From<Level> for u8 {
    fn from(l: Level) -> u8 {
        l.0
    }
}

/// The words of the five steps, so the UI never shows a bare number.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Step {
    VeryWeak,
    Weak,
    Fair,
    Strong,
    VeryStrong,
}

/// The four bands of the comparison (4 and 5 share "strong"): each has a word
/// and a pattern, never just a colour.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Band {
    VeryWeak,
    Weak,
    Fair,
    Strong,
}

/// A score as recorded: a level, or "don't know", or "not applicable".
/// "Not scored yet" is the absence of a score (`Option<Score>`), not a value.
///
/// On the wire: the number `1`–`5`, or `"dont_know"` / `"not_applicable"`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(from = "ScoreWire", into = "ScoreWire")]
pub enum Score {
    Level(Level),
    DontKnow,
    NotApplicable,
}

impl Score {
    pub fn level(self) -> Option<Level> {
        match self {
            Score::Level(l) => Some(l),
            _ => None,
        }
    }

    pub fn is_unknown(self) -> bool {
        self.level().is_none()
    }

    /// Every choice the scoring form offers, in order.
    pub fn choices() -> impl Iterator<Item = Score> {
        Level::all()
            .map(Score::Level)
            .chain([Score::DontKnow, Score::NotApplicable])
    }

    /// A short code for form values: "1".."5", "dont_know", "not_applicable".
    pub fn code(self) -> String {
        match self {
            Score::Level(l) => l.get().to_string(),
            Score::DontKnow => "dont_know".into(),
            Score::NotApplicable => "not_applicable".into(),
        }
    }

    pub fn from_code(code: &str) -> Option<Score> {
        Score::choices().find(|s| s.code() == code)
    }
}

#[derive(Serialize, Deserialize)]
#[serde(untagged)]
enum ScoreWire {
    Level(Level),
    Word(Unknown),
}

#[derive(Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
enum Unknown {
    DontKnow,
    NotApplicable,
}

impl From<ScoreWire> for Score {
    fn from(w: ScoreWire) -> Score {
        match w {
            ScoreWire::Level(l) => Score::Level(l),
            ScoreWire::Word(Unknown::DontKnow) => Score::DontKnow,
            ScoreWire::Word(Unknown::NotApplicable) => Score::NotApplicable,
        }
    }
}

impl From<Score> for ScoreWire {
    fn from(s: Score) -> ScoreWire {
        match s {
            Score::Level(l) => ScoreWire::Level(l),
            Score::DontKnow => ScoreWire::Word(Unknown::DontKnow),
            Score::NotApplicable => ScoreWire::Word(Unknown::NotApplicable),
        }
    }
}

/// How sure the partner is of a score.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Confidence {
    Low,
    Medium,
    High,
}

impl Confidence {
    pub const ALL: [Confidence; 3] = [Confidence::Low, Confidence::Medium, Confidence::High];

    pub fn code(self) -> &'static str {
        match self {
            Confidence::Low => "low",
            Confidence::Medium => "medium",
            Confidence::High => "high",
        }
    }

    pub fn from_code(code: &str) -> Option<Confidence> {
        Confidence::ALL.into_iter().find(|c| c.code() == code)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn levels_are_one_to_five_only() {
        assert!(Level::new(0).is_none());
        assert!(Level::new(6).is_none());
        assert_eq!(Level::all().count(), 5);
        assert!(serde_json::from_str::<Level>("6").is_err());
        assert!(serde_json::from_str::<Score>("0").is_err());
        assert!(serde_json::from_str::<Score>("-1").is_err());
        assert!(serde_json::from_str::<Score>("3.5").is_err());
        assert!(serde_json::from_str::<Score>("\"maybe\"").is_err());
    }

    #[test]
    fn scores_serialise_as_numbers_or_words() {
        let cases = [
            (Score::Level(Level(4)), "4"),
            (Score::DontKnow, "\"dont_know\""),
            (Score::NotApplicable, "\"not_applicable\""),
        ];
        for (score, json) in cases {
            assert_eq!(serde_json::to_string(&score).unwrap(), json);
            assert_eq!(serde_json::from_str::<Score>(json).unwrap(), score);
        }
    }

    #[test]
    fn codes_round_trip() {
        for s in Score::choices() {
            assert_eq!(Score::from_code(&s.code()), Some(s));
        }
        assert_eq!(Score::choices().count(), 7);
        assert_eq!(Score::from_code(""), None);
        for c in Confidence::ALL {
            assert_eq!(Confidence::from_code(c.code()), Some(c));
        }
    }

    #[test]
    fn four_bands_over_five_steps() {
        let bands: Vec<Band> = Level::all().map(Level::band).collect();
        assert_eq!(
            bands,
            [
                Band::VeryWeak,
                Band::Weak,
                Band::Fair,
                Band::Strong,
                Band::Strong
            ]
        );
        assert_eq!(Level(5).step(), Step::VeryStrong);
    }
}
