//! The facilitator's side of a live session: start it for an exercise, keep
//! it across reloads (the codes are kept on this device), fold what it
//! gathered into the partnership at the end. Without the server the exercise
//! works as before: this only adds.

use super::bridge::{self, Api, Qr};
use super::connection::LiveConnection;
use crate::domain::live::{Exercise, JoinCode, LiveSession, Part, Snapshot};
use crate::domain::{Partnership, PartnershipId};
use crate::state::live as records;
use crate::state::{use_store, Store};
use leptos::prelude::*;

/// A delegation's (or the co-facilitators') invitation: its code, its link and,
/// for the delegations, the link as a QR code.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Invite {
    pub code: JoinCode,
    pub link: String,
    pub qr: Option<Qr>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Invites {
    pub delegations: [Invite; 2],
    pub co: Invite,
}

/// Where starting or resuming stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Opening {
    Idle,
    Loading,
    /// The live client could not be fetched (offline on a first use).
    Failed,
}

#[derive(Clone, Copy)]
pub struct LiveHost {
    pub pid: StoredValue<PartnershipId>,
    pub exercise: StoredValue<Exercise>,
    pub session: RwSignal<Option<LiveSession>>,
    pub connection: RwSignal<Option<LiveConnection>>,
    pub invites: RwSignal<Option<Invites>>,
    pub opening: RwSignal<Opening>,
    api: StoredValue<Option<Api>, LocalStorage>,
    /// Runs after every change of the session's documents (the exercise
    /// applies co-facilitators' agreed values to the partnership).
    on_change: StoredValue<Option<Callback<(Snapshot, Snapshot)>>>,
    store: Store,
}

impl LiveHost {
    /// The live session of `exercise`: reconnected at once if this device hosts one.
    pub fn new(pid: PartnershipId, exercise: Exercise) -> LiveHost {
        let kept = records::hosted(&pid, &exercise);
        let host = LiveHost {
            pid: StoredValue::new(pid),
            exercise: StoredValue::new(exercise),
            session: RwSignal::new(kept.clone()),
            connection: RwSignal::new(None),
            invites: RwSignal::new(None),
            opening: RwSignal::new(Opening::Idle),
            api: StoredValue::new_local(None),
            on_change: StoredValue::new(None),
            store: use_store(),
        };
        if let Some(session) = kept {
            host.connect(session, false);
        }
        host
    }

    pub fn on_change(&self, f: Callback<(Snapshot, Snapshot)>) {
        self.on_change.set_value(Some(f));
    }

    /// Reads the session's current snapshot in place (the projector's memos
    /// each take their part of it on every change; a copy each was the whole
    /// room's proposals, several times per vote).
    pub fn with_snapshot<T>(&self, f: impl FnOnce(&Snapshot) -> T) -> Option<T> {
        self.connection.with(|c| c.map(|c| c.snapshot.with(f)))
    }

    /// Starts a new session: new codes, registered by the server at the first connection.
    pub fn start(self) {
        self.with_api(move |api| {
            let random: Vec<String> = (0..5)
                .map(|i| api.random(if i == 0 { 4 } else { 8 }))
                .collect();
            let [s, h, c, a, b] = [0, 1, 2, 3, 4].map(|i| random[i].as_str());
            let Some(session) = LiveSession::start(
                self.pid.get_value(),
                self.exercise.get_value(),
                [s, h, c, a, b],
            ) else {
                self.opening.set(Opening::Failed);
                return;
            };
            records::keep_hosted(&session);
            self.session.set(Some(session.clone()));
            self.connect(session, true);
        });
    }

    /// Loads the client, then runs `f` with it.
    fn with_api(self, f: impl FnOnce(Api) + 'static) {
        if let Some(api) = self.api.get_value() {
            f(api);
            return;
        }
        self.opening.set(Opening::Loading);
        leptos::task::spawn_local(async move {
            match bridge::load().await {
                Some(api) => {
                    self.api.set_value(Some(api.clone()));
                    let _ = self.opening.try_set(Opening::Idle);
                    f(api);
                }
                None => {
                    let _ = self.opening.try_set(Opening::Failed);
                }
            }
        });
    }

    /// Tries again after the client could not be loaded.
    pub fn retry(self) {
        match self.session.get_untracked() {
            Some(session) => self.connect(session, false),
            None => self.start(),
        }
    }

    fn connect(self, session: LiveSession, create: bool) {
        self.with_api(move |api| {
            let options = serde_json::json!({
                "sid": session.session(),
                "code": session.host.as_str(),
                "create": create.then(|| session.create_request()),
            });
            let on_change = self.on_change;
            let connection =
                LiveConnection::open(&api, &options.to_string(), move |before, after| {
                    if let Some(f) = on_change.get_value() {
                        f.run((before.clone(), after.clone()));
                    }
                });
            self.connection.set(connection);
            let api2 = api.clone();
            leptos::task::spawn_local(async move {
                let base = api2.join_base().await;
                let invite = |code: &JoinCode, qr: bool| {
                    let link = LiveSession::link(&base, code);
                    Invite {
                        code: code.clone(),
                        qr: qr.then(|| api2.qr(&link)).flatten(),
                        link,
                    }
                };
                let invites = Invites {
                    delegations: [invite(&session.a, true), invite(&session.b, true)],
                    co: invite(&session.co, false),
                };
                let _ = self.invites.try_set(Some(invites));
            });
        });
    }

    /// Writes into the room (what everyone sees).
    pub fn put(&self, key: &str, value: serde_json::Value) {
        if let Some(c) = self.connection.get_untracked() {
            c.write(Part::Room, "state", key, Some(value));
        }
    }

    /// Writes an agreed value: the walk's into the room, a delegation's score into its own document.
    pub fn agree(
        &self,
        part: Part,
        goal: crate::domain::GoalNumber,
        value: Option<serde_json::Value>,
    ) {
        if let Some(c) = self.connection.get_untracked() {
            c.write(part, "agreed", &goal.get().to_string(), value);
        }
    }

    /// Ends the session: `fold` puts its result into the partnership and,
    /// with `keep`, every participant's proposal is kept beside it (one undo
    /// step, named `what`); then the server is told to revoke the codes and
    /// delete its data.
    pub fn end(self, what: String, keep: bool, fold: impl FnOnce(&mut Partnership, &Snapshot)) {
        let snapshot = self.with_snapshot(Snapshot::clone).unwrap_or_default();
        let id = self
            .session
            .with_untracked(|s| s.as_ref().map(|s| s.session().to_owned()));
        let exercise = self.exercise.get_value();
        self.store.fold_live(&self.pid.get_value(), what, |p| {
            fold(p, &snapshot);
            if let (true, Some(id)) = (keep, id) {
                p.keep_proposals(&id, &exercise, &crate::state::storage::now_iso(), &snapshot);
            }
        });
        if let Some(c) = self.connection.get_untracked() {
            c.end();
            // The close follows the server's "ended"; if it never comes (offline),
            // the session is dropped here anyway: its codes expire with its data.
            set_timeout(move || c.close(), std::time::Duration::from_millis(1500));
        }
        self.forget();
    }

    /// Forgets a session the server no longer knows, without folding anything.
    pub fn drop_session(self) {
        if let Some(c) = self.connection.get_untracked() {
            c.close();
        }
        self.forget();
    }

    /// This device no longer hosts the session: its record and its screens go.
    fn forget(self) {
        if let Some(s) = self.session.get_untracked() {
            records::forget_hosted(s.session());
        }
        self.connection.set(None);
        self.session.set(None);
        self.invites.set(None);
    }
}
