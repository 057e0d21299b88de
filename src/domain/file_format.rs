//! The versioned envelope around a workspace, and the one path by which any
//! stored or imported text becomes a workspace again: parse, check the
//! envelope, migrate, validate.
//!
//! ```json
//! {"format": "sdg-circle", "version": 1, "exported_at": "…", "app_version": "…",
//!  "revision": 3, "partnerships": [ … ]}
//! ```

use super::workspace::Workspace;
use serde::{Deserialize, Serialize};
use serde_json::Value;

pub const FORMAT: &str = "sdg-circle";
/// Bump with every change to the format, and add a migration from the previous one.
pub const CURRENT_VERSION: u64 = 1;
pub const APP_VERSION: &str = env!("CARGO_PKG_VERSION");

/// Why a text could not become a workspace. Each kind has its own message in
/// every UI language; `detail` carries the technical part for the curious.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum RestoreError {
    Empty,
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

/// A restored workspace and what the envelope said about it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Restored {
    pub workspace: Workspace,
    /// Save counter of the writer, so two tabs can tell newer data from older.
    pub revision: u64,
    /// The format version the text was written in (before migration).
    pub from_version: u64,
}

#[derive(Serialize)]
struct EnvelopeOut<'a> {
    format: &'static str,
    version: u64,
    #[serde(skip_serializing_if = "Option::is_none")]
    exported_at: Option<&'a str>,
    app_version: &'static str,
    revision: u64,
    #[serde(flatten)]
    workspace: &'a Workspace,
}

/// Writes the workspace inside the current envelope.
pub fn to_json(workspace: &Workspace, revision: u64, exported_at: Option<&str>) -> String {
    let envelope = EnvelopeOut {
        format: FORMAT,
        version: CURRENT_VERSION,
        exported_at,
        app_version: APP_VERSION,
        revision,
        workspace,
    };
    // Serialising plain structs with string keys cannot fail.
    serde_json::to_string(&envelope).unwrap_or_default()
}

#[derive(Deserialize)]
struct EnvelopeIn {
    #[serde(default)]
    revision: u64,
    #[serde(flatten)]
    workspace: Workspace,
}

/// The one restore path, for localStorage and imported files alike.
pub fn restore(text: &str) -> Result<Restored, RestoreError> {
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
    let from_version = obj
        .get("version")
        .and_then(Value::as_u64)
        .ok_or(RestoreError::BadVersion)?;
    if from_version == 0 {
        return Err(RestoreError::BadVersion);
    }
    if from_version > CURRENT_VERSION {
        return Err(RestoreError::FutureVersion {
            found: from_version,
        });
    }
    let value = migrate(value, from_version)?;
    let envelope: EnvelopeIn =
        serde_json::from_value(value).map_err(|e| RestoreError::Invalid {
            detail: e.to_string(),
        })?;
    if !envelope.workspace.ids_are_unique() {
        return Err(RestoreError::Invalid {
            detail: "two partnerships share an id".into(),
        });
    }
    Ok(Restored {
        workspace: envelope.workspace,
        revision: envelope.revision,
        from_version,
    })
}

/// Brings a document of `version` up to [`CURRENT_VERSION`], one step at a time.
/// Each step is a function from version N to N+1 with a fixture test.
fn migrate(value: Value, version: u64) -> Result<Value, RestoreError> {
    // Version 1 is the first; later steps go here as `2 => from_v1(value)`, etc.
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
        let json = to_json(&w, 7, Some("2026-11-22T12:00:00Z"));
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
                from_version: 1
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
    fn rejects_duplicate_ids_and_bad_partnerships() {
        let mut w = sample();
        w.partnerships.push(lommel_ongwediva());
        assert!(matches!(
            restore(&to_json(&w, 0, None)),
            Err(RestoreError::Invalid { .. })
        ));
        let text = r#"{"format":"sdg-circle","version":1,"partnerships":[{"id":"x","name":"n","partners":[]}]}"#;
        assert!(matches!(restore(text), Err(RestoreError::Invalid { .. })));
    }

    #[test]
    fn drops_unknown_fields() {
        let text = r#"{"format":"sdg-circle","version":1,"extra":{"a":1},"partnerships":[]}"#;
        assert_eq!(restore(text).unwrap().workspace, Workspace::default());
    }

    #[test]
    fn version_1_fixture_still_restores() {
        let text = include_str!("../../tests/fixtures/v1-workspace.json");
        let restored = restore(text).unwrap();
        assert_eq!(restored.from_version, 1);
        assert_eq!(restored.workspace.partnerships[0].b.name, "Ongwediva");
    }
}
