//! The stylesheets of the pages other than home (pages, circle, index, and print,
//! which makes a page a report), loaded with the first of those pages instead of with
//! the first screen.
//!
//! `scripts/post-build.mjs` moves their `<link>`s (hashed names and integrity, as
//! trunk wrote them) into `<template id="page-styles">` in the head, where the
//! browser does not fetch them. The first lazy page puts them back in the same
//! place, so the cascade order is the one in `index.html`, and draws once they
//! have loaded, so the page never shows unstyled. Hand-written because
//! leptos_meta's `<Stylesheet>` cannot be awaited and knows no hashed name.

use std::cell::RefCell;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{HtmlElement, HtmlTemplateElement};

thread_local! {
    static LOADED: RefCell<Option<js_sys::Promise>> = const { RefCell::new(None) };
}

/// Starts loading the page stylesheets (once, unless one failed) and resolves once
/// they have loaded, or failed to: a page without its styles still works, one that
/// never draws does not.
pub fn load() -> impl std::future::Future<Output = ()> {
    let promise = LOADED.with(|l| l.borrow_mut().get_or_insert_with(put_back).clone());
    async move {
        let _ = JsFuture::from(promise).await;
    }
}

fn put_back() -> js_sys::Promise {
    let all = js_sys::Array::new();
    let document = leptos::prelude::document();
    let template = document
        .get_element_by_id("page-styles")
        .and_then(|t| t.dyn_into::<HtmlTemplateElement>().ok());
    let (Some(template), Some(head)) = (
        template.as_ref(),
        template.as_ref().and_then(|t| t.parent_node()),
    ) else {
        return js_sys::Promise::all(&all);
    };
    let Ok(links) = template.content().query_selector_all("link") else {
        return js_sys::Promise::all(&all);
    };
    for i in 0..links.length() {
        let Some(link) = links
            .item(i)
            .and_then(|l| document.import_node(&l).ok())
            .and_then(|l| l.dyn_into::<HtmlElement>().ok())
        else {
            continue;
        };
        // Put back by an earlier page, and loaded (a failed one was taken out).
        let href = link.get_attribute("href").unwrap_or_default();
        if document
            .query_selector(&format!("head > link[href=\"{href}\"]"))
            .ok()
            .flatten()
            .is_some()
        {
            continue;
        }
        all.push(&js_sys::Promise::new(&mut |done, _| {
            link.set_onload(Some(&done));
            // Offline on a first visit, with nothing cached: the page draws without
            // it, and the next page that loads tries again.
            let failed = link.clone();
            let retry_later = Closure::once_into_js(move || {
                failed.remove();
                LOADED.with(|l| l.borrow_mut().take());
                let _ = done.call0(&JsValue::NULL);
            });
            link.set_onerror(Some(retry_later.unchecked_ref()));
        }));
        let _ = head.insert_before(&link, Some(template));
    }
    js_sys::Promise::all(&all)
}

/// Whether the page stylesheets are back in the head (and none failed), so a
/// page whose code is loaded can draw at once.
pub fn started() -> bool {
    LOADED.with(|l| l.borrow().is_some())
}
