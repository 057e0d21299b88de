//! The code that reads stored data back: `file_format::restore`, with the JSON
//! parser, every type's deserialiser and the migrations behind it. A first
//! visit has nothing to read, so in the release build it is a chunk of its own
//! (with the views that show stored data, `ui::stored_views`). It is fetched
//! before start-up only when storage holds data (see `ui::start`), and when
//! another tab writes the first data. Writing needs only the serialisers, which
//! stay in the main module: a save, even the one when the page is hidden,
//! never waits for it.

use crate::domain::file_format::{RestoreError, Restored};
use crate::split_code::split_code;

/// `file_format::restore`, once its code is loaded.
pub type Restore = fn(&str) -> Result<Restored, RestoreError>;

// Handing out the function (not calling it) keeps every path to it out of the
// main module, and lets later reads call it without waiting.
split_code!(
    reader,
    fn restorer() -> Restore {
        crate::domain::file_format::restore
    }
);

/// Loads the reader if it is not loaded yet; `false` if its code could not be
/// fetched (offline, and not cached). The next call tries again.
pub async fn load() -> bool {
    split_code::load().await.is_some()
}

pub use split_code::get;
