//! The live sessions this device takes part in, kept on the device only: the
//! sessions it hosts (with their codes, so a reload reconnects) and the ones it
//! joined (its device id and name, so a second answer replaces the first).

use super::storage;
use crate::domain::live::{Exercise, Joined, LiveSession};
use crate::domain::PartnershipId;

const HOSTED_KEY: &str = "sdg-circle/v1/live/hosted";
const JOINED_KEY: &str = "sdg-circle/v1/live/joined";

fn read<T: serde::de::DeserializeOwned>(key: &str) -> Vec<T> {
    storage::read(key)
        .and_then(|text| serde_json::from_str(&text).ok())
        .unwrap_or_default()
}

fn write<T: serde::Serialize>(key: &str, list: &[T]) {
    if list.is_empty() {
        storage::remove(key);
    } else if let Ok(text) = serde_json::to_string(list) {
        // A full quota loses only the reconnection after a reload, never the session.
        let _ = storage::write(key, &text);
    }
}

/// The session this device hosts for an exercise of a partnership.
pub fn hosted(pid: &PartnershipId, exercise: &Exercise) -> Option<LiveSession> {
    read::<LiveSession>(HOSTED_KEY)
        .into_iter()
        .find(|s| &s.partnership == pid && &s.exercise == exercise)
}

pub fn keep_hosted(session: &LiveSession) {
    let mut all: Vec<LiveSession> = read(HOSTED_KEY);
    all.retain(|s| s.session() != session.session());
    all.push(session.clone());
    write(HOSTED_KEY, &all);
}

pub fn forget_hosted(session: &str) {
    let mut all: Vec<LiveSession> = read(HOSTED_KEY);
    all.retain(|s| s.session() != session);
    write(HOSTED_KEY, &all);
}

/// This device's record of the session a code opens.
pub fn joined(code: &crate::domain::live::JoinCode) -> Option<Joined> {
    read::<Joined>(JOINED_KEY)
        .into_iter()
        .find(|j| &j.code == code)
}

pub fn keep_joined(joined: &Joined) {
    let mut all: Vec<Joined> = read(JOINED_KEY);
    all.retain(|j| j.code != joined.code);
    all.push(joined.clone());
    write(JOINED_KEY, &all);
}

pub fn forget_joined(code: &crate::domain::live::JoinCode) {
    let mut all: Vec<Joined> = read(JOINED_KEY);
    all.retain(|j| &j.code != code);
    write(JOINED_KEY, &all);
}

impl super::Store {
    /// Folds a live session's result into its partnership, undoably: the undo
    /// bar names the exercise (`what`).
    pub fn fold_live(
        self,
        pid: &PartnershipId,
        what: String,
        fold: impl FnOnce(&mut crate::domain::Partnership),
    ) {
        self.ensure_loaded(pid);
        self.destructive(super::store::Action::LiveEnded(what), |w| {
            if let Some(p) = w.get_mut(pid) {
                fold(p);
            }
        });
    }

    /// Forgets the proposals a live session kept (names and words with
    /// them), undoably; `label` names it in the undo bar.
    pub fn forget_kept(self, pid: &PartnershipId, id: &str, label: String) {
        self.delete_in(
            pid,
            |p| p.live_sessions.iter().any(|s| s.id == id).then_some(label),
            |p| p.forget_kept(id),
        );
    }
}
