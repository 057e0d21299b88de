//! localStorage, probed before use: private modes and blocked storage throw on
//! access, and a full quota throws on write. Nothing here panics; every fault
//! becomes a value the UI can explain.

use super::codec;
use super::report::Report;
use crate::domain::file_format::{
    restore, to_json, Dropped, Problem, ProblemKind, RestoreError, Restored,
};
use crate::domain::stored::{list_from, list_to_json, SavePlan, Saved};
use crate::domain::{Partnership, PartnershipId, Shelf, Workspace};

/// The old layout: the whole workspace in one entry (read, then moved).
pub const WORKSPACE_KEY: &str = "sdg-circle/v1/workspace";
/// The list of partnerships (see `domain::stored`).
pub const LIST_KEY: &str = "sdg-circle/v2/list";
/// Followed by a partnership's id: that partnership.
pub const PARTNERSHIP_PREFIX: &str = "sdg-circle/v2/p/";
pub const UI_LANGUAGE_KEY: &str = "sdg-circle/v1/ui-language";
pub const CURRENT_KEY: &str = "sdg-circle/v1/current-partnership";
pub const BACKUP_PREFIX: &str = "sdg-circle/backup/";
/// Save counter of the last write, kept apart from the workspace so a tab can
/// check it (and other tabs can watch it) without parsing the whole workspace.
pub const REVISION_KEY: &str = "sdg-circle/v1/revision";
pub const LAST_EXPORT_KEY: &str = "sdg-circle/v1/last-export";

/// What start-up read: the list (and, for the old layout or a rebuilt list,
/// every partnership). If some partnerships had to be left out, their stored
/// text was first copied to `backup_key`. The default is an empty store.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Found {
    pub shelf: Shelf,
    pub saved: Saved,
    pub revision: u64,
    pub layout: Layout,
    /// The partnerships left out, if any.
    pub dropped: Option<Report<Vec<Dropped>>>,
    pub backup_key: Option<String>,
}

/// How the partnerships are kept.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Layout {
    /// One entry per partnership plus the list (see `domain::stored`).
    #[default]
    PerPartnership,
    /// The whole workspace in one entry, as before: where the move to one
    /// entry per partnership could not be written (a full quota), saving goes
    /// on there until a later start-up manages the move.
    Single,
}

/// What was found in storage at start-up.
#[derive(Clone, Debug, PartialEq)]
pub enum Boot {
    /// Nothing stored yet.
    Fresh,
    Loaded(Found),
    /// Stored data could not be restored. It was copied to `backup_key`
    /// (or, if even that failed, left where it was: then `moved` is false and
    /// autosave must not write over it).
    Corrupt {
        backup_key: String,
        moved: bool,
        error: Report<RestoreError>,
    },
    /// No storage at all: the app runs in memory.
    Unavailable,
    /// Data is stored, but the code that reads it could not be fetched (see
    /// `state::codec`): nothing was read, and nothing may be written.
    NotOpened,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SaveError {
    Unavailable,
    /// Quota exceeded, or any other refusal to write.
    Refused,
}

#[cfg(target_arch = "wasm32")]
mod backend {
    use gloo_storage::{LocalStorage, Storage};

    /// Probe first: gloo's `LocalStorage::raw()` throws where storage is blocked.
    pub fn available() -> bool {
        web_sys::window()
            .and_then(|w| w.local_storage().ok().flatten())
            .is_some()
    }

    pub fn get(key: &str) -> Option<String> {
        available()
            .then(|| LocalStorage::raw().get_item(key).ok().flatten())
            .flatten()
    }

    pub fn set(key: &str, value: &str) -> bool {
        available() && LocalStorage::raw().set_item(key, value).is_ok()
    }

    pub fn remove(key: &str) {
        if available() {
            let _ = LocalStorage::raw().remove_item(key);
        }
    }

