//! A partnership's consultations as the partnership carries them: their
//! canonical JSON, made from the typed list and read back into it.
//!
//! Only the consultation pages, the report and the file format look inside.
//! Everywhere else (the store, autosave, undo, the memos of every page) a
//! partnership is cloned and compared whole, in the first load's code; as a
//! text, the consultations clone and compare with code the app has anyway,
//! where the nested places, ballots and own goals would each bring their own
//! (about 1 KB of the 150 KB first load, measured).

use super::Consultation;
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use serde_json::value::RawValue;

/// Empty for none, as a new partnership has (nothing to allocate).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Consultations(String);

impl Consultations {
    pub fn new(list: &[Consultation]) -> Consultations {
        if list.is_empty() {
            return Consultations::default();
        }
        // Strings, numbers and lists only: writing them cannot fail.
        Consultations(serde_json::to_string(list).unwrap_or_default())
    }

    /// The typed list. The text was written by `new` from checked values, so
    /// it reads back; were it ever not to, it reads as none, never a panic.
    pub fn list(&self) -> Vec<Consultation> {
        if self.is_empty() {
            return Vec::new();
        }
        serde_json::from_str(&self.0).unwrap_or_default()
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// Changes the list in place of a copy, and keeps the result.
    pub fn edit<R>(&mut self, f: impl FnOnce(&mut Vec<Consultation>) -> R) -> R {
        let mut list = self.list();
        let result = f(&mut list);
        *self = Consultations::new(&list);
        result
    }
}

impl From<Vec<Consultation>> for Consultations {
    fn from(list: Vec<Consultation>) -> Consultations {
        Consultations::new(&list)
    }
}

impl Serialize for Consultations {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match RawValue::from_string(self.0.clone()) {
            Ok(raw) if !self.is_empty() => raw.serialize(s),
            _ => Vec::<Consultation>::new().serialize(s),
        }
    }
}

impl<'de> Deserialize<'de> for Consultations {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        Vec::<Consultation>::deserialize(d).map(Consultations::from)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::consultation::tests::herent_nimlahakok;

    #[test]
    fn equal_lists_keep_equal_texts_and_edits_are_kept() {
        let c = herent_nimlahakok();
        let kept = Consultations::new(std::slice::from_ref(&c));
        let again = c.clone();
        assert_eq!(kept, Consultations::new(&[again]));
        assert_eq!(kept.list(), [c]);
        let mut edited = kept.clone();
        edited.edit(|list| list[0].places.pop());
        assert_ne!(edited, kept);
        assert_eq!(edited.list()[0].places.len(), 2);
        assert!(Consultations::default().is_empty());
        assert_eq!(Consultations::new(&[]), Consultations::default());
        assert_eq!(
            serde_json::to_string(&Consultations::default()).unwrap(),
            "[]"
        );
        // Written into a file as the list itself, and read back the same.
        let json = serde_json::to_string(&kept).unwrap();
        assert_eq!(serde_json::from_str::<Consultations>(&json).unwrap(), kept);
        assert!(json.starts_with("[{\"id\":\"c-1\""));
    }
}
