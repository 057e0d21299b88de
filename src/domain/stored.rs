//! How the browser keeps the partnerships: one entry per partnership, in the
//! same envelope as a file (so storage and import share the one restore and
//! migrate path), plus a small list of what the home page shows. A change to
//! one partnership then writes that one alone, and start-up reads the list.
//!
//! The list is itself a file of partnerships with nothing recorded yet (just
//! their ids, names and partners): no second format to parse, validate and
//! migrate, and no second parser in the first download.

use super::file_format::{to_json, RestoreError, Restored};
use super::partnership::{Partnership, PartnershipId};
use super::shelf::{Shelf, Summary};

/// The stored list: the summaries in order and the revision that wrote them.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StoredList {
    pub revision: u64,
    pub summaries: Vec<Summary>,
}

pub fn list_to_json(summaries: &[Summary], revision: u64) -> String {
    let stubs: Vec<Partnership> = summaries
        .iter()
        .map(|s| {
            Partnership::new(
                s.id.clone(),
                s.name.clone(),
                s.a.clone(),
                s.b.clone(),
                String::new(),
            )
        })
        .collect();
    to_json(&stubs, revision, None)
}

/// Reads the stored list (in tests: the app reads it with `list_from`).
#[cfg(test)]
pub fn list_from_json(text: &str) -> Option<StoredList> {
    list_from(super::file_format::restore(text))
}

/// Reads the stored list from what `restore` made of its text: the app holds
/// `restore` as a function loaded with its own chunk (see `state::reader`).
/// One bad entry refuses the list as a whole: it is derived data and can be
/// rebuilt from the partnerships, so why it is refused is not asked (and
/// no code to say it rides in the first download).
pub fn list_from(restored: Result<Restored, RestoreError>) -> Option<StoredList> {
    let restored = restored.ok()?;
    if !restored.dropped.is_empty() {
        return None;
    }
    Some(StoredList {
        revision: restored.revision,
        summaries: restored
            .workspace
            .partnerships
            .iter()
            .map(Summary::of)
            .collect(),
    })
}

/// What storage holds, as far as this tab knows: the list it last wrote or
/// read, and each partnership as last written or read. Saving compares the
/// shelf with it, so only what changed is written.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Saved {
    list: Option<Vec<Summary>>,
    // A list, not a map: a few are read in a session, and a map's code is
    // kilobytes more in the first download.
    partnerships: Vec<Partnership>,
}

/// The writes that bring storage up to date with a shelf, in a safe order:
/// partnerships first, then the list that names them, then removals.
#[derive(Debug, PartialEq, Eq)]
pub struct SavePlan<'a> {
    pub write: Vec<&'a Partnership>,
    pub list: Option<Vec<Summary>>,
    pub remove: Vec<PartnershipId>,
}

impl SavePlan<'_> {
    pub fn is_empty(&self) -> bool {
        self.write.is_empty() && self.list.is_none() && self.remove.is_empty()
    }
}

impl Saved {
    /// Storage as read at start-up: the list, and nothing read yet.
    pub fn with_list(list: Vec<Summary>) -> Saved {
        Saved {
            list: Some(list),
            partnerships: Vec::new(),
        }
    }

    /// A partnership read from storage, as it is there.
    pub fn read(&mut self, p: &Partnership) {
        match self.partnerships.iter_mut().find(|q| q.id == p.id) {
            Some(q) => q.clone_from(p),
            None => self.partnerships.push(p.clone()),
        }
    }

    fn get(&self, id: &PartnershipId) -> Option<&Partnership> {
        self.partnerships.iter().find(|p| &p.id == id)
    }

