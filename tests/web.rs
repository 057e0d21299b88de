//! Component tests in headless Chromium: `cargo test --target wasm32-unknown-unknown`.
#![cfg(target_arch = "wasm32")]

use leptos::prelude::*;
use leptos_router::components::Router;
use sdg_circle::i18n::I18nContextProvider;
use sdg_circle::state::storage::{BACKUP_PREFIX, UI_LANGUAGE_KEY, WORKSPACE_KEY};
use sdg_circle::ui::goals::GoalsPage;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

mod common;
use common::{host, settle, storage};

#[wasm_bindgen_test]
async fn goal_tiles_show_titles_in_contrast_safe_colours() {
    storage().clear().unwrap();
    storage().set_item(UI_LANGUAGE_KEY, "en").unwrap();
    let host = host();
    let _handle = leptos::mount::mount_to(host.clone(), || {
        view! { <I18nContextProvider><Router><GoalsPage /></Router></I18nContextProvider> }
    });
    settle().await;
    let tiles = host.query_selector_all("li.goal-tile").unwrap();
    assert_eq!(tiles.length(), 17);
    let first: web_sys::Element = tiles.item(0).unwrap().unchecked_into();
    assert!(first.text_content().unwrap().contains("No poverty"));
    assert_eq!(
        first.get_attribute("style").as_deref(),
        Some("--goal:#E5243B;--on-goal:#FFFFFF")
    );
    // Goal 7's yellow takes dark text: white would fail WCAG AA.
    let seventh: web_sys::Element = tiles.item(6).unwrap().unchecked_into();
    assert_eq!(
        seventh.get_attribute("style").as_deref(),
        Some("--goal:#FCC30B;--on-goal:#000000")
    );
    let link = first.query_selector("a").unwrap().unwrap();
    assert_eq!(link.get_attribute("href").as_deref(), Some("/sdg/1"));
}

#[wasm_bindgen_test]
async fn unreadable_storage_is_kept_as_backup_and_reported() {
    storage().clear().unwrap();
    storage()
        .set_item(WORKSPACE_KEY, "{\"format\": \"sdg-circle\", trunc")
        .unwrap();
    let host = host();
    let _handle = leptos::mount::mount_to(host.clone(), sdg_circle::App);
    settle().await;

    let alert = host.query_selector(".banner.notice[role=alert]").unwrap();
    assert!(
        alert.is_some(),
        "the user is told the stored data was unreadable"
    );
    assert!(storage().get_item(WORKSPACE_KEY).unwrap().is_none());
    let mut backups = Vec::new();
    for i in 0..storage().length().unwrap() {
        let key = storage().key(i).unwrap().unwrap();
        if key.starts_with(BACKUP_PREFIX) {
            backups.push(storage().get_item(&key).unwrap().unwrap());
        }
    }
    assert_eq!(backups, ["{\"format\": \"sdg-circle\", trunc"]);
}

/// Counts the writes of a select's `value` (a person's pick sets `selectedIndex`).
fn count_value_writes(select: &web_sys::Element) {
    let hook = js_sys::Function::new_with_args(
        "el",
        "const d = Object.getOwnPropertyDescriptor(HTMLSelectElement.prototype, 'value');
         el.writes = 0;
         Object.defineProperty(el, 'value', {
           get() { return d.get.call(this); },
           set(v) { this.writes++; d.set.call(this, v); },
         });",
    );
    hook.call1(&wasm_bindgen::JsValue::NULL, select).unwrap();
}

fn value_writes(select: &web_sys::Element) -> f64 {
    js_sys::Reflect::get(select, &"writes".into())
        .unwrap()
        .as_f64()
        .unwrap()
}

#[wasm_bindgen_test]
async fn a_select_follows_its_value_without_writing_back_a_pick() {
    use sdg_circle::ui::select_value::select_value;
    let host = host();
    let chosen = RwSignal::new("b".to_owned());
    let _handle = leptos::mount::mount_to(host.clone(), move || {
        view! {
            <select
                use:select_value=Signal::derive(move || chosen.get())
                on:change=move |ev| chosen.set(event_target_value(&ev))
            >
                {["a", "b", "c"].map(|v| view! { <option value=v selected=v == "b">{v}</option> })}
            </select>
        }
    });
    settle().await;
    let select = host.query_selector("select").unwrap().unwrap();
    let as_select: &web_sys::HtmlSelectElement = select.unchecked_ref();
    assert_eq!(as_select.value(), "b");
    count_value_writes(&select);

    // A person picks "a": the data follows, and the select is not written again.
    as_select.set_selected_index(0);
    select
        .dispatch_event(&web_sys::Event::new("change").unwrap())
        .unwrap();
    settle().await;
    assert_eq!(chosen.get_untracked(), "a");
    assert_eq!(value_writes(&select), 0.0);

    // The data changes elsewhere (undo, another tab): the select shows it.
    chosen.set("c".to_owned());
    settle().await;
    assert_eq!(as_select.value(), "c");
    assert_eq!(value_writes(&select), 1.0);
}

