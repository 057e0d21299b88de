//! Component tests of the circle board in headless Chromium.
#![cfg(target_arch = "wasm32")]

use leptos::prelude::*;
use leptos_router::components::Router;
use sdg_circle::domain::circle::{BoardKind, CircleBoard, Level, Scale};
use sdg_circle::domain::{GoalNumber, Lang, Partner, Partnership, PartnershipId};
use sdg_circle::i18n::I18nContextProvider;
use sdg_circle::state::storage::UI_LANGUAGE_KEY;
use sdg_circle::ui::circle::wheel::{Wheel, WheelControls};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

mod common;
use common::{host, settle};

fn partnership() -> Partnership {
    Partnership::new(
        PartnershipId::new("p-test").unwrap(),
        "Lommel – Ongwediva".into(),
        Partner::new("Lommel", "België", Lang::Nl).unwrap(),
        Partner::new("Ongwediva", "Namibia", Lang::En).unwrap(),
        String::new(),
    )
}

fn key(target: &web_sys::Element, key: &str) {
    let init = web_sys::KeyboardEventInit::new();
    init.set_key(key);
    init.set_bubbles(true);
    init.set_cancelable(true);
    let ev = web_sys::KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &init).unwrap();
    target.dispatch_event(&ev).unwrap();
}

fn g(n: u8) -> GoalNumber {
    GoalNumber::new(n).unwrap()
}

#[wasm_bindgen_test]
async fn the_board_is_seventeen_named_buttons_driven_by_keys() {
    let storage = web_sys::window().unwrap().local_storage().unwrap().unwrap();
    storage.set_item(UI_LANGUAGE_KEY, "en").unwrap();
    let host = host();
    let mut start = CircleBoard::new("b-1".into(), BoardKind::Programme, Scale::Contribution);
    start.subject.name = "Five-year programme".into();
    start.set_level(g(5), Some(Level(0)));
    let board = RwSignal::new(start);
    let open = RwSignal::new(None);
    let _handle = leptos::mount::mount_to(host.clone(), move || {
        let controls = WheelControls {
            active: RwSignal::new(g(1)),
            open,
            set_level: Callback::new(move |(goal, level)| {
                board.update(|b| {
                    b.set_level(goal, level);
                });
            }),
        };
        view! {
            <I18nContextProvider>
                <Router>
                    <Wheel
                        board=board.into()
                        partnership=Signal::stored(partnership())
                        svg_id="test-board".to_owned()
                        controls
                    />
                </Router>
            </I18nContextProvider>
        }
    });
    settle().await;

    let buttons = host.query_selector_all("svg [role=button]").unwrap();
    assert_eq!(buttons.length(), 17);
    let label = |n: u8| {
        host.query_selector(&format!("#test-board-sdg-{n}"))
            .unwrap()
            .unwrap()
            .get_attribute("aria-label")
            .unwrap()
    };
    assert_eq!(label(1), "SDG 1 No poverty: Not discussed yet");
    assert_eq!(label(5), "SDG 5 Gender equality: 0 · No contribution");
    // One tab stop for the whole circle.
    assert_eq!(
        host.query_selector_all("[tabindex='0']").unwrap().length(),
        1
    );

    let third = host.query_selector("#test-board-sdg-3").unwrap().unwrap();
    key(&third, "2");
    settle().await;
    assert_eq!(board.get_untracked().level(g(3)), Some(Level(2)));
    assert_eq!(
        label(3),
        "SDG 3 Good health and well-being: 2 · Direct contribution"
    );
    // Two of three bands now carry goal 3's green; the third stays grey.
    let green = third
        .query_selector_all("path.band[fill='#4C9F38']")
        .unwrap()
        .length();
    assert_eq!(green, 2);
    let marker = || {
        third
            .query_selector("text.marker")
            .unwrap()
            .unwrap()
            .text_content()
    };
    assert_eq!(marker().as_deref(), Some("2"));
    // A digit off the scale changes nothing; Delete goes back to "not discussed".
    key(&third, "7");
    settle().await;
    assert_eq!(board.get_untracked().level(g(3)), Some(Level(2)));
    key(&third, "Delete");
    settle().await;
    assert_eq!(board.get_untracked().level(g(3)), None);
    // The same bands, redrawn: no colour, all dashed, and a "?" in the marker.
    let bands = |selector: &str| third.query_selector_all(selector).unwrap().length();
    assert_eq!(bands("path.band[fill='#4C9F38']"), 0);
    assert_eq!(bands("path.band[stroke-dasharray='10 7']"), 3);
    assert_eq!(marker().as_deref(), Some("?"));

    key(&third, "Enter");
    settle().await;
    assert_eq!(open.get_untracked(), Some(g(3)));
    assert_eq!(
        third.get_attribute("aria-expanded").as_deref(),
        Some("true")
    );
    key(&third, "ArrowLeft");
    settle().await;
    let focused = document().active_element().unwrap();
    assert_eq!(focused.id(), "test-board-sdg-2");
    assert_eq!(
        open.get_untracked(),
        Some(g(2)),
        "the open panel follows the arrows"
    );
    assert_eq!(focused.get_attribute("tabindex").as_deref(), Some("0"));
}
