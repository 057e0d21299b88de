//! The app's state, provided by context: the workspace and what the components
//! may ask of it. Components send intents; only the store writes signals.

use super::browser::{new_id, slug};
use super::lifecycle::{on_page_hide, on_storage_change, request_persistent_storage};
use super::storage::{
    self, Boot, SaveError, CURRENT_KEY, LAST_EXPORT_KEY, REVISION_KEY, WORKSPACE_KEY,
};
use crate::domain::csv::index_csv;
use crate::domain::file_format::{restore, to_export_json, to_json, Dropped, RestoreError};
use crate::domain::history::History;
use crate::domain::import::{self, ImportPlan};
use crate::domain::merge::Choice;
use crate::domain::partnership::{Partner, Partnership, PartnershipId, Side};
use crate::domain::text::TextError;
use crate::domain::workspace::{DraftError, PartnershipDraft, Workspace};
use crate::domain::Lang;
use leptos::prelude::*;
use std::time::Duration;

/// Autosave waits this long after the last change, so typing is not a write per key.
const SAVE_DELAY: Duration = Duration::from_millis(300);
/// After a refused write (quota), try again this often while nothing else changes.
const RETRY_DELAY: Duration = Duration::from_secs(5);

/// Whether changes reach storage. Shown as a persistent banner unless `Saving`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Persistence {
    Saving,
    /// No storage in this browser: the app works in memory only.
    Unavailable,
    /// The last write was refused (quota full); it is retried.
    Refused,
    /// Unreadable data is still under the main key (it could not be moved):
    /// autosave stays off so it is never overwritten.
    Blocked,
    /// Another tab saved newer data while this one had unsaved changes:
    /// nothing is written until the user decides.
    OtherTab,
}

/// A message about what happened at start-up.
#[derive(Clone, Debug, PartialEq)]
pub enum Notice {
    Corrupt {
        backup_key: String,
        error: RestoreError,
    },
    Salvaged {
        backup_key: Option<String>,
        dropped: Vec<Dropped>,
    },
}

/// A destructive action, as the undo bar names it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Action {
    DeletePartnership(String),
    Import,
    /// Deleting something inside a partnership (a board, a round, an agreement): its name.
    Delete(String),
}

#[derive(Clone, Copy)]
pub struct Store {
    pub workspace: RwSignal<Workspace>,
    pub persistence: RwSignal<Persistence>,
    pub notice: RwSignal<Option<Notice>>,
    /// The action undo would take back, and the one redo would redo.
    pub undo_state: RwSignal<(Option<Action>, Option<Action>)>,
    pub last_export: RwSignal<Option<String>>,
    selected: RwSignal<Option<PartnershipId>>,
    /// The partnership the screens work on, derived once for every reader.
    current: Memo<Option<Partnership>>,
    history: StoredValue<History<Action, Workspace>>,
    /// Revision of the data this tab last loaded or saved.
    revision: StoredValue<u64>,
    pending: StoredValue<Option<TimeoutHandle>>,
    /// Set while this tab takes in another tab's data, so that is not saved back.
    adopting: StoredValue<bool>,
    asked_persist: StoredValue<bool>,
}

