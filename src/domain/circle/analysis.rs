//! What a board says as a whole: its gaps, the goals still open, negative
//! effects, coverage per pillar, and how two boards differ.

use super::{CircleBoard, Effect, Level};
use crate::domain::catalogue::{GoalNumber, Pillar};

/// A goal's state on a board, whatever the scale.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Status {
    NotDiscussed,
    Discussed(Effect),
}

impl Status {
    pub fn contributes(self) -> bool {
        self == Status::Discussed(Effect::Contributing)
    }
}

fn goals_where(board: &CircleBoard, want: Status) -> Vec<GoalNumber> {
    GoalNumber::all()
        .filter(|g| board.status(*g) == want)
        .collect()
}

/// The gaps: goals discussed and found to get no contribution. Goals not yet
/// discussed are not gaps (see [`not_discussed`]), nor are negative effects
/// (see [`negatives`]).
pub fn gaps(board: &CircleBoard) -> Vec<GoalNumber> {
    goals_where(board, Status::Discussed(Effect::None))
}

pub fn not_discussed(board: &CircleBoard) -> Vec<GoalNumber> {
    goals_where(board, Status::NotDiscussed)
}

pub fn negatives(board: &CircleBoard) -> Vec<GoalNumber> {
    goals_where(board, Status::Discussed(Effect::Negative))
}

/// How one of the 5 Ps fares on a board.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PillarCoverage {
    pub pillar: Pillar,
    pub goals: Vec<GoalNumber>,
    pub contributing: Vec<GoalNumber>,
}

pub fn pillar_coverage(board: &CircleBoard) -> Vec<PillarCoverage> {
    Pillar::ALL
        .into_iter()
        .map(|pillar| {
            let goals: Vec<GoalNumber> = GoalNumber::all()
                .filter(|g| g.goal().pillar == pillar)
                .collect();
            let contributing = goals
                .iter()
                .copied()
                .filter(|g| board.status(*g).contributes())
                .collect();
            PillarCoverage {
                pillar,
                goals,
                contributing,
            }
        })
        .collect()
}

/// One goal on two boards.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StatusRow {
    pub goal: GoalNumber,
    pub left: Option<Level>,
    pub right: Option<Level>,
    pub left_status: Status,
    pub right_status: Status,
}

/// Two boards side by side: two versions (left the older) or two partners'
/// inventories.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Comparison {
    pub rows: Vec<StatusRow>,
    /// Contributes on the right, not on the left.
    pub added: Vec<GoalNumber>,
    /// Contributes on the left, not on the right.
    pub lost: Vec<GoalNumber>,
    /// A gap on the left that contributes on the right.
    pub gaps_closed: Vec<GoalNumber>,
    /// A gap on both boards.
    pub gaps_in_both: Vec<GoalNumber>,
    /// Contributes on both.
    pub in_both: Vec<GoalNumber>,
    /// Contributes on both, more on the right (only when both use the same scale).
    pub stronger: Vec<GoalNumber>,
    pub weaker: Vec<GoalNumber>,
}

pub fn compare(left: &CircleBoard, right: &CircleBoard) -> Comparison {
    let rows: Vec<StatusRow> = GoalNumber::all()
        .map(|goal| StatusRow {
            goal,
            left: left.level(goal),
            right: right.level(goal),
            left_status: left.status(goal),
            right_status: right.status(goal),
        })
        .collect();
    let pick = |f: &dyn Fn(&StatusRow) -> bool| -> Vec<GoalNumber> {
        rows.iter().filter(|r| f(r)).map(|r| r.goal).collect()
    };
    let gap = Status::Discussed(Effect::None);
    let same_scale = left.scale == right.scale;
    let both = |r: &StatusRow| r.left_status.contributes() && r.right_status.contributes();
    Comparison {
        added: pick(&|r| r.right_status.contributes() && !r.left_status.contributes()),
        lost: pick(&|r| r.left_status.contributes() && !r.right_status.contributes()),
        gaps_closed: pick(&|r| r.left_status == gap && r.right_status.contributes()),
        gaps_in_both: pick(&|r| r.left_status == gap && r.right_status == gap),
        in_both: pick(&both),
        stronger: pick(&|r| same_scale && both(r) && r.right > r.left),
        weaker: pick(&|r| same_scale && both(r) && r.right < r.left),
        rows,
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::{g, lommel_programme};
    use super::super::{BoardKind, Scale};
    use super::*;

    fn nums(goals: &[GoalNumber]) -> Vec<u8> {
        goals.iter().map(|g| g.get()).collect()
    }

    #[test]
    fn lommel_gaps_are_5_6_7_12_14() {
        let b = lommel_programme();
        assert_eq!(nums(&gaps(&b)), [5, 6, 7, 12, 14]);
        assert!(not_discussed(&b).is_empty());
        assert!(negatives(&b).is_empty());
    }

    #[test]
    fn not_discussed_and_negative_are_not_gaps() {
        let mut b = CircleBoard::new("b".into(), BoardKind::Project, Scale::ImpactRose);
        b.set_level(g(1), Some(Level(0)));
        b.set_level(g(2), Some(Level(-2)));
        b.set_level(g(3), Some(Level(1)));
        assert_eq!(nums(&gaps(&b)), [1]);
        assert_eq!(nums(&negatives(&b)), [2]);
        assert_eq!(not_discussed(&b).len(), 14);
    }

    #[test]
    fn coverage_counts_contributing_goals_per_pillar() {
        let cov = pillar_coverage(&lommel_programme());
        let total: usize = cov.iter().map(|c| c.goals.len()).sum();
        assert_eq!(total, 17);
        let planet = cov.iter().find(|c| c.pillar == Pillar::Planet).unwrap();
        // 6, 12, 14 are gaps; 13 and 15 contribute.
        assert_eq!(nums(&planet.contributing), [13, 15]);
        assert_eq!(nums(&planet.goals), [6, 12, 13, 14, 15]);
    }

    #[test]
    fn comparing_versions_shows_what_changed() {
        let v1 = lommel_programme();
        let mut v2 = v1.new_version("b-2".into(), "");
        v2.set_level(g(5), Some(Level(2))); // gender added
        v2.set_level(g(6), Some(Level(3))); // water purification added
        v2.set_level(g(1), Some(Level(0))); // poverty dropped
        v2.set_level(g(3), None); // no longer discussed
        let level_4 = v1.level(g(4)).unwrap().0;
        v2.set_level(g(4), Some(Level(level_4 + 1)));
        let c = compare(&v1, &v2);
        assert_eq!(nums(&c.added), [5, 6]);
        assert_eq!(nums(&c.gaps_closed), [5, 6]);
        assert_eq!(nums(&c.lost), [1, 3]);
        assert_eq!(nums(&c.gaps_in_both), [7, 12, 14]);
        assert_eq!(nums(&c.stronger), [4]);
        assert!(c.weaker.is_empty());
        assert_eq!(c.rows.len(), 17);
        assert_eq!(c.rows[4].left, Some(Level(0)));
        assert_eq!(c.rows[4].right, Some(Level(2)));
    }

    #[test]
    fn different_scales_compare_by_effect_only() {
        let a = lommel_programme();
        let mut b = CircleBoard::new("r".into(), BoardKind::Project, Scale::ImpactRose);
        for goal in GoalNumber::all() {
            b.set_level(goal, Some(Level(2)));
        }
        let c = compare(&a, &b);
        assert!(c.stronger.is_empty() && c.weaker.is_empty());
        assert_eq!(nums(&c.added), [5, 6, 7, 12, 14]);
        assert_eq!(c.in_both.len(), 12);
    }
}