    pub fn keys() -> Vec<String> {
        if !available() {
            return Vec::new();
        }
        let raw = LocalStorage::raw();
        let n = raw.length().unwrap_or(0);
        (0..n).filter_map(|i| raw.key(i).ok().flatten()).collect()
    }

    pub fn now_iso() -> String {
        String::from(js_sys::Date::new_0().to_iso_string())
    }

    /// The list's envelope with every listed partnership's stored data in it,
    /// put together with the browser's JSON parser (see `stored_file`).
    pub fn join_entries(list: &str) -> Option<String> {
        use js_sys::{Array, Reflect, JSON};
        use wasm_bindgen::{JsCast, JsValue};
        let partnerships = |file: &JsValue| {
            Reflect::get(file, &"partnerships".into())
                .ok()
                .and_then(|p| p.dyn_into::<Array>().ok())
        };
        let file = JSON::parse(list).ok()?;
        let all = Array::new();
        for listed in partnerships(&file)?.iter() {
            let entry = Reflect::get(&listed, &"id".into())
                .ok()
                .and_then(|id| id.as_string())
                .and_then(|id| get(&format!("{}{id}", super::PARTNERSHIP_PREFIX)))
                .and_then(|text| JSON::parse(&text).ok());
            for p in entry
                .as_ref()
                .and_then(partnerships)
                .iter()
                .flat_map(Array::iter)
            {
                all.push(&p);
            }
        }
        Reflect::set(&file, &"partnerships".into(), &all).ok()?;
        JSON::stringify(&file).ok()?.as_string()
    }
}

#[cfg(not(target_arch = "wasm32"))]
mod backend {
    //! Host stand-in: storage in memory, one per thread (so per test), with a
    //! quota in characters, so the layout and its migration test natively.
    use std::cell::RefCell;
    use std::collections::BTreeMap;

    thread_local! {
        static ENTRIES: RefCell<BTreeMap<String, String>> = const { RefCell::new(BTreeMap::new()) };
        static QUOTA: RefCell<usize> = const { RefCell::new(usize::MAX) };
    }

