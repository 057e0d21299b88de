//! The code that reads stored data back: `file_format::restore`, with the JSON
//! parser, every type's deserialiser and the migrations behind it. It is a sixth
//! of the first download, and a first visit has nothing to read, so with the
//! `split` feature it is a chunk of its own. It is fetched before start-up only
//! when storage holds data (see `ui::start`), and when another tab writes the
//! first data. Writing needs only the serialisers, which stay in the main
//! module: a save, even the one when the page is hidden, never waits for it.
//!
//! Without `split` (tests, clippy) it is simply there.

use crate::domain::file_format::{RestoreError, Restored};

/// `file_format::restore`, once its code is loaded.
pub type Restore = fn(&str) -> Result<Restored, RestoreError>;

#[cfg(feature = "split")]
mod chunk {
    use super::Restore;
    use crate::domain::file_format::restore;
    use crate::state::split_slot;
    use leptos::wasm_split::SplitLoaderError;
    use std::cell::Cell;

    thread_local! {
        static LOADED: Cell<Option<Restore>> = const { Cell::new(None) };
    }

    /// Handing out the function (not calling it) keeps every path to it out of
    /// the main module, and lets later reads call it without waiting.
    #[leptos::wasm_split::wasm_split(reader, wasm_split_path = ::leptos::wasm_split, fallible)]
    fn restorer() -> Result<Restore, SplitLoaderError> {
        Ok(restore)
    }

    /// Loads the reader if it is not loaded yet; `false` if its code could not
    /// be fetched (offline, and not cached). A failure is not remembered: the
    /// next call tries again.
    pub async fn load() -> bool {
        split_slot::load(&LOADED, restorer).await.is_some()
    }

    /// The reader, if it is loaded.
    pub fn get() -> Option<Restore> {
        LOADED.get()
    }
}

#[cfg(not(feature = "split"))]
mod chunk {
    use super::Restore;

    pub async fn load() -> bool {
        true
    }

    pub fn get() -> Option<Restore> {
        Some(crate::domain::file_format::restore)
    }
}

pub use chunk::{get, load};