impl Store {
    /// Reads storage once and starts autosaving every later change.
    pub fn boot() -> Store {
        let (workspace, revision, persistence, notice) = match storage::boot() {
            Boot::Fresh => (Workspace::default(), 0, Persistence::Saving, None),
            Boot::Loaded {
                restored,
                backup_key,
            } => {
                let notice = (!restored.dropped.is_empty()).then_some(Notice::Salvaged {
                    backup_key,
                    dropped: restored.dropped,
                });
                (
                    restored.workspace,
                    restored.revision,
                    Persistence::Saving,
                    notice,
                )
            }
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
        let revision = storage::stored_revision().unwrap_or(revision).max(revision);
        let selected =
            RwSignal::new(storage::read(CURRENT_KEY).and_then(|s| PartnershipId::new(&s)));
        let workspace = RwSignal::new(workspace);
        let current = Memo::new(move |_| {
            let chosen = selected.get();
            workspace.with(|w| {
                chosen
                    .and_then(|id| w.get(&id).cloned())
                    .or_else(|| w.partnerships.first().cloned())
            })
        });
        let store = Store {
            workspace,
            persistence: RwSignal::new(persistence),
            notice: RwSignal::new(notice),
            undo_state: RwSignal::new((None, None)),
            last_export: RwSignal::new(storage::read(LAST_EXPORT_KEY)),
            selected,
            current,
            history: StoredValue::new(History::default()),
            revision: StoredValue::new(revision),
            pending: StoredValue::new(None),
            adopting: StoredValue::new(false),
            asked_persist: StoredValue::new(false),
        };
        store.autosave();
        on_page_hide(move || store.flush());
        on_storage_change(REVISION_KEY, move || store.other_tab_saved());
        store
    }

    /// Schedules a save after every change to the workspace (not on start-up:
    /// nothing changed yet; not when taking in another tab's data: it is saved).
    fn autosave(self) {
        Effect::new(move |ran: Option<()>| {
            self.workspace.track();
            if ran.is_none() {
                return;
            }
            if self.adopting.get_value() {
                self.adopting.set_value(false);
            } else {
                self.schedule_save(SAVE_DELAY);
            }
        });
    }

    fn schedule_save(self, delay: Duration) {
        if let Some(handle) = self.pending.get_value() {
            handle.clear();
        }
        let handle = set_timeout_with_handle(
            move || {
                self.pending.set_value(None);
                self.save_now();
            },
            delay,
        )
        .ok();
        self.pending.set_value(handle);
    }

    /// Saves a pending change at once (page hidden or closing).
    pub fn flush(self) {
        if let Some(handle) = self.pending.get_value() {
            handle.clear();
            self.pending.set_value(None);
            self.save_now();
        }
    }

    fn save_now(self) {
        let status = self.persistence.get_untracked();
        if matches!(status, Persistence::Blocked | Persistence::OtherTab) {
            return;
        }
        let known = self.revision.get_value();
        if storage::stored_revision().is_some_and(|stored| stored > known) {
            // Another tab saved data this one has not seen: never write over it.
            self.persistence.set(Persistence::OtherTab);
            return;
        }
        let revision = known + 1;
        let text = self
            .workspace
            .with_untracked(|w| to_json(&w.partnerships, revision, None));
        let written = storage::write(WORKSPACE_KEY, &text)
            .and_then(|()| storage::write(REVISION_KEY, &revision.to_string()));
        let status = match written {
            Ok(()) => {
                self.revision.set_value(revision);
                if !self.asked_persist.get_value() {
                    self.asked_persist.set_value(true);
                    request_persistent_storage();
                }
                Persistence::Saving
            }
            Err(SaveError::Unavailable) => Persistence::Unavailable,
            Err(SaveError::Refused) => {
                self.schedule_save(RETRY_DELAY);
                Persistence::Refused
            }
        };
        if self.persistence.get_untracked() != status {
            self.persistence.set(status);
        }
    }

    /// Another tab saved: take its data in, unless this tab has unsaved changes.
    fn other_tab_saved(self) {
        if self.pending.get_value().is_some() {
            self.persistence.set(Persistence::OtherTab);
        } else {
            self.adopt_stored();
        }
    }

    fn adopt_stored(self) {
        let Some(Ok(restored)) = storage::read(WORKSPACE_KEY).map(|t| restore(&t)) else {
            return;
        };
        if let Some(handle) = self.pending.get_value() {
            handle.clear();
            self.pending.set_value(None);
        }
        let revision = storage::stored_revision().unwrap_or(restored.revision);
        self.revision.set_value(revision);
        if self.workspace.with_untracked(|w| *w != restored.workspace) {
            self.adopting.set_value(true);
            self.workspace.set(restored.workspace);
        }
        self.persistence.set(Persistence::Saving);
    }

    /// The user's answer when another tab changed the data: take the newer data…
    pub fn use_other_tab(self) {
        self.adopt_stored();
    }

    /// …or keep this tab's version, which then becomes the newest.
    pub fn keep_this_tab(self) {
        self.revision
            .set_value(storage::stored_revision().unwrap_or(0));
        self.persistence.set(Persistence::Saving);
        self.save_now();
    }

    /// Changes the workspace in a way that can be undone.
    pub fn destructive(self, action: Action, change: impl FnOnce(&mut Workspace)) {
        let before = self.workspace.get_untracked();
        self.workspace.update(change);
        self.history.update_value(|h| h.record(action, before));
        self.refresh_undo_state();
    }

    pub fn undo(self) {
        let current = self.workspace.get_untracked();
        if let Some((_, before)) = self.history.try_update_value(|h| h.undo(current)).flatten() {
            self.workspace.set(before);
        }
        self.refresh_undo_state();
    }

    pub fn redo(self) {
        let current = self.workspace.get_untracked();
        if let Some((_, after)) = self.history.try_update_value(|h| h.redo(current)).flatten() {
            self.workspace.set(after);
        }
        self.refresh_undo_state();
    }

    fn refresh_undo_state(self) {
        let state = self
            .history
            .with_value(|h| (h.last_undo().cloned(), h.last_redo().cloned()));
        self.undo_state.set(state);
    }

    /// The partnership the screens work on: the chosen one, else the first.
    pub fn current(self) -> Memo<Option<Partnership>> {
        self.current
    }

    pub fn select(self, id: &PartnershipId) {
        if self.selected.get_untracked().as_ref() != Some(id) {
            self.selected.set(Some(id.clone()));
            let _ = storage::write(CURRENT_KEY, id.as_str());
        }
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
        let Some(name) = self
            .workspace
            .with_untracked(|w| w.get(id).map(|p| p.name.clone()))
        else {
            return;
        };
        self.destructive(Action::DeletePartnership(name), |w| {
            w.remove(id);
        });
    }

    /// What importing `text` would do; the workspace is not touched.
    pub fn plan_import(self, text: &str) -> Result<ImportPlan, RestoreError> {
        self.workspace.with_untracked(|w| import::plan(w, text))
    }

    /// Applies a plan in one undoable step.
    pub fn apply_import(
        self,
        plan: &ImportPlan,
        choices: &dyn Fn(&PartnershipId) -> Vec<Choice>,
    ) -> Result<(), String> {
        let next = self
            .workspace
            .with_untracked(|w| import::apply(w, plan, choices))?;
        self.destructive(Action::Import, |w| *w = next);
        Ok(())
    }

    /// The whole workspace, or one partnership, as a file: (file name, JSON).
    pub fn export(self, only: Option<&PartnershipId>) -> (String, String) {
        self.flush();
        let now = storage::now_iso();
        let date = now.get(..10).unwrap_or("").to_owned();
        let revision = self.revision.get_value();
        self.workspace
            .with_untracked(|w| match only.and_then(|id| w.get(id)) {
                Some(p) => (
                    format!("sdg-circle-{}-{date}.json", slug(&p.name)),
                    to_export_json(std::slice::from_ref(p), revision, &now),
                ),
                None => (
                    format!("sdg-circle-all-{date}.json"),
                    to_export_json(&w.partnerships, revision, &now),
                ),
            })
    }

    /// The SDG index scores as CSV (all partnerships, or one): (file name, CSV).
    pub fn export_csv(self, only: Option<&PartnershipId>, lang: Lang) -> (String, String) {
        let date = storage::now_iso().get(..10).unwrap_or("").to_owned();
        self.workspace
            .with_untracked(|w| match only.and_then(|id| w.get(id)) {
                Some(p) => (
                    format!("sdg-circle-{}-{date}.csv", slug(&p.name)),
                    index_csv(std::slice::from_ref(p), lang),
                ),
                None => (
                    format!("sdg-circle-all-{date}.csv"),
                    index_csv(&w.partnerships, lang),
                ),
            })
    }

    /// Remembers that the data was exported now, to show when it last was.
    pub fn mark_exported(self) {
        let now = storage::now_iso();
        let _ = storage::write(LAST_EXPORT_KEY, &now);
        self.last_export.set(Some(now));
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
