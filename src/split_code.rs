//! Code that, in the release build (the `split` feature), lives in a chunk of
//! its own and is fetched when first needed. A split point hands it out as a
//! `Copy` value (usually function pointers), which is then kept, so that later
//! uses call it at once instead of waiting. Without `split` (tests, clippy) it
//! is simply there.

/// `split_code!(family, fn name() -> Type { code })` declares, in the calling
/// module, `split_code::get()` (the code, if loaded), `split_code::load()`
/// (loads it if need be; `None` if it could not be fetched, offline and not
/// cached; a failure is not remembered, so the next call tries again) and
/// `split_code::prefetch()` (starts loading it, without waiting).
/// Everything reachable only from `code` goes into the chunk `family`; the
/// name must be unique, as wasm-split links by it.
macro_rules! split_code {
    ($family:ident, fn $name:ident() -> $ty:ty $code:block) => {
        #[cfg(feature = "split")]
        mod split_code {
            #[allow(unused_imports)]
            use super::*;
            use std::cell::Cell;

            thread_local! {
                static LOADED: Cell<Option<$ty>> = const { Cell::new(None) };
            }

            #[leptos::wasm_split::wasm_split($family, wasm_split_path = ::leptos::wasm_split, fallible)]
            fn $name() -> Result<$ty, leptos::wasm_split::SplitLoaderError> {
                Ok($code)
            }

            #[allow(dead_code)]
            pub async fn load() -> Option<$ty> {
                if let Some(code) = LOADED.get() {
                    return Some(code);
                }
                let code = $name().await.ok()?;
                LOADED.set(Some(code));
                Some(code)
            }

            #[allow(dead_code)]
            pub fn get() -> Option<$ty> {
                LOADED.get()
            }

            #[allow(dead_code)]
            pub fn prefetch() {
                if get().is_none() {
                    leptos::task::spawn_local(async {
                        load().await;
                    });
                }
            }
        }

        #[cfg(not(feature = "split"))]
        mod split_code {
            #[allow(unused_imports)]
            use super::*;

            #[allow(dead_code)]
            pub async fn load() -> Option<$ty> {
                Some($code)
            }

            #[allow(dead_code)]
            pub fn get() -> Option<$ty> {
                Some($code)
            }

            #[allow(dead_code)]
            pub fn prefetch() {}
        }
    };
}

pub(crate) use split_code;
