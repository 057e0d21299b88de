//! Small browser helpers the components share: file download and ids.

#[cfg(target_arch = "wasm32")]
pub fn download(filename: &str, mime: &str, text: &str) -> bool {
    use wasm_bindgen::{JsCast, JsValue};
    let run = || -> Result<(), JsValue> {
        let parts = js_sys::Array::of1(&JsValue::from_str(text));
        let opts = web_sys::BlobPropertyBag::new();
        opts.set_type(mime);
        let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &opts)?;
        let url = web_sys::Url::create_object_url_with_blob(&blob)?;
        let document = web_sys::window()
            .ok_or("no window")?
            .document()
            .ok_or("no document")?;
        let a: web_sys::HtmlAnchorElement = document.create_element("a")?.dyn_into()?;
        a.set_href(&url);
        a.set_download(filename);
        let body = document.body().ok_or("no body")?;
        body.append_child(&a)?;
        a.click();
        a.remove();
        // Revoke later: Chromium reads the blob after click() returns.
        leptos::prelude::set_timeout(
            move || {
                let _ = web_sys::Url::revoke_object_url(&url);
            },
            std::time::Duration::from_secs(10),
        );
        Ok(())
    };
    run().is_ok()
}

#[cfg(not(target_arch = "wasm32"))]
pub fn download(_: &str, _: &str, _: &str) -> bool {
    false
}

/// A fresh id: time plus randomness, so ids made on two laptops do not collide.
#[cfg(target_arch = "wasm32")]
pub fn new_id(prefix: &str) -> String {
    let now = js_sys::Date::now() as u64;
    let rand = (js_sys::Math::random() * 2f64.powi(40)) as u64;
    format!("{prefix}-{}-{}", radix36(now), radix36(rand))
}

#[cfg(not(target_arch = "wasm32"))]
pub fn new_id(prefix: &str) -> String {
    use std::sync::atomic::{AtomicU64, Ordering};
    static NEXT: AtomicU64 = AtomicU64::new(1);
    format!("{prefix}-{}", radix36(NEXT.fetch_add(1, Ordering::Relaxed)))
}

fn radix36(mut n: u64) -> String {
    const DIGITS: &[u8; 36] = b"0123456789abcdefghijklmnopqrstuvwxyz";
    let mut out = Vec::new();
    loop {
        out.push(DIGITS[(n % 36) as usize]);
        n /= 36;
        if n == 0 {
            break;
        }
    }
    out.reverse();
    String::from_utf8(out).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn radix36_counts_in_digits_then_letters() {
        assert_eq!(radix36(0), "0");
        assert_eq!(radix36(36), "10");
    }
}
