//! Version 3 to 4. Version 3 had no kept live sessions: a `live_sessions` key
//! in a version 3 file was none of the format's and its readers skipped it, so
//! this step skips it too and the partnership starts with none. A live session
//! ended in a version 3 app kept its participants' words only as attributed
//! lines in the goals' own texts, which stay as they are.

use crate::domain::consultation::Consultation;
use crate::domain::indicator::Indicator;
use crate::domain::partnership::{Partnership, WirePartnership};
use serde::de::IgnoredAny;

pub(super) fn read(text: &str) -> Option<Partnership> {
    let v3: WirePartnership<Vec<Consultation>, Vec<Indicator>, Option<IgnoredAny>> =
        serde_json::from_str(text).ok()?;
    Partnership::try_from(v3.with_lists(|c| c, |i| i, |_| Vec::new())).ok()
}

#[cfg(test)]
mod tests {
    use crate::domain::file_format::{restore, to_json};

    /// A version 3 file reads whole, with no kept sessions, and whatever it
    /// had under that name (no version 3 app wrote it) is skipped, not
    /// refused; the same key in a version 4 file is read and checked. Written
    /// back, it is a version 4 file that reads the same.
    #[test]
    fn a_version_3_partnership_comes_without_kept_sessions() {
        let text = include_str!("../../../../tests/fixtures/v3-full.json");
        let mut odd: serde_json::Value = serde_json::from_str(text).unwrap();
        odd["partnerships"][0]["live_sessions"] = serde_json::json!([{"not": "ours"}]);
        let restored = restore(&odd.to_string()).unwrap();
        assert_eq!(restored.from_version, 3);
        assert!(restored.dropped.is_empty(), "{:?}", restored.dropped);
        let p = &restored.workspace.partnerships[0];
        assert!(p.live_sessions.is_empty());
        assert_eq!(p.indicators.list().len(), 2);
        let again = restore(&to_json(&restored.workspace.partnerships, 1, None)).unwrap();
        assert_eq!(again.from_version, 4);
        assert_eq!(again.workspace, restored.workspace);
        odd["version"] = 4.into();
        let restored = restore(&odd.to_string()).unwrap();
        assert_eq!(restored.dropped.len(), 1);
    }
}
