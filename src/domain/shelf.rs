//! The partnerships on this device as the app holds them while it runs: each
//! one either loaded (read and parsed) or still in storage, known only by what
//! a list shows of it. Start-up reads the list alone and a partnership is read
//! when a screen needs it, so a hundred stored partnerships open as fast as one.

use super::partnership::{Partner, Partnership, PartnershipId, Side};
use super::text::{clean_line, TextError, NAME_MAX};
use super::workspace::Workspace;

/// What a list of partnerships shows of one: enough for the home page, the
/// header and the language choice, without its boards and rounds.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Summary {
    pub id: PartnershipId,
    pub name: String,
    pub a: Partner,
    pub b: Partner,
}

impl Summary {
    pub fn of(p: &Partnership) -> Summary {
        Summary {
            id: p.id.clone(),
            name: p.name.clone(),
            a: p.a.clone(),
            b: p.b.clone(),
        }
    }

    pub fn languages(&self) -> Vec<super::Lang> {
        super::partnership::languages(&self.a, &self.b)
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
enum Slot {
    Loaded(Partnership),
    Stored(Summary),
}

impl Slot {
    fn id(&self) -> &PartnershipId {
        match self {
            Slot::Loaded(p) => &p.id,
            Slot::Stored(s) => &s.id,
        }
    }

    fn summary(&self) -> Summary {
        match self {
            Slot::Loaded(p) => Summary::of(p),
            Slot::Stored(s) => s.clone(),
        }
    }
}

/// The partnerships in their order (oldest first), loaded or not.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Shelf {
    slots: Vec<Slot>,
}

impl From<Workspace> for Shelf {
    fn from(w: Workspace) -> Shelf {
        Shelf {
            slots: w.partnerships.into_iter().map(Slot::Loaded).collect(),
        }
    }
}

impl Shelf {
    /// A shelf of stored partnerships, as the stored list names them; a
    /// repeated id is kept once.
    pub fn stored(summaries: Vec<Summary>) -> Shelf {
        let mut shelf = Shelf::default();
        for s in summaries {
            if !shelf.contains(&s.id) {
                shelf.slots.push(Slot::Stored(s));
            }
        }
        shelf
    }

    pub fn len(&self) -> usize {
        self.slots.len()
    }

    pub fn is_empty(&self) -> bool {
        self.slots.is_empty()
    }

    pub fn ids(&self) -> impl Iterator<Item = &PartnershipId> {
        self.slots.iter().map(Slot::id)
    }

    /// What a list shows of every partnership, in order.
    pub fn summaries(&self) -> Vec<Summary> {
        self.slots.iter().map(Slot::summary).collect()
    }

    pub fn summary(&self, id: &PartnershipId) -> Option<Summary> {
        self.slot(id).map(Slot::summary)
    }

    /// The summaries at `positions` (out of range ones are skipped).
    pub fn summaries_at(&self, positions: impl Iterator<Item = usize>) -> Vec<Summary> {
        positions
            .filter_map(|i| self.slots.get(i).map(Slot::summary))
            .collect()
    }

    fn slot(&self, id: &PartnershipId) -> Option<&Slot> {
        self.slots.iter().find(|s| s.id() == id)
    }

    pub fn position(&self, id: &PartnershipId) -> Option<usize> {
        self.slots.iter().position(|s| s.id() == id)
    }

    pub fn contains(&self, id: &PartnershipId) -> bool {
        self.slot(id).is_some()
    }

    /// A loaded partnership; `None` while it is only stored (see [`Shelf::fill`]).
    pub fn get(&self, id: &PartnershipId) -> Option<&Partnership> {
        match self.slot(id)? {
            Slot::Loaded(p) => Some(p),
            Slot::Stored(_) => None,
        }
    }

    pub fn get_mut(&mut self, id: &PartnershipId) -> Option<&mut Partnership> {
        self.slots.iter_mut().find_map(|s| match s {
            Slot::Loaded(p) if &p.id == id => Some(p),
            _ => None,
        })
    }

    /// True when `id` is on the shelf but has not been read yet.
    pub fn is_stored(&self, id: &PartnershipId) -> bool {
        matches!(self.slot(id), Some(Slot::Stored(_)))
    }

    pub fn stored_ids(&self) -> Vec<PartnershipId> {
        self.slots
            .iter()
            .filter_map(|s| match s {
                Slot::Stored(s) => Some(s.id.clone()),
                Slot::Loaded(_) => None,
            })
            .collect()
    }

    pub fn loaded(&self) -> impl Iterator<Item = &Partnership> {
        self.slots.iter().filter_map(|s| match s {
            Slot::Loaded(p) => Some(p),
            Slot::Stored(_) => None,
        })
    }

    /// Puts a partnership read from storage in place of its summary. Reading
    /// is not a change: the data was there all along.
    pub fn fill(&mut self, p: Partnership) -> bool {
        match self.slots.iter_mut().find(|s| s.id() == &p.id) {
            Some(slot @ Slot::Stored(_)) => {
                *slot = Slot::Loaded(p);
                true
            }
            _ => false,
        }
    }

    /// Adds a partnership at the end; refuses one whose id is already taken.
    pub fn add(&mut self, p: Partnership) -> bool {
        if self.contains(&p.id) {
            return false;
        }
        self.slots.push(Slot::Loaded(p));
        true
    }

    pub fn rename(&mut self, id: &PartnershipId, name: &str) -> Result<(), TextError> {
        let name = clean_line(name, NAME_MAX)?;
        if let Some(p) = self.get_mut(id) {
            p.name = name;
        }
        Ok(())
    }

    pub fn set_partner(&mut self, id: &PartnershipId, side: Side, partner: Partner) {
        if let Some(p) = self.get_mut(id) {
            *p.partner_mut(side) = partner;
        }
    }

