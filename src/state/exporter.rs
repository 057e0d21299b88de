//! The code that writes an export: the derived results (gaps per board,
//! matches per round) and file names from partnership names (Unicode case
//! tables). No first screen needs it, so in the release build it is a chunk of
//! its own, fetched at the first export. If it cannot be fetched (offline,
//! never cached), the export is still made, as `backup_file`: the way out of a
//! storage problem must not depend on the network.

use crate::domain::export::{ExportFile, Scope};
use crate::split_code::split_code;

/// `export::export_file`, once its code is loaded.
pub type MakeFile = fn(Scope<'_>, u64, &str) -> ExportFile;

split_code!(
    exporter,
    fn export_file() -> MakeFile {
        crate::domain::export::export_file
    }
);

/// The exporter, loading it first if need be; `None` if its code could not be
/// fetched. The next call tries again.
pub use split_code::load;
