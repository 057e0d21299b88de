//! Component tests of the live sessions' screens in headless Chromium:
//! `cargo test --target wasm32-unknown-unknown --test web_live`.
#![cfg(target_arch = "wasm32")]

use leptos::prelude::*;
use sdg_circle::domain::circle::Scale;
use sdg_circle::domain::live::{Exercise, KeptSession, Snapshot, Spread};
use sdg_circle::domain::GoalNumber;
use sdg_circle::domain::PartnershipId;
use sdg_circle::i18n::I18nContextProvider;
use sdg_circle::ui::live::join::JoinPage;
use sdg_circle::ui::live::kept::KeptProposals;
use sdg_circle::ui::live::walk::WalkSpread;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

mod common;
use common::{host, settle, storage};

fn spread() -> Spread {
    let snapshot = Snapshot::parse(
        r#"{"parts": {
              "a": {"proposals": {"d1:6": {"name": "Jan", "level": 2, "note": "taps"}, "d2:6": {"level": 2}}},
              "b": {"proposals": {"d3:6": {"name": "Ana", "level": 3}}}},
            "presence": {"a": [{"device": "d9", "name": "Mia", "side": "a"}]}}"#,
    );
    Spread::walk(&snapshot, GoalNumber::new(6).unwrap(), Scale::Contribution)
}

fn texts(host: &web_sys::HtmlElement, selector: &str) -> Vec<String> {
    let all = host.query_selector_all(selector).unwrap();
    (0..all.length())
        .map(|i| all.item(i).unwrap().text_content().unwrap())
        .collect()
}

#[wasm_bindgen_test]
async fn the_spread_counts_every_level_and_names_only_who_gave_a_name() {
    storage().clear().unwrap();
    let host = host();
    let _handle = leptos::mount::mount_to(host.clone(), || {
        view! {
            <I18nContextProvider>
                <WalkSpread spread=Signal::derive(|| Some(spread())) scale=Signal::derive(|| Scale::Contribution) />
            </I18nContextProvider>
        }
    });
    settle().await;
    assert_eq!(texts(&host, ".spread-count"), ["0", "0", "2", "1"]);
    assert_eq!(texts(&host, ".spread-names"), ["", "", "Jan", "Ana"]);
    assert_eq!(texts(&host, ".live-spread h3")[0], "Answers: 3");
    // Bars by count, the fullest at 100 %: the number beside each says it too.
    let bar = host
        .query_selector(".spread-bars li:nth-child(3) .spread-bar span")
        .unwrap()
        .unwrap();
    assert_eq!(bar.get_attribute("style").unwrap(), "width: 100%");
    assert_eq!(
        texts(&host, ".spread-waiting"),
        ["Not answered yet: 1: Mia"]
    );
    assert_eq!(texts(&host, ".spread-ideas li"), ["Jan: taps"]);
}

#[wasm_bindgen_test]
async fn a_typed_code_is_checked_and_a_missing_client_is_said_with_a_retry() {
    storage().clear().unwrap();
    let window = web_sys::window().unwrap();
    window.location().set_hash("").unwrap();
    let host = host();
    let _handle = leptos::mount::mount_to(host.clone(), || {
        view! {
            <I18nContextProvider>
                <JoinPage />
            </I18nContextProvider>
        }
    });
    settle().await;
    let input: web_sys::HtmlInputElement = host
        .query_selector("#join-code")
        .unwrap()
        .unwrap()
        .unchecked_into();
    let form: web_sys::HtmlFormElement = host
        .query_selector("form")
        .unwrap()
        .unwrap()
        .unchecked_into();
    let type_in = |text: &str| {
        input.set_value(text);
        input
            .dispatch_event(&web_sys::Event::new("input").unwrap())
            .unwrap();
    };
    type_in("K7M4-QX2F");
    form.request_submit().unwrap();
    settle().await;
    assert!(texts(&host, "#join-code-error")[0].contains("twelve letters and digits"));
    assert_eq!(input.get_attribute("aria-invalid").as_deref(), Some("true"));

    // A good code goes into the fragment and the name is asked at once, while
    // the live client loads; it is not served here, as on a first visit
    // without a connection, which is said once the name is given.
    type_in("k7m4 qx2f 9dh3");
    form.request_submit().unwrap();
    settle().await;
    assert!(host.query_selector("#join-name").unwrap().is_some());
    let name_form: web_sys::HtmlFormElement = host
        .query_selector("form")
        .unwrap()
        .unwrap()
        .unchecked_into();
    name_form.request_submit().unwrap();
    let mut said = false;
    for _ in 0..100 {
        gloo_timers_sleep(50).await;
        if !texts(&host, "[role=alert]").is_empty()
            && texts(&host, "[role=alert]")[0].contains("could not be loaded")
        {
            said = true;
            break;
        }
    }
    assert!(said, "{:?}", texts(&host, "*"));
    assert_eq!(window.location().hash().unwrap(), "#K7M4-QX2F-9DH3");
    assert!(host
        .query_selector("button")
        .unwrap()
        .unwrap()
        .text_content()
        .unwrap()
        .contains("Try again"));
    window.location().set_hash("").unwrap();
}