    pub fn plan<'a>(&self, shelf: &'a Shelf) -> SavePlan<'a> {
        let write = shelf
            .loaded()
            .filter(|p| self.get(&p.id) != Some(*p))
            .collect();
        let summaries = shelf.summaries();
        let list = (self.list.as_ref() != Some(&summaries)).then_some(summaries);
        // Whatever storage has that the shelf no longer does: read or not.
        let mut remove: Vec<PartnershipId> = Vec::new();
        let read = self.partnerships.iter().map(|p| &p.id);
        for id in read.chain(
            self.list
                .as_deref()
                .unwrap_or_default()
                .iter()
                .map(|s| &s.id),
        ) {
            if !shelf.contains(id) && !remove.contains(id) {
                remove.push(id.clone());
            }
        }
        SavePlan {
            write,
            list,
            remove,
        }
    }

    /// Records a plan that storage took in full.
    pub fn done(&mut self, plan: SavePlan<'_>) {
        for p in plan.write {
            self.read(p);
        }
        if let Some(list) = plan.list {
            self.list = Some(list);
        }
        self.partnerships.retain(|p| !plan.remove.contains(&p.id));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::partnership::tests::lommel_ongwediva;

    fn partnership(id: &str) -> Partnership {
        let mut p = lommel_ongwediva();
        p.id = PartnershipId::new(id).unwrap();
        p
    }

    fn id(s: &str) -> PartnershipId {
        PartnershipId::new(s).unwrap()
    }

    #[test]
    fn the_list_survives_a_round_trip() {
        let summaries = vec![
            Summary::of(&partnership("p1")),
            Summary::of(&partnership("p2")),
        ];
        let text = list_to_json(&summaries, 7);
        assert_eq!(
            list_from_json(&text),
            Some(StoredList {
                revision: 7,
                summaries
            })
        );
    }

    #[test]
    fn a_list_that_is_not_ours_or_has_a_bad_entry_is_refused() {
        let entry = |id: &str, name: &str| {
            format!("{{\"id\":\"{id}\",\"name\":\"{name}\",\"partners\":[{{\"side\":\"a\",\"name\":\"a\",\"language\":\"nl\"}},{{\"side\":\"b\",\"name\":\"b\",\"language\":\"nl\"}}]}}")
        };
        let list = |entries: &[String]| {
            format!(
                "{{\"format\":\"sdg-circle\",\"version\":1,\"partnerships\":[{}]}}",
                entries.join(",")
            )
        };
        assert_eq!(
            list_from_json(&list(&[entry("p1", "x")])).map(|l| l.summaries.len()),
            Some(1)
        );
        for bad in [
            String::new(),
            "[]".to_owned(),
            "{\"format\":\"sdg-circle\",\"version\":99,\"partnerships\":[]}".to_owned(),
            list(&[entry("p1", "x"), entry("bad id", "x")]),
            list(&[entry("p1", "x"), entry("p2", " ")]),
            list(&[entry("p1", "x"), entry("p1", "y")]),
        ] {
            assert!(list_from_json(&bad).is_none(), "{bad}");
        }
    }

    #[test]
    fn a_save_writes_only_what_changed() {
        let mut shelf = Shelf::stored(vec![
            Summary::of(&partnership("p1")),
            Summary::of(&partnership("p2")),
        ]);
        let mut saved = Saved::with_list(shelf.summaries());
        assert!(saved.plan(&shelf).is_empty());
        // Reading a partnership is not a change.
        let p1 = partnership("p1");
        saved.read(&p1);
        shelf.fill(p1);
        assert!(saved.plan(&shelf).is_empty());
        // Editing its boards writes it, not the list.
        shelf.get_mut(&id("p1")).unwrap().boards.clear();
        shelf.get_mut(&id("p1")).unwrap().created_at = "later".into();
        let plan = saved.plan(&shelf);
        assert_eq!(plan.write.len(), 1);
        assert_eq!(plan.list, None);
        saved.done(plan);
        assert!(saved.plan(&shelf).is_empty());
        // Renaming writes it and the list.
        shelf.rename(&id("p1"), "Renamed").unwrap();
        let plan = saved.plan(&shelf);
        assert_eq!(plan.write.len(), 1);
        assert_eq!(plan.list.as_ref().unwrap()[0].name, "Renamed");
        saved.done(plan);
        // Deleting it writes the list and removes its entry.
        shelf.remove(&id("p1"));
        let plan = saved.plan(&shelf);
        assert!(plan.write.is_empty());
        assert_eq!(plan.list.as_ref().unwrap().len(), 1);
        assert_eq!(plan.remove, [id("p1")]);
        saved.done(plan);
        assert!(saved.plan(&shelf).is_empty());
    }

    #[test]
    fn a_new_partnership_is_written_with_the_list() {
        let mut shelf = Shelf::default();
        let saved = Saved::default();
        shelf.add(partnership("p1"));
        let plan = saved.plan(&shelf);
        assert_eq!(plan.write, [&partnership("p1")]);
        assert_eq!(plan.list.unwrap().len(), 1);
    }
}
