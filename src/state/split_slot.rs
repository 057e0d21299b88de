//! Code a split point hands out (function pointers), kept once it is loaded so
//! that later uses call it at once instead of waiting. Only with `split`.

use leptos::wasm_split::SplitLoaderError;
use std::cell::Cell;
use std::future::Future;
use std::thread::LocalKey;

/// Where one split point's code is kept: a `thread_local!` `Cell`.
pub type Slot<T> = LocalKey<Cell<Option<T>>>;

/// The code in `slot`, loading it with `split` first if need be; `None` if it
/// could not be fetched (offline, never cached). A failure is not remembered:
/// the next call tries again.
pub async fn load<T, F>(slot: &'static Slot<T>, split: impl FnOnce() -> F) -> Option<T>
where
    T: Copy + 'static,
    F: Future<Output = Result<T, SplitLoaderError>>,
{
    if let Some(code) = slot.get() {
        return Some(code);
    }
    let code = split().await.ok()?;
    slot.set(Some(code));
    Some(code)
}
