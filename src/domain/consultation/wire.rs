//! A consultation as the file holds it, read through the same rules as one
//! typed in, with the typed problem a refused one gives.

use super::{
    BallotError, Consultation, OwnGoal, Place, TallyError, DEFAULT_MAX_PICKS, QUESTION_MAX,
};
use crate::domain::file_format::problem::{Broken, ProblemKind, Step};
use crate::domain::text::{clean_line, NAME_MAX};
use serde::Deserialize;

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