    pub fn remove(&mut self, id: &PartnershipId) -> bool {
        let before = self.slots.len();
        self.slots.retain(|s| s.id() != id);
        self.slots.len() != before
    }

    /// The partnerships read so far, as a workspace: after every stored one
    /// was asked for, all of them but any that could not be read.
    pub fn loaded_workspace(&self) -> Workspace {
        Workspace {
            partnerships: self.loaded().cloned().collect(),
        }
    }

    /// The whole workspace, when every partnership is loaded.
    #[cfg(test)]
    pub fn to_workspace(&self) -> Option<Workspace> {
        let partnerships = self
            .slots
            .iter()
            .map(|s| match s {
                Slot::Loaded(p) => Some(p.clone()),
                Slot::Stored(_) => None,
            })
            .collect::<Option<Vec<_>>>()?;
        Some(Workspace { partnerships })
    }

    /// Undo's way back to `snapshot`. A partnership the snapshot holds only as
    /// stored takes its loaded form from `present` when there is one: it was
    /// not changed by the action undone, and its stored copy may since have
    /// been rewritten or removed, while the loaded one is certain.
    pub fn back_to(snapshot: &Shelf, present: &Shelf) -> Shelf {
        let slots = snapshot
            .slots
            .iter()
            .map(|slot| match slot {
                Slot::Stored(s) => match present.slot(&s.id) {
                    Some(Slot::Loaded(p)) => Slot::Loaded(p.clone()),
                    _ => slot.clone(),
                },
                Slot::Loaded(_) => slot.clone(),
            })
            .collect();
        Shelf { slots }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::partnership::tests::lommel_ongwediva;

    fn partnership(id: &str) -> Partnership {
        let mut p = lommel_ongwediva();
        p.id = PartnershipId::new(id).unwrap();
        p.name = format!("Partnership {id}");
        p
    }

    fn stored(ids: &[&str]) -> Shelf {
        Shelf::stored(ids.iter().map(|id| Summary::of(&partnership(id))).collect())
    }

    fn id(s: &str) -> PartnershipId {
        PartnershipId::new(s).unwrap()
    }

    #[test]
    fn a_stored_partnership_is_listed_but_not_readable_until_filled() {
        let mut shelf = stored(&["p1", "p2"]);
        assert_eq!(shelf.len(), 2);
        assert!(shelf.contains(&id("p1")));
        assert!(shelf.is_stored(&id("p1")));
        assert_eq!(shelf.get(&id("p1")), None);
        assert_eq!(shelf.summary(&id("p1")).unwrap().name, "Partnership p1");
        assert!(shelf.fill(partnership("p1")));
        assert_eq!(shelf.get(&id("p1")), Some(&partnership("p1")));
        assert_eq!(shelf.stored_ids(), [id("p2")]);
        // Filling twice, or an unknown id, changes nothing.
        assert!(!shelf.fill(partnership("p1")));
        assert!(!shelf.fill(partnership("p9")));
        assert_eq!(shelf.len(), 2);
    }

    #[test]
    fn repeated_ids_in_the_stored_list_are_kept_once() {
        assert_eq!(stored(&["p1", "p1", "p2"]).len(), 2);
    }

    #[test]
    fn summaries_follow_edits_of_loaded_partnerships() {
        let mut shelf = stored(&["p1"]);
        shelf.fill(partnership("p1"));
        shelf.rename(&id("p1"), "  Herent  ").unwrap();
        assert_eq!(shelf.summaries()[0].name, "Herent");
        assert_eq!(shelf.rename(&id("p1"), " "), Err(TextError::Empty));
    }

    #[test]
    fn the_workspace_exists_only_when_all_are_loaded() {
        let mut shelf = stored(&["p1", "p2"]);
        assert_eq!(shelf.to_workspace(), None);
        shelf.fill(partnership("p1"));
        shelf.fill(partnership("p2"));
        let w = shelf.to_workspace().unwrap();
        assert_eq!(w.partnerships, [partnership("p1"), partnership("p2")]);
        assert_eq!(Shelf::from(w), shelf);
    }

    #[test]
    fn add_refuses_a_taken_id_and_remove_takes_stored_ones_too() {
        let mut shelf = stored(&["p1"]);
        assert!(!shelf.add(partnership("p1")));
        assert!(shelf.add(partnership("p2")));
        assert!(shelf.remove(&id("p1")));
        assert!(!shelf.remove(&id("p1")));
        assert_eq!(shelf.ids().collect::<Vec<_>>(), [&id("p2")]);
    }

    #[test]
    fn undo_keeps_what_was_loaded_since_for_partnerships_the_action_did_not_touch() {
        // Before: p1 loaded (the action deleted it), p2 only stored.
        let mut before = stored(&["p1", "p2"]);
        before.fill(partnership("p1"));
        // Now: p1 gone, p2 loaded and edited.
        let mut present = before.clone();
        present.remove(&id("p1"));
        present.fill(partnership("p2"));
        present.rename(&id("p2"), "Edited").unwrap();
        let back = Shelf::back_to(&before, &present);
        assert_eq!(back.get(&id("p1")), Some(&partnership("p1")));
        assert_eq!(back.get(&id("p2")).unwrap().name, "Edited");
        assert_eq!(back.ids().collect::<Vec<_>>(), [&id("p1"), &id("p2")]);
        // A loaded partnership in the snapshot is taken as it was.
        let mut present = before.clone();
        present.rename(&id("p1"), "Changed").unwrap();
        assert_eq!(
            Shelf::back_to(&before, &present).get(&id("p1")),
            Some(&partnership("p1"))
        );
    }
}
