//! Page lifecycle hooks the store needs: hide/close, other tabs, persistence.

/// Runs `f` when the page is hidden or closed: the last moment to save.
#[cfg(target_arch = "wasm32")]
pub fn on_page_hide(f: impl Fn() + Clone + 'static) {
    use leptos::prelude::window_event_listener_untyped;
    let g = f.clone();
    // Handles live as long as the app: nothing to remove them from.
    let _ = window_event_listener_untyped("pagehide", move |_| f());
    let _ = window_event_listener_untyped("visibilitychange", move |_| {
        let hidden = web_sys::window()
            .and_then(|w| w.document())
            .is_some_and(|d| d.visibility_state() == web_sys::VisibilityState::Hidden);
        if hidden {
            g();
        }
    });
}

#[cfg(not(target_arch = "wasm32"))]
pub fn on_page_hide(_: impl Fn() + Clone + 'static) {}

/// Has the browser ask before the page is left while `unsafe_to_leave` says so.
#[cfg(target_arch = "wasm32")]
pub fn on_before_unload(unsafe_to_leave: impl Fn() -> bool + 'static) {
    let _ = leptos::prelude::window_event_listener_untyped("beforeunload", move |e| {
        if unsafe_to_leave() {
            e.prevent_default();
        }
    });
}

#[cfg(not(target_arch = "wasm32"))]
pub fn on_before_unload(_: impl Fn() -> bool + 'static) {}

/// Runs `f` when another tab writes `key` (the browser's storage event).
#[cfg(target_arch = "wasm32")]
pub fn on_storage_change(key: &'static str, f: impl Fn() + 'static) {
    let _ = leptos::prelude::window_event_listener(leptos::ev::storage, move |e| {
        if e.key().as_deref() == Some(key) {
            f();
        }
    });
}

#[cfg(not(target_arch = "wasm32"))]
pub fn on_storage_change(_: &'static str, _: impl Fn() + 'static) {}

/// Asks the browser not to evict our storage under pressure. Best effort:
/// browsers may ignore it, and nothing depends on the answer.
#[cfg(target_arch = "wasm32")]
pub fn request_persistent_storage() {
    if let Some(manager) = web_sys::window().map(|w| w.navigator().storage()) {
        let _ = manager.persist();
    }
}

#[cfg(not(target_arch = "wasm32"))]
pub fn request_persistent_storage() {}
