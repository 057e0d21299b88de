//! The envelope around the partnerships: written with every save and export,
//! and read leniently (each field as it comes; the partnerships as unparsed
//! slices of the text, parsed one by one by `restore`).

use super::problem::Found;
use super::{APP_VERSION, CURRENT_VERSION, FORMAT};
use crate::domain::catalogue::GoalNumber;
use crate::domain::circle::gaps;
use crate::domain::index::{round_matches, Match};
use crate::domain::partnership::Partnership;
use serde::de::{self, Deserializer, IgnoredAny, MapAccess, SeqAccess, Visitor};
use serde::{Deserialize, Serialize};
use serde_json::value::RawValue;

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

/// A JSON value as restore reads the envelope: each field taken as leniently
/// as before (a wrong type is a clear error later, not a parse failure), and
/// the partnerships as unparsed slices of the text.
#[derive(Default)]
pub(super) enum Field<'a> {
    #[default]
    Missing,
    U64(u64),
    Str(String),
    /// A list, its entries unparsed.
    List(Vec<&'a RawValue>),
    /// The top-level object.
    Envelope(Box<Envelope<'a>>),
    /// Anything else, as a message names it.
    Other(Found),
}

impl Field<'_> {
    /// What the field held, for a message about it.
    pub fn found(&self) -> Found {
        match self {
            Field::Missing => Found::Missing,
            Field::U64(n) => Found::Number(n.to_string()),
            Field::Str(s) => Found::text(s),
            Field::List(_) => Found::List,
            Field::Envelope(_) => Found::Fields,
            Field::Other(found) => found.clone(),
        }
    }
}

#[derive(Default)]
pub(super) struct Envelope<'a> {
    pub format: Field<'a>,
    /// Another app's files often say what they are here (`"type": "excalidraw"`).
    pub kind: Field<'a>,
    pub version: Field<'a>,
    pub revision: Field<'a>,
    pub partnerships: Field<'a>,
}

/// Reads the whole text (so a syntax error anywhere says "not JSON" before
/// anything says "not ours") into a [`Field`], an object as the envelope.
pub(super) fn read_envelope(text: &str) -> Result<Field<'_>, serde_json::Error> {
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
    fn visit_bool<E: de::Error>(self, v: bool) -> Result<Self::Value, E> {
        Ok(Field::Other(Found::YesNo(v)))
    }
    fn visit_i64<E: de::Error>(self, v: i64) -> Result<Self::Value, E> {
        Ok(Field::Other(Found::Number(v.to_string())))
    }
    fn visit_f64<E: de::Error>(self, v: f64) -> Result<Self::Value, E> {
        Ok(Field::Other(Found::Number(v.to_string())))
    }
    fn visit_unit<E: de::Error>(self) -> Result<Self::Value, E> {
        Ok(Field::Other(Found::Nothing))
    }
    // A key given twice counts once, the last time (as in a JSON object).
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
        if !self.envelope {
            while map.next_entry::<IgnoredAny, IgnoredAny>()?.is_some() {}
            return Ok(Field::Other(Found::Fields));
        }
        let mut envelope = Envelope::default();
        while let Some(key) = map.next_key::<std::borrow::Cow<'de, str>>()? {
            let slot = match &*key {
                "format" => &mut envelope.format,
                "type" => &mut envelope.kind,
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