#[wasm_bindgen_test]
async fn a_left_out_partnership_is_told_in_the_ui_language_with_the_parser_folded_away() {
    use sdg_circle::domain::file_format::{restore, Dropped};
    use sdg_circle::i18n::{use_i18n, Locale};
    use sdg_circle::ui::problem_view::DroppedItem;
    storage().clear().unwrap();
    storage().set_item(UI_LANGUAGE_KEY, "en").unwrap();
    let text = r#"{"format":"sdg-circle","version":1,"partnerships":[{"id":"p-1","name":"Herent – Abomey",
        "partners":[{"side":"a","name":"Herent","language":"nl"},{"side":"b","name":"Abomey","language":"fr"}],
        "rounds":[{"id":"r-1","name":"2025","scores":[{"side":"b","goal":13,"score":0}]}]}]}"#;
    let dropped = restore(text).unwrap().dropped.remove(0);
    /// The item in a list, and a way to switch the UI language from the test.
    #[component]
    fn Switchable(dropped: Dropped, to: RwSignal<Option<Locale>>) -> impl IntoView {
        let i18n = use_i18n();
        Effect::new(move |_| {
            if let Some(l) = to.get() {
                i18n.set_locale(l)
            }
        });
        view! { <ul><DroppedItem dropped /></ul> }
    }
    let host = host();
    let switch = RwSignal::new(None::<Locale>);
    let _handle = leptos::mount::mount_to(host.clone(), move || {
        let dropped = dropped.clone();
        view! { <I18nContextProvider><Switchable dropped to=switch /></I18nContextProvider> }
    });
    settle().await;
    let item = host.query_selector("li").unwrap().unwrap();
    let said = item.text_content().unwrap();
    assert!(
        said.contains("Partnership 1 “Herent – Abomey”: Round “2025”, Abomey, goal 13 (Climate action) — Score: 0."),
        "{said}"
    );
    // The parser's words are in a closed disclosure, not in the sentence.
    let details = item.query_selector("details.technical").unwrap().unwrap();
    assert!(!details.has_attribute("open"));
    assert!(details.text_content().unwrap().contains("line"));
    let sentence: String = item
        .text_content()
        .unwrap()
        .replace(&details.text_content().unwrap(), "");
    assert!(
        !sentence.contains("line") && !sentence.contains("untagged"),
        "{sentence}"
    );
    // It follows the UI language.
    switch.set(Some(Locale::fr));
    settle().await;
    let said = item.text_content().unwrap();
    assert!(said.contains("Jumelage 1"), "{said}");
    assert!(said.contains("objectif 13"), "{said}");
}

/// A long page on the wall, a part at a time: the store and display modes the
/// app provides, the UI in English.
#[component]
fn WithDisplay(on_wall: bool, children: Children) -> impl IntoView {
    sdg_circle::state::provide_store();
    let display = sdg_circle::ui::display::provide_display();
    display.projector.set(on_wall);
    children()
}

fn page_down() {
    let init = web_sys::KeyboardEventInit::new();
    init.set_key("PageDown");
    let ev = web_sys::KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &init).unwrap();
    web_sys::window().unwrap().dispatch_event(&ev).unwrap();
}

async fn slides_after_page_down(on_wall: bool) -> (String, String) {
    storage().clear().unwrap();
    storage().set_item(UI_LANGUAGE_KEY, "en").unwrap();
    let host = host();
    let _handle = leptos::mount::mount_to(host.clone(), move || {
        view! {
            <I18nContextProvider>
                <WithDisplay on_wall>
                    <sdg_circle::ui::slides::Slides>
                        <section class="slide">"gaps"</section>
                        <section class="slide">"five Ps"</section>
                        <section class="slide">"ideas"</section>
                    </sdg_circle::ui::slides::Slides>
                </WithDisplay>
            </I18nContextProvider>
        }
    });
    settle().await;
    page_down();
    settle().await;
    let at = host
        .query_selector(".slides")
        .unwrap()
        .unwrap()
        .get_attribute("data-at")
        .unwrap();
    let status = host
        .query_selector(".part-of")
        .unwrap()
        .unwrap()
        .text_content()
        .unwrap();
    host.remove();
    (at, status)
}

#[wasm_bindgen_test]
async fn slides_page_through_their_parts_in_projector_mode_only() {
    // On the wall, PageDown (a clicker) shows the next of the three parts.
    assert_eq!(
        slides_after_page_down(true).await,
        ("2".to_owned(), "Part 2 of 3".to_owned())
    );
    // At a desk the page reads whole; PageDown is the browser's own scrolling.
    assert_eq!(
        slides_after_page_down(false).await,
        ("1".to_owned(), "Part 1 of 3".to_owned())
    );
}
