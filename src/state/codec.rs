//! The code that reads stored data back and writes it: `file_format::restore`
//! (the JSON parser, every type's deserialiser, the migrations), the
//! serialisers behind `to_json`, and what the store does with them (start-up's
//! reading, opening a partnership, saving, taking in another tab's data). A
//! first visit has nothing to read or write, so in the release build it is a
//! chunk of its own (with the views that show stored data, `ui::stored_views`).
//! It is fetched before start-up where storage holds data (see `ui::start`),
//! while the first partnership is being made or an import chosen, at the first
//! change, and when another tab writes the first data. A save that finds it
//! missing waits for it (`Store::save_now`); meanwhile closing the tab asks
//! first, and if it cannot be fetched (offline on a first visit, before the
//! service worker has it) a banner says so and "Try again" saves.

use super::exporter::MakeFile;
use super::storage::{self, Boot, SaveError, Unreadable};
use super::store::Store;
use crate::domain::stored::Saved;
use crate::domain::{Partnership, PartnershipId, Shelf};
use crate::split_code::split_code;

/// Everything the main module does with stored data, once its code is loaded.
#[derive(Clone, Copy)]
pub struct Codec {
    /// `storage::read_stored`: start-up's reading of what is stored.
    pub read_stored: fn(Option<String>, Option<String>) -> Boot,
    /// `storage::load_onto`: opening a stored partnership.
    pub load_onto: fn(&mut Shelf, &mut Saved, &PartnershipId) -> Result<(), Unreadable>,
    /// `storage::save_changes`: a save, one entry per partnership.
    pub save_changes: fn(&Shelf, &mut Saved, u64) -> Result<bool, SaveError>,
    /// `storage::save_single`: a save in the old single entry.
    pub save_single: fn(&[Partnership], u64) -> Result<(), SaveError>,
    /// `Store::adopt_stored`: taking in what another tab saved.
    pub adopt: fn(Store),
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
            read_stored: storage::read_stored,
            load_onto: storage::load_onto,
            save_changes: storage::save_changes,
            save_single: storage::save_single,
            adopt: Store::adopt_stored,
            backup: crate::domain::export::backup_file,
        }
    }
);

/// Loads the codec if it is not loaded yet; `None` if its code could not be
/// fetched (offline, and not cached). The next call tries again.
pub use split_code::load;

/// `prefetch` starts loading it without waiting, where a save may soon need it.
pub use split_code::{get, prefetch};
