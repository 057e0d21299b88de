//! The end of a session: what it gathered goes into the facilitator's
//! partnership. The agreed values always (a co-facilitator may have set some
//! on another device); the participants' ideas or reasons when the facilitator
//! keeps them, as text beside the goal's own. Folding twice changes nothing the
//! second time: a line already there is not added again.

use super::snapshot::Snapshot;
use crate::domain::circle::{CircleBoard, NOTE_MAX};
use crate::domain::index::{IndexRound, RATIONALE_MAX};
use crate::domain::Side;

/// Adds `lines` to `text` where they are not in it yet, within `max` characters.
fn with_lines(text: &str, lines: &[String], sep: &str, max: usize) -> String {
    let mut out = text.to_owned();
    for line in lines {
        if out.contains(line.as_str()) {
            continue;
        }
        let next = if out.trim().is_empty() {
            line.clone()
        } else {
            format!("{}{sep}{line}", out.trim_end())
        };
        if next.chars().count() > max {
            break;
        }
        out = next;
    }
    out
}

fn attributed(name: &str, note: &str) -> String {
    if name.is_empty() {
        note.to_owned()
    } else {
        format!("{name}: {note}")
    }
}

/// Folds a walk-round into its board; `keep` adds the participants' ideas.
pub fn fold_walk(board: &mut CircleBoard, snapshot: &Snapshot, keep: bool) {
    for (goal, level) in &snapshot.room.agreed {
        board.set_level(*goal, Some(*level));
    }
    if !keep {
        return;
    }
    for entry in board.entries().to_vec() {
        let ideas: Vec<String> = Side::BOTH
            .iter()
            .flat_map(|side| &snapshot.delegation(*side).proposals)
            .filter(|p| p.goal == entry.goal && !p.note.is_empty())
            .map(|p| attributed(&p.name, &p.note))
            .collect();
        if !ideas.is_empty() {
            let text = with_lines(&entry.ideas, &ideas, "\n", NOTE_MAX);
            board.set_ideas(entry.goal, &text);
        }
    }
}

/// Folds an index round's agreed scores into it; `keep` adds the reasons given.
pub fn fold_index(round: &mut IndexRound, snapshot: &Snapshot, keep: bool) {
    for side in Side::BOTH {
        let delegation = snapshot.delegation(side);
        for (goal, score) in &delegation.agreed {
            round.set_score(side, *goal, Some(*score));
        }
        if !keep {
            continue;
        }
        for goal in crate::domain::GoalNumber::all() {
            let reasons: Vec<String> = delegation
                .proposals
                .iter()
                .filter(|p| p.goal == goal && !p.note.is_empty())
                .map(|p| attributed(&p.name, &p.note))
                .collect();
            if reasons.is_empty() {
                continue;
            }
            let now = round
                .entry(side, goal)
                .map(|e| e.rationale.clone())
                .unwrap_or_default();
            let text = with_lines(&now, &reasons, " · ", RATIONALE_MAX);
            // Within the cap by construction; a refusal would keep the old text.
            let _ = round.set_rationale(side, goal, &text);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::circle::tests::lommel_programme;
    use crate::domain::circle::Level as CircleLevel;
    use crate::domain::index::tests::round;
    use crate::domain::index::Score;
    use crate::domain::live::snapshot::tests::walk_snapshot;
    use crate::domain::GoalNumber;

    fn g(n: u8) -> GoalNumber {
        GoalNumber::new(n).unwrap()
    }

    #[test]
    fn a_walk_folds_agreed_levels_and_kept_ideas_once() {
        let s = Snapshot::parse(&walk_snapshot());
        let mut board = lommel_programme();
        let before = board.clone();
        fold_walk(&mut board, &s, false);
        assert_eq!(board.level(g(5)), Some(CircleLevel(2)));
        assert_eq!(
            board.entry(g(6)).ideas,
            before.entry(g(6)).ideas,
            "ideas dropped"
        );
        fold_walk(&mut board, &s, true);
        assert!(board.entry(g(6)).ideas.ends_with("Awa: taps"));
        let once = board.clone();
        fold_walk(&mut board, &s, true);
        assert_eq!(board, once, "nothing applied twice");
    }

    #[test]
    fn an_index_round_folds_each_delegations_agreed_scores() {
        let s = Snapshot::parse(&walk_snapshot());
        let mut r = round();
        fold_index(&mut r, &s, true);
        assert_eq!(r.score(Side::B, g(6)), Score::from_code("4"));
        assert_eq!(r.score(Side::B, g(7)), Some(Score::DontKnow));
    }

    #[test]
    fn lines_stop_at_the_cap() {
        let long = "x".repeat(10);
        let text = with_lines("", &[long.clone(), "y".repeat(5)], "\n", 12);
        assert_eq!(text, long);
    }
}
