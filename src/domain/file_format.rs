//! The versioned envelope around a workspace, and the one path by which any
//! stored or imported text becomes a workspace again: size, parse, check the
//! envelope, migrate, then validate each partnership, keeping the valid ones
//! and saying what was left out.
//!
//! ```json
//! {"format": "sdg-circle", "version": 1, "exported_at": "…", "app_version": "…",
//!  "revision": 3, "partnerships": [ … ]}
//! ```

use super::catalogue::GoalNumber;
use super::circle::gaps;
use super::index::{round_matches, Match};
use super::partnership::Partnership;
use super::workspace::Workspace;
use serde::Serialize;
use serde_json::Value;

pub const FORMAT: &str = "sdg-circle";
/// Bump with every change to the format, and add a migration from the previous one.
pub const CURRENT_VERSION: u64 = 1;
pub const APP_VERSION: &str = env!("CARGO_PKG_VERSION");
/// Files above this are refused before they are read.
pub const MAX_FILE_BYTES: usize = 5 * 1024 * 1024;
/// No text a person types is this long; longer ones mark a broken or hostile file.
pub const MAX_STRING_CHARS: usize = 10_000;
/// No list in the format holds more entries than this.
pub const MAX_LIST_LEN: usize = 10_000;
/// The format nests a handful of levels; anything deeper is not ours.
pub const MAX_DEPTH: usize = 16;

/// Why a text could not become a workspace at all. Each kind has its own
/// message in every UI language; `detail` carries the technical part.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum RestoreError {
    Empty,
    TooLarge { bytes: usize },
    NotJson { detail: String },
    NotSdgCircle,
    FutureVersion { found: u64 },
    BadVersion,
    Invalid { detail: String },
}

impl std::fmt::Display for RestoreError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            RestoreError::Empty => f.write_str("empty"),
            RestoreError::TooLarge { bytes } => write!(f, "{bytes} bytes is over {MAX_FILE_BYTES}"),
            RestoreError::NotJson { detail } => write!(f, "not JSON: {detail}"),
            RestoreError::NotSdgCircle => f.write_str("not an SDG Circle file"),
            RestoreError::FutureVersion { found } => {
                write!(f, "version {found} is newer than {CURRENT_VERSION}")
            }
            RestoreError::BadVersion => f.write_str("no valid version"),
            RestoreError::Invalid { detail } => write!(f, "invalid: {detail}"),
        }
    }
}

/// A partnership that was left out, and why.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Dropped {
    /// Position in the file's `partnerships` list, from 1.
    pub position: usize,
    /// Its name, when the file had a readable one.
    pub name: Option<String>,
    pub reason: String,
}

/// A restored workspace and what the envelope said about it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Restored {
    pub workspace: Workspace,
    /// Save counter of the writer, so two tabs can tell newer data from older.
    pub revision: u64,
    /// The format version the text was written in (before migration).
    pub from_version: u64,
    /// Partnerships that were invalid and left out; empty for a clean file.
    pub dropped: Vec<Dropped>,
}

#[derive(Serialize)]
struct EnvelopeOut<'a, P: Serialize> {
    format: &'static str,
    version: u64,
    #[serde(skip_serializing_if = "Option::is_none")]
    exported_at: Option<&'a str>,
    app_version: &'static str,
    revision: u64,
    partnerships: Vec<P>,
}

/// A partnership as exported: its data plus what the app derived from it,
/// written for the reader (recomputed on import, never trusted).
#[derive(Serialize)]
struct ExportedPartnership<'a> {
    #[serde(flatten)]
    partnership: &'a Partnership,
    results: Results,
}

#[derive(Serialize)]
struct Results {
    boards: Vec<BoardResult>,
    rounds: Vec<RoundResult>,
}

#[derive(Serialize)]
struct BoardResult {
    board: String,
    gaps: Vec<GoalNumber>,
}

#[derive(Serialize)]
struct RoundResult {
    round: String,
    matches: Vec<Match>,
}

fn results(p: &Partnership) -> Results {
    Results {
        boards: p
            .boards
            .iter()
            .map(|b| BoardResult {
                board: b.id.clone(),
                gaps: gaps(b),
            })
            .collect(),
        rounds: p
            .rounds
            .iter()
            .map(|r| RoundResult {
                round: r.id.clone(),
                matches: round_matches(r, p.thresholds),
            })
            .collect(),
    }
}

fn envelope<P: Serialize>(
    partnerships: Vec<P>,
    revision: u64,
    exported_at: Option<&str>,
) -> String {
    let envelope = EnvelopeOut {
        format: FORMAT,
        version: CURRENT_VERSION,
        exported_at,
        app_version: APP_VERSION,
        revision,
        partnerships,
    };
    // Plain structs with string keys: serialising cannot fail.
    serde_json::to_string(&envelope).unwrap_or_default()
}

