//! The app's state, provided by context: the workspace and what the components
//! may ask of it. Components send intents; only this module writes signals.

use super::browser::new_id;
use super::storage::{self, Boot, SaveError, CURRENT_KEY, WORKSPACE_KEY};
use crate::domain::file_format::{to_json, RestoreError};
use crate::domain::partnership::{Partner, Partnership, PartnershipId, Side};
use crate::domain::text::TextError;
use crate::domain::workspace::{DraftError, PartnershipDraft, Removed, Workspace};
use leptos::prelude::*;

/// Whether changes reach storage. Shown as a persistent banner unless `Saving`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Persistence {
    Saving,
    /// No storage in this browser: the app works in memory only.
    Unavailable,
    /// The last write was refused (quota full); the next change retries.
    Refused,
    /// Unreadable data is still under the main key (it could not be moved):
    /// autosave stays off so it is never overwritten.
    Blocked,
}

/// A one-off message about what happened at start-up.
#[derive(Clone, Debug, PartialEq)]
pub enum Notice {
    Corrupt {
        backup_key: String,
        error: RestoreError,
    },
}

/// Something the user can take back.
#[derive(Clone, Debug, PartialEq)]
pub enum Undoable {
    Deleted(Removed),
}

#[derive(Clone, Copy)]
pub struct Store {
    pub workspace: RwSignal<Workspace>,
    pub persistence: RwSignal<Persistence>,
    pub notice: RwSignal<Option<Notice>>,
    pub undo: RwSignal<Option<Undoable>>,
    selected: RwSignal<Option<PartnershipId>>,
    revision: StoredValue<u64>,
}

impl Store {
    /// Reads storage once and starts autosaving every later change.
    pub fn boot() -> Store {
        let (workspace, revision, persistence, notice) = match storage::boot() {
            Boot::Fresh => (Workspace::default(), 0, Persistence::Saving, None),
            Boot::Loaded(r) => (r.workspace, r.revision, Persistence::Saving, None),
            Boot::Corrupt {
                backup_key,
                moved,
                error,
            } => (
                Workspace::default(),
                0,
                if moved {
                    Persistence::Saving
                } else {
                    Persistence::Blocked
                },
                Some(Notice::Corrupt { backup_key, error }),
            ),
            Boot::Unavailable => (Workspace::default(), 0, Persistence::Unavailable, None),
        };
        let selected = storage::read(CURRENT_KEY).and_then(|s| PartnershipId::new(&s));
        let store = Store {
            workspace: RwSignal::new(workspace),
            persistence: RwSignal::new(persistence),
            notice: RwSignal::new(notice),
            undo: RwSignal::new(None),
            selected: RwSignal::new(selected),
            revision: StoredValue::new(revision),
        };
        store.autosave();
        store
    }

    /// Saves after every change to the workspace (not on start-up: nothing changed yet).
    fn autosave(self) {
        Effect::new(move |ran: Option<()>| {
            self.workspace.track();
            if ran.is_some() {
                self.save_now();
            }
        });
    }

    fn save_now(self) {
        let blocked = self
            .persistence
            .with_untracked(|p| *p == Persistence::Blocked);
        if blocked {
            return;
        }
        let revision = self.revision.get_value() + 1;
        let text = self
            .workspace
            .with_untracked(|w| to_json(w, revision, None));
        let status = match storage::write(WORKSPACE_KEY, &text) {
            Ok(()) => {
                self.revision.set_value(revision);
                Persistence::Saving
            }
            Err(SaveError::Unavailable) => Persistence::Unavailable,
            Err(SaveError::Refused) => Persistence::Refused,
        };
        if self.persistence.get_untracked() != status {
            self.persistence.set(status);
        }
    }

    /// The whole workspace as a file, for the crash screen and exports.
    pub fn export_json(self) -> String {
        let now = storage::now_iso();
        self.workspace
            .with_untracked(|w| to_json(w, self.revision.get_value(), Some(&now)))
    }

    /// The partnership the screens work on: the chosen one, else the first.
    pub fn current(self) -> Memo<Option<Partnership>> {
        Memo::new(move |_| {
            let chosen = self.selected.get();
            self.workspace.with(|w| {
                chosen
                    .and_then(|id| w.get(&id).cloned())
                    .or_else(|| w.partnerships.first().cloned())
            })
        })
    }

    pub fn select(self, id: &PartnershipId) {
        self.selected.set(Some(id.clone()));
        let _ = storage::write(CURRENT_KEY, id.as_str());
    }

    pub fn create(self, draft: &PartnershipDraft) -> Result<Partnership, DraftError> {
        let id = PartnershipId::new(&new_id("p")).expect("generated ids are valid");
        let partnership = draft.build(id, &storage::now_iso())?;
        self.workspace.update(|w| {
            w.add(partnership.clone());
        });
        self.select(&partnership.id);
        Ok(partnership)
    }

    pub fn rename(self, id: &PartnershipId, name: &str) -> Result<(), TextError> {
        let mut result = Ok(());
        self.workspace.update(|w| result = w.rename(id, name));
        result
    }

    pub fn set_partner(self, id: &PartnershipId, side: Side, partner: Partner) {
        self.workspace.update(|w| w.set_partner(id, side, partner));
    }

    pub fn delete(self, id: &PartnershipId) {
        let mut removed = None;
        self.workspace.update(|w| removed = w.remove(id));
        if let Some(removed) = removed {
            self.undo.set(Some(Undoable::Deleted(removed)));
        }
    }

    pub fn undo_last(self) {
        if let Some(Undoable::Deleted(removed)) = self.undo.get_untracked() {
            self.workspace.update(|w| {
                w.restore(removed);
            });
        }
        self.undo.set(None);
    }
}

pub fn provide_store() -> Store {
    let store = Store::boot();
    provide_context(store);
    store
}

pub fn use_store() -> Store {
    expect_context::<Store>()
}
