//! `/p/:id/circle/:board/walk/:n`: the facilitator's walk round the board,
//! one goal at a time, large. Arrow keys and PageUp/PageDown (what
//! presentation clickers send) move between goals; after 17 comes the summary.
//! Digit keys set the level as on the board.

use super::editor::GoalEditor;
use super::{level_text, sdg_heading, with_route_board};
use crate::domain::circle::CircleBoard;
use crate::domain::{GoalNumber, Partnership};
use crate::i18n::*;
use crate::routes::Route;
use crate::state::use_store;
use crate::ui::current_route::use_route_part;
use crate::ui::goal_steps::{after, before, GoalPager, GoalProgress};
use crate::ui::goals::goal_style;
use crate::ui::locale::use_lang;
use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::use_navigate;
use wasm_bindgen::JsCast;

#[component]
pub fn WalkPage() -> impl IntoView {
    let goal = use_route_part(|r| match r {
        Route::CircleWalk(_, _, n) => Some(*n),
        _ => None,
    });
    // Rebuilt only when the address stops or starts naming a goal, not per goal.
    let valid = Memo::new(move |_| goal.with(Option::is_some));
    move || match valid.get() {
        false => view! { <crate::ui::not_found::NotFound /> }.into_any(),
        true => {
            let goal = Signal::derive(move || {
                goal.get()
                    .unwrap_or_else(|| GoalNumber::new(1).expect("1 is a goal"))
            });
            with_route_board(move |partnership, board| view! { <Walk partnership board goal /> })
                .into_any()
        }
    }
}

/// True when a key press belongs to a text field or a radio group, not to the walk.
fn typing_in_field(ev: &web_sys::KeyboardEvent) -> bool {
    ev.target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        .is_some_and(|el| {
            let tag = el.tag_name().to_ascii_lowercase();
            tag == "textarea"
                || tag == "select"
                || (tag == "input" && el.get_attribute("type").as_deref() != Some("checkbox"))
        })
}

#[component]
fn Walk(
    partnership: Signal<Partnership>,
    board: Signal<CircleBoard>,
    goal: Signal<GoalNumber>,
) -> impl IntoView {
    let i18n = use_i18n();
    let lang = use_lang();
    let alt = crate::ui::display::use_alt_langs();
    let store = use_store();
    let navigate = use_navigate();
    let pid = StoredValue::new(partnership.get_untracked().id);
    let board_id = StoredValue::new(board.get_untracked().id);
    let live =
        crate::ui::live::walk::walk_host(&partnership.get_untracked(), &board.get_untracked());
    let href_of = move |g: Option<GoalNumber>| match g {
        Some(g) => Route::CircleWalk(pid.get_value(), board_id.get_value(), g).href(),
        None => Route::CircleSummary(pid.get_value(), board_id.get_value()).href(),
    };
    let handle = window_event_listener(leptos::ev::keydown, move |ev| {
        if ev.ctrl_key() || ev.meta_key() || ev.alt_key() {
            return;
        }
        let in_field = typing_in_field(&ev);
        let target = match ev.key().as_str() {
            "PageDown" => Some(after(goal.get_untracked())),
            "PageUp" => before(goal.get_untracked()).map(Some),
            "ArrowRight" if !in_field => Some(after(goal.get_untracked())),
            "ArrowLeft" if !in_field => before(goal.get_untracked()).map(Some),
            k if !in_field => {
                let scale = board.with_untracked(|b| b.scale);
                let level = match k {
                    "Delete" | "Backspace" => Some(None),
                    _ => k
                        .chars()
                        .next()
                        .filter(|_| k.chars().count() == 1)
                        .and_then(|c| scale.level_for_key(c))
                        .map(Some),
                };
                if let Some(level) = level {
                    ev.prevent_default();
                    store.set_board_level(
                        &pid.get_value(),
                        &board_id.get_value(),
                        goal.get_untracked(),
                        level,
                    );
                    crate::ui::live::walk::agree(live, goal.get_untracked(), level);
                }
                None
            }
            _ => None,
        };
        if let Some(target) = target {
            ev.prevent_default();
            navigate(&href_of(target), Default::default());
        }
    });
    on_cleanup(move || handle.remove());
    view! {
        <section class="page circle-walk" style=move || goal_style(goal.get().goal())>
            <nav class="crumbs" aria-label=move || t_string!(i18n, circle.crumbs)>
                <A href=move || Route::CircleBoard(pid.get_value(), board_id.get_value()).href()>
                    "← "{move || board.with(|b| b.subject.name.clone())}
                </A>
            </nav>
            <super::timer::GoalTimer goal />
            <GoalProgress goal />
            <header class="walk-banner">
                <span class="goal-number" aria-hidden="true">{move || goal.get().get()}</span>
                <div>
                    <p class="eyebrow">{t!(i18n, circle.walk)}</p>
                    <h1>{move || sdg_heading(i18n, goal.get(), lang.get())}</h1>
                    // With the bilingual display, the title in the partners' languages too.
                    {move || alt.get().into_iter().map(|l| view! {
                        <p class="walk-title-alt" lang=l.code()>{goal.get().goal().title(l)}</p>
                    }).collect_view()}
                    <p class="walk-level">{move || board.with(|b| level_text(i18n, b.scale, b.level(goal.get())))}</p>
                </div>
            </header>
            <GoalEditor pid=pid.get_value() board goal id_prefix="walk" />
            <GoalPager
                goal
                label=Signal::derive(move || t_string!(i18n, circle.walk).to_owned())
                href_of=Callback::new(href_of)
                end=Signal::derive(move || t_string!(i18n, circle.to_summary).to_owned())
            />
            <p class="hint">{t!(i18n, circle.walk_keys)}</p>
            <crate::ui::live::walk::WalkLive host=live partnership board goal />
        </section>
    }
}
