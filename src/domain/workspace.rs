//! A whole set of partnerships, as a file holds them (the running app keeps
//! them on a `Shelf`), and the draft a person fills in to start one.

use super::lang::Lang;
use super::partnership::{Partner, Partnership, PartnershipId, Side};
use super::text::{clean_line, TextError, NAME_MAX};
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Workspace {
    pub partnerships: Vec<Partnership>,
}

/// What a person fills in to start a partnership.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct PartnershipDraft {
    pub name: String,
    pub partners: [PartnerDraft; 2],
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PartnerDraft {
    pub name: String,
    pub country: String,
    pub language: Lang,
}

impl Default for PartnerDraft {
    fn default() -> Self {
        PartnerDraft {
            name: String::new(),
            country: String::new(),
            language: Lang::Nl,
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DraftField {
    Name,
    PartnerName(Side),
    PartnerCountry(Side),
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DraftError {
    pub field: DraftField,
    pub error: TextError,
}

impl PartnershipDraft {
    /// Turn the draft into a partnership, or say which field is wrong.
    /// An empty partnership name is filled from the partner names ("Lommel – Ongwediva").
    pub fn build(&self, id: PartnershipId, now: &str) -> Result<Partnership, DraftError> {
        let partner = |side: Side| {
            let d = &self.partners[side as usize];
            Partner::new(&d.name, &d.country, d.language).map_err(|error| {
                let field = match error {
                    TextError::Empty => DraftField::PartnerName(side),
                    TextError::TooLong { .. } if d.name.chars().count() > NAME_MAX => {
                        DraftField::PartnerName(side)
                    }
                    TextError::TooLong { .. } => DraftField::PartnerCountry(side),
                };
                DraftError { field, error }
            })
        };
        let a = partner(Side::A)?;
        let b = partner(Side::B)?;
        let name = match clean_line(&self.name, NAME_MAX) {
            Ok(name) => name,
            Err(TextError::Empty) => format!("{} – {}", a.name, b.name),
            Err(error) => {
                return Err(DraftError {
                    field: DraftField::Name,
                    error,
                })
            }
        };
        Ok(Partnership::new(id, name, a, b, now.to_owned()))
    }
}

impl Workspace {
    pub fn get(&self, id: &PartnershipId) -> Option<&Partnership> {
        self.partnerships.iter().find(|p| &p.id == id)
    }

    pub fn get_mut(&mut self, id: &PartnershipId) -> Option<&mut Partnership> {
        self.partnerships.iter_mut().find(|p| &p.id == id)
    }

    pub fn contains(&self, id: &PartnershipId) -> bool {
        self.get(id).is_some()
    }

    /// Adds a partnership; refuses one whose id is already taken.
    pub fn add(&mut self, p: Partnership) -> bool {
        if self.contains(&p.id) {
            return false;
        }
        self.partnerships.push(p);
        true
    }

    /// True when no two partnerships share an id.
    pub fn ids_are_unique(&self) -> bool {
        let ids: Vec<&PartnershipId> = self.partnerships.iter().map(|p| &p.id).collect();
        ids.iter().enumerate().all(|(i, id)| !ids[..i].contains(id))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::partnership::tests::lommel_ongwediva;

    fn draft() -> PartnershipDraft {
        PartnershipDraft {
            name: String::new(),
            partners: [
                PartnerDraft {
                    name: "Herent".into(),
                    country: "België".into(),
                    language: Lang::Nl,
                },
                PartnerDraft {
                    name: "Nimlaha'kok".into(),
                    country: "Guatemala".into(),
                    language: Lang::Es,
                },
            ],
        }
    }

    fn id(s: &str) -> PartnershipId {
        PartnershipId::new(s).unwrap()
    }

    #[test]
    fn draft_names_the_partnership_after_its_partners() {
        let p = draft().build(id("p1"), "2026-11-22T10:00:00Z").unwrap();
        assert_eq!(p.name, "Herent – Nimlaha'kok");
        assert_eq!(p.b.language, Lang::Es);
    }

    #[test]
    fn draft_points_at_the_missing_partner_name() {
        let mut d = draft();
        d.partners[1].name = "  ".into();
        let err = d.build(id("p1"), "").unwrap_err();
        assert_eq!(err.field, DraftField::PartnerName(Side::B));
        d.partners[1].name = "x".into();
        d.partners[1].country = "y".repeat(200);
        assert_eq!(
            d.build(id("p1"), "").unwrap_err().field,
            DraftField::PartnerCountry(Side::B)
        );
    }

    #[test]
    fn add_refuses_duplicate_ids() {
        let mut w = Workspace::default();
        assert!(w.add(lommel_ongwediva()));
        assert!(!w.add(lommel_ongwediva()));
        assert_eq!(w.partnerships.len(), 1);
        assert!(w.ids_are_unique());
        w.partnerships.push(lommel_ongwediva());
        assert!(!w.ids_are_unique());
    }
}
