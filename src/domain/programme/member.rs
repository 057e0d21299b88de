//! What the overview reads of one partnership: its latest programme board and
//! its latest scoring round whose scores both partners may see.

use crate::domain::circle::{BoardKind, CircleBoard};
use crate::domain::consultation::{tally, BallotGoal};
use crate::domain::index::{IndexRound, Thresholds};
use crate::domain::{GoalNumber, Partnership, PartnershipId, Side};

/// One partnership of a programme, as the overview names it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Member {
    pub id: PartnershipId,
    pub name: String,
    /// The two municipalities, by side.
    pub partners: [String; 2],
    /// The name of the board the gaps come from, if there is one.
    pub board: Option<String>,
    /// The name of the round the scores come from, if there is one.
    pub round: Option<String>,
    /// A later round is still blind: its scores are not read here, as they
    /// are not shown side by side anywhere else.
    pub blind_round: Option<String>,
    /// The goals each municipality's citizens put in their top five, if a
    /// consultation counted any.
    pub citizens: [Vec<GoalNumber>; 2],
}

impl Member {
    pub fn partner(&self, side: Side) -> &str {
        &self.partners[side as usize]
    }
}

/// A member with what the overview reads of it.
#[derive(Clone, Debug)]
pub struct MemberSources<'a> {
    pub member: Member,
    pub board: Option<&'a CircleBoard>,
    pub round: Option<&'a IndexRound>,
    pub thresholds: Thresholds,
}

impl<'a> MemberSources<'a> {
    pub fn of(p: &'a Partnership) -> MemberSources<'a> {
        // The programme board is the twinning's own; a project or an
        // inventory says something else. The newest version counts.
        let board = p
            .boards
            .iter()
            .rev()
            .find(|b| b.kind == BoardKind::Programme);
        let round = p.rounds.iter().rev().find(|r| r.visibility.shows_both());
        let blind_round = p
            .rounds
            .iter()
            .rev()
            .take_while(|r| !r.visibility.shows_both())
            .last()
            .map(|r| r.name.clone());
        MemberSources {
            member: Member {
                id: p.id.clone(),
                name: p.name.clone(),
                partners: [p.a.name.clone(), p.b.name.clone()],
                board: board.map(|b| b.subject.name.clone()),
                round: round.map(|r| r.name.clone()),
                blind_round,
                citizens: Side::BOTH.map(|side| citizen_goals(p, side)),
            },
            board,
            round,
            thresholds: p.thresholds,
        }
    }
}

/// The SDGs a municipality's citizens put in their top five, over all the
/// partnership's consultations, in goal order. Own goals (18 and on) are the
/// community's words, not SDGs: they stay on the consultation's page.
fn citizen_goals(p: &Partnership, side: Side) -> Vec<GoalNumber> {
    let mut goals: Vec<GoalNumber> = p
        .consultations
        .list()
        .iter()
        .flat_map(|c| tally::of_side(c, side).top(tally::TOP))
        .filter_map(|g| match g {
            BallotGoal::Sdg(g) => Some(g),
            BallotGoal::Own(_) => None,
        })
        .collect();
    goals.sort();
    goals.dedup();
    goals
}
