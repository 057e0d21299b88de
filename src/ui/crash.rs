//! A panic must never leave a blank page. With `panic = "abort"` the wasm
//! instance is dead after the hook returns, so the crash screen is plain DOM:
//! a message in the UI language and a download link built before the trap.

#[cfg(target_arch = "wasm32")]
pub fn install_panic_hook() {
    std::panic::set_hook(Box::new(|info| {
        console_error_panic_hook::hook(info);
        let _ = show_crash_screen();
    }));
}

#[cfg(not(target_arch = "wasm32"))]
pub fn install_panic_hook() {}

#[cfg(target_arch = "wasm32")]
fn show_crash_screen() -> Option<()> {
    use crate::domain::Lang;
    use crate::i18n::{td_string, Locale};
    use crate::state::storage::{self, UI_LANGUAGE_KEY};
    use crate::ui::locale::to_locale;
    use wasm_bindgen::JsValue;

    let locale: Locale = storage::read(UI_LANGUAGE_KEY)
        .and_then(|c| Lang::from_code(&c))
        .map(to_locale)
        .unwrap_or(Locale::en);
    let document = web_sys::window()?.document()?;
    let body = document.body()?;
    let screen = document.create_element("div").ok()?;
    screen.set_class_name("crash-screen");
    screen.set_attribute("role", "alertdialog").ok()?;
    screen.set_attribute("aria-modal", "true").ok()?;

    let message = document.create_element("p").ok()?;
    message.set_text_content(Some(td_string!(locale, app.crashed)));
    screen.append_child(&message).ok()?;

    let data = storage::stored_file();
    let parts = js_sys::Array::of1(&JsValue::from_str(&data));
    let blob = web_sys::Blob::new_with_str_sequence(&parts).ok()?;
    let url = web_sys::Url::create_object_url_with_blob(&blob).ok()?;
    let download = document.create_element("a").ok()?;
    download.set_attribute("href", &url).ok()?;
    download
        .set_attribute("download", "sdg-circle-data.json")
        .ok()?;
    download.set_class_name("button primary");
    download.set_text_content(Some(td_string!(locale, app.download_data)));
    screen.append_child(&download).ok()?;

    let reload = document.create_element("a").ok()?;
    let here = web_sys::window()?.location().href().ok()?;
    reload.set_attribute("href", &here).ok()?;
    reload.set_class_name("button secondary");
    reload.set_text_content(Some(td_string!(locale, app.reload)));
    screen.append_child(&reload).ok()?;

    body.append_child(&screen).ok()?;
    Some(())
}

/// Panics on purpose, so the end-to-end test can check the crash screen through
/// the real panic hook. Harmless: a crash loses nothing that was saved.
#[cfg(target_arch = "wasm32")]
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn simulate_crash() {
    panic!("simulated crash (test)");
}
