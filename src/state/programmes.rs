//! The programmes on this device (see `domain::programme`), kept in one
//! storage entry apart from the partnerships: a programme only names
//! partnerships, so it needs none of the partnerships' save machinery. Every
//! change reads the entry again first and writes it whole, so two tabs that
//! edit different programmes keep each other's work.

use super::browser::new_id;
use super::storage::{self, SaveError, BACKUP_PREFIX};
use crate::domain::programme::{
    programmes_from_json, programmes_to_json, Programme, ProgrammeDraft, ProgrammeError,
};
use leptos::prelude::*;

pub const PROGRAMMES_KEY: &str = "sdg-circle/v1/programmes";

/// What went wrong with the stored programmes, for the page to say.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ProgrammesProblem {
    /// The entry could not be read; it was copied to `backup_key` (or, if
    /// even that failed, left where it was and nothing is written over it).
    Unreadable { backup_key: Option<String> },
    /// A change could not be written (storage full or blocked): it is not
    /// kept, and what is stored is as before.
    NotSaved(SaveError),
}

/// The programmes as the pages see them, with what went wrong last and the
/// last deleted one (for Undo).
#[derive(Clone, Copy)]
pub struct Programmes {
    pub list: RwSignal<Vec<Programme>>,
    pub problem: RwSignal<Option<ProgrammesProblem>>,
    pub deleted: RwSignal<Option<(usize, Programme)>>,
}

enum Read {
    Fine(Vec<Programme>),
    /// Unreadable and could not be moved aside: hands off.
    Stuck,
}

fn read() -> (Read, Option<ProgrammesProblem>) {
    let Some(text) = storage::read(PROGRAMMES_KEY) else {
        return (Read::Fine(Vec::new()), None);
    };
    if let Some(list) = programmes_from_json(&text) {
        return (Read::Fine(list), None);
    }
    let key = format!("{BACKUP_PREFIX}{}/programmes", storage::now_iso());
    if storage::write(&key, &text).is_ok() {
        storage::remove(PROGRAMMES_KEY);
        let problem = ProgrammesProblem::Unreadable {
            backup_key: Some(key),
        };
        (Read::Fine(Vec::new()), Some(problem))
    } else {
        let problem = ProgrammesProblem::Unreadable { backup_key: None };
        (Read::Stuck, Some(problem))
    }
}

impl Programmes {
    /// Reads the stored programmes for a page, and again whenever another
    /// tab changes them, for as long as the page is open.
    pub fn open() -> Programmes {
        let (read, problem) = read();
        let list = match read {
            Read::Fine(list) => list,
            Read::Stuck => Vec::new(),
        };
        let programmes = Programmes {
            list: RwSignal::new(list),
            problem: RwSignal::new(problem),
            deleted: RwSignal::new(None),
        };
        let handle = window_event_listener(leptos::ev::storage, move |e| {
            if e.key().as_deref() == Some(PROGRAMMES_KEY) {
                programmes.reread();
            }
        });
        on_cleanup(move || handle.remove());
        programmes
    }

    fn reread(self) {
        let (read, problem) = read();
        if let Read::Fine(list) = read {
            self.list.set(list);
        }
        if problem.is_some() {
            self.problem.set(problem);
        }
    }

    pub fn get(self, id: &str) -> Option<Programme> {
        self.list.with(|l| l.iter().find(|p| p.id == id).cloned())
    }

    /// Reads the entry again, changes it and writes it; the page shows what
    /// is stored afterwards. `false` when nothing could be kept.
    fn change(self, f: impl FnOnce(&mut Vec<Programme>)) -> bool {
        let (read, problem) = read();
        let Read::Fine(mut list) = read else {
            self.problem.set(problem);
            return false;
        };
        f(&mut list);
        match storage::write(PROGRAMMES_KEY, &programmes_to_json(&list)) {
            Ok(()) => {
                self.list.set(list);
                self.problem.set(problem);
                true
            }
            Err(e) => {
                self.problem.set(Some(ProgrammesProblem::NotSaved(e)));
                false
            }
        }
    }

    /// Makes a programme from the draft; its id, or why not.
    pub fn create(self, draft: &ProgrammeDraft) -> Result<Option<String>, ProgrammeError> {
        let programme = draft.build(new_id("pr"))?;
        let id = programme.id.clone();
        Ok(self.change(|l| l.push(programme)).then_some(id))
    }

    pub fn edit(self, id: &str, draft: &ProgrammeDraft) -> Result<bool, ProgrammeError> {
        let programme = draft.build(id.to_owned())?;
        Ok(self.change(|l| {
            match l.iter_mut().find(|p| p.id == id) {
                Some(slot) => *slot = programme,
                // Deleted in another tab meanwhile: kept, as the person asked.
                None => l.push(programme),
            }
        }))
    }

    pub fn delete(self, id: &str) {
        let mut gone = None;
        self.change(|l| {
            if let Some(at) = l.iter().position(|p| p.id == id) {
                gone = Some((at, l.remove(at)));
            }
        });
        if gone.is_some() {
            self.deleted.set(gone);
        }
    }

    pub fn undo_delete(self) {
        let Some((at, programme)) = self.deleted.get_untracked() else {
            return;
        };
        if self.change(|l| {
            if !l.iter().any(|p| p.id == programme.id) {
                l.insert(at.min(l.len()), programme);
            }
        }) {
            self.deleted.set(None);
        }
    }
}
