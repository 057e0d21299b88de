//! A JSON value as its slice of the text, read only as far as asked: no tree
//! is built, and each read uses a reader the format already has.

use super::super::problem::{Found, Step};
use serde::de::DeserializeOwned;
use serde_json::value::RawValue;
use std::collections::BTreeMap;

/// A JSON value as its slice of the text, read only as far as asked.
#[derive(Clone, Copy, Debug)]
pub(super) struct Json<'a>(pub(super) &'a str);

impl<'a> Json<'a> {
    /// The fields of an object, or `None` if it is not one. A key given twice
    /// counts the last time, as in a JSON object.
    pub(super) fn entries(self) -> Option<BTreeMap<String, Json<'a>>> {
        let map: BTreeMap<String, &'a RawValue> = serde_json::from_str(self.0).ok()?;
        Some(map.into_iter().map(|(k, v)| (k, Json(v.get()))).collect())
    }

    pub(super) fn items(self) -> Option<Vec<Json<'a>>> {
        let items: Vec<&'a RawValue> = serde_json::from_str(self.0).ok()?;
        Some(items.into_iter().map(|v| Json(v.get())).collect())
    }

    pub(super) fn get(self, key: &str) -> Option<Json<'a>> {
        self.entries()?.remove(key)
    }

    pub(super) fn at(self, index: usize) -> Option<Json<'a>> {
        self.items()?.into_iter().nth(index)
    }

    pub(super) fn step(self, step: &Step) -> Option<Json<'a>> {
        match step {
            Step::Key(k) => self.get(k),
            Step::Index(i) => self.at(*i),
        }
    }

    pub(super) fn reads<T: DeserializeOwned>(self) -> bool {
        serde_json::from_str::<T>(self.0).is_ok()
    }

    pub(super) fn read<T: DeserializeOwned>(self) -> Option<T> {
        serde_json::from_str(self.0).ok()
    }

    /// A text of the file, trimmed and cut for a message; `None` if empty or not text.
    pub(super) fn text(self) -> Option<String> {
        let s = self.read::<String>()?;
        let s = s.trim();
        (!s.is_empty()).then(|| s.chars().take(Found::TEXT_SHOWN).collect())
    }

    pub(super) fn found(self) -> Found {
        match self.0.trim_start().as_bytes().first() {
            Some(b'"') => self
                .read::<String>()
                .map_or(Found::Nothing, |s| Found::text(&s)),
            Some(b'[') => Found::List,
            Some(b'{') => Found::Fields,
            Some(b't') => Found::YesNo(true),
            Some(b'f') => Found::YesNo(false),
            Some(b'n') | None => Found::Nothing,
            Some(_) => Found::Number(self.0.trim().chars().take(Found::TEXT_SHOWN).collect()),
        }
    }
}
