//! The live client (`/live.js`: Yjs, the Hocuspocus provider, a QR encoder) as
//! Rust sees it. Fetched on the first live screen only, as a module script (the
//! CSP allows the app's own scripts, never `eval`). Every call goes through
//! `Reflect` and `Function::call1`, which the app already uses: a typed import
//! per method would be glue in the first load of everyone who never goes live.

use js_sys::{Function, Promise, Reflect};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

fn call(target: &JsValue, method: &str, arg: &JsValue) -> Option<JsValue> {
    let f = Reflect::get(target, &method.into()).ok()?;
    f.dyn_into::<Function>().ok()?.call1(target, arg).ok()
}

fn loaded() -> Option<Api> {
    let api = Reflect::get(&window(), &"sdgLive".into()).ok()?;
    api.is_object().then_some(Api(api))
}

fn window() -> JsValue {
    web_sys::window()
        .map(JsValue::from)
        .unwrap_or(JsValue::NULL)
}

/// Loads the client once; `None` if it cannot be fetched (offline on a first visit).
pub async fn load() -> Option<Api> {
    if let Some(api) = loaded() {
        return Some(api);
    }
    let document = web_sys::window()?.document()?;
    let script = document
        .create_element("script")
        .ok()?
        .dyn_into::<web_sys::HtmlElement>()
        .ok()?;
    script.set_attribute("type", "module").ok()?;
    script.set_attribute("src", "/live.js").ok()?;
    let ready = Promise::new(&mut |done, failed| {
        if let Some(w) = web_sys::window() {
            let _ = w.add_event_listener_with_callback("sdg-live", &done);
        }
        script.set_onerror(Some(&failed));
    });
    let head = document.query_selector("head").ok()??;
    head.insert_before(&script, None).ok()?;
    let outcome = JsFuture::from(ready).await;
    if outcome.is_err() {
        // Gone, so that "Try again" fetches it anew.
        script.remove();
    }
    loaded()
}

/// `window.sdgLive`.
#[derive(Clone)]
pub struct Api(JsValue);

/// A QR code: its size in modules and an SVG path of the dark ones.
#[derive(Clone, Debug, PartialEq, Eq, serde::Deserialize)]
pub struct Qr {
    pub size: u32,
    pub path: String,
}

impl Api {
    /// Opens a session: `options` is the JSON that `live/client.mjs` documents.
    pub fn open(&self, options: &str) -> Option<Handle> {
        call(&self.0, "open", &options.into()).map(Handle)
    }

    pub fn qr(&self, text: &str) -> Option<Qr> {
        let json = call(&self.0, "qr", &text.into())?.as_string()?;
        serde_json::from_str(&json).ok()
    }

    /// `n` random characters of the join codes' alphabet (the browser's crypto).
    pub fn random(&self, n: u32) -> String {
        call(&self.0, "random", &n.into())
            .and_then(|v| v.as_string())
            .unwrap_or_default()
    }

    /// The address participants' phones use: the server's on the local network, or this one.
    pub async fn join_base(&self) -> String {
        let here = || {
            web_sys::window()
                .and_then(|w| w.location().origin().ok())
                .unwrap_or_default()
        };
        let Some(promise) = call(&self.0, "joinBase", &JsValue::NULL) else {
            return here();
        };
        match JsFuture::from(Promise::from(promise)).await {
            Ok(v) => v.as_string().unwrap_or_else(here),
            Err(_) => here(),
        }
    }
}

/// One open session.
#[derive(Clone)]
pub struct Handle(JsValue);

impl Handle {
    pub fn snapshot(&self) -> String {
        call(&self.0, "snapshot", &JsValue::NULL)
            .and_then(|v| v.as_string())
            .unwrap_or_default()
    }

    /// Calls `f` after every change (batched per task).
    pub fn listen(&self, f: impl FnMut() + 'static) {
        let f = Closure::<dyn FnMut()>::new(f).into_js_value();
        let _ = call(&self.0, "listen", &f);
    }

    /// Sets `key` of `map` in `part` to `value`, or removes it.
    pub fn write(&self, part: &str, map: &str, key: &str, value: Option<serde_json::Value>) {
        let json = serde_json::json!({ "part": part, "map": map, "key": key, "value": value });
        let _ = call(&self.0, "write", &json.to_string().into());
    }

    pub fn presence(&self, json: &str) {
        let _ = call(&self.0, "presence", &json.into());
    }

    /// Opens another document (the other delegation's, after the reveal).
    pub fn join(&self, part: &str) {
        let _ = call(&self.0, "join", &part.into());
    }

    /// Asks the server to end the session (facilitators only).
    pub fn end(&self) {
        let _ = call(&self.0, "end", &JsValue::NULL);
    }

    pub fn close(&self) {
        let _ = call(&self.0, "close", &JsValue::NULL);
    }
}
