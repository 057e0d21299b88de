//! Component tests of a programme's overview in headless Chromium:
//! `cargo test --target wasm32-unknown-unknown --test web_programme`.
#![cfg(target_arch = "wasm32")]

use leptos::prelude::*;
use leptos_router::components::Router;
use sdg_circle::domain::circle::{BoardKind, CircleBoard, Level as Step, Scale};
use sdg_circle::domain::index::{IndexRound, Level, Method, Score};
use sdg_circle::domain::plan::{Agreement, Status};
use sdg_circle::domain::programme::Overview;
use sdg_circle::domain::{GoalNumber, Lang, Partner, Partnership, PartnershipId, Side};
use sdg_circle::i18n::I18nContextProvider;
use sdg_circle::state::storage::UI_LANGUAGE_KEY;
use sdg_circle::ui::programme::{GapsPart, JointPart, PeersPart, PlansPart};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

mod common;
use common::{host, settle, storage};

fn g(n: u8) -> GoalNumber {
    GoalNumber::new(n).unwrap()
}

fn twinning(id: &str, a: &str, b: &str, gap: Option<u8>, scores: &[(u8, u8, u8)]) -> Partnership {
    let mut p = Partnership::new(
        PartnershipId::new(id).unwrap(),
        format!("{a} – {b}"),
        Partner::new(a, "", Lang::Nl).unwrap(),
        Partner::new(b, "", Lang::Es).unwrap(),
        String::new(),
    );
    if let Some(goal) = gap {
        let mut board =
            CircleBoard::new(format!("b-{id}"), BoardKind::Programme, Scale::Contribution);
        board.set_level(g(goal), Some(Step::NONE));
        p.boards.push(board);
    }
    let mut round =
        IndexRound::new(format!("r-{id}"), "2025", Method::Dialogue, String::new()).unwrap();
    for (goal, sa, sb) in scores {
        round.set_score(
            Side::A,
            g(*goal),
            Some(Score::Level(Level::new(*sa).unwrap())),
        );
        round.set_score(
            Side::B,
            g(*goal),
            Some(Score::Level(Level::new(*sb).unwrap())),
        );
    }
    p.rounds.push(round);
    p
}

/// Lommel with two partners, Herent with one; Herent's programme board is not made yet.
fn programme() -> Vec<Partnership> {
    let mut lo = twinning(
        "p-lo",
        "Lommel",
        "Ongwediva",
        Some(5),
        &[(13, 5, 3), (6, 3, 1)],
    );
    lo.agreements.push(Agreement {
        id: "ag".into(),
        what: "Study visit".into(),
        side: Side::A,
        department: String::new(),
        due: "2026-01-31".into(),
        status: Status::Planned,
        goals: vec![g(6)],
        answers: None,
    });
    vec![
        lo,
        twinning(
            "p-lc",
            "Lommel",
            "Ciudad Darío",
            Some(5),
            &[(13, 4, 3), (6, 3, 2)],
        ),
        twinning("p-hn", "Herent", "Nimlaha'kok", None, &[(13, 3, 1)]),
    ]
}

fn mount_parts(host: &web_sys::HtmlElement) -> impl Sized {
    storage().clear().unwrap();
    storage().set_item(UI_LANGUAGE_KEY, "en").unwrap();
    let ps = programme();
    leptos::mount::mount_to(host.clone(), move || {
        let refs: Vec<&Partnership> = ps.iter().collect();
        let overview = Overview::of(&refs, "2026-12-07");
        let read = Memo::new(move |_| (overview.clone(), 1));
        view! {
            <I18nContextProvider><Router>
                <GapsPart read /><JointPart read /><PeersPart read /><PlansPart read />
            </Router></I18nContextProvider>
        }
    })
}

#[wasm_bindgen_test]
async fn gaps_are_counted_on_the_boards_there_are_and_named() {
    let host = host();
    let _handle = mount_parts(&host);
    settle().await;
    let gaps = host.query_selector(".programme-gaps").unwrap().unwrap();
    let items = gaps.query_selector_all(".gap-list li").unwrap();
    assert_eq!(items.length(), 1, "only goal 5 is a gap");
    let five = items.item(0).unwrap().text_content().unwrap();
    assert!(
        five.contains("5 · Gender equality — a gap on 2 of 2"),
        "{five}"
    );
    assert!(
        five.contains("Lommel – Ongwediva; Lommel – Ciudad Darío"),
        "{five}"
    );
    let text = gaps.text_content().unwrap();
    assert!(
        text.contains("No programme board yet: Herent – Nimlaha'kok."),
        "{text}"
    );
    // The circle: one bar, with its count written on it.
    let labels = gaps.query_selector_all(".gap-circle .bar-label").unwrap();
    assert_eq!(labels.length(), 1);
    assert_eq!(labels.item(0).unwrap().text_content().as_deref(), Some("2"));
}

#[wasm_bindgen_test]
async fn a_municipality_in_two_partnerships_is_named_with_the_partnership_its_score_is_from() {
    let host = host();
    let _handle = mount_parts(&host);
    settle().await;
    let joint = host.query_selector(".programme-joint").unwrap().unwrap();
    let text = joint.text_content().unwrap();
    assert!(
        text.contains(
            "Weak: Ongwediva (1, Lommel – Ongwediva) · Ciudad Darío (2, Lommel – Ciudad Darío)"
        ),
        "{text}"
    );
    let peers = host.query_selector(".programme-peers").unwrap().unwrap();
    let text = peers.text_content().unwrap();
    assert!(
        text.contains("Strong: Lommel (5, Lommel – Ongwediva) · Lommel (4, Lommel – Ciudad Darío)"),
        "{text}"
    );
    assert!(
        text.contains("Weak: Nimlaha'kok (1, Herent – Nimlaha'kok)"),
        "{text}"
    );
    // On the wall only the partnership of a municipality in several is named.
    let short = peers.query_selector_all(".names-short").unwrap();
    let short: Vec<String> = (0..short.length())
        .map(|i| short.item(i).unwrap().text_content().unwrap())
        .collect();
    assert_eq!(
        short,
        [
            "Lommel (5, Lommel – Ongwediva) · Lommel (4, Lommel – Ciudad Darío)",
            "Nimlaha'kok (1)"
        ]
    );
}

#[wasm_bindgen_test]
async fn agreements_say_overdue_in_words_not_only_in_weight() {
    let host = host();
    let _handle = mount_parts(&host);
    settle().await;
    let cards = host.query_selector_all(".plan-cards > li").unwrap();
    assert_eq!(
        cards.length(),
        1,
        "only Lommel – Ongwediva has an agreement"
    );
    let lommel = cards.item(0).unwrap().text_content().unwrap();
    assert!(
        lommel.contains("Overdue: Study visit (2026-01-31)"),
        "{lommel}"
    );
    let plans = host.query_selector(".programme-plans").unwrap().unwrap();
    let text = plans.text_content().unwrap();
    assert!(
        text.contains(
            "No priorities or agreements yet: Lommel – Ciudad Darío; Herent – Nimlaha'kok."
        ),
        "{text}"
    );
}
