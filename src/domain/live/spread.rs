//! How the room's proposals for one goal spread over the levels or scores, and
//! who has not answered yet: what the projector shows. Counts, and names only
//! where participants gave one.

use super::proposal::Proposal;
use super::snapshot::{Present, Snapshot};
use crate::domain::circle::{Level as CircleLevel, Scale};
use crate::domain::index::score::Score;
use crate::domain::{GoalNumber, Side};

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Count<T> {
    pub value: T,
    pub count: usize,
    /// The names given, in the order of the devices; anonymous ones are only counted.
    pub names: Vec<String>,
}

/// A goal's proposals in the walk-round, from both delegations.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Spread {
    /// One entry per step of the scale, lowest first, zeros included.
    pub steps: Vec<Count<CircleLevel>>,
    pub answered: usize,
    /// Connected participants without a proposal for this goal.
    pub waiting: Vec<Present>,
    /// Ideas given with the proposals: (name, idea).
    pub ideas: Vec<(String, String)>,
}

fn counts<T: Copy + PartialEq>(
    values: impl IntoIterator<Item = T>,
    proposals: &[&Proposal],
    of: impl Fn(&Proposal) -> Option<T>,
) -> Vec<Count<T>> {
    values
        .into_iter()
        .map(|value| {
            let mine: Vec<&&Proposal> = proposals.iter().filter(|p| of(p) == Some(value)).collect();
            Count {
                value,
                count: mine.len(),
                names: mine
                    .iter()
                    .filter(|p| !p.name.is_empty())
                    .map(|p| p.name.clone())
                    .collect(),
            }
        })
        .collect()
}

fn waiting(snapshot: &Snapshot, sides: &[Side], proposals: &[&Proposal]) -> Vec<Present> {
    sides
        .iter()
        .flat_map(|side| snapshot.present(*side))
        .filter(|who| !proposals.iter().any(|p| p.device == who.device))
        .cloned()
        .collect()
}

impl Spread {
    pub fn walk(snapshot: &Snapshot, goal: GoalNumber, scale: Scale) -> Spread {
        let proposals: Vec<&Proposal> = Side::BOTH
            .iter()
            .flat_map(|side| &snapshot.delegation(*side).proposals)
            .filter(|p| p.goal == goal && p.level_on(scale).is_some())
            .collect();
        Spread {
            steps: counts(scale.steps().iter().copied(), &proposals, |p| {
                p.level_on(scale)
            }),
            answered: proposals.len(),
            waiting: waiting(snapshot, &Side::BOTH, &proposals),
            ideas: proposals
                .iter()
                .filter(|p| !p.note.is_empty())
                .map(|p| (p.name.clone(), p.note.clone()))
                .collect(),
        }
    }
}

/// One delegation's proposed scores for a goal in an index round.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ScoreSpread {
    pub scores: Vec<Count<Score>>,
    pub answered: usize,
    pub waiting: Vec<Present>,
    /// The reasons given: (name, score, reason).
    pub reasons: Vec<(String, Score, String)>,
}

impl ScoreSpread {
    pub fn of(snapshot: &Snapshot, side: Side, goal: GoalNumber) -> ScoreSpread {
        let proposals: Vec<&Proposal> = snapshot
            .delegation(side)
            .proposals
            .iter()
            .filter(|p| p.goal == goal && p.score().is_some())
            .collect();
        ScoreSpread {
            scores: counts(Score::choices(), &proposals, Proposal::score),
            answered: proposals.len(),
            waiting: waiting(snapshot, &[side], &proposals),
            reasons: proposals
                .iter()
                .filter(|p| !p.note.is_empty())
                .filter_map(|p| Some((p.name.clone(), p.score()?, p.note.clone())))
                .collect(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::live::snapshot::tests::walk_snapshot;
    use serde_json::json;

    #[test]
    fn the_walk_spread_counts_both_delegations() {
        let s = Snapshot::parse(&walk_snapshot());
        let six = GoalNumber::new(6).unwrap();
        let spread = Spread::walk(&s, six, Scale::Contribution);
        let counts: Vec<usize> = spread.steps.iter().map(|c| c.count).collect();
        assert_eq!(counts, [0, 0, 2, 1]);
        assert_eq!(spread.steps[2].names, ["Awa", "Ana"]);
        assert!(
            spread.steps[3].names.is_empty(),
            "anonymous: counted, not named"
        );
        assert_eq!(spread.answered, 3);
        assert_eq!(spread.ideas, [("Awa".to_owned(), "taps".to_owned())]);
        // d4 (delegation B, in the room only) has not answered goal 6.
        let waiting: Vec<&str> = spread.waiting.iter().map(|p| p.device.as_str()).collect();
        assert_eq!(waiting, ["d4"]);
        // Goal 7: only d2 answered.
        let seven = Spread::walk(&s, GoalNumber::new(7).unwrap(), Scale::Contribution);
        assert_eq!(seven.answered, 1);
        assert_eq!(seven.waiting.len(), 3);
    }

    #[test]
    fn a_delegation_spread_has_its_own_proposals_only() {
        let snapshot = json!({
            "parts": {
                "a": {"proposals": {"d1:3": {"score": 4, "confidence": "high", "note": "clinics"}, "d2:3": {"score": "dont_know"}}},
                "b": {"proposals": {"d3:3": {"score": 1}}}
            },
            "presence": {"a": [{"device": "d5", "side": "a"}]}
        });
        let s = Snapshot::parse(&snapshot.to_string());
        let spread = ScoreSpread::of(&s, Side::A, GoalNumber::new(3).unwrap());
        assert_eq!(spread.answered, 2);
        let four = spread
            .scores
            .iter()
            .find(|c| c.value == Score::from_code("4").unwrap())
            .unwrap();
        assert_eq!(four.count, 1);
        assert_eq!(spread.reasons.len(), 1);
        assert_eq!(spread.waiting.len(), 1);
        assert_eq!(
            ScoreSpread::of(&s, Side::B, GoalNumber::new(3).unwrap()).answered,
            1
        );
    }
}
