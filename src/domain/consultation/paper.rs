//! A place's paper ballots, counted by hand: how many people filled one in,
//! and how many of them picked each goal; and whether such a count could come
//! from real ballots of the consultation.

use super::{BallotGoal, Consultation, MAX_COUNT};
use serde::{Deserialize, Serialize};

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
