//! A `<select>` that follows its value in the data, for `use:select_value`.
//!
//! `prop:value` writes the value at every change, in a task of its own. After a
//! person picks an option that write selects the same option again, and
//! Chromium walks the options for it: 0.5 ms at 4x CPU of the index score's
//! frame (bench/RESULTS.md, twelfth pass). This writes only a value the
//! select does not already show: after undo, another tab's data, an import.

use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlSelectElement};

/// The directive: `<select use:select_value=Signal::derive(move || code())>`.
/// The options still need `selected` for the first draw: this first runs once
/// the select and its options are in the page.
pub fn select_value(el: Element, value: Signal<String>) {
    let select: HtmlSelectElement = el.unchecked_into();
    Effect::new(move || {
        let wanted = value.get();
        if select.value() != wanted {
            select.set_value(&wanted);
        }
    });
}
