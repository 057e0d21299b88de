//! How the browser keeps the partnerships: one entry per partnership, in the
//! same envelope as a file (so storage and import share the one restore and
//! migrate path), plus a small list of what the home page shows. A change to
//! one partnership then writes that one alone, and start-up reads the list.
//!
//! ```json
//! {"format": "sdg-circle-list", "version": 1, "revision": 3,
//!  "partnerships": [{"id": "…", "name": "…", "a": {…}, "b": {…}}, …]}
//! ```

use super::lang::Lang;
use super::partnership::{Partner, Partnership, PartnershipId};
use super::shelf::{Shelf, Summary};
use super::text::{clean_line, NAME_MAX};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

pub const LIST_FORMAT: &str = "sdg-circle-list";
pub const LIST_VERSION: u64 = 1;

#[derive(Serialize, Deserialize)]
struct WirePartner {
    name: String,
    #[serde(default)]
    country: String,
    language: Lang,
}

#[derive(Serialize, Deserialize)]
struct WireSummary {
    id: PartnershipId,
    name: String,
    a: WirePartner,
    b: WirePartner,
}

#[derive(Serialize, Deserialize)]
struct WireList {
    format: String,
    version: u64,
    #[serde(default)]
    revision: u64,
    partnerships: Vec<WireSummary>,
}

fn wire_partner(p: &Partner) -> WirePartner {
    WirePartner {
        name: p.name.clone(),
        country: p.country.clone(),
        language: p.language,
    }
}

/// The stored list: the summaries in order and the revision that wrote them.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StoredList {
    pub revision: u64,
    pub summaries: Vec<Summary>,
}

pub fn list_to_json(summaries: &[Summary], revision: u64) -> String {
    let list = WireList {
        format: LIST_FORMAT.to_owned(),
        version: LIST_VERSION,
        revision,
        partnerships: summaries
            .iter()
            .map(|s| WireSummary {
                id: s.id.clone(),
                name: s.name.clone(),
                a: wire_partner(&s.a),
                b: wire_partner(&s.b),
            })
            .collect(),
    };
    serde_json::to_string(&list).unwrap_or_default()
}

/// Reads the stored list. Anything not exactly this app's list is refused as
/// a whole: the list is derived data and can be rebuilt from the partnerships.
pub fn list_from_json(text: &str) -> Result<StoredList, String> {
    let list: WireList = serde_json::from_str(text).map_err(|e| e.to_string())?;
    if list.format != LIST_FORMAT {
        return Err("not a partnership list".into());
    }
    if list.version != LIST_VERSION {
        return Err(format!("list version {}", list.version));
    }
    let partner = |w: WirePartner| {
        Partner::new(&w.name, &w.country, w.language).map_err(|e| format!("partner: {e:?}"))
    };
    let summaries = list
        .partnerships
        .into_iter()
        .map(|w| {
            let name = clean_line(&w.name, NAME_MAX).map_err(|e| format!("name: {e:?}"))?;
            Ok(Summary {
                id: w.id,
                name,
                a: partner(w.a)?,
                b: partner(w.b)?,
            })
        })
        .collect::<Result<Vec<_>, String>>()?;
    Ok(StoredList {
        revision: list.revision,
        summaries,
    })
}

/// What storage holds, as far as this tab knows: the list it last wrote or
/// read, and each partnership as last written or read. Saving compares the
/// shelf with it, so only what changed is written.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Saved {
    list: Option<Vec<Summary>>,
    partnerships: BTreeMap<PartnershipId, Partnership>,
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
            partnerships: BTreeMap::new(),
        }
    }

    /// A partnership read from storage, as it is there.
    pub fn read(&mut self, p: &Partnership) {
        self.partnerships.insert(p.id.clone(), p.clone());
    }

    pub fn plan<'a>(&self, shelf: &'a Shelf) -> SavePlan<'a> {
        let write = shelf
            .loaded()
            .filter(|p| self.partnerships.get(&p.id) != Some(*p))
            .collect();
        let summaries = shelf.summaries();
        let list = (self.list.as_ref() != Some(&summaries)).then_some(summaries);
        // Whatever storage has that the shelf no longer does: read or not.
        let listed = self.list.iter().flatten().map(|s| &s.id);
        let mut remove: Vec<PartnershipId> = self
            .partnerships
            .keys()
            .chain(listed)
            .filter(|id| !shelf.contains(id))
            .cloned()
            .collect();
        remove.sort();
        remove.dedup();
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
        for id in plan.remove {
            self.partnerships.remove(&id);
        }
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
            Ok(StoredList {
                revision: 7,
                summaries
            })
        );
    }

    #[test]
    fn a_list_that_is_not_ours_is_refused() {
        for bad in [
            "",
            "[]",
            "{\"format\":\"sdg-circle\",\"version\":1,\"partnerships\":[]}",
            "{\"format\":\"sdg-circle-list\",\"version\":2,\"partnerships\":[]}",
            "{\"format\":\"sdg-circle-list\",\"version\":1,\"partnerships\":[{\"id\":\"bad id\",\"name\":\"x\",\"a\":{\"name\":\"a\",\"language\":\"nl\"},\"b\":{\"name\":\"b\",\"language\":\"nl\"}}]}",
            "{\"format\":\"sdg-circle-list\",\"version\":1,\"partnerships\":[{\"id\":\"p1\",\"name\":\" \",\"a\":{\"name\":\"a\",\"language\":\"nl\"},\"b\":{\"name\":\"b\",\"language\":\"nl\"}}]}",
        ] {
            assert!(list_from_json(bad).is_err(), "{bad}");
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
