//! Component tests of the joint indicators in headless Chromium:
//! `cargo test --target wasm32-unknown-unknown --test web_indicator`.
#![cfg(target_arch = "wasm32")]

use leptos::prelude::*;
use sdg_circle::domain::index::{Match, MatchKind};
use sdg_circle::domain::indicator::Indicator;
use sdg_circle::domain::{GoalNumber, Side};
use sdg_circle::i18n::I18nContextProvider;
use sdg_circle::state::storage::UI_LANGUAGE_KEY;
use sdg_circle::ui::indicator::chart::Chart;
use sdg_circle::ui::indicator::evidence::{GoalEvidence, MatchEvidence};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

mod common;
use common::{host, settle, storage};

/// Lommel on track to 100 %, Ongwediva stagnating on its way to 80 %.
fn water() -> Indicator {
    serde_json::from_str(
        r#"{"id": "i-water", "name": "Safe water", "goals": [6], "unit": "%", "better": "higher",
            "a": {"baseline": {"year": 2020, "value": 90}, "target": {"year": 2030, "value": 100},
                  "values": [{"year": 2022, "value": 93.5}]},
            "b": {"baseline": {"year": 2020, "value": 40}, "target": {"year": 2030, "value": 80},
                  "values": [{"year": 2021, "value": 41}, {"year": 2022, "value": 42}]}}"#,
    )
    .unwrap()
}

fn g(n: u8) -> GoalNumber {
    GoalNumber::new(n).unwrap()
}

/// The chart in French, drawn again when the language changes, as the
/// indicators page draws it.
#[component]
fn InFrench() -> impl IntoView {
    let i18n = sdg_circle::i18n::use_i18n();
    Effect::new(move |_| i18n.set_locale(sdg_circle::i18n::Locale::fr));
    let lang = sdg_circle::ui::locale::use_lang();
    move || {
        lang.track();
        view! { <Chart indicator=water() names=("Lommel".into(), "Ongwediva".into()) /> }
    }
}

#[wasm_bindgen_test]
async fn the_chart_tells_the_partners_apart_without_colour_and_lists_its_numbers() {
    storage().clear().unwrap();
    let host = host();
    let _handle = leptos::mount::mount_to(host.clone(), || {
        view! {
            <I18nContextProvider>
                <InFrench />
            </I18nContextProvider>
        }
    });
    settle().await;
    // A: round marks (baseline, one value) and a hollow round target.
    assert_eq!(
        host.query_selector_all(".side-a circle.mark:not(.target)")
            .unwrap()
            .length(),
        2
    );
    assert_eq!(
        host.query_selector_all(".side-a circle.mark.target")
            .unwrap()
            .length(),
        1
    );
    // B: square marks on a dashed line, its own target.
    assert_eq!(
        host.query_selector_all(".side-b rect.mark:not(.target)")
            .unwrap()
            .length(),
        3
    );
    assert_eq!(
        host.query_selector_all(".side-b rect.mark.target")
            .unwrap()
            .length(),
        1
    );
    assert_eq!(host.query_selector_all("line.needed").unwrap().length(), 2);
    let title = host
        .query_selector("svg title")
        .unwrap()
        .unwrap()
        .text_content()
        .unwrap();
    assert_eq!(title, "Graphique : Safe water");
    // The numbers, in the language's own decimal comma.
    let rows = host.query_selector_all("table tbody tr").unwrap();
    assert_eq!(rows.length(), 7);
    let texts: Vec<String> = (0..rows.length())
        .map(|i| rows.item(i).unwrap().text_content().unwrap())
        .collect();
    assert!(
        texts.contains(&"Lommel: mesurée202293,5".to_owned()),
        "{texts:?}"
    );
    assert!(
        texts.contains(&"Ongwediva: Cible203080".to_owned()),
        "{texts:?}"
    );
    storage().clear().unwrap();
}

#[wasm_bindgen_test]
async fn evidence_follows_the_scoring_partner_and_backs_the_match() {
    storage().set_item(UI_LANGUAGE_KEY, "en").unwrap();
    let host = host();
    let side = RwSignal::new(Side::A);
    let _handle = leptos::mount::mount_to(host.clone(), move || {
        let list = Memo::new(|_| vec![water()]);
        let peer = Match {
            goal: g(6),
            kind: MatchKind::PeerLearning { from: Side::A },
        };
        let other = Match {
            goal: g(6),
            kind: MatchKind::PeerLearning { from: Side::B },
        };
        view! {
            <I18nContextProvider>
                <div id="scoring"><GoalEvidence indicators=list goal=g(6) side=side.into() lang=Signal::derive(|| sdg_circle::domain::Lang::En) /></div>
                <div id="other-goal"><GoalEvidence indicators=list goal=g(7) side=side.into() lang=Signal::derive(|| sdg_circle::domain::Lang::En) /></div>
                <p id="peer"><MatchEvidence indicators=list m=peer /></p>
                <p id="reverse"><MatchEvidence indicators=list m=other /></p>
            </I18nContextProvider>
        }
    });
    settle().await;
    let text = |sel: &str| {
        host.query_selector(sel)
            .unwrap()
            .unwrap()
            .text_content()
            .unwrap()
    };
    assert_eq!(
        text("#scoring li"),
        "Safe water: Latest: 93.5 % (2022); Target: 100 % by 2030 · ✓ On track"
    );
    assert_eq!(text("#other-goal"), "", "goal 7 has no indicator");
    side.set(Side::B);
    settle().await;
    assert_eq!(
        text("#scoring li"),
        "Safe water: Latest: 42 % (2022); Target: 80 % by 2030 · → Stagnating"
    );
    assert_eq!(text("#peer"), "Backed by: Safe water");
    assert_eq!(text("#reverse"), "Contradicted by: Safe water");
    storage().clear().unwrap();
}
