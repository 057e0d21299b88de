//! A partnership's indicators as the partnership carries them: their
//! canonical JSON, as `consultation::Consultations` does and for the same
//! reason. The store, autosave, undo and every page's memo clone and compare
//! a partnership whole in the first load's code; a text does so with code
//! the app has anyway, where the nested follow-ups (and their floats, which
//! are not `Eq`) would each bring their own.

use super::Indicator;
use serde::ser::SerializeSeq;
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use serde_json::value::RawValue;

/// Empty for none, as a new partnership has.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Indicators(String);

impl Indicators {
    pub fn new(list: &[Indicator]) -> Indicators {
        if list.is_empty() {
            return Indicators::default();
        }
        // Finite numbers, strings and lists only: writing them cannot fail.
        Indicators(serde_json::to_string(list).unwrap_or_default())
    }

    /// The typed list; written by `new` from checked values, so it reads
    /// back; were it ever not to, it reads as none, never a panic.
    pub fn list(&self) -> Vec<Indicator> {
        if self.is_empty() {
            return Vec::new();
        }
        serde_json::from_str(&self.0).unwrap_or_default()
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// Changes the list in place of a copy, and keeps the result.
    pub fn edit<R>(&mut self, f: impl FnOnce(&mut Vec<Indicator>) -> R) -> R {
        let mut list = self.list();
        let result = f(&mut list);
        *self = Indicators::new(&list);
        result
    }
}

impl From<Vec<Indicator>> for Indicators {
    fn from(list: Vec<Indicator>) -> Indicators {
        Indicators::new(&list)
    }
}

impl Serialize for Indicators {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        // An empty list written as such, not as a list of indicators: the
        // save path then never names the indicators' own serialisers.
        match RawValue::from_string(self.0.clone()) {
            Ok(raw) if !self.is_empty() => raw.serialize(s),
            _ => s.serialize_seq(Some(0))?.end(),
        }
    }
}

impl<'de> Deserialize<'de> for Indicators {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        // The list's own rules (how many, ids once) are the partnership's.
        Vec::<Indicator>::deserialize(d).map(Indicators::from)
    }
}
