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
pub mod tally;

use super::file_format::problem::{Broken, ProblemKind, Step};
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
use serde::{Deserialize, Serialize};

/// The UN's global survey (MY World) asks for six.
pub const DEFAULT_MAX_PICKS: u8 = 6;
pub const QUESTION_MAX: usize = 300;
/// No place holds more people than this; a larger count is a typing slip.
pub const MAX_COUNT: u32 = 1_000_000;

/// The consultation of a partnership.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(try_from = "WireConsultation")]
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

/// The count of a place's paper ballots: how many people filled one in, and
/// how many of them picked each goal.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct PaperTally {
    pub respondents: u32,
    /// Goals nobody picked are left out.
    #[serde(default)]
    pub counts: Vec<GoalCount>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct GoalCount {
    pub goal: BallotGoal,
    pub count: u32,
}

/// Why a paper tally cannot be kept as typed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum TallyError {
    /// More people picked a goal than filled in a ballot.
    CountOverRespondents {
        goal: BallotGoal,
        count: u32,
        respondents: u32,
    },
    /// More picks in all than the respondents could make with N each.
    TooManyPicks {
        picks: u64,
        most: u64,
    },
    TooLarge,
    UnknownGoal(BallotGoal),
}

impl PaperTally {
    /// The count of `goal` (0 when nobody picked it).
    pub fn count(&self, goal: BallotGoal) -> u32 {
        self.counts
            .iter()
            .find(|c| c.goal == goal)
            .map_or(0, |c| c.count)
    }

    /// Sets one goal's count, keeping the list in goal order without zeros.
    pub fn set_count(&mut self, goal: BallotGoal, count: u32) {
        self.counts.retain(|c| c.goal != goal);
        if count > 0 {
            let at = self.counts.partition_point(|c| c.goal < goal);
            self.counts.insert(at, GoalCount { goal, count });
        }
    }

    /// Whether the tally could come from `respondents` paper ballots of `c`.
    pub fn check(&self, c: &Consultation) -> Result<(), TallyError> {
        if self.respondents > MAX_COUNT {
            return Err(TallyError::TooLarge);
        }
        let mut picks = 0u64;
        for gc in &self.counts {
            if !c.on_ballot(gc.goal) {
                return Err(TallyError::UnknownGoal(gc.goal));
            }
            if gc.count > self.respondents {
                return Err(TallyError::CountOverRespondents {
                    goal: gc.goal,
                    count: gc.count,
                    respondents: self.respondents,
                });
            }
            picks += u64::from(gc.count);
        }
        let most = u64::from(self.respondents) * u64::from(c.max_picks);
        if picks > most {
            return Err(TallyError::TooManyPicks { picks, most });
        }
        Ok(())
    }
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

// Read from the file through the same rules as typed in: the fields first,
// then what holds across them (goals on the ballot, picks within N).

#[derive(Deserialize)]
pub(crate) struct WireConsultation {
    id: String,
    question: String,
    #[serde(default = "default_picks")]
    max_picks: u8,
    #[serde(default)]
    own_goals: Vec<OwnGoal>,
    #[serde(default)]
    places: Vec<Place>,
    #[serde(default)]
    created_at: String,
}

fn default_picks() -> u8 {
    DEFAULT_MAX_PICKS
}

impl TryFrom<WireConsultation> for Consultation {
    type Error = Broken;
    fn try_from(w: WireConsultation) -> Result<Consultation, Broken> {
        let question = clean_line(&w.question, QUESTION_MAX)
            .map_err(|e| Broken::new(&["question"], ProblemKind::Text(e)))?;
        let mut c = Consultation {
            id: w.id,
            question,
            max_picks: w.max_picks,
            own_goals: Vec::new(),
            places: Vec::new(),
            created_at: w.created_at,
        };
        for (i, own) in w.own_goals.into_iter().enumerate() {
            if c.own_goal(own.goal).is_some() {
                return Err(Broken::in_entry(
                    "own_goals",
                    i,
                    "goal",
                    ProblemKind::BallotGoalTwice {
                        goal: own.goal.number(),
                    },
                ));
            }
            c.own_goals.push(own);
        }
        c.own_goals.sort_by_key(|o| o.goal);
        let goals = c.ballot_goals().len();
        if c.max_picks == 0 || usize::from(c.max_picks) > goals {
            return Err(Broken::new(
                &["max_picks"],
                ProblemKind::MaxPicks {
                    found: c.max_picks,
                    max: goals,
                },
            ));
        }
        for (i, place) in w.places.iter().enumerate() {
            let at = |rest: &[Step], kind| Broken {
                at: [Step::key("places"), Step::Index(i)]
                    .into_iter()
                    .chain(rest.iter().cloned())
                    .collect(),
                kind,
            };
            clean_line(&place.name, NAME_MAX)
                .map_err(|e| at(&[Step::key("name")], ProblemKind::Text(e)))?;
            if let Some(t) = &place.paper {
                t.check(&c).map_err(|e| {
                    at(
                        &[Step::key("paper")],
                        ProblemKind::Tally(tally_rule(&e, c.max_picks)),
                    )
                })?;
            }
            for (j, b) in place.ballots.iter().enumerate() {
                b.check(&c).map_err(|e| {
                    at(
                        &[Step::key("ballots"), Step::Index(j)],
                        ProblemKind::Ballot(ballot_rule(&e)),
                    )
                })?;
            }
        }
        c.places = w.places;
        Ok(c)
    }
}

/// The rules a tally or ballot in a file can break, as the problem list names them.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum EntryRule {
    /// A goal neither 1–17 nor one of the consultation's own goals.
    UnknownGoal {
        goal: u8,
    },
    /// More picks than N (a ballot), or than N per respondent (a tally).
    TooManyPicks {
        max: u8,
    },
    /// More people picked a goal than filled in a ballot.
    CountOverRespondents {
        count: u32,
        respondents: u32,
    },
    /// A ballot that picks the same goal twice.
    GoalTwice {
        goal: u8,
    },
    /// A ballot without any goal picked.
    NoPicks,
    TooLarge,
}

fn tally_rule(e: &TallyError, max: u8) -> EntryRule {
    match e {
        TallyError::CountOverRespondents {
            count, respondents, ..
        } => EntryRule::CountOverRespondents {
            count: *count,
            respondents: *respondents,
        },
        TallyError::TooManyPicks { .. } => EntryRule::TooManyPicks { max },
        TallyError::TooLarge => EntryRule::TooLarge,
        TallyError::UnknownGoal(g) => EntryRule::UnknownGoal { goal: g.number() },
    }
}

fn ballot_rule(e: &BallotError) -> EntryRule {
    match e {
        BallotError::NoPicks => EntryRule::NoPicks,
        BallotError::TooMany { max } => EntryRule::TooManyPicks { max: *max },
        BallotError::Twice(g) => EntryRule::GoalTwice { goal: g.number() },
        BallotError::UnknownGoal(g) => EntryRule::UnknownGoal { goal: g.number() },
    }
}

#[cfg(test)]
pub(crate) mod tests;
