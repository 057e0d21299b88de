//! Goals as gaps across a programme: for each goal, which partnerships'
//! programme boards found no contribution to it.

use super::member::MemberSources;
use crate::domain::circle::{Effect, Status};
use crate::domain::GoalNumber;

/// One goal across the programme. The lists hold positions in the
/// programme's list of members, in its order.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct GoalGaps {
    pub goal: GoalNumber,
    /// Discussed, and no contribution found: the gap.
    pub gaps: Vec<usize>,
    /// Discussed, and found to work against the goal.
    pub negative: Vec<usize>,
    /// Not discussed yet on the board: not a gap, not served either.
    pub not_discussed: Vec<usize>,
    /// The programme contributes.
    pub served: Vec<usize>,
}

/// One entry per goal, in goal order. Members without a programme board are
/// in no list (the overview names them apart).
pub fn gaps(members: &[MemberSources<'_>]) -> Vec<GoalGaps> {
    GoalNumber::all()
        .map(|goal| {
            let mut row = GoalGaps {
                goal,
                gaps: Vec::new(),
                negative: Vec::new(),
                not_discussed: Vec::new(),
                served: Vec::new(),
            };
            for (at, m) in members.iter().enumerate() {
                let Some(board) = m.board else { continue };
                let list = match board.status(goal) {
                    Status::NotDiscussed => &mut row.not_discussed,
                    Status::Discussed(Effect::None) => &mut row.gaps,
                    Status::Discussed(Effect::Negative) => &mut row.negative,
                    Status::Discussed(Effect::Contributing) => &mut row.served,
                };
                list.push(at);
            }
            row
        })
        .collect()
}
