//! A citizen consultation: which goals the people of each municipality care
//! about. One ballot for both municipalities (a question, up to N goals, the
//! community's own goals next to the 17), held at places in each of them;
//! what people said comes in as paper tallies per place and as single ballots
//! (at a stand, later from phones), and all of it adds up (`tally`).

pub mod against;
mod ballot;
pub mod csv;
mod kept;
mod own_goal;
mod paper;
pub mod tally;
mod wire;

use super::plan::is_iso_date;
use super::text::{clean_line, TextError, NAME_MAX};
use super::Side;
pub use ballot::{AgeBand, Ballot, BallotError, BallotGoal, Channel, Gender, Pick, Trend};
pub use kept::Consultations;
pub(crate) use own_goal::WireOwnGoal;
pub use own_goal::{
    colour_passes, OwnGoal, OwnGoalDraft, OwnGoalError, OwnText, OwnTexts, FIRST_OWN, LAST_OWN,
    OWN_DESCRIPTION_MAX, OWN_NAME_MAX,
};
pub use paper::{GoalCount, PaperTally, TallyError};
use serde::{Deserialize, Serialize};
pub use wire::EntryRule;
pub(crate) use wire::WireConsultation;

/// The UN's global survey (MY World) asks for six.
pub const DEFAULT_MAX_PICKS: u8 = 6;
pub const QUESTION_MAX: usize = 300;
/// No place holds more people than this; a larger count is a typing slip.
pub const MAX_COUNT: u32 = 1_000_000;

/// The consultation of a partnership.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(try_from = "wire::WireConsultation")]
pub struct Consultation {
    pub id: String,
    pub question: String,
    /// How many goals one person may pick.
    pub max_picks: u8,
    /// The community's own goals, numbered from 18, in number order.
    #[serde(default)]
    pub own_goals: Vec<OwnGoal>,
    /// Where it is held, in both municipalities, in the order they were added.
    #[serde(default)]
    pub places: Vec<Place>,
    #[serde(default)]
    pub created_at: String,
}

/// A place where the consultation is held: a village, a school, a market day.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Place {
    pub id: String,
    /// The municipality it is in.
    pub side: Side,
    pub name: String,
    /// `YYYY-MM-DD`, or empty.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub date: String,
    /// Paper ballots, counted by hand and typed in.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub paper: Option<PaperTally>,
    /// Ballots entered one by one.
    #[serde(default)]
    pub ballots: Vec<Ballot>,
}

/// What the organisers fill in for a consultation.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SetupDraft {
    pub question: String,
    pub max_picks: u8,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SetupError {
    Question(TextError),
    /// N must be from 1 to the number of goals on the ballot.
    MaxPicks {
        max: usize,
    },
    /// Ballots or tallies already hold more picks per person than the new N.
    BelowEntered {
        entered: usize,
    },
}

impl Consultation {
    pub fn new(id: String, draft: &SetupDraft, now: &str) -> Result<Consultation, SetupError> {
        let mut c = Consultation {
            id,
            question: String::new(),
            max_picks: DEFAULT_MAX_PICKS,
            own_goals: Vec::new(),
            places: Vec::new(),
            created_at: now.to_owned(),
        };
        c.set_up(draft)?;
        Ok(c)
    }

    /// Changes the question and N; N never drops below what was entered.
    pub fn set_up(&mut self, draft: &SetupDraft) -> Result<(), SetupError> {
        let question = clean_line(&draft.question, QUESTION_MAX).map_err(SetupError::Question)?;
        let goals = self.ballot_goals().len();
        if draft.max_picks == 0 || usize::from(draft.max_picks) > goals {
            return Err(SetupError::MaxPicks { max: goals });
        }
        let entered = self.most_picks_entered();
        if usize::from(draft.max_picks) < entered {
            return Err(SetupError::BelowEntered { entered });
        }
        self.question = question;
        self.max_picks = draft.max_picks;
        Ok(())
    }

    /// The most picks any one ballot holds, or a paper tally needs per person.
    fn most_picks_entered(&self) -> usize {
        self.places
            .iter()
            .flat_map(|p| {
                let paper = p.paper.as_ref().map_or(0, |t| {
                    let picks: u64 = t.counts.iter().map(|c| u64::from(c.count)).sum();
                    let per = picks.div_ceil(u64::from(t.respondents.max(1)));
                    usize::try_from(per).unwrap_or(usize::MAX)
                });
                p.ballots
                    .iter()
                    .map(|b| b.picks.len())
                    .chain(std::iter::once(paper))
            })
            .max()
            .unwrap_or(0)
    }

    /// Every goal on the ballot: the 17, then the community's own.
    pub fn ballot_goals(&self) -> Vec<BallotGoal> {
        BallotGoal::sdgs()
            .chain(self.own_goals.iter().map(|o| o.goal))
            .collect()
    }

    pub fn on_ballot(&self, goal: BallotGoal) -> bool {
        match goal {
            BallotGoal::Sdg(_) => true,
            BallotGoal::Own(_) => self.own_goals.iter().any(|o| o.goal == goal),
        }
    }

    pub fn own_goal(&self, goal: BallotGoal) -> Option<&OwnGoal> {
        self.own_goals.iter().find(|o| o.goal == goal)
    }

    /// The number the next own goal gets.
    pub fn next_own_number(&self) -> Option<BallotGoal> {
        let next = self
            .own_goals
            .iter()
            .map(|o| o.goal.number())
            .max()
            .map_or(FIRST_OWN, |n| n + 1);
        BallotGoal::from_number(next).filter(|g| matches!(g, BallotGoal::Own(_)))
    }

    pub fn place(&self, id: &str) -> Option<&Place> {
        self.places.iter().find(|p| p.id == id)
    }

    pub fn place_mut(&mut self, id: &str) -> Option<&mut Place> {
        self.places.iter_mut().find(|p| p.id == id)
    }

    /// Whether an own goal was picked anywhere (it then cannot be removed).
    pub fn own_goal_used(&self, goal: BallotGoal) -> bool {
        self.places.iter().any(|p| {
            p.paper.as_ref().is_some_and(|t| t.count(goal) > 0)
                || p.ballots.iter().any(|b| b.picked(goal))
        })
    }

    /// Adds a ballot to a place, if it is valid for this consultation.
    pub fn add_ballot(&mut self, place: &str, ballot: Ballot) -> Result<(), BallotError> {
        ballot.check(self)?;
        if let Some(p) = self.place_mut(place) {
            p.ballots.push(ballot);
        }
        Ok(())
    }

    /// Sets (or corrects) a place's paper tally; the ballots entered there stay.
    pub fn set_paper(&mut self, place: &str, tally: PaperTally) -> Result<(), TallyError> {
        tally.check(self)?;
        if let Some(p) = self.place_mut(place) {
            p.paper = (tally.respondents > 0 || !tally.counts.is_empty()).then_some(tally);
        }
        Ok(())
    }
}

/// What a person fills in to add a place.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PlaceDraft {
    pub side: Side,
    pub name: String,
    pub date: String,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PlaceError {
    Name(TextError),
    Date,
}

impl PlaceDraft {
    pub fn build(&self, id: String) -> Result<Place, PlaceError> {
        let name = clean_line(&self.name, NAME_MAX).map_err(PlaceError::Name)?;
        let date = self.date.trim();
        if !date.is_empty() && !is_iso_date(date) {
            return Err(PlaceError::Date);
        }
        Ok(Place {
            id,
            side: self.side,
            name,
            date: date.to_owned(),
            paper: None,
            ballots: Vec::new(),
        })
    }
}

#[cfg(test)]
pub(crate) mod tests;
