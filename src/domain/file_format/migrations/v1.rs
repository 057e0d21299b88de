//! Version 1 to the current one. Version 1 had no consultations (and no
//! indicators or kept live sessions, which versions 3 and 4 added: see `v2`
//! and `v3`): a `consultations` key in a
//! version 1 file was none of the format's, and its readers skipped it, so
//! this step skips it too and the partnership starts with none.

use crate::domain::partnership::{Partnership, WirePartnership};
use serde::de::IgnoredAny;

pub(super) fn read(text: &str) -> Option<Partnership> {
    let v1: WirePartnership<Option<IgnoredAny>, Option<IgnoredAny>, Option<IgnoredAny>> =
        serde_json::from_str(text).ok()?;
    let current = v1.with_lists(|_| Vec::new(), |_| Vec::new(), |_| Vec::new());
    Partnership::try_from(current).ok()
}

#[cfg(test)]
mod tests {
    use crate::domain::file_format::restore;

    /// A version 1 file reads as it did, with no consultations, and whatever
    /// it had under that name (no version 1 app wrote it) is skipped, not refused.
    #[test]
    fn a_version_1_partnership_comes_without_consultations() {
        let text = include_str!("../../../../tests/fixtures/v1-full.json");
        let restored = restore(text).unwrap();
        assert_eq!(restored.from_version, 1);
        assert!(restored.dropped.is_empty());
        let p = &restored.workspace.partnerships[0];
        assert!(p.consultations.is_empty());
        assert!(!p.boards.is_empty() && !p.rounds.is_empty());

        let mut odd: serde_json::Value = serde_json::from_str(text).unwrap();
        odd["partnerships"][0]["consultations"] = serde_json::json!([{"not": "ours"}]);
        let restored = restore(&odd.to_string()).unwrap();
        assert!(restored.dropped.is_empty());
        assert!(restored.workspace.partnerships[0].consultations.is_empty());
        // The same key in a version 2 file is a consultation, and is checked.
        odd["version"] = 2.into();
        let restored = restore(&odd.to_string()).unwrap();
        assert_eq!(restored.dropped.len(), 1);
    }
}
