//! Helpers shared by the component tests (tests/web*.rs).
#![allow(dead_code)] // each test file uses its own subset

use leptos::prelude::document;
use wasm_bindgen::JsCast;

pub fn storage() -> web_sys::Storage {
    web_sys::window().unwrap().local_storage().unwrap().unwrap()
}

/// A fresh element in the page to mount a component into.
pub fn host() -> web_sys::HtmlElement {
    let document = document();
    let host = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&host).unwrap();
    host.unchecked_into()
}

/// Lets effects and scheduled tasks run before asserting.
pub async fn settle() {
    for _ in 0..3 {
        leptos::task::tick().await;
    }
}
