//! One open live session on this device, as signals: the snapshot of its
//! documents (re-read after every change the client reports) and the intents
//! that write into them. Closed when the screen that opened it goes.

use super::bridge::{Api, Handle};
use crate::domain::live::{Part, Snapshot};
use leptos::prelude::*;

#[derive(Clone, Copy)]
pub struct LiveConnection {
    handle: StoredValue<Option<Handle>, LocalStorage>,
    pub snapshot: RwSignal<Snapshot>,
}

impl LiveConnection {
    /// Opens a session with `options` (see `live/client.mjs`); `on_change` runs
    /// after each change with the snapshot before and after it.
    pub fn open(
        api: &Api,
        options: &str,
        on_change: impl Fn(&Snapshot, &Snapshot) + 'static,
    ) -> Option<LiveConnection> {
        let handle = api.open(options)?;
        let snapshot = RwSignal::new(Snapshot::parse(&handle.snapshot()));
        let reader = handle.clone();
        handle.listen(move || {
            let next = Snapshot::parse(&reader.snapshot());
            let Some(before) = snapshot.try_get_untracked() else {
                return;
            };
            if before != next {
                on_change(&before, &next);
                snapshot.set(next);
            }
        });
        let connection = LiveConnection {
            handle: StoredValue::new_local(Some(handle)),
            snapshot,
        };
        on_cleanup(move || connection.close());
        Some(connection)
    }

    fn with(&self, f: impl FnOnce(&Handle)) {
        self.handle.with_value(|h| {
            if let Some(h) = h {
                f(h)
            }
        });
    }

    pub fn write(&self, part: Part, map: &str, key: &str, value: Option<serde_json::Value>) {
        self.with(|h| h.write(part.as_str(), map, key, value));
    }

    pub fn presence(&self, json: &str) {
        self.with(|h| h.presence(json));
    }

    pub fn join(&self, part: Part) {
        self.with(|h| h.join(part.as_str()));
    }

    pub fn end(&self) {
        self.with(Handle::end);
    }

    pub fn close(&self) {
        if let Some(Some(h)) = self.handle.try_update_value(Option::take) {
            h.close();
        }
    }
}
