//! The code that reads stored data back and writes it: `file_format::restore`
//! (the JSON parser, every type's deserialiser, the migrations) and the
//! serialisers behind `to_json`. A first visit has nothing to read or write,
//! so in the release build it is a chunk of its own (with the views that show
//! stored data, `ui::stored_views`). It is fetched before start-up where
//! storage holds data (see `ui::start`), while the first partnership is being
//! made, at the first change, and when another tab writes the first data.
//! A save that finds it missing waits for it (`Store::save_now`); meanwhile
//! closing the tab asks first, and if it cannot be fetched (offline on a first
//! visit, before the service worker has it) a banner says so and retries.

use super::exporter::MakeFile;
use crate::domain::file_format::{RestoreError, Restored};
use crate::domain::{Partnership, Summary};
use crate::split_code::split_code;

/// `file_format::restore`, once its code is loaded.
pub type Restore = fn(&str) -> Result<Restored, RestoreError>;

/// Reading and writing the file format.
#[derive(Clone, Copy)]
pub struct Codec {
    pub restore: Restore,
    /// `file_format::to_json`: partnerships in the file envelope.
    pub file: fn(&[Partnership], u64, Option<&str>) -> String,
    /// `stored::list_to_json`: the list the home page shows.
    pub list: fn(&[Summary], u64) -> String,
    /// `export::backup_file`: an export without the derived results, for when
    /// the exporter's own chunk cannot be fetched.
    pub backup: MakeFile,
}

// Handing out the functions (not calling them) keeps every path to them out of
// the main module, and lets later reads and saves call them without waiting.
split_code!(
    codec,
    fn codec() -> Codec {
        Codec {
            restore: crate::domain::file_format::restore,
            file: crate::domain::file_format::to_json,
            list: crate::domain::stored::list_to_json,
            backup: crate::domain::export::backup_file,
        }
    }
);

/// Loads the codec if it is not loaded yet; `None` if its code could not be
/// fetched (offline, and not cached). The next call tries again.
pub use split_code::load;

pub use split_code::get;
