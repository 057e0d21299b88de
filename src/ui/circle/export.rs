//! Exports of the board for reports and slides: the live SVG, cloned with its
//! header (title, partnership, date) and legend shown, as a vector file, and
//! the same drawn on a canvas at twice its size as a PNG.

/// Export size in CSS pixels; the PNG is drawn at twice this for projectors.
#[cfg(target_arch = "wasm32")]
const WIDTH: u32 = 1040;
#[cfg(target_arch = "wasm32")]
const HEIGHT: u32 = 1420;

/// The board `svg_id` as a standalone SVG document.
#[cfg(target_arch = "wasm32")]
pub fn board_svg(svg_id: &str) -> Option<String> {
    use super::wheel::EXPORT_VIEW_BOX;
    use wasm_bindgen::JsCast;
    let document = web_sys::window()?.document()?;
    let live = document.get_element_by_id(svg_id)?;
    let svg: web_sys::Element = live.clone_node_with_deep(true).ok()?.dyn_into().ok()?;
    svg.set_attribute("viewBox", EXPORT_VIEW_BOX).ok()?;
    svg.set_attribute("width", &WIDTH.to_string()).ok()?;
    svg.set_attribute("height", &HEIGHT.to_string()).ok()?;
    // Screen-only attributes mean nothing in a file.
    for attr in ["class", "role", "aria-label"] {
        let _ = svg.remove_attribute(attr);
    }
    let shown = svg.query_selector_all(".export-only").ok()?;
    for i in 0..shown.length() {
        if let Some(el) = shown
            .item(i)
            .and_then(|n| n.dyn_into::<web_sys::Element>().ok())
        {
            let _ = el.remove_attribute("display");
        }
    }
    let controls = svg.query_selector_all("[tabindex]").ok()?;
    for i in 0..controls.length() {
        if let Some(el) = controls
            .item(i)
            .and_then(|n| n.dyn_into::<web_sys::Element>().ok())
        {
            for attr in ["tabindex", "role", "aria-expanded", "id"] {
                let _ = el.remove_attribute(attr);
            }
        }
    }
    let outlines = svg.query_selector_all(".segment-outline").ok()?;
    for i in 0..outlines.length() {
        if let Some(el) = outlines
            .item(i)
            .and_then(|n| n.dyn_into::<web_sys::Element>().ok())
        {
            el.remove();
        }
    }
    let text = web_sys::XmlSerializer::new()
        .ok()?
        .serialize_to_string(&svg)
        .ok()?;
    Some(format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n{text}"
    ))
}

#[cfg(target_arch = "wasm32")]
pub fn download_svg(svg_id: &str, name: &str) -> bool {
    board_svg(svg_id)
        .map(|svg| crate::state::browser::download(&format!("{name}.svg"), "image/svg+xml", &svg))
        .unwrap_or(false)
}

/// Draws the exported SVG on a canvas and downloads it as PNG. The image loads
/// asynchronously, so the download starts in its onload handler.
#[cfg(target_arch = "wasm32")]
pub fn download_png(svg_id: &str, name: &str) {
    use wasm_bindgen::{closure::Closure, JsCast};
    let Some(svg) = board_svg(svg_id) else { return };
    let run = || -> Option<()> {
        let document = web_sys::window()?.document()?;
        let image = web_sys::HtmlImageElement::new().ok()?;
        let loaded = image.clone();
        let file = format!("{name}.png");
        let onload = Closure::once_into_js(move || {
            let draw = || -> Option<()> {
                let canvas: web_sys::HtmlCanvasElement =
                    document.create_element("canvas").ok()?.dyn_into().ok()?;
                canvas.set_width(WIDTH * 2);
                canvas.set_height(HEIGHT * 2);
                let ctx: web_sys::CanvasRenderingContext2d =
                    canvas.get_context("2d").ok()??.dyn_into().ok()?;
                ctx.set_fill_style_str("#FFFFFF");
                ctx.fill_rect(0.0, 0.0, f64::from(WIDTH * 2), f64::from(HEIGHT * 2));
                ctx.draw_image_with_html_image_element_and_dw_and_dh(
                    &loaded,
                    0.0,
                    0.0,
                    f64::from(WIDTH * 2),
                    f64::from(HEIGHT * 2),
                )
                .ok()?;
                let url = canvas.to_data_url_with_type("image/png").ok()?;
                let a: web_sys::HtmlAnchorElement =
                    document.create_element("a").ok()?.dyn_into().ok()?;
                a.set_href(&url);
                a.set_download(&file);
                document.body()?.append_child(&a).ok()?;
                a.click();
                a.remove();
                Some(())
            };
            let _ = draw();
        });
        image.set_onload(Some(onload.unchecked_ref()));
        let encoded = String::from(js_sys::encode_uri_component(&svg));
        image.set_src(&format!("data:image/svg+xml;charset=utf-8,{encoded}"));
        Some(())
    };
    let _ = run();
}

#[cfg(not(target_arch = "wasm32"))]
pub fn download_svg(_: &str, _: &str) -> bool {
    false
}

#[cfg(not(target_arch = "wasm32"))]
pub fn download_png(_: &str, _: &str) {}
