//! Version 2 to the current one. Version 2 had no indicators (nor kept live
//! sessions, see `v3`): an `indicators` key in a version 2 file was none of
//! the format's and its readers skipped it, so this step skips it too and the
//! partnership starts with none.

use crate::domain::consultation::Consultation;
use crate::domain::partnership::{Partnership, WirePartnership};
use serde::de::IgnoredAny;

pub(super) fn read(text: &str) -> Option<Partnership> {
    let v2: WirePartnership<Vec<Consultation>, Option<IgnoredAny>, Option<IgnoredAny>> =
        serde_json::from_str(text).ok()?;
    Partnership::try_from(v2.with_lists(|c| c, |_| Vec::new(), |_| Vec::new())).ok()
}

#[cfg(test)]
mod tests {
    use crate::domain::file_format::restore;

    /// A version 2 file reads as it did, with no indicators, and whatever it
    /// had under that name (no version 2 app wrote it) is skipped, not refused;
    /// the same key in a version 3 file is read and checked.
    #[test]
    fn a_version_2_partnership_comes_without_indicators() {
        let text = include_str!("../../../../tests/fixtures/v2-full.json");
        let mut odd: serde_json::Value = serde_json::from_str(text).unwrap();
        odd["partnerships"][0]["indicators"] = serde_json::json!([{"not": "ours"}]);
        let restored = restore(&odd.to_string()).unwrap();
        assert_eq!(restored.from_version, 2);
        assert!(restored.dropped.is_empty(), "{:?}", restored.dropped);
        let p = &restored.workspace.partnerships[0];
        assert!(p.indicators.is_empty());
        assert!(!p.consultations.is_empty());
        odd["version"] = 3.into();
        let restored = restore(&odd.to_string()).unwrap();
        assert_eq!(restored.dropped.len(), 1);
    }
}