    pub fn available() -> bool {
        true
    }
    pub fn get(key: &str) -> Option<String> {
        ENTRIES.with_borrow(|e| e.get(key).cloned())
    }
    pub fn set(key: &str, value: &str) -> bool {
        ENTRIES.with_borrow_mut(|e| {
            let others: usize = e
                .iter()
                .filter(|(k, _)| *k != key)
                .map(|(k, v)| k.len() + v.len())
                .sum();
            let fits = others + key.len() + value.len() <= QUOTA.with_borrow(|q| *q);
            if fits {
                e.insert(key.to_owned(), value.to_owned());
            }
            fits
        })
    }
    pub fn remove(key: &str) {
        ENTRIES.with_borrow_mut(|e| e.remove(key));
    }
    pub fn keys() -> Vec<String> {
        ENTRIES.with_borrow(|e| e.keys().cloned().collect())
    }
    pub fn now_iso() -> String {
        "1970-01-01T00:00:00.000Z".into()
    }
    pub fn join_entries(list: &str) -> Option<String> {
        use serde_json::Value;
        let mut file: Value = serde_json::from_str(list).ok()?;
        let all: Vec<Value> = file["partnerships"]
            .as_array()?
            .iter()
            .filter_map(|listed| {
                get(&format!(
                    "{}{}",
                    super::PARTNERSHIP_PREFIX,
                    listed["id"].as_str()?
                ))
            })
            .filter_map(|text| serde_json::from_str::<Value>(&text).ok())
            .flat_map(|entry| {
                entry["partnerships"]
                    .as_array()
                    .cloned()
                    .unwrap_or_default()
            })
            .collect();
        file["partnerships"] = Value::Array(all);
        Some(file.to_string())
    }
    #[cfg(test)]
    pub fn set_quota(chars: usize) {
        QUOTA.with_borrow_mut(|q| *q = chars);
    }
}

pub use backend::{available, now_iso};

pub fn read(key: &str) -> Option<String> {
    backend::get(key)
}

pub fn write(key: &str, value: &str) -> Result<(), SaveError> {
    if !backend::available() {
        Err(SaveError::Unavailable)
    } else if backend::set(key, value) {
        Ok(())
    } else {
        Err(SaveError::Refused)
    }
}

pub fn remove(key: &str) {
    backend::remove(key);
}

pub fn partnership_key(id: &PartnershipId) -> String {
    format!("{PARTNERSHIP_PREFIX}{id}")
}

fn backup_key() -> String {
    format!("{BACKUP_PREFIX}{}", now_iso())
}

/// Whether anything is stored that start-up must read (checked without
/// reading it, so a first visit never needs the codec). index.html's early
/// compile of the codec checks the same keys (scripts/build-wasm.mjs).
pub fn holds_data() -> bool {
    holds(&backend::get(LIST_KEY), &backend::get(WORKSPACE_KEY))
}

/// `holds_data`, for a caller that has read the list and the old entry anyway.
fn holds(list: &Option<String>, single: &Option<String>) -> bool {
    list.is_some() || single.is_some() || !stored_partnership_keys().is_empty()
}

/// What start-up finds in storage: read with the codec, or not read at all
/// when nothing is stored or the codec could not be fetched.
pub fn boot() -> Boot {
    if !backend::available() {
        return Boot::Unavailable;
    }
    let single = backend::get(WORKSPACE_KEY);
    let list = backend::get(LIST_KEY);
    if !holds(&list, &single) {
        return Boot::Fresh;
    }
    match codec::get() {
        Some(codec) => (codec.read_stored)(list, single),
        None => Boot::NotOpened,
    }
}

/// Reads what is stored (`list` and `single`, as `boot` found them): the list
/// for the per-partnership layout, everything for the old single entry (which
/// is then moved to the new layout). Data that cannot be read is moved aside
/// under a backup key, never overwritten. Part of the codec's chunk.
pub fn read_stored(list: Option<String>, single: Option<String>) -> Boot {
    let Some(text) = list else {
        return match single {
            Some(single) => {
                let restored = restore(&single);
                boot_single(single, restored)
            }
            None => rebuild(None),
        };
    };
    let Some(list) = list_from(restore(&text)) else {
        return rebuild(Some(text));
    };
    if let Some(single) = single {
        // Only an older version of the app, in a tab open since before the
        // move, writes the single entry now; whichever was saved last wins.
        match restore(&single) {
            Ok(r) if r.revision > list.revision => return boot_single(single, Ok(r)),
            _ => {
                if backend::set(&backup_key(), &single) {
                    backend::remove(WORKSPACE_KEY);
                }
            }
        }
    }
    Boot::Loaded(Found {
        shelf: Shelf::stored(list.summaries.clone()),
        saved: Saved::with_list(list.summaries),
        revision: list.revision,
        layout: Layout::PerPartnership,
        dropped: None,
        backup_key: None,
    })
}

/// The old layout: the whole workspace in one entry (`text`, as `restored`
/// read it), then written one entry per partnership. The old entry is removed
/// only once the new ones are written and read back; if they do not fit, they
/// are taken away again and the app goes on saving in the old layout.
fn boot_single(text: String, restored: Result<Restored, RestoreError>) -> Boot {
    let backup_key = backup_key();
    match restored {
        Ok(restored) => {
            let kept = restored.dropped.is_empty() || backend::set(&backup_key, &text);
            let revision = restored.revision;
            let dropped = restored.dropped;
            let shelf = Shelf::from(restored.workspace);
            let (saved, layout) = match move_to_per_partnership(&shelf, revision) {
                Some(saved) => {
                    backend::remove(WORKSPACE_KEY);
                    (saved, Layout::PerPartnership)
                }
                None => (Saved::default(), Layout::Single),
            };
            Boot::Loaded(Found {
                shelf,
                saved,
                revision,
                layout,
                backup_key: (!dropped.is_empty() && kept).then_some(backup_key),
                dropped: (!dropped.is_empty()).then(|| Report::new(dropped)),
            })
        }
        Err(error) => {
            let error = Report::new(error);
            let moved = backend::set(&backup_key, &text);
            if moved {
                backend::remove(WORKSPACE_KEY);
                Boot::Corrupt {
                    backup_key,
                    moved,
                    error,
                }
            } else {
                Boot::Corrupt {
                    backup_key: WORKSPACE_KEY.to_owned(),
                    moved,
                    error,
                }
            }
        }
    }
}

/// Writes every partnership of `shelf` (all loaded) and the list, and reads
/// the list back; on any refusal, removes what it wrote. Returns what storage
/// then holds.
fn move_to_per_partnership(shelf: &Shelf, revision: u64) -> Option<Saved> {
    let mut saved = Saved::default();
    let plan = saved.plan(shelf);
    let list = list_to_json(plan.list.as_deref().unwrap_or_default(), revision);
    let ok = write_plan(&plan, revision).is_ok() && backend::get(LIST_KEY) == Some(list);
    if !ok {
        for p in &plan.write {
            backend::remove(&partnership_key(&p.id));
        }
        backend::remove(LIST_KEY);
        return None;
    }
    saved.done(plan);
    Some(saved)
}

/// Writes the partnerships that changed since storage last had them (as
/// `saved` says), then the list; `false` when nothing had changed.
pub fn save_changes(shelf: &Shelf, saved: &mut Saved, revision: u64) -> Result<bool, SaveError> {
    let plan = saved.plan(shelf);
    if plan.is_empty() {
        return Ok(false);
    }
    write_plan(&plan, revision)?;
    saved.done(plan);
    Ok(true)
}

/// The old layout, where the move to the new one did not fit.
pub fn save_single(partnerships: &[Partnership], revision: u64) -> Result<(), SaveError> {
    write(WORKSPACE_KEY, &to_json(partnerships, revision, None))
}

/// Carries out a save plan in its safe order: the partnerships, then the list
/// that names them, then the removals. Stops at the first refusal.
pub fn write_plan(plan: &SavePlan<'_>, revision: u64) -> Result<(), SaveError> {
    for p in &plan.write {
        write(&partnership_key(&p.id), &partnership_json(p, revision))?;
    }
    if let Some(list) = &plan.list {
        write(LIST_KEY, &list_to_json(list, revision))?;
    }
    for id in &plan.remove {
        remove(&partnership_key(id));
    }
    Ok(())
}

/// Reads one stored partnership onto `shelf` (if it is still only stored
/// there), noting in `saved` that storage holds it as read.
pub fn load_onto(
    shelf: &mut Shelf,
    saved: &mut Saved,
    id: &PartnershipId,
) -> Result<(), Unreadable> {
    if shelf.is_stored(id) {
        let p = read_partnership(id)?;
        saved.read(&p);
        shelf.fill(p);
    }
    Ok(())
}

/// One partnership as it is stored: inside the file envelope, so reading it
/// back is the same restore (and migration) as an import.
pub fn partnership_json(p: &Partnership, revision: u64) -> String {
    to_json(std::slice::from_ref(p), revision, None)
}

/// Reads one stored partnership.
pub fn read_partnership(id: &PartnershipId) -> Result<Partnership, Unreadable> {
    let key = partnership_key(id);
    let Some(text) = backend::get(&key) else {
        return Err(Unreadable {
            reason: Report::new(Problem::whole(ProblemKind::NotStored)),
            text: None,
        });
    };
    let reason = match restore(&text) {
        Ok(mut r) => match r.workspace.partnerships.pop() {
            Some(p) if &p.id == id => return Ok(p),
            // The entry's one partnership was refused: say why.
            None if !r.dropped.is_empty() => r.dropped.swap_remove(0).problem,
            _ => Problem::whole(ProblemKind::NotTheListed),
        },
        Err(e) => Problem {
            detail: e.to_string(),
            ..Problem::whole(ProblemKind::Unreadable(Box::new(e)))
        },
    };
    Err(Unreadable {
        reason: Report::new(reason),
        text: Some(text),
    })
}

/// Why a listed partnership could not be read, and its stored text, if any.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Unreadable {
    pub reason: Report<Problem>,
    pub text: Option<String>,
}