async fn gloo_timers_sleep(ms: i32) {
    let promise = js_sys::Promise::new(&mut |done, _| {
        web_sys::window()
            .unwrap()
            .set_timeout_with_callback_and_timeout_and_arguments_0(&done, ms)
            .unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(promise).await.unwrap();
}

/// The kept proposals of a walk-round: on a goal's page only that goal's,
/// anonymous ones said so, each level in the board scale's words; a goal no
/// one proposed on shows nothing at all.
#[wasm_bindgen_test]
async fn kept_proposals_show_the_goals_own_and_say_who_stayed_anonymous() {
    storage().clear().unwrap();
    let snapshot = Snapshot::parse(
        r#"{"parts": {
              "a": {"proposals": {"d1:6": {"name": "Jan", "level": 2, "note": "taps"}, "d2:6": {"level": 1}}},
              "b": {"proposals": {"d3:7": {"name": "Ana", "level": 3}}}}}"#,
    );
    let kept = KeptSession::gather(
        "K7M4",
        Exercise::Walk("b1".into()),
        "2026-12-07T18:30:00Z",
        &snapshot,
        Some(Scale::Contribution),
    )
    .unwrap();
    let host = host();
    let goal = RwSignal::new(GoalNumber::new(6).unwrap());
    let _handle = leptos::mount::mount_to(host.clone(), move || {
        sdg_circle::state::provide_store();
        let kept = kept.clone();
        view! {
            <I18nContextProvider>
                <KeptProposals pid=PartnershipId::new("p1").unwrap()
                    kept=Signal::derive(move || vec![kept.clone()])
                    partners=Signal::derive(|| ["Lommel".to_owned(), "Ongwediva".to_owned()])
                    goal=goal scale=Signal::derive(|| Scale::Contribution) />
            </I18nContextProvider>
        }
    });
    settle().await;
    let summary = texts(&host, "summary");
    assert_eq!(summary.len(), 1);
    assert!(summary[0].ends_with(": 2 proposals"), "{summary:?}");
    let rows = texts(&host, "tbody tr");
    assert_eq!(rows.len(), 2);
    assert!(
        rows[0].contains("Lommel")
            && rows[0].contains("Jan")
            && rows[0].contains("2 · Direct contribution")
            && rows[0].contains("taps"),
        "{rows:?}"
    );
    assert!(
        rows[1].contains("(anonymous)") && rows[1].contains("1 · Indirect or limited"),
        "{rows:?}"
    );
    goal.set(GoalNumber::new(7).unwrap());
    settle().await;
    let rows = texts(&host, "tbody tr");
    assert!(
        rows.len() == 1 && rows[0].contains("Ongwediva") && rows[0].contains("Ana"),
        "{rows:?}"
    );
    goal.set(GoalNumber::new(8).unwrap());
    settle().await;
    assert!(host.query_selector(".kept-proposals").unwrap().is_none());
}