/// Writes partnerships inside the current envelope, as the browser keeps them.
pub fn to_json(partnerships: &[Partnership], revision: u64, exported_at: Option<&str>) -> String {
    envelope(partnerships.iter().collect(), revision, exported_at)
}

/// Writes partnerships for a file a person keeps: with `exported_at` and the
/// derived `results` (gaps per board, matches per round).
pub fn to_export_json(partnerships: &[Partnership], revision: u64, exported_at: &str) -> String {
    let items = partnerships
        .iter()
        .map(|partnership| ExportedPartnership {
            partnership,
            results: results(partnership),
        })
        .collect();
    envelope(items, revision, Some(exported_at))
}

/// The one restore path, for localStorage and imported files alike.
pub fn restore(text: &str) -> Result<Restored, RestoreError> {
    if text.len() > MAX_FILE_BYTES {
        return Err(RestoreError::TooLarge { bytes: text.len() });
    }
    if text.trim().is_empty() {
        return Err(RestoreError::Empty);
    }
    let value: Value = serde_json::from_str(text).map_err(|e| RestoreError::NotJson {
        detail: e.to_string(),
    })?;
    let obj = value.as_object().ok_or(RestoreError::NotSdgCircle)?;
    if obj.get("format").and_then(Value::as_str) != Some(FORMAT) {
        return Err(RestoreError::NotSdgCircle);
    }
    let from_version = match obj.get("version").and_then(Value::as_u64) {
        Some(0) | None => return Err(RestoreError::BadVersion),
        Some(v) if v > CURRENT_VERSION => return Err(RestoreError::FutureVersion { found: v }),
        Some(v) => v,
    };
    let mut value = migrate(value, from_version)?;
    let revision = value.get("revision").and_then(Value::as_u64).unwrap_or(0);
    let items = match value.get_mut("partnerships").map(Value::take) {
        Some(Value::Array(items)) => items,
        Some(_) => return Err(invalid("`partnerships` is not a list")),
        None => return Err(invalid("no `partnerships` list")),
    };
    if items.len() > MAX_LIST_LEN {
        return Err(invalid("too many partnerships"));
    }
    let mut workspace = Workspace::default();
    let mut dropped = Vec::new();
    for (i, item) in items.into_iter().enumerate() {
        let name = item
            .get("name")
            .and_then(Value::as_str)
            .map(|n| n.chars().take(120).collect());
        let outcome = check_shape(&item, 0)
            .and_then(|()| serde_json::from_value::<Partnership>(item).map_err(|e| e.to_string()))
            .and_then(|p| {
                if workspace.contains(&p.id) {
                    Err(format!("id {} is used twice", p.id))
                } else {
                    Ok(p)
                }
            });
        match outcome {
            Ok(p) => {
                workspace.add(p);
            }
            Err(reason) => dropped.push(Dropped {
                position: i + 1,
                name,
                reason,
            }),
        }
    }
    Ok(Restored {
        workspace,
        revision,
        from_version,
        dropped,
    })
}

fn invalid(detail: &str) -> RestoreError {
    RestoreError::Invalid {
        detail: detail.to_owned(),
    }
}

/// Limits no valid partnership comes near: overlong text, huge lists, deep nesting.
fn check_shape(value: &Value, depth: usize) -> Result<(), String> {
    if depth > MAX_DEPTH {
        return Err("nested too deeply".into());
    }
    match value {
        Value::String(s) if s.chars().count() > MAX_STRING_CHARS => Err(format!(
            "a text is longer than {MAX_STRING_CHARS} characters"
        )),
        Value::Array(items) if items.len() > MAX_LIST_LEN => Err("a list is too long".into()),
        Value::Array(items) => items.iter().try_for_each(|v| check_shape(v, depth + 1)),
        Value::Object(map) => map.values().try_for_each(|v| check_shape(v, depth + 1)),
        _ => Ok(()),
    }
}

