//! Component tests of the SDG index in headless Chromium:
//! `cargo test --target wasm32-unknown-unknown --test web_index`.
#![cfg(target_arch = "wasm32")]

use leptos::prelude::*;
use leptos_router::components::Router;
use sdg_circle::domain::file_format::to_json;
use sdg_circle::domain::index::{IndexRound, Level, Method, Score};
use sdg_circle::domain::{GoalNumber, Lang, Partner, Partnership, PartnershipId, Side, Workspace};
use sdg_circle::i18n::I18nContextProvider;
use sdg_circle::state::storage::{UI_LANGUAGE_KEY, WORKSPACE_KEY};
use sdg_circle::ui::index::{IndexOnGoal, IndexSummary};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

mod common;
use common::{host, settle, storage};

fn g(n: u8) -> GoalNumber {
    GoalNumber::new(n).unwrap()
}

fn lv(n: u8) -> Option<Score> {
    Some(Score::Level(Level::new(n).unwrap()))
}

/// Lommel strong and Ongwediva weak on water; both weak on climate; Lommel unsure on industry.
fn scored() -> Partnership {
    let mut p = Partnership::new(
        PartnershipId::new("p-lommel").unwrap(),
        "Lommel – Ongwediva".into(),
        Partner::new("Lommel", "België", Lang::Nl).unwrap(),
        Partner::new("Ongwediva", "Namibia", Lang::En).unwrap(),
        "2026-11-22T10:00:00Z".into(),
    );
    let mut r = IndexRound::new("r-1".into(), "2025", Method::Dialogue, String::new()).unwrap();
    r.set_score(Side::A, g(6), lv(5));
    r.set_score(Side::B, g(6), lv(1));
    r.set_score(Side::A, g(13), lv(2));
    r.set_score(Side::B, g(13), lv(1));
    r.set_score(Side::A, g(9), Some(Score::DontKnow));
    r.set_score(Side::B, g(9), lv(4));
    p.rounds.push(r);
    p
}

#[component]
/// The store the goal page has, and French as the UI language.
fn WithStore(children: Children) -> impl IntoView {
    sdg_circle::state::provide_store();
    // In an effect, like the app does: the provider sets its start-up locale in one too.
    let i18n = sdg_circle::i18n::use_i18n();
    Effect::new(move |_| i18n.set_locale(sdg_circle::i18n::Locale::fr));
    children()
}

#[wasm_bindgen_test]
async fn summary_counts_scores_and_matches_of_the_latest_round() {
    storage().clear().unwrap();
    storage().set_item(UI_LANGUAGE_KEY, "en").unwrap();
    let host = host();
    let p = scored();
    let _handle = leptos::mount::mount_to(host.clone(), move || {
        view! { <I18nContextProvider><Router><IndexSummary partnership=p.clone() /></Router></I18nContextProvider> }
    });
    settle().await;
    let text = host.text_content().unwrap();
    assert!(text.contains("Latest round: 2025"), "{text}");
    assert!(text.contains("Lommel: 3 of 17 goals scored"), "{text}");
    assert!(text.contains("Matches: 2"), "{text}");
    let link = host.query_selector("a").unwrap().unwrap();
    assert_eq!(
        link.get_attribute("href").as_deref(),
        Some("/p/p-lommel/index")
    );
}

#[wasm_bindgen_test]
async fn goal_page_section_shows_both_scores_and_the_explained_match() {
    storage().clear().unwrap();
    storage().set_item(UI_LANGUAGE_KEY, "fr").unwrap();
    let p = scored();
    let workspace = Workspace {
        partnerships: vec![p.clone()],
    };
    storage()
        .set_item(WORKSPACE_KEY, &to_json(&workspace.partnerships, 1, None))
        .unwrap();
    let host = host();
    let _handle = leptos::mount::mount_to(host.clone(), move || {
        let (water, industry) = (p.clone(), p.clone());
        view! {
            <I18nContextProvider><Router><WithStore>
                <div id="water"><IndexOnGoal partnership=water goal=g(6) /></div>
                <div id="industry"><IndexOnGoal partnership=industry goal=g(9) /></div>
            </WithStore></Router></I18nContextProvider>
        }
    });
    settle().await;
    let water = host
        .query_selector("#water")
        .unwrap()
        .unwrap()
        .text_content()
        .unwrap();
    // In the UI language (French), naming both partners and their scores.
    assert!(water.contains("5 (très fort)"), "{water}");
    assert!(water.contains("1 (très faible)"), "{water}");
    assert!(
        water.contains("Lommel peut partager son expérience avec Ongwediva."),
        "{water}"
    );
    let industry = host
        .query_selector("#industry")
        .unwrap()
        .unwrap()
        .text_content()
        .unwrap();
    assert!(industry.contains("je ne sais pas"), "{industry}");
    assert!(industry.contains("À discuter"), "{industry}");
    assert!(!industry.contains("peut partager"), "{industry}");
}
