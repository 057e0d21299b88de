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
use serde::de::{self, Deserializer, IgnoredAny, MapAccess, SeqAccess, Visitor};
use serde::{Deserialize, Serialize};
use serde_json::value::RawValue;

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
///
/// The text is parsed once, into the envelope fields restore reads and one
/// unparsed slice per partnership; each partnership is then checked against
/// the limits and parsed straight into its type, so a bad one is left out
/// without spoiling the others, and no `serde_json::Value` tree is ever built.
pub fn restore(text: &str) -> Result<Restored, RestoreError> {
    if text.len() > MAX_FILE_BYTES {
        return Err(RestoreError::TooLarge { bytes: text.len() });
    }
    if text.trim().is_empty() {
        return Err(RestoreError::Empty);
    }
    let Field::Envelope(envelope) = read_envelope(text).map_err(not_json)? else {
        return Err(RestoreError::NotSdgCircle);
    };
    let Envelope {
        format,
        version,
        revision,
        partnerships,
    } = *envelope;
    if !matches!(&format, Field::Str(f) if f == FORMAT) {
        return Err(RestoreError::NotSdgCircle);
    }
    let from_version = match version {
        Field::U64(v) if v > CURRENT_VERSION => {
            return Err(RestoreError::FutureVersion { found: v })
        }
        Field::U64(v) if v > 0 => v,
        _ => return Err(RestoreError::BadVersion),
    };
    let revision = match revision {
        Field::U64(r) => r,
        _ => 0,
    };
    let items = match partnerships {
        Field::List(items) => items,
        Field::Missing => return Err(invalid("no `partnerships` list")),
        _ => return Err(invalid("`partnerships` is not a list")),
    };
    if items.len() > MAX_LIST_LEN {
        return Err(invalid("too many partnerships"));
    }
    // Every partnership is scanned before any is kept: nesting too deep for a
    // JSON parser refuses the whole file, as it did when the file was one tree.
    let shapes = items
        .iter()
        .map(|item| shape(item.get()))
        .collect::<Result<Vec<_>, _>>()?;
    let mut workspace = Workspace::default();
    let mut dropped = Vec::new();
    for (i, (item, problem)) in items.into_iter().zip(shapes).enumerate() {
        let outcome = match problem {
            Some(problem) => Err(problem),
            None => migrate(item.get(), from_version),
        }
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
                name: name_of(item.get()),
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

fn not_json(e: serde_json::Error) -> RestoreError {
    RestoreError::NotJson {
        detail: e.to_string(),
    }
}

/// Reads one partnership written in format `version` as the current type.
/// Each later version adds a step here: parse the old wire type, convert it
/// (`2 => from_str::<v2::Wire>(text).map(Partnership::from)`), with a fixture test.
fn migrate(text: &str, version: u64) -> Result<Partnership, String> {
    // Version 1 is the first and the current one.
    debug_assert!(version <= CURRENT_VERSION);
    serde_json::from_str::<Partnership>(text).map_err(|e| e.to_string())
}

/// The name of a partnership that was left out, when it has a readable one.
fn name_of(text: &str) -> Option<String> {
    #[derive(serde::Deserialize)]
    struct Named {
        name: Option<String>,
    }
    let named: Named = serde_json::from_str(text).ok()?;
    named.name.map(|n| n.chars().take(120).collect())
}

/// How deep serde_json's parser nests before it gives up; a partnership sits
/// two levels down (the envelope, its list).
const PARSER_DEPTH: usize = 128 - 2;

/// The limits no valid partnership comes near (overlong text, huge lists, deep
/// nesting), checked on its JSON text in one pass without building anything.
/// `Ok(Some(why))` leaves this partnership out; `Err` refuses the whole file
/// (nesting a JSON parser would not follow). The text is valid JSON: serde_json
/// read it to find where it ends.
fn shape(text: &str) -> Result<Option<String>, RestoreError> {
    let bytes = text.as_bytes();
    let mut problem: Option<String> = None;
    let mut note = |why: String| {
        problem.get_or_insert(why);
    };
    // One entry per open container: the entries so far of a list, `None` for an object.
    let mut open: Vec<Option<usize>> = Vec::new();
    // Inside an object, whether the next string is a key (keys have no limit).
    let mut key_next = false;
    let mut i = 0;
    while let Some(&b) = bytes.get(i) {
        match b {
            b' ' | b'\t' | b'\n' | b'\r' | b':' => {
                i += 1;
                continue;
            }
            b',' => {
                key_next = matches!(open.last(), Some(None));
                i += 1;
                continue;
            }
            b']' | b'}' => {
                open.pop();
                key_next = false;
                i += 1;
                continue;
            }
            b'"' if key_next => {
                i = string_end(bytes, i).1;
                key_next = false;
                continue;
            }
            _ => {}
        }
        // A value, `open.len()` levels into the partnership.
        if open.len() > MAX_DEPTH {
            note("nested too deeply".into());
        }
        if let Some(Some(entries)) = open.last_mut() {
            *entries += 1;
            if *entries == MAX_LIST_LEN + 1 {
                note("a list is too long".into());
            }
        }
        match b {
            b'"' => {
                let (chars, end) = string_end(bytes, i);
                if chars > MAX_STRING_CHARS {
                    note(format!(
                        "a text is longer than {MAX_STRING_CHARS} characters"
                    ));
                }
                i = end;
            }
            b'[' | b'{' => {
                if open.len() + 1 >= PARSER_DEPTH {
                    return Err(RestoreError::NotJson {
                        detail: "recursion limit exceeded".into(),
                    });
                }
                open.push((b == b'[').then_some(0));
                key_next = b == b'{';
                i += 1;
            }
            // A number, `true`, `false` or `null`: up to the next delimiter.
            _ => {
                while bytes.get(i).is_some_and(|c| {
                    !matches!(c, b',' | b']' | b'}' | b' ' | b'\t' | b'\n' | b'\r')
                }) {
                    i += 1;
                }
            }
        }
    }
    Ok(problem)
}

/// For the string that opens at `start`: its length in characters once
/// unescaped, and the index just past its closing quote.
fn string_end(bytes: &[u8], start: usize) -> (usize, usize) {
    let mut i = start + 1;
    while let Some(&b) = bytes.get(i) {
        match b {
            b'"' => break,
            b'\\' => i += 2,
            _ => i += 1,
        }
    }
    let body = bytes.get(start + 1..i).unwrap_or_default();
    // Never more characters than bytes: most strings need no counting.
    let chars = if body.len() <= MAX_STRING_CHARS {
        body.len()
    } else {
        unescaped_chars(body)
    };
    (chars, i + 1)
}

fn unescaped_chars(body: &[u8]) -> usize {
    let mut chars = 0;
    let mut i = 0;
    while let Some(&b) = body.get(i) {
        match b {
            b'\\' if body.get(i + 1) == Some(&b'u') => {
                // A surrogate pair is two escapes for one character.
                let high_surrogate = body
                    .get(i + 2..i + 6)
                    .and_then(|h| std::str::from_utf8(h).ok())
                    .and_then(|h| u16::from_str_radix(h, 16).ok())
                    .is_some_and(|u| (0xD800..0xDC00).contains(&u));
                chars += usize::from(!high_surrogate);
                i += 6;
            }
            b'\\' => {
                chars += 1;
                i += 2;
            }
            // UTF-8 continuation bytes are not characters of their own.
            _ => {
                chars += usize::from(b & 0xC0 != 0x80);
                i += 1;
            }
        }
    }
    chars
}

/// A JSON value as restore reads the envelope: each field taken as leniently
/// as before (a wrong type is a clear error later, not a parse failure), and
/// the partnerships as unparsed slices of the text.
#[derive(Default)]
enum Field<'a> {
    #[default]
    Missing,
    U64(u64),
    Str(String),
    /// A list, its entries unparsed.
    List(Vec<&'a RawValue>),
    /// The top-level object.
    Envelope(Box<Envelope<'a>>),
    Other,
}

#[derive(Default)]
struct Envelope<'a> {
    format: Field<'a>,
    version: Field<'a>,
    revision: Field<'a>,
    partnerships: Field<'a>,
}

/// Reads the whole text (so a syntax error anywhere says "not JSON" before
/// anything says "not ours") into a [`Field`], an object as the envelope.
fn read_envelope(text: &str) -> Result<Field<'_>, serde_json::Error> {
    let mut de = serde_json::Deserializer::from_str(text);
    let top = de.deserialize_any(FieldVisitor { envelope: true })?;
    de.end()?;
    Ok(top)
}

impl<'de> Deserialize<'de> for Field<'de> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_any(FieldVisitor { envelope: false })
    }
}

