//! What citizens asked for, set against the programme's circle board: the
//! goals people put first that the programme leaves as gaps, and the goals the
//! programme serves most that few people picked. Both are questions for the
//! partners, not verdicts.

use super::tally::{Tally, TOP};
use crate::domain::circle::{gaps, CircleBoard};
use crate::domain::plan::{add_priority, programme_years, Priority, PriorityError};
use crate::domain::GoalNumber;

/// Below this share of respondents (per cent), few people picked a goal.
pub const FEW_PERCENT: u32 = 10;

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Against {
    /// Citizens' priorities (their top goals of the 17) that the board found
    /// the programme does not contribute to.
    pub wanted_gaps: Vec<GoalNumber>,
    /// Goals at the board's highest level that fewer than
    /// [`FEW_PERCENT`] per cent of respondents picked.
    pub served_unpicked: Vec<GoalNumber>,
}

pub fn against(tally: &Tally, board: &CircleBoard) -> Against {
    if tally.respondents == 0 {
        return Against::default();
    }
    let gaps = gaps(board);
    let wanted_gaps = tally
        .top(TOP)
        .into_iter()
        .filter_map(|g| g.sdg())
        .filter(|g| gaps.contains(g))
        .collect();
    let contributing = || GoalNumber::all().filter(|g| board.status(*g).contributes());
    let most = contributing().filter_map(|g| board.level(g)).max();
    let served_unpicked = contributing()
        .filter(|g| board.level(*g) == most)
        .filter(|g| tally.percent(super::BallotGoal::Sdg(*g)) < FEW_PERCENT)
        .collect();
    Against {
        wanted_gaps,
        served_unpicked,
    }
}

/// Proposes `goal` as a priority: in the first programme year from
/// `this_year` that has room, or the year after the programme. Says so if it
/// is a priority already.
pub fn propose_priority(
    list: &mut Vec<Priority>,
    goal: GoalNumber,
    this_year: i32,
) -> Result<i32, PriorityError> {
    if list.iter().any(|p| p.goal == goal) {
        return Err(PriorityError::AlreadyChosen);
    }
    let years = programme_years(list, this_year);
    let last = *years.end() + 1;
    for year in this_year.max(*years.start())..=last {
        if add_priority(list, Priority { year, goal }).is_ok() {
            return Ok(year);
        }
    }
    Err(PriorityError::YearFull)
}
