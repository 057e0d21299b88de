//! The code that writes an export: the derived results (gaps per board,
//! matches per round) and file names from partnership names (Unicode case
//! tables). No first screen needs it, so with the `split` feature it is a
//! chunk of its own, fetched at the first export. If it cannot be fetched
//! (offline, never cached), the export is still made, as `backup_file`: the
//! way out of a storage problem must not depend on the network.
//!
//! Without `split` (tests, clippy) it is simply there.

use crate::domain::export::{ExportFile, Scope};

/// `export::export_file`, once its code is loaded.
pub type MakeFile = fn(Scope<'_>, u64, &str) -> ExportFile;

#[cfg(feature = "split")]
mod chunk {
    use super::MakeFile;
    use crate::domain::export::export_file;
    use leptos::wasm_split::SplitLoaderError;

    /// Handing out the function keeps every path to it out of the main module.
    #[leptos::wasm_split::wasm_split(exporter, wasm_split_path = ::leptos::wasm_split, fallible)]
    fn exporter() -> Result<MakeFile, SplitLoaderError> {
        Ok(export_file)
    }

    /// The exporter, loading it first if need be; `None` if its code could not
    /// be fetched. A failure is not remembered: the next call tries again.
    pub async fn load() -> Option<MakeFile> {
        exporter().await.ok()
    }
}

#[cfg(not(feature = "split"))]
mod chunk {
    use super::MakeFile;

    pub async fn load() -> Option<MakeFile> {
        Some(crate::domain::export::export_file)
    }
}

pub use chunk::load;
