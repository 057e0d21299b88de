//! The app's state, provided by context: the workspace and what the components
//! may ask of it. Components send intents; only the store writes signals.

use super::browser::new_id;
use super::codec::{self, Codec};
use super::exporter::MakeFile;
use super::lifecycle::{
    on_before_unload, on_page_hide, on_storage_change, request_persistent_storage,
};
use super::report::Report;
use super::storage::{
    self, Boot, Found, Layout, SaveError, Unreadable, CURRENT_KEY, LAST_EXPORT_KEY, REVISION_KEY,
};
use crate::domain::csv::index_csv;
use crate::domain::export::{file_name, slug, ExportFile, Scope};
use crate::domain::file_format::{Dropped, Problem, RestoreError};
use crate::domain::history::History;
use crate::domain::import::{self, ImportPlan};
use crate::domain::merge::Choice;
use crate::domain::partnership::{Partner, Partnership, PartnershipId, Side};
use crate::domain::stored::Saved;
use crate::domain::text::TextError;
use crate::domain::workspace::{DraftError, PartnershipDraft};
use crate::domain::{Lang, Shelf, Summary};
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
    /// Data is stored, but the code that reads it could not be fetched
    /// (offline, not cached; see `state::codec`): nothing is written over
    /// it until it has been read.
    NotOpened,
    /// Nothing was stored at start-up, and the code that writes could not be
    /// fetched (offline on a first visit, not cached yet): changes stay in
    /// this tab, and every later change, or "Try again", tries again.
    NotLoaded,
}

/// A message about what happened at start-up. What it says of the data is a
/// `Report`, made where the data is read and opened where it is told.
#[derive(Clone, Debug, PartialEq)]
pub enum Notice {
    Corrupt {
        backup_key: String,
        error: Report<RestoreError>,
    },
    Salvaged {
        backup_key: Option<String>,
        dropped: Report<Vec<Dropped>>,
    },
    /// One listed partnership could not be read when it was opened.
    SetAside {
        id: PartnershipId,
        name: String,
        reason: Report<Problem>,
        backup_key: Option<String>,
    },
}

/// A destructive action, as the undo bar names it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Action {
    DeletePartnership(String),
    Import,
    /// Deleting something inside a partnership (a board, a round, an agreement): its name.
    Delete(String),
    /// A live session's result folded into its exercise (named).
    LiveEnded(String),
}

#[derive(Clone, Copy)]
pub struct Store {
    /// The partnerships, each loaded or still only stored: read one with
    /// [`Store::partnership`], which loads it first.
    pub workspace: RwSignal<Shelf>,
    pub persistence: RwSignal<Persistence>,
    pub notice: RwSignal<Option<Notice>>,
    /// The action undo would take back, and the one redo would redo.
    pub undo_state: RwSignal<(Option<Action>, Option<Action>)>,
    pub last_export: RwSignal<Option<String>>,
    selected: RwSignal<Option<PartnershipId>>,
    /// The partnership the screens work on, derived once for every reader.
    current: Memo<Option<Summary>>,
    history: StoredValue<History<Action, Shelf>>,
    /// Revision of the data this tab last loaded or saved.
    revision: StoredValue<u64>,
    /// What storage holds as far as this tab knows, so a save writes only changes.
    saved: StoredValue<Saved>,
    layout: StoredValue<Layout>,
    pending: StoredValue<Option<TimeoutHandle>>,
    /// A save found the codec missing and waits for it (`save_now`).
    unwritten: StoredValue<bool>,
    /// Leaving the page is guarded while a change waits for the codec.
    guarding: StoredValue<bool>,
    /// Set while this tab takes in another tab's data, so that is not saved back.
    adopting: StoredValue<bool>,
    asked_persist: StoredValue<bool>,
}

