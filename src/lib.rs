//! SDG Circle: the VVSG circle exercise and SDG index for twinned municipalities.
//!
//! `domain` is pure Rust, tested on the host; `state` talks to the browser;
//! `ui` holds the Leptos components.

pub mod domain;
pub mod routes;
mod split_code;
pub mod state;
pub mod ui;

// The macro is deprecated upstream in favour of build.rs code generation, but
// that path compiles the whole ICU data pipeline into every build (minutes on a
// 2-core machine) for formatting features this app does not use.
#[allow(deprecated)]
mod i18n_gen {
    leptos_i18n::load_locales!();
}

// The macro reads locales/*.json without telling cargo, so an edited text
// left an incremental build as it was; an unused include makes cargo watch
// each file (the optimiser drops the bytes).
const _: [&[u8]; 4] = [
    include_bytes!("../locales/en.json"),
    include_bytes!("../locales/nl.json"),
    include_bytes!("../locales/fr.json"),
    include_bytes!("../locales/es.json"),
];
pub use i18n_gen::i18n;

pub use ui::App;

// Rust's default wasm allocator (dlmalloc) was 2.4 KB of the first load; talc is
// smaller and faster at the many small allocations a Leptos UI makes.
#[cfg(all(target_family = "wasm", not(target_feature = "atomics")))]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();
