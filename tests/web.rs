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