impl Store {
    /// Reads storage once and starts autosaving every later change.
    pub fn boot() -> Store {
        let (found, persistence, notice) = match storage::boot() {
            Boot::Fresh => (Found::default(), Persistence::Saving, None),
            Boot::Loaded(mut found) => {
                let notice = found.dropped.take().map(|dropped| Notice::Salvaged {
                    backup_key: found.backup_key.take(),
                    dropped,
                });
                (found, Persistence::Saving, notice)
            }
            Boot::Corrupt {
                backup_key,
                moved,
                error,
            } => (
                Found::default(),
                if moved {
                    Persistence::Saving
                } else {
                    Persistence::Blocked
                },
                Some(Notice::Corrupt { backup_key, error }),
            ),
            Boot::Unavailable => (Found::default(), Persistence::Unavailable, None),
            Boot::NotOpened => (Found::default(), Persistence::NotOpened, None),
        };
        let Found {
            shelf,
            saved,
            revision,
            layout,
            ..
        } = found;
        let revision = storage::stored_revision().unwrap_or(revision).max(revision);
        let selected =
            RwSignal::new(storage::read(CURRENT_KEY).and_then(|s| PartnershipId::new(&s)));
        let workspace = RwSignal::new(shelf);
        let current = Memo::new(move |_| {
            let chosen = selected.get();
            workspace.with(|w| {
                chosen
                    .and_then(|id| w.summary(&id))
                    .or_else(|| w.summaries_at(0..1).pop())
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
            saved: StoredValue::new(saved),
            layout: StoredValue::new(layout),
            pending: StoredValue::new(None),
            unwritten: StoredValue::new(false),
            guarding: StoredValue::new(false),
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
        if codec::get().is_none() {
            // Fetched now, so the save after the delay need not wait for it.
            codec::prefetch();
            self.guard_leaving();
        }
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
        if matches!(
            status,
            Persistence::Blocked | Persistence::OtherTab | Persistence::NotOpened
        ) {
            return;
        }
        let Some(codec) = codec::get() else {
            return self.save_once_loaded();
        };
        let known = self.revision.get_value();
        if storage::stored_revision().is_some_and(|stored| stored > known) {
            // Another tab saved data this one has not seen: never write over it.
            self.persistence.set(Persistence::OtherTab);
            return;
        }
        let revision = known + 1;
        let written = match self.layout.get_value() {
            Layout::PerPartnership => self.write_changes(revision, &codec),
            Layout::Single => self.write_single(revision, &codec).map(|()| true),
        }
        .and_then(|wrote| {
            if wrote {
                storage::write(REVISION_KEY, &revision.to_string())?;
                self.revision.set_value(revision);
            }
            Ok(())
        });
        self.unwritten.set_value(false);
        let status = match written {
            Ok(()) => {
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

    /// A save can only wait for the codec while the page lives: leaving before
    /// it arrives would lose the change, so the browser asks first. Only a tab
    /// that changed something before the codec was there listens (a
    /// `beforeunload` listener keeps some browsers from caching the page for
    /// back and forward).
    fn guard_leaving(self) {
        if !self.guarding.get_value() {
            self.guarding.set_value(true);
            on_before_unload(move || codec::get().is_none() && self.has_unsaved_changes());
        }
    }

    /// A save before the codec is loaded (a first visit: nothing stored at
    /// start-up): it waits for it, and says so if it cannot be fetched.
    fn save_once_loaded(self) {
        self.unwritten.set_value(true);
        leptos::task::spawn_local(async move {
            if codec::load().await.is_some() {
                if self.unwritten.get_value() {
                    self.save_now();
                }
            } else if self.persistence.get_untracked() == Persistence::Saving {
                self.persistence.set(Persistence::NotLoaded);
            }
        });
    }

    /// "Try again" when the codec could not be fetched for a save.
    pub fn save_again(self) {
        self.persistence.set(Persistence::Saving);
        self.save_now();
    }

    /// Writes the partnerships that changed since storage last had them, then
    /// the list; `false` when nothing had changed.
    fn write_changes(self, revision: u64, codec: &Codec) -> Result<bool, SaveError> {
        self.workspace.with_untracked(|shelf| {
            self.saved
                .try_update_value(|saved| (codec.save_changes)(shelf, saved, revision))
                .unwrap_or(Ok(false))
        })
    }

    /// The old layout, where the move to the new one did not fit.
    fn write_single(self, revision: u64, codec: &Codec) -> Result<(), SaveError> {
        self.workspace
            .with_untracked(|w| (codec.save_single)(&w.loaded_workspace().partnerships, revision))
    }

    /// Another tab saved: take its data in, unless this tab has unsaved changes.
    fn other_tab_saved(self) {
        self.once_readable(move |codec| {
            if self.has_unsaved_changes() {
                self.persistence.set(Persistence::OtherTab);
            } else {
                (codec.adopt)(self);
            }
        });
    }

    /// A change waits for its save, or is held back until the user decides
    /// between this tab's data and another's (a second save by the other tab
    /// must not take it in over that change).
    fn has_unsaved_changes(self) -> bool {
        self.pending.get_value().is_some()
            || self.unwritten.get_value()
            || self.persistence.get_untracked() == Persistence::OtherTab
    }

    /// Runs `then` once stored data can be read: at once, or when the codec's
    /// code has loaded (a tab that started with nothing stored has not loaded
    /// it). If it cannot load, this tab stops saving: it cannot know what it
    /// would write over.
    fn once_readable(self, then: impl FnOnce(Codec) + 'static) {
        if let Some(codec) = codec::get() {
            return then(codec);
        }
        leptos::task::spawn_local(async move {
            if let Some(codec) = codec::load().await {
                then(codec);
            } else if !self.has_unsaved_changes() {
                self.persistence.set(Persistence::NotOpened);
            } else {
                self.persistence.set(Persistence::OtherTab);
            }
        });
    }

    /// "Try again" when the stored data could not be opened: read it now.
    pub fn open_stored(self) {
        self.once_readable(move |codec| (codec.adopt)(self));
    }

    /// Reads storage again as at start-up, and again every partnership this
    /// tab had loaded, so open screens go on showing them. With the codec.
    pub(super) fn adopt_stored(self) {
        let Boot::Loaded(Found {
            mut shelf,
            mut saved,
            revision,
            layout,
            ..
        }) = storage::boot()
        else {
            return;
        };
        if let Some(handle) = self.pending.get_value() {
            handle.clear();
            self.pending.set_value(None);
        }
        let open: Vec<PartnershipId> = self
            .workspace
            .with_untracked(|w| w.loaded().map(|p| p.id.clone()).collect());
        for id in &open {
            // One that cannot be read any more stays stored: opening it says so.
            let _ = storage::load_onto(&mut shelf, &mut saved, id);
        }
        self.saved.set_value(saved);
        self.layout.set_value(layout);
        self.revision
            .set_value(storage::stored_revision().unwrap_or(revision));
        if self.workspace.with_untracked(|w| *w != shelf) {
            self.adopting.set_value(true);
            self.workspace.set(shelf);
            // Undo goes back to snapshots of this tab's data: past the other
            // tab's changes it would take them back too, and save that.
            self.history.set_value(History::default());
            self.refresh_undo_state();
        }
        self.persistence.set(Persistence::Saving);
    }

    /// The user's answer when another tab changed the data: take the newer data…
    pub fn use_other_tab(self) {
        self.once_readable(move |codec| (codec.adopt)(self));
    }

    /// …or keep this tab's version, which then becomes the newest.
    pub fn keep_this_tab(self) {
        self.revision
            .set_value(storage::stored_revision().unwrap_or(0));
        // A partnership this tab never opened and the other tab deleted has
        // nothing left to keep: it leaves the list instead of staying listed
        // without its data (which would be reported as unreadable later).
        let stored = storage::stored_partnership_keys();
        let gone: Vec<PartnershipId> = self
            .workspace
            .with_untracked(Shelf::stored_ids)
            .into_iter()
            .filter(|id| !stored.contains(&storage::partnership_key(id)))
            .collect();
        if !gone.is_empty() {
            let forget = |w: &mut Shelf| {
                for id in &gone {
                    w.remove(id);
                }
            };
            self.workspace.update(forget);
            // Nor may undo bring it back, as an entry without data.
            self.history.update_value(|h| h.each_state(forget));
        }
        // Storage is not what this tab last saw: write all it has loaded.
        self.saved.set_value(Saved::default());
        self.persistence.set(Persistence::Saving);
        self.save_now();
    }

    /// Changes the workspace in a way that can be undone.
    pub fn destructive(self, action: Action, change: impl FnOnce(&mut Shelf)) {
        let before = self.workspace.get_untracked();
        self.workspace.update(change);
        self.history.update_value(|h| h.record(action, before));
        self.refresh_undo_state();
    }

    /// Deletes something inside a partnership (a board, a round, a priority),
    /// undoably: `name_of` finds it and says what the undo bar calls it;
    /// nothing happens when it is not there.
    pub(super) fn delete_in(
        self,
        pid: &PartnershipId,
        name_of: impl FnOnce(&Partnership) -> Option<String>,
        remove: impl FnOnce(&mut Partnership),
    ) {
        self.ensure_loaded(pid);
        let Some(name) = self
            .workspace
            .with_untracked(|w| w.get(pid).and_then(name_of))
        else {
            return;
        };
        self.destructive(Action::Delete(name), |w| {
            if let Some(p) = w.get_mut(pid) {
                remove(p);
            }
        });
    }

    pub fn undo(self) {
        let current = self.workspace.get_untracked();
        if let Some((_, before)) = self.history.try_update_value(|h| h.undo(current)).flatten() {
            self.workspace.update(|w| *w = Shelf::back_to(&before, w));
        }
        self.refresh_undo_state();
    }

    pub fn redo(self) {
        let current = self.workspace.get_untracked();
        if let Some((_, after)) = self.history.try_update_value(|h| h.redo(current)).flatten() {
            self.workspace.update(|w| *w = Shelf::back_to(&after, w));
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
    pub fn current(self) -> Memo<Option<Summary>> {
        self.current
    }

    /// The current partnership in full (read from storage if need be).
    pub fn current_partnership(self) -> Memo<Option<Partnership>> {
        let id = Memo::new(move |_| self.current.with(|c| c.as_ref().map(|s| s.id.clone())));
        Memo::new(move |_| id.get().and_then(|id| self.partnership(&id)))
    }

    /// Reads a stored partnership into the shelf. This is not a change (the
    /// data was there all along), so nothing is notified and nothing saved:
    /// screens call it before they read, through [`Store::partnership`].
    pub fn ensure_loaded(self, id: &PartnershipId) {
        if !self.workspace.with_untracked(|w| w.is_stored(id)) {
            return;
        }
        // Without the codec nothing is listed as stored (start-up and taking
        // in another tab's data read the list with it); should that ever
        // change, the partnership stays stored and untouched.
        let Some(codec) = codec::get() else {
            return;
        };
        let loaded = self.saved.try_update_value(|saved| {
            self.workspace
                .try_update_untracked(|w| (codec.load_onto)(w, saved, id))
        });
        if let Some(Some(Err(unreadable))) = loaded {
            // Possibly inside a memo: change the shelf once it has run.
            let id = id.clone();
            queue_microtask(move || self.set_aside(&id, unreadable));
        }
    }

    /// Reads every stored partnership (for export, import and the like).
    pub fn load_all(self) {
        for id in self.workspace.with_untracked(Shelf::stored_ids) {
            self.ensure_loaded(&id);
        }
    }

    /// A partnership, read from storage on first use; `None` if there is no
    /// such partnership. Tracks the workspace, like any read of it.
    pub fn partnership(self, id: &PartnershipId) -> Option<Partnership> {
        self.ensure_loaded(id);
        self.workspace.with(|w| w.get(id).cloned())
    }

    /// Changes one partnership (read first if need be).
    pub fn edit(self, id: &PartnershipId, f: impl FnOnce(&mut Partnership)) {
        self.ensure_loaded(id);
        self.workspace.update(|w| {
            if let Some(p) = w.get_mut(id) {
                f(p);
            }
        });
    }

    /// A listed partnership that cannot be read: its text is kept as a backup,
    /// it leaves the list, and the person is told which one and why.
    fn set_aside(self, id: &PartnershipId, unreadable: Unreadable) {
        let Some(name) = self
            .workspace
            .with_untracked(|w| w.summary(id).map(|s| s.name))
        else {
            return;
        };
        let backup_key = match &unreadable.text {
            Some(text) => match storage::set_aside(id, text) {
                Some(key) => Some(key),
                // Not copied (storage full): leave it listed and stored.
                None => return,
            },
            None => None,
        };
        self.workspace.update(|w| {
            w.remove(id);
        });
        self.notice.set(Some(Notice::SetAside {
            id: id.clone(),
            name,
            reason: unreadable.reason,
            backup_key,
        }));
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
        self.ensure_loaded(id);
        self.workspace.update(|w| result = w.rename(id, name));
        result
    }

    pub fn set_partner(self, id: &PartnershipId, side: Side, partner: Partner) {
        self.ensure_loaded(id);
        self.workspace.update(|w| w.set_partner(id, side, partner));
    }

    pub fn delete(self, id: &PartnershipId) {
        // Loaded first, so undo has it in memory once its entry is removed.
        self.ensure_loaded(id);
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
        // Applying it saves, and a first visit has not loaded the code for that.
        codec::prefetch();
        self.load_all();
        self.workspace
            .with_untracked(|w| import::plan(&w.loaded_workspace(), text))
    }

    /// What importing several files at once would do (see `plan_import`).
    pub fn plan_import_files(self, files: &[(String, String)]) -> import::FilesPlan {
        codec::prefetch();
        self.load_all();
        self.workspace
            .with_untracked(|w| import::plan_files(&w.loaded_workspace(), files))
    }

    /// Applies a plan in one undoable step.
    pub fn apply_import(
        self,
        plan: &ImportPlan,
        choices: &dyn Fn(&PartnershipId) -> Vec<Choice>,
    ) -> Result<(), String> {
        self.load_all();
        let next = self
            .workspace
            .with_untracked(|w| import::apply(&w.loaded_workspace(), plan, choices))?;
        self.destructive(Action::Import, |w| *w = Shelf::from(next));
        Ok(())
    }

    /// The whole workspace, or one partnership, as a file made by `make`:
    /// the exporter, or the codec's backup file if its code could not be loaded.
    pub fn export(self, only: Option<&PartnershipId>, make: MakeFile) -> ExportFile {
        self.flush();
        let now = storage::now_iso();
        let revision = self.revision.get_value();
        self.load_all();
        self.workspace
            .with_untracked(|w| match only.and_then(|id| w.get(id)) {
                Some(p) => make(Scope::One(p), revision, &now),
                None => make(
                    Scope::All(&w.loaded_workspace().partnerships),
                    revision,
                    &now,
                ),
            })
    }

    /// The SDG index scores as CSV (all partnerships, or one): (file name, CSV).
    pub fn export_csv(self, only: Option<&PartnershipId>, lang: Lang) -> (String, String) {
        let now = storage::now_iso();
        self.load_all();
        self.workspace
            .with_untracked(|w| match only.and_then(|id| w.get(id)) {
                Some(p) => (
                    file_name(&slug(&p.name), &now, "csv"),
                    index_csv(std::slice::from_ref(p), lang),
                ),
                None => (
                    file_name("all", &now, "csv"),
                    index_csv(&w.loaded_workspace().partnerships, lang),
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
