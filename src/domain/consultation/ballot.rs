//! One person's ballot: up to N goals, for each whether things got better, and
//! optionally an age band and a gender. Never a name.

use super::own_goal::{FIRST_OWN, LAST_OWN};
use super::Consultation;
use crate::domain::GoalNumber;
use serde::{Deserialize, Serialize};

/// A goal on a consultation's ballot: one of the 17, or one of the community's
/// own (18 and on). The board, the index and the plan take only a
/// `GoalNumber`, so an own goal can never reach them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(try_from = "u8", into = "u8")]
pub enum BallotGoal {
    Sdg(GoalNumber),
    Own(u8),
}

impl BallotGoal {
    pub fn from_number(n: u8) -> Option<BallotGoal> {
        match GoalNumber::new(n) {
            Some(g) => Some(BallotGoal::Sdg(g)),
            None => (FIRST_OWN..=LAST_OWN)
                .contains(&n)
                .then_some(BallotGoal::Own(n)),
        }
    }

    pub fn number(self) -> u8 {
        match self {
            BallotGoal::Sdg(g) => g.get(),
            BallotGoal::Own(n) => n,
        }
    }

    pub fn sdg(self) -> Option<GoalNumber> {
        match self {
            BallotGoal::Sdg(g) => Some(g),
            BallotGoal::Own(_) => None,
        }
    }

    pub fn sdgs() -> impl Iterator<Item = BallotGoal> {
        GoalNumber::all().map(BallotGoal::Sdg)
    }
}

impl TryFrom<u8> for BallotGoal {
    type Error = String;
    fn try_from(n: u8) -> Result<Self, String> {
        BallotGoal::from_number(n).ok_or_else(|| format!("goal {n} is not on a ballot"))
    }
}

impl From<BallotGoal> for u8 {
    fn from(g: BallotGoal) -> u8 {
        g.number()
    }
}

/// Whether things got better on a goal, in the person's eyes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Trend {
    Better,
    Same,
    Worse,
}

impl Trend {
    pub const ALL: [Trend; 3] = [Trend::Better, Trend::Same, Trend::Worse];

    pub fn code(self) -> &'static str {
        match self {
            Trend::Better => "better",
            Trend::Same => "same",
            Trend::Worse => "worse",
        }
    }
}

/// The age bands of the UN's MY World survey.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum AgeBand {
    #[serde(rename = "under_16")]
    Under16,
    #[serde(rename = "16_30")]
    From16To30,
    #[serde(rename = "31_45")]
    From31To45,
    #[serde(rename = "46_60")]
    From46To60,
    #[serde(rename = "61_plus")]
    From61,
}

impl AgeBand {
    pub const ALL: [AgeBand; 5] = [
        AgeBand::Under16,
        AgeBand::From16To30,
        AgeBand::From31To45,
        AgeBand::From46To60,
        AgeBand::From61,
    ];

    /// The band as people read it; the same in every language.
    pub fn label(self) -> &'static str {
        match self {
            AgeBand::Under16 => "< 16",
            AgeBand::From16To30 => "16–30",
            AgeBand::From31To45 => "31–45",
            AgeBand::From46To60 => "46–60",
            AgeBand::From61 => "61+",
        }
    }

    pub fn code(self) -> &'static str {
        match self {
            AgeBand::Under16 => "under_16",
            AgeBand::From16To30 => "16_30",
            AgeBand::From31To45 => "31_45",
            AgeBand::From46To60 => "46_60",
            AgeBand::From61 => "61_plus",
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Gender {
    Female,
    Male,
    Other,
}

impl Gender {
    pub const ALL: [Gender; 3] = [Gender::Female, Gender::Male, Gender::Other];
}

/// How a single ballot came in.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Channel {
    /// Typed in at a stand, one person at a time.
    #[default]
    Stand,
    /// Cast on the person's own phone.
    Phone,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Pick {
    pub goal: BallotGoal,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub trend: Option<Trend>,
}

#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Ballot {
    pub id: String,
    #[serde(default)]
    pub via: Channel,
    pub picks: Vec<Pick>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub age: Option<AgeBand>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub gender: Option<Gender>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum BallotError {
    NoPicks,
    /// More goals than the organisers allow.
    TooMany {
        max: u8,
    },
    Twice(BallotGoal),
    UnknownGoal(BallotGoal),
}

impl Ballot {
    pub fn picked(&self, goal: BallotGoal) -> bool {
        self.picks.iter().any(|p| p.goal == goal)
    }

    /// Whether this ballot is one the consultation can count.
    pub fn check(&self, c: &Consultation) -> Result<(), BallotError> {
        if self.picks.is_empty() {
            return Err(BallotError::NoPicks);
        }
        if self.picks.len() > usize::from(c.max_picks) {
            return Err(BallotError::TooMany { max: c.max_picks });
        }
        for (i, p) in self.picks.iter().enumerate() {
            if !c.on_ballot(p.goal) {
                return Err(BallotError::UnknownGoal(p.goal));
            }
            if self.picks[..i].iter().any(|q| q.goal == p.goal) {
                return Err(BallotError::Twice(p.goal));
            }
        }
        Ok(())
    }
}
