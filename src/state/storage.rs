//! localStorage, probed before use: private modes and blocked storage throw on
//! access, and a full quota throws on write. Nothing here panics; every fault
//! becomes a value the UI can explain.

use crate::domain::file_format::{restore, RestoreError, Restored};

pub const WORKSPACE_KEY: &str = "sdg-circle/v1/workspace";
pub const UI_LANGUAGE_KEY: &str = "sdg-circle/v1/ui-language";
pub const CURRENT_KEY: &str = "sdg-circle/v1/current-partnership";
pub const BACKUP_PREFIX: &str = "sdg-circle/backup/";
/// Save counter of the last write, kept apart from the workspace so a tab can
/// check it (and other tabs can watch it) without parsing the whole workspace.
pub const REVISION_KEY: &str = "sdg-circle/v1/revision";
pub const LAST_EXPORT_KEY: &str = "sdg-circle/v1/last-export";

/// What was found in storage at start-up.
#[derive(Clone, Debug, PartialEq)]
pub enum Boot {
    /// Nothing stored yet.
    Fresh,
    /// Restored; if some partnerships had to be left out, the whole stored
    /// text was first copied to `backup_key`.
    Loaded {
        restored: Restored,
        backup_key: Option<String>,
    },
    /// Stored data could not be restored. It was copied to `backup_key`
    /// (or, if even that failed, left where it was: then `moved` is false and
    /// autosave must not write over it).
    Corrupt {
        backup_key: String,
        moved: bool,
        error: RestoreError,
    },
    /// No storage at all: the app runs in memory.
    Unavailable,
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

    pub fn now_iso() -> String {
        String::from(js_sys::Date::new_0().to_iso_string())
    }
}

#[cfg(not(target_arch = "wasm32"))]
mod backend {
    //! Host stand-in so the crate builds and the pure parts test natively.
    pub fn available() -> bool {
        false
    }
    pub fn get(_: &str) -> Option<String> {
        None
    }
    pub fn set(_: &str, _: &str) -> bool {
        false
    }
    pub fn remove(_: &str) {}
    pub fn now_iso() -> String {
        "1970-01-01T00:00:00.000Z".into()
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

/// Reads the workspace through the same restore path as an import. Unreadable
/// data is moved aside under a backup key, never left to be overwritten.
pub fn boot() -> Boot {
    if !backend::available() {
        return Boot::Unavailable;
    }
    let Some(text) = backend::get(WORKSPACE_KEY) else {
        return Boot::Fresh;
    };
    let backup_key = format!("{BACKUP_PREFIX}{}", now_iso());
    match restore(&text) {
        Ok(restored) if restored.dropped.is_empty() => Boot::Loaded {
            restored,
            backup_key: None,
        },
        Ok(restored) => {
            let kept = backend::set(&backup_key, &text);
            Boot::Loaded {
                restored,
                backup_key: kept.then_some(backup_key),
            }
        }
        Err(error) => {
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

/// The revision of the last write by any tab, if any tab has written.
pub fn stored_revision() -> Option<u64> {
    backend::get(REVISION_KEY).and_then(|r| r.parse().ok())
}
