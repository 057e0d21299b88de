//! Component tests of the citizen consultation in headless Chromium:
//! `cargo test --target wasm32-unknown-unknown --test web_consultation`.
#![cfg(target_arch = "wasm32")]

use leptos::prelude::*;
use leptos_router::components::Router;
use sdg_circle::domain::consultation::tally;
use sdg_circle::domain::file_format::restore;
use sdg_circle::domain::{Partnership, Side};
use sdg_circle::i18n::I18nContextProvider;
use sdg_circle::state::storage::UI_LANGUAGE_KEY;
use sdg_circle::ui::consultation::{ConsultationSummary, RankList};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

mod common;
use common::{host, settle, storage};

/// Lommel–Ongwediva with a consultation: a paper count and ballots in both.
fn consulted() -> Partnership {
    let text = include_str!("fixtures/v2-full.json");
    restore(text).unwrap().workspace.partnerships.remove(0)
}

#[wasm_bindgen_test]
async fn the_partnership_card_counts_who_answered_in_each_municipality() {
    storage().clear().unwrap();
    storage().set_item(UI_LANGUAGE_KEY, "en").unwrap();
    let host = host();
    let p = consulted();
    let _handle = leptos::mount::mount_to(host.clone(), move || {
        view! { <I18nContextProvider><Router><ConsultationSummary partnership=p.clone() /></Router></I18nContextProvider> }
    });
    settle().await;
    let text = host.text_content().unwrap();
    assert!(text.contains("Lommel: 2 respondents"), "{text}");
    assert!(text.contains("Ongwediva: 41 respondents"), "{text}");
    let link = host.query_selector("a").unwrap().unwrap();
    assert_eq!(
        link.get_attribute("href").as_deref(),
        Some("/p/p-lommel/consultation")
    );
}

#[wasm_bindgen_test]
async fn the_ranking_gives_share_and_count_marks_the_own_goal_and_leaves_out_the_unpicked() {
    storage().clear().unwrap();
    storage().set_item(UI_LANGUAGE_KEY, "en").unwrap();
    let host = host();
    let c = consulted().consultations.list().remove(0);
    let t = tally::of_side(&c, Side::B);
    let _handle = leptos::mount::mount_to(host.clone(), move || {
        view! { <I18nContextProvider><RankList c=c.clone() t=t.clone() /></I18nContextProvider> }
    });
    settle().await;
    let items = host.query_selector_all("ol li").unwrap();
    // Goals 6, 4, 13 and the own goal 18: nobody picked the other 14.
    assert_eq!(items.length(), 4);
    let first = items.item(0).unwrap().text_content().unwrap();
    assert!(first.contains("6 · Clean water and sanitation"), "{first}");
    assert!(first.contains("76 % (31)"), "{first}");
    assert!(first.contains("worse 1"), "{first}");
    let own = items.item(3).unwrap().text_content().unwrap();
    assert!(own.contains("18 · Connection between the 17 SDGs"), "{own}");
    assert!(own.contains("own goal"), "{own}");
    let text = host.text_content().unwrap();
    assert!(text.contains("41 respondents"), "{text}");
}

#[wasm_bindgen_test]
async fn nobody_yet_says_so_instead_of_a_list() {
    storage().clear().unwrap();
    storage().set_item(UI_LANGUAGE_KEY, "en").unwrap();
    let host = host();
    let mut c = consulted().consultations.list().remove(0);
    c.places.clear();
    let t = tally::of_side(&c, Side::A);
    let _handle = leptos::mount::mount_to(host.clone(), move || {
        view! { <I18nContextProvider><RankList c=c.clone() t=t.clone() /></I18nContextProvider> }
    });
    settle().await;
    assert!(host.query_selector("ol").unwrap().is_none());
    let text = host.text_content().unwrap();
    assert!(text.contains("Nobody has answered yet."), "{text}");
}