/// Keeps an unreadable partnership's text under a backup key and removes its
/// entry, so it is never overwritten or read again. Returns the backup key
/// (`None` if it could not be copied: then the entry is left where it is).
pub fn set_aside(id: &PartnershipId, text: &str) -> Option<String> {
    let key = format!("{BACKUP_PREFIX}{}/{id}", now_iso());
    backend::set(&key, text).then(|| {
        backend::remove(&partnership_key(id));
        key
    })
}

/// The keys of every stored partnership, listed without reading their texts.
pub fn stored_partnership_keys() -> Vec<String> {
    backend::keys()
        .into_iter()
        .filter(|k| k.starts_with(PARTNERSHIP_PREFIX))
        .collect()
}

/// The list is missing or unreadable but partnerships are stored: read them
/// all and rebuild it (oldest first). A bad list is kept as a backup.
fn rebuild(bad_list: Option<String>) -> Boot {
    let mut backup_key = None;
    if let Some(text) = bad_list {
        let key = self::backup_key();
        if backend::set(&key, &text) {
            backend::remove(LIST_KEY);
            backup_key = Some(key);
        }
    }
    let mut found = Vec::new();
    let mut dropped = Vec::new();
    for (i, key) in stored_partnership_keys().into_iter().enumerate() {
        let id = PartnershipId::new(&key[PARTNERSHIP_PREFIX.len()..]);
        match id.map(|id| (read_partnership(&id), id)) {
            Some((Ok(p), _)) => {
                // Oldest first; inserted in place (a sort's code is kilobytes
                // more in the first download, for a path that rarely runs).
                let at = found.partition_point(|q: &Partnership| {
                    (&q.created_at, &q.id) <= (&p.created_at, &p.id)
                });
                found.insert(at, p);
            }
            Some((Err(e), id)) => {
                let kept = e.text.as_deref().and_then(|t| set_aside(&id, t));
                backup_key = backup_key.or(kept);
                if let Some(problem) = e.reason.get() {
                    dropped.push(Dropped {
                        position: i + 1,
                        name: None,
                        problem: problem.clone(),
                    });
                }
            }
            None => {}
        }
    }
    let mut saved = Saved::default();
    for p in &found {
        saved.read(p);
    }
    let shelf = Shelf::from(Workspace {
        partnerships: found,
    });
    Boot::Loaded(Found {
        shelf,
        saved,
        revision: stored_revision().unwrap_or(0),
        layout: Layout::PerPartnership,
        dropped: (!dropped.is_empty()).then(|| Report::new(dropped)),
        backup_key,
    })
}

