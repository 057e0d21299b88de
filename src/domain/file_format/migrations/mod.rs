//! Each format version's partnership, read and brought up to the current one.
//! One module per step; each has a fixture of its version in
//! `tests/fixtures/` that must keep importing.
//!
//! | version | what it added |
//! |---|---|
//! | 1 | partners, boards, rounds, thresholds, priorities, agreements |
//! | 2 | citizen consultations (`consultations`) |
//! | 3 | joint indicators (`indicators`) |
//! | 4 | live sessions' kept proposals (`live_sessions`) |

mod v1;
mod v2;
mod v3;

use crate::domain::partnership::Partnership;

/// The partnership in `text`, written in format `version` (already checked to
/// be from 1 to the current one); `None` if it does not read.
pub(super) fn read(text: &str, version: u64) -> Option<Partnership> {
    match version {
        1 => v1::read(text),
        2 => v2::read(text),
        3 => v3::read(text),
        _ => serde_json::from_str::<Partnership>(text).ok(),
    }
}

#[cfg(test)]
mod tests {
    use crate::domain::consultation::tally::of_side;
    use crate::domain::file_format::{restore, to_json};
    use crate::domain::Side;

    /// The version 4 fixture, with a walk-round's and an index round's kept
    /// proposals, reads whole and writes back the same; a partner's file with
    /// another session merges in beside this device's, with no conflict.
    #[test]
    fn version_4_fixture_restores_with_its_kept_sessions() {
        use crate::domain::live::{Answer, Exercise};
        let text = include_str!("../../../../tests/fixtures/v4-full.json");
        let restored = restore(text).unwrap();
        assert_eq!(restored.from_version, 4);
        assert!(restored.dropped.is_empty(), "{:?}", restored.dropped);
        let p = &restored.workspace.partnerships[0];
        let walk = Exercise::Walk("b-programme".into());
        let kept: Vec<_> = p.kept_of(&walk).collect();
        assert_eq!(kept.len(), 1);
        let six = crate::domain::GoalNumber::new(6).unwrap();
        let names: Vec<&str> = kept[0].for_goal(six).map(|k| k.name.as_str()).collect();
        assert_eq!(names, ["Awa", "", "Ana"]);
        let jan = &p.live_sessions[1].proposals[0];
        assert!(matches!(jan.answer, Answer::Score(_, Some(_))));
        let again = restore(&to_json(&restored.workspace.partnerships, 1, None)).unwrap();
        assert_eq!(again.workspace, restored.workspace);

        let mut mine = serde_json::to_value(p).unwrap();
        let mut theirs = mine.clone();
        mine["live_sessions"].as_array_mut().unwrap().truncate(1);
        theirs["live_sessions"].as_array_mut().unwrap().remove(0);
        let merged = crate::domain::merge::merge(&mine, &theirs, &[]);
        assert!(merged.conflicts.is_empty());
        assert_eq!(
            merged.value["live_sessions"],
            serde_json::to_value(p).unwrap()["live_sessions"]
        );
    }

    /// The version 3 fixture, with both partners' indicators, reads whole and
    /// writes back the same.
    #[test]
    fn version_3_fixture_restores_with_its_indicators() {
        use crate::domain::indicator::status::{status, Status};
        let text = include_str!("../../../../tests/fixtures/v3-full.json");
        let restored = restore(text).unwrap();
        assert_eq!(restored.from_version, 3);
        assert!(restored.dropped.is_empty(), "{:?}", restored.dropped);
        let list = restored.workspace.partnerships[0].indicators.list();
        assert_eq!(list.len(), 2);
        assert_eq!(status(&list[0].a, list[0].better), Status::OnTrack);
        assert_eq!(status(&list[0].b, list[0].better), Status::Stagnating);
        assert_eq!(status(&list[1].a, list[1].better), Status::Worsening);
        let again = restore(&to_json(&restored.workspace.partnerships, 1, None)).unwrap();
        assert_eq!(again.workspace, restored.workspace);
    }

    /// The version 2 fixture keeps importing, whole, and writes back the same.
    #[test]
    fn version_2_fixture_still_restores() {
        let text = include_str!("../../../../tests/fixtures/v2-full.json");
        let restored = restore(text).unwrap();
        assert_eq!(restored.from_version, 2);
        assert!(restored.dropped.is_empty(), "{:?}", restored.dropped);
        let p = &restored.workspace.partnerships[0];
        let c = &p.consultations.list()[0];
        assert_eq!(c.own_goals.len(), 1);
        assert_eq!(of_side(c, Side::B).respondents, 41);
        assert_eq!(of_side(c, Side::A).respondents, 2);
        let again = restore(&to_json(&restored.workspace.partnerships, 1, None)).unwrap();
        assert_eq!(again.workspace, restored.workspace);
    }
}
