//! A round's results as the projector shows them: one list, grouped by kind in
//! a fixed order (peer learning, learning together, shared strengths, then the
//! goals to discuss), cut into pages of as many lines as fit beside the circle.

use super::matching::{Match, MatchKind, Matching};
use crate::domain::GoalNumber;

/// One line of the results: a match, or a goal to discuss first.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ResultLine {
    Match(Match),
    Discuss(GoalNumber),
}

/// The kinds of lines, in the order they are shown.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum ResultGroup {
    PeerLearning,
    JointLearning,
    SharedStrength,
    ToDiscuss,
}

impl ResultLine {
    pub fn group(self) -> ResultGroup {
        match self {
            ResultLine::Match(m) => match m.kind {
                MatchKind::PeerLearning { .. } => ResultGroup::PeerLearning,
                MatchKind::JointLearning => ResultGroup::JointLearning,
                MatchKind::SharedStrength => ResultGroup::SharedStrength,
            },
            ResultLine::Discuss(_) => ResultGroup::ToDiscuss,
        }
    }
}

/// Every line, grouped; within a group in the matching's own (ranked) order.
pub fn result_lines(matching: &Matching) -> Vec<ResultLine> {
    let mut lines: Vec<ResultLine> = matching
        .matches
        .iter()
        .copied()
        .map(ResultLine::Match)
        .collect();
    lines.sort_by_key(|l| l.group());
    lines.extend(matching.to_discuss.iter().copied().map(ResultLine::Discuss));
    lines
}

/// How many pages of `per_page` lines: at least one, empty or not.
pub fn page_count(lines: usize, per_page: usize) -> usize {
    lines.div_ceil(per_page.max(1)).max(1)
}

/// The lines of page `at` (from 0); past the last page, the last page.
pub fn page_of(lines: &[ResultLine], per_page: usize, at: usize) -> &[ResultLine] {
    let per_page = per_page.max(1);
    let at = at.min(page_count(lines.len(), per_page) - 1);
    let start = (at * per_page).min(lines.len());
    &lines[start..(start + per_page).min(lines.len())]
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::Side;

    fn g(n: u8) -> GoalNumber {
        GoalNumber::new(n).unwrap()
    }

    fn m(n: u8, kind: MatchKind) -> Match {
        Match { goal: g(n), kind }
    }

    #[test]
    fn lines_are_grouped_by_kind_keeping_the_ranking_within_each() {
        let peer_b = MatchKind::PeerLearning { from: Side::B };
        let peer_a = MatchKind::PeerLearning { from: Side::A };
        let matching = Matching {
            matches: vec![
                m(3, MatchKind::SharedStrength),
                m(16, peer_b),
                m(13, MatchKind::JointLearning),
                m(6, peer_a),
            ],
            to_discuss: vec![g(2), g(9)],
            unscored: vec![g(1)],
        };
        assert_eq!(
            result_lines(&matching),
            vec![
                ResultLine::Match(m(16, peer_b)),
                ResultLine::Match(m(6, peer_a)),
                ResultLine::Match(m(13, MatchKind::JointLearning)),
                ResultLine::Match(m(3, MatchKind::SharedStrength)),
                ResultLine::Discuss(g(2)),
                ResultLine::Discuss(g(9)),
            ]
        );
    }

    #[test]
    fn pages_hold_at_most_per_page_lines_and_never_run_past_the_end() {
        let lines: Vec<ResultLine> = (1..=7).map(|n| ResultLine::Discuss(g(n))).collect();
        assert_eq!(page_count(lines.len(), 3), 3);
        assert_eq!(page_of(&lines, 3, 0), &lines[0..3]);
        assert_eq!(page_of(&lines, 3, 2), &lines[6..7]);
        // A page asked for after the lines shrank shows the last one.
        assert_eq!(page_of(&lines, 3, 9), &lines[6..7]);
        assert_eq!(page_count(6, 3), 2);
    }

    #[test]
    fn no_lines_is_one_empty_page() {
        assert_eq!(page_count(0, 3), 1);
        assert!(page_of(&[], 3, 0).is_empty());
        assert!(page_of(&[], 3, 4).is_empty());
    }
}