/// Everything stored, as one file (for the crash screen, which can rely
/// neither on the app's memory nor on the codec: a tab that started with
/// nothing stored has not loaded it): the old single entry if that is the
/// layout, else the listed partnerships' entries joined under the list's
/// envelope, each as stored.
pub fn stored_file() -> String {
    if let Some(text) = backend::get(WORKSPACE_KEY) {
        return text;
    }
    backend::get(LIST_KEY)
        .and_then(|list| backend::join_entries(&list))
        .unwrap_or_default()
}

/// The revision of the last write by any tab, if any tab has written.
pub fn stored_revision() -> Option<u64> {
    backend::get(REVISION_KEY).and_then(|r| r.parse().ok())
}

// On the host, where storage is the in-memory stand-in.
#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use crate::domain::partnership::tests::lommel_ongwediva;
    use crate::domain::stored::list_from_json;

    fn partnership(id: &str) -> Partnership {
        let mut p = lommel_ongwediva();
        p.id = PartnershipId::new(id).unwrap();
        p.created_at = format!("2026-01-01T00:00:0{}Z", id.len());
        p
    }

    fn old_layout(ids: &[&str], revision: u64) -> String {
        let ps: Vec<_> = ids.iter().map(|id| partnership(id)).collect();
        to_json(&ps, revision, None)
    }

    fn loaded(boot: Boot) -> (Shelf, Saved, u64, Layout, Vec<Dropped>, Option<String>) {
        match boot {
            Boot::Loaded(f) => (
                f.shelf,
                f.saved,
                f.revision,
                f.layout,
                f.dropped.and_then(|d| d.get().cloned()).unwrap_or_default(),
                f.backup_key,
            ),
            other => panic!("not loaded: {other:?}"),
        }
    }

    fn backups() -> Vec<String> {
        backend::keys()
            .into_iter()
            .filter(|k| k.starts_with(BACKUP_PREFIX))
            .collect()
    }

    #[test]
    fn nothing_stored_is_a_fresh_start() {
        assert_eq!(boot(), Boot::Fresh);
    }

    #[test]
    fn the_old_single_entry_moves_to_one_entry_per_partnership() {
        backend::set(WORKSPACE_KEY, &old_layout(&["p1", "p22"], 4));
        let (shelf, saved, revision, layout, dropped, _) = loaded(boot());
        assert_eq!(layout, Layout::PerPartnership);
        assert_eq!(revision, 4);
        assert!(dropped.is_empty());
        assert_eq!(shelf.len(), 2);
        assert!(saved.plan(&shelf).is_empty(), "storage holds what was read");
        assert_eq!(backend::get(WORKSPACE_KEY), None);
        let list = list_from_json(&backend::get(LIST_KEY).unwrap()).unwrap();
        assert_eq!(list.summaries, shelf.summaries());
        assert_eq!(
            read_partnership(&PartnershipId::new("p22").unwrap()),
            Ok(partnership("p22"))
        );
        // The next start reads the list alone.
        let (shelf, ..) = loaded(boot());
        assert_eq!(shelf.stored_ids().len(), 2);
    }

    #[test]
    fn a_move_that_does_not_fit_keeps_the_old_entry_and_writes_nothing() {
        let text = old_layout(&["p1", "p22"], 4);
        backend::set(WORKSPACE_KEY, &text);
        // Room for the first partnership's entry, not for the second: what
        // was written is taken away again.
        let first = partnership_key(&PartnershipId::new("p1").unwrap()).len()
            + partnership_json(&partnership("p1"), 4).len();
        backend::set_quota(text.len() + WORKSPACE_KEY.len() + first + 10);
        let (shelf, _, _, layout, ..) = loaded(boot());
        assert_eq!(layout, Layout::Single);
        assert_eq!(shelf.to_workspace().unwrap().partnerships.len(), 2);
        assert_eq!(backend::get(WORKSPACE_KEY), Some(text));
        assert_eq!(backend::keys(), [WORKSPACE_KEY]);
    }

    #[test]
    fn an_unreadable_old_entry_is_kept_as_a_backup() {
        backend::set(WORKSPACE_KEY, "{not json");
        let Boot::Corrupt {
            backup_key, moved, ..
        } = boot()
        else {
            panic!("not corrupt")
        };
        assert!(moved);
        assert_eq!(backend::get(&backup_key).as_deref(), Some("{not json"));
        assert_eq!(backend::get(WORKSPACE_KEY), None);
    }

    #[test]
    fn an_old_entry_saved_after_the_move_wins_and_an_older_one_is_set_aside() {
        backend::set(WORKSPACE_KEY, &old_layout(&["p1"], 4));
        loaded(boot());
        // A tab of an older version saves later work in the old entry.
        backend::set(WORKSPACE_KEY, &old_layout(&["p1", "p333"], 9));
        let (shelf, _, revision, layout, ..) = loaded(boot());
        assert_eq!(
            (shelf.len(), revision, layout),
            (2, 9, Layout::PerPartnership)
        );
        assert_eq!(backend::get(WORKSPACE_KEY), None);
        // An old entry older than the list is kept as a backup, not read.
        backend::set(WORKSPACE_KEY, &old_layout(&["p1"], 2));
        let (shelf, ..) = loaded(boot());
        assert_eq!(shelf.len(), 2);
        assert_eq!(backend::get(WORKSPACE_KEY), None);
        assert_eq!(backups().len(), 1);
    }

    #[test]
    fn an_unreadable_list_is_rebuilt_from_the_partnerships() {
        backend::set(WORKSPACE_KEY, &old_layout(&["p1", "p22", "p333"], 4));
        loaded(boot());
        backend::set(LIST_KEY, "garbage");
        backend::set(&partnership_key(&PartnershipId::new("p22").unwrap()), "{}");
        let (shelf, saved, _, _, dropped, backup_key) = loaded(boot());
        let ids: Vec<_> = shelf.ids().map(|id| id.as_str().to_owned()).collect();
        assert_eq!(ids, ["p1", "p333"]);
        assert_eq!(dropped.len(), 1);
        assert!(backup_key.is_some());
        // Both the bad list and the bad partnership are kept.
        assert_eq!(backups().len(), 2);
        // The next save writes the list again, and nothing else.
        let plan = saved.plan(&shelf);
        assert!(plan.write.is_empty());
        assert_eq!(plan.list.map(|l| l.len()), Some(2));
    }

    #[test]
    fn the_crash_file_holds_every_readable_partnership_in_order() {
        backend::set(WORKSPACE_KEY, &old_layout(&["p1", "p22"], 4));
        loaded(boot());
        let file = restore(&stored_file()).unwrap();
        assert_eq!(
            file.workspace.partnerships,
            [partnership("p1"), partnership("p22")]
        );
    }

    #[test]
    fn a_listed_partnership_that_is_missing_or_broken_says_why() {
        let id = PartnershipId::new("p1").unwrap();
        let gone = read_partnership(&id).unwrap_err();
        assert_eq!(gone.text, None);
        assert_eq!(gone.reason.get().unwrap().kind, ProblemKind::NotStored);
        backend::set(
            &partnership_key(&id),
            &partnership_json(&partnership("p9"), 1),
        );
        let err = read_partnership(&id).unwrap_err();
        assert_eq!(err.reason.get().unwrap().kind, ProblemKind::NotTheListed);
        // A refused partnership in its entry says what is wrong with it.
        let mut broken = serde_json::to_value(partnership("p1")).unwrap();
        broken["partners"][0]["language"] = "de".into();
        let text = format!(r#"{{"format":"sdg-circle","version":1,"partnerships":[{broken}]}}"#);
        backend::set(&partnership_key(&id), &text);
        let refused = read_partnership(&id).unwrap_err();
        let kind = &refused.reason.get().unwrap().kind;
        assert!(matches!(kind, ProblemKind::Value { .. }), "{kind:?}");
        backend::set(&partnership_key(&id), "{");
        let unreadable = read_partnership(&id).unwrap_err();
        let kind = &unreadable.reason.get().unwrap().kind;
        assert!(matches!(kind, ProblemKind::Unreadable(_)));
        let kept = set_aside(&id, err.text.as_deref().unwrap()).unwrap();
        assert!(backend::get(&kept).is_some());
        assert_eq!(backend::get(&partnership_key(&id)), None);
    }
}
