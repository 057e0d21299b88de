//! The versioned envelope around a workspace, and the one path by which any
//! stored or imported text becomes a workspace again: size, parse, check the
//! envelope, migrate, then validate each partnership, keeping the valid ones
//! and saying, as typed problems, what was left out and why.
//!
//! ```json
//! {"format": "sdg-circle", "version": 1, "exported_at": "…", "app_version": "…",
//!  "revision": 3, "partnerships": [ … ]}
//! ```

mod diagnose;
mod envelope;
mod limits;
pub mod lookalike;
mod migrations;
pub mod problem;

use super::partnership::Partnership;
use super::workspace::Workspace;
use envelope::{read_envelope, Envelope, Field};
pub use envelope::{to_export_json, to_json};
pub use limits::JSON_DEPTH;
pub use lookalike::Lookalike;
pub use problem::{Allowed, Found, Part, PartnerRef, Place, Problem, ProblemKind};

pub const FORMAT: &str = "sdg-circle";
/// Bump with every change to the format, and add a migration from the previous one.
pub const CURRENT_VERSION: u64 = 4;
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
/// message in every UI language; only `NotJson` carries a parser's words, for
/// the technical details.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum RestoreError {
    Empty,
    TooLarge {
        bytes: usize,
    },
    /// Not JSON; what it seems to be instead, when its first bytes say.
    NotJson {
        looks_like: Option<Lookalike>,
        detail: String,
    },
    /// JSON, but not an SDG Circle file.
    NotSdgCircle {
        looks_like: Option<Lookalike>,
    },
    FutureVersion {
        found: u64,
    },
    /// The version is missing, or not a whole number from 1.
    BadVersion {
        found: Found,
    },
    /// The list of partnerships is missing, or is not a list.
    NoPartnerships {
        found: Found,
    },
    TooManyPartnerships {
        count: usize,
    },
    /// Nested deeper than a JSON reader follows.
    TooDeep {
        max: usize,
    },
}

impl std::fmt::Display for RestoreError {
    /// The technical words, for "technical details".
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            RestoreError::Empty => f.write_str("empty"),
            RestoreError::TooLarge { bytes } => write!(f, "{bytes} bytes, over {MAX_FILE_BYTES}"),
            RestoreError::NotJson { detail, .. } => write!(f, "not JSON: {detail}"),
            RestoreError::NotSdgCircle { .. } => f.write_str("no \"format\": \"sdg-circle\""),
            RestoreError::FutureVersion { found } => {
                write!(f, "format version {found}, newer than {CURRENT_VERSION}")
            }
            RestoreError::BadVersion { .. } => f.write_str("no valid \"version\""),
            RestoreError::NoPartnerships { .. } => f.write_str("no \"partnerships\" list"),
            RestoreError::TooManyPartnerships { count } => write!(f, "{count} partnerships"),
            RestoreError::TooDeep { max } => write!(f, "nested deeper than {max}"),
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
    pub problem: Problem,
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

/// The one restore path, for localStorage and imported files alike.
///
/// The text is parsed once, into the envelope fields restore reads and one
/// unparsed slice per partnership; each partnership is then checked against
/// the limits and parsed straight into its type, so a bad one is left out
/// without spoiling the others, and no `serde_json::Value` tree is ever built
/// (but for a partnership that is left out, to say where it went wrong).
pub fn restore(text: &str) -> Result<Restored, RestoreError> {
    if text.len() > MAX_FILE_BYTES {
        return Err(RestoreError::TooLarge { bytes: text.len() });
    }
    // Notepad and other Windows editors save JSON with a byte order mark,
    // which JSON readers may skip (RFC 8259, section 8.1).
    let text = text.strip_prefix("\u{feff}").unwrap_or(text);
    if text.trim().is_empty() {
        return Err(RestoreError::Empty);
    }
    let top = read_envelope(text).map_err(|e| {
        if limits::nests_too_deep(text) {
            RestoreError::TooDeep { max: JSON_DEPTH }
        } else {
            RestoreError::NotJson {
                looks_like: lookalike::of_text(text),
                detail: e.to_string(),
            }
        }
    })?;
    let Field::Envelope(envelope) = top else {
        return Err(RestoreError::NotSdgCircle { looks_like: None });
    };
    let Envelope {
        format,
        kind,
        version,
        revision,
        partnerships,
    } = *envelope;
    match format {
        Field::Str(f) if f == FORMAT => {}
        other => {
            let says = [other, kind].into_iter().find_map(|f| match f {
                Field::Str(s) if !s.trim().is_empty() => Some(s.chars().take(40).collect()),
                _ => None,
            });
            return Err(RestoreError::NotSdgCircle {
                looks_like: Some(Lookalike::OtherApp { says }),
            });
        }
    }
    let from_version = match version {
        Field::U64(v) if v > CURRENT_VERSION => {
            return Err(RestoreError::FutureVersion { found: v })
        }
        Field::U64(v) if v > 0 => v,
        other => {
            return Err(RestoreError::BadVersion {
                found: other.found(),
            })
        }
    };
    let revision = match revision {
        Field::U64(r) => r,
        _ => 0,
    };
    let items = match partnerships {
        Field::List(items) => items,
        other => {
            return Err(RestoreError::NoPartnerships {
                found: other.found(),
            })
        }
    };
    if items.len() > MAX_LIST_LEN {
        return Err(RestoreError::TooManyPartnerships { count: items.len() });
    }
    // Every partnership is scanned before any is kept: nesting too deep for a
    // JSON parser refuses the whole file, as it did when the file was one tree.
    let shapes = items
        .iter()
        .map(|item| limits::shape(item.get()))
        .collect::<Result<Vec<_>, _>>()?;
    let mut workspace = Workspace::default();
    let mut dropped = Vec::new();
    for (i, (item, over_limit)) in items.into_iter().zip(shapes).enumerate() {
        let outcome = match over_limit {
            Some(kind) => Err(Box::new(Problem::whole(kind))),
            None => migrate(item.get(), from_version),
        }
        .and_then(|p| {
            if workspace.contains(&p.id) {
                Err(Box::new(Problem::whole(ProblemKind::IdTwice {
                    id: p.id.to_string(),
                })))
            } else {
                Ok(p)
            }
        });
        match outcome {
            Ok(p) => {
                workspace.add(p);
            }
            Err(problem) => dropped.push(Dropped {
                position: i + 1,
                name: name_of(item.get()),
                problem: *problem,
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

/// Reads one partnership written in format `version` as the current type;
/// `diagnose` reads a rejected one to say why.
// Boxed: a problem is large and rare, a partnership's result is not.
fn migrate(text: &str, version: u64) -> Result<Partnership, Box<Problem>> {
    migrations::read(text, version).ok_or_else(|| Box::new(diagnose::diagnose(text)))
}

/// The name of a partnership that was left out, when it has a readable one.
fn name_of(text: &str) -> Option<String> {
    #[derive(serde::Deserialize)]
    struct Named {
        name: Option<String>,
    }
    let named: Named = serde_json::from_str(text).ok()?;
    let name = named.name?;
    let name = name.trim();
    let mut shown: String = name.chars().take(Found::TEXT_SHOWN).collect();
    if shown.len() < name.len() {
        shown.push('…');
    }
    (!shown.is_empty()).then_some(shown)
}

#[cfg(test)]
mod tests;