/// `envelope`: whether an object here is the envelope (the top level) or a
/// value restore does not look into.
struct FieldVisitor {
    envelope: bool,
}

impl<'de> Visitor<'de> for FieldVisitor {
    type Value = Field<'de>;
    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("any JSON value")
    }
    fn visit_u64<E: de::Error>(self, v: u64) -> Result<Self::Value, E> {
        Ok(Field::U64(v))
    }
    fn visit_str<E: de::Error>(self, v: &str) -> Result<Self::Value, E> {
        Ok(Field::Str(v.to_owned()))
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Self::Value, A::Error> {
        let mut items = Vec::new();
        while let Some(item) = seq.next_element::<&'de RawValue>()? {
            items.push(item);
        }
        Ok(Field::List(items))
    }
    fn visit_bool<E: de::Error>(self, _: bool) -> Result<Self::Value, E> {
        Ok(Field::Other)
    }
    fn visit_i64<E: de::Error>(self, _: i64) -> Result<Self::Value, E> {
        Ok(Field::Other)
    }
    fn visit_f64<E: de::Error>(self, _: f64) -> Result<Self::Value, E> {
        Ok(Field::Other)
    }
    fn visit_unit<E: de::Error>(self) -> Result<Self::Value, E> {
        Ok(Field::Other)
    }
    // A key given twice counts once, the last time (as in a JSON object).
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
        if !self.envelope {
            while map.next_entry::<IgnoredAny, IgnoredAny>()?.is_some() {}
            return Ok(Field::Other);
        }
        let mut envelope = Envelope::default();
        while let Some(key) = map.next_key::<std::borrow::Cow<'de, str>>()? {
            let slot = match &*key {
                "format" => &mut envelope.format,
                "version" => &mut envelope.version,
                "revision" => &mut envelope.revision,
                "partnerships" => &mut envelope.partnerships,
                _ => {
                    map.next_value::<IgnoredAny>()?;
                    continue;
                }
            };
            *slot = map.next_value()?;
        }
        Ok(Field::Envelope(Box::new(envelope)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::partnership::tests::lommel_ongwediva;
    use serde_json::Value;

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

    /// The checks as they were made on a parsed tree: the reference the
    /// one-pass scan must agree with.
    fn tree_shape(value: &Value, depth: usize) -> Option<String> {
        if depth > MAX_DEPTH {
            return Some("nested too deeply".into());
        }
        match value {
            Value::String(s) if s.chars().count() > MAX_STRING_CHARS => Some(format!(
                "a text is longer than {MAX_STRING_CHARS} characters"
            )),
            Value::Array(items) if items.len() > MAX_LIST_LEN => Some("a list is too long".into()),
            Value::Array(items) => items.iter().find_map(|v| tree_shape(v, depth + 1)),
            Value::Object(map) => map.values().find_map(|v| tree_shape(v, depth + 1)),
            _ => None,
        }
    }

    fn nested(levels: usize, inner: &str) -> String {
        format!("{}{inner}{}", "[".repeat(levels), "]".repeat(levels))
    }

    #[test]
    fn the_scan_agrees_with_the_tree_on_every_limit() {
        let text = |chars: &str, n: usize| format!("\"{}\"", chars.repeat(n));
        let mut cases = vec![
            // Depth: the partnership itself is level 0.
            nested(MAX_DEPTH, "1"),
            nested(MAX_DEPTH + 1, "1"),
            nested(MAX_DEPTH, "[]"),
            nested(MAX_DEPTH, "{}"),
            format!("{{\"a\":{}}}", nested(MAX_DEPTH - 1, "{\"b\":[]}")),
            format!("{{\"a\":{}}}", nested(MAX_DEPTH - 1, "{\"b\":[1]}")),
            // Lists.
            format!("[{}]", ["0"; MAX_LIST_LEN].join(",")),
            format!("[{}]", ["0"; MAX_LIST_LEN + 1].join(", ")),
            format!("{{\"k\":[{}]}}", ["{}"; MAX_LIST_LEN + 1].join(",")),
            // Text, counted in characters once unescaped; keys have no limit.
            text("a", MAX_STRING_CHARS),
            text("a", MAX_STRING_CHARS + 1),
            text("é", MAX_STRING_CHARS),
            text("é", MAX_STRING_CHARS + 1),
            text("\\u00e9", MAX_STRING_CHARS),
            text("\\u00e9", MAX_STRING_CHARS + 1),
            text("\\ud83c\\udf0d", MAX_STRING_CHARS),
            text("\\ud83c\\udf0d", MAX_STRING_CHARS + 1),
            text("\\\"", MAX_STRING_CHARS + 1),
            text("\\n", MAX_STRING_CHARS),
            format!("{{{}:1}}", text("k", MAX_STRING_CHARS + 1)),
            format!(
                "{{\"a\":{{\"b\":[{}, true, null, -1.5e3]}}}}",
                text("x", MAX_STRING_CHARS + 1)
            ),
            " { \"a\" : [ 1 , \"two\" , { } ] } ".to_owned(),
        ];
        cases.push(format!("{{\"name\":\"x\",\"n\":{}}}", cases[6]));
        for case in &cases {
            let tree: Value = serde_json::from_str(case).unwrap();
            assert_eq!(
                shape(case).unwrap(),
                tree_shape(&tree, 0),
                "{}",
                case.get(..80).unwrap_or(case)
            );
        }
    }

    #[test]
    fn nesting_a_json_parser_refuses_refuses_the_file_as_before() {
        for levels in [PARSER_DEPTH - 2, PARSER_DEPTH - 1, PARSER_DEPTH, 5_000] {
            let text = format!(
                r#"{{"format":"sdg-circle","version":1,"partnerships":[{}]}}"#,
                nested(levels, "")
            );
            let parser_refuses = serde_json::from_str::<Value>(&text).is_err();
            let restored = restore(&text);
            assert_eq!(
                matches!(restored, Err(RestoreError::NotJson { .. })),
                parser_refuses,
                "{levels} levels: {restored:?}"
            );
            if !parser_refuses {
                assert_eq!(restored.unwrap().dropped[0].reason, "nested too deeply");
            }
        }
    }

    #[test]
    fn syntax_errors_anywhere_come_before_not_ours() {
        assert!(matches!(
            restore("[1, 2,"),
            Err(RestoreError::NotJson { .. })
        ));
        assert!(matches!(
            restore(r#"{"format":"other","x":[1,}"#),
            Err(RestoreError::NotJson { .. })
        ));
        assert!(matches!(
            restore(r#"{"format":"sdg-circle","version":1e400,"partnerships":[]}"#),
            Err(RestoreError::NotJson { .. })
        ));
        assert_eq!(
            restore(r#"["sdg-circle", 1, 0, []]"#),
            Err(RestoreError::NotSdgCircle)
        );
    }

    #[test]
    fn envelope_fields_are_read_as_a_json_object_reads_them() {
        // A key given twice counts the last time; escapes are unescaped.
        let text = r#"{"format":"x","format":"sdg\u002dcircle","version":1,"revision":4,
            "partnerships":{"not":"a list"},"partnerships":[]}"#;
        let restored = restore(text).unwrap();
        assert_eq!(restored.revision, 4);
        assert_eq!(
            restore(r#"{"format":"sdg-circle","version":1,"partnerships":null}"#),
            Err(invalid("`partnerships` is not a list"))
        );
        let odd_revision =
            r#"{"format":"sdg-circle","version":1,"revision":[1],"partnerships":[]}"#;
        assert_eq!(restore(odd_revision).unwrap().revision, 0);
    }

    #[test]
    fn a_dropped_partnership_is_named_when_its_name_is_text() {
        let text = |item: &str| {
            format!(r#"{{"format":"sdg-circle","version":1,"partnerships":[{item}]}}"#)
        };
        let dropped = |item: &str| restore(&text(item)).unwrap().dropped.remove(0);
        let named = dropped(r#"{"id":"p-1","name":"Gent – Matagalpa","partners":[]}"#);
        assert_eq!(named.name.as_deref(), Some("Gent – Matagalpa"));
        assert!(named.reason.contains("two partners"), "{}", named.reason);
        assert_eq!(dropped(r#"{"name":7}"#).name, None);
        assert_eq!(dropped("[1]").name, None);
        let long = dropped(&format!(r#"{{"name":"{}"}}"#, "n".repeat(500)));
        assert_eq!(long.name.map(|n| n.chars().count()), Some(120));
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