/// Brings a document of `version` up to [`CURRENT_VERSION`], one step at a time.
/// Each step is a function from version N to N+1 with a fixture test.
fn migrate(value: Value, version: u64) -> Result<Value, RestoreError> {
    // Version 1 is the first; later steps go here as `if version < 2 { value = v1_to_v2(value)? }`.
    debug_assert!(version <= CURRENT_VERSION);
    Ok(value)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::partnership::tests::lommel_ongwediva;

    fn sample() -> Workspace {
        Workspace {
            partnerships: vec![lommel_ongwediva()],
        }
    }

    #[test]
    fn envelope_round_trip() {
        let w = sample();
        let json = to_json(&w.partnerships, 7, Some("2026-11-22T12:00:00Z"));
        let v: Value = serde_json::from_str(&json).unwrap();
        assert_eq!(v["format"], "sdg-circle");
        assert_eq!(v["version"], 1);
        assert_eq!(v["exported_at"], "2026-11-22T12:00:00Z");
        assert_eq!(v["app_version"], APP_VERSION);
        let restored = restore(&json).unwrap();
        assert_eq!(
            restored,
            Restored {
                workspace: w,
                revision: 7,
                from_version: 1,
                dropped: vec![]
            }
        );
    }

    #[test]
    fn rejects_what_is_not_ours() {
        assert_eq!(restore(""), Err(RestoreError::Empty));
        assert!(matches!(
            restore("{\"format\": \"sdg-c"),
            Err(RestoreError::NotJson { .. })
        ));
        assert_eq!(restore("[1,2]"), Err(RestoreError::NotSdgCircle));
        assert_eq!(
            restore(r#"{"type":"excalidraw","version":2}"#),
            Err(RestoreError::NotSdgCircle)
        );
        assert_eq!(
            restore(r#"{"format":"sdg-circle"}"#),
            Err(RestoreError::BadVersion)
        );
        assert_eq!(
            restore(r#"{"format":"sdg-circle","version":"1"}"#),
            Err(RestoreError::BadVersion)
        );
    }

    #[test]
    fn refuses_a_newer_version() {
        let text = r#"{"format":"sdg-circle","version":2,"partnerships":[]}"#;
        assert_eq!(restore(text), Err(RestoreError::FutureVersion { found: 2 }));
    }

    #[test]
    fn refuses_oversized_text_before_parsing() {
        let text = " ".repeat(MAX_FILE_BYTES + 1);
        assert_eq!(
            restore(&text),
            Err(RestoreError::TooLarge {
                bytes: MAX_FILE_BYTES + 1
            })
        );
    }

    #[test]
    fn salvages_valid_partnerships_and_says_what_was_dropped() {
        let mut v: Value = serde_json::from_str(&to_json(&sample().partnerships, 0, None)).unwrap();
        let good = v["partnerships"][0].clone();
        let mut bad = good.clone();
        bad["id"] = "other".into();
        bad["partners"] = Value::Array(vec![]);
        let mut long = good.clone();
        long["id"] = "long".into();
        long["name"] = "x".repeat(MAX_STRING_CHARS + 1).into();
        v["partnerships"] = Value::Array(vec![good.clone(), bad, good, long, Value::Null]);
        let restored = restore(&v.to_string()).unwrap();
        assert_eq!(restored.workspace, sample());
        let positions: Vec<usize> = restored.dropped.iter().map(|d| d.position).collect();
        assert_eq!(positions, [2, 3, 4, 5]);
        assert_eq!(
            restored.dropped[0].name.as_deref(),
            Some("Lommel – Ongwediva")
        );
        assert!(restored.dropped[1].reason.contains("twice"));
    }

    #[test]
    fn drops_unknown_fields() {
        let text = r#"{"format":"sdg-circle","version":1,"extra":{"a":1},"partnerships":[]}"#;
        assert_eq!(restore(text).unwrap().workspace, Workspace::default());
    }

    #[test]
    fn deep_nesting_is_an_error_not_a_crash() {
        let deep = format!("{}{}", "[".repeat(100_000), "]".repeat(100_000));
        let text = format!(r#"{{"format":"sdg-circle","version":1,"partnerships":{deep}}}"#);
        assert!(matches!(restore(&text), Err(RestoreError::NotJson { .. })));
    }

    #[test]
    fn exports_carry_results_that_import_ignores() {
        let text = include_str!("../../tests/fixtures/v1-full.json");
        let restored = restore(text).unwrap();
        assert!(restored.dropped.is_empty(), "{:?}", restored.dropped);
        let exported = to_export_json(&restored.workspace.partnerships, 1, "2026-11-22T12:00:00Z");
        let v: Value = serde_json::from_str(&exported).unwrap();
        let results = &v["partnerships"][0]["results"];
        assert_eq!(
            results["boards"][0]["gaps"],
            serde_json::json!([5, 6, 7, 12, 14])
        );
        let matches = results["rounds"][0]["matches"].as_array().unwrap();
        assert!(matches.contains(
            &serde_json::json!({"goal": 6, "kind": "peer_learning", "from": "a", "to": "b"})
        ));
        assert!(matches.contains(&serde_json::json!({"goal": 13, "kind": "joint_learning"})));
        // Forged results are not trusted: they are recomputed, not read.
        let mut forged = v.clone();
        forged["partnerships"][0]["results"]["boards"][0]["gaps"] = serde_json::json!([1]);
        let again = restore(&forged.to_string()).unwrap();
        assert_eq!(again.workspace, restored.workspace);
    }

    #[test]
    fn version_1_fixture_still_restores() {
        let text = include_str!("../../tests/fixtures/v1-workspace.json");
        let restored = restore(text).unwrap();
        assert_eq!(restored.from_version, 1);
        assert!(restored.dropped.is_empty());
        assert_eq!(restored.workspace.partnerships[0].b.name, "Ongwediva");
    }
}
