//! `/p/:id/circle/:board`: the wheel, the goal panel, and the board's actions.

use super::editor::GoalEditor;
use super::export::{download_png, download_svg};
use super::form::SubjectFields;
use super::wheel::{Wheel, WheelControls};
use super::{goal_numbers, kind_text, scale_name, sdg_heading, step_name, with_route_board};
use crate::domain::circle::{gaps, negatives, not_discussed, BoardDraft, CircleBoard, Level};
use crate::domain::export::slug;
use crate::domain::text::TextError;
use crate::domain::{GoalNumber, Partnership};
use crate::i18n::*;
use crate::routes::Route;
use crate::state::use_store;
use crate::ui::locale::use_lang;
use leptos::prelude::*;
use leptos_router::components::A;

pub const BOARD_SVG_ID: &str = "circle-board";

#[component]
pub fn BoardPage() -> impl IntoView {
    with_route_board(|partnership, board| view! { <BoardView partnership board /> })
}

#[component]
fn BoardView(partnership: Signal<Partnership>, board: Signal<CircleBoard>) -> impl IntoView {
    let i18n = use_i18n();
    let store = use_store();
    let p = partnership.get_untracked();
    let pid = StoredValue::new(p.id.clone());
    let first = GoalNumber::new(1).expect("1 is a goal");
    let controls = WheelControls {
        active: RwSignal::new(first),
        open: RwSignal::new(None),
        set_level: Callback::new(move |(goal, level): (GoalNumber, Option<Level>)| {
            let id = board.with_untracked(|b| b.id.clone());
            store.set_board_level(&pid.get_value(), &id, goal, level);
        }),
    };
    let board_id = Memo::new(move |_| board.with(|b| b.id.clone()));
    let board_id = move || board_id.get();
    let walk = move || Route::CircleWalk(pid.get_value(), board_id(), first).href();
    let summary = move || Route::CircleSummary(pid.get_value(), board_id()).href();
    let file_name = move || {
        let b = board.get_untracked();
        format!(
            "{}-v{}",
            slug(&format!(
                "{} {}",
                partnership.get_untracked().name,
                b.subject.name
            )),
            b.version
        )
    };
    view! {
        <section class="page circle-board">
            <nav class="crumbs" aria-label=move || t_string!(i18n, circle.crumbs)>
                <A href=move || Route::Circle(pid.get_value()).href()>{t!(i18n, circle.all_boards)}</A>
            </nav>
            <h1>{move || board.with(|b| b.subject.name.clone())}</h1>
            <p class="lead board-facts">
                {move || partnership.with(|p| board.with(|b| kind_text(i18n, b.kind, p)))}
                {move || board.with(|b| (b.version > 1).then(|| format!(" · v{}", b.version)))}
                " · "{move || board.with(|b| scale_name(i18n, b.scale))}
                {move || board.with(|b| (!b.date.is_empty()).then(|| format!(" · {}", b.date)))}
                {move || board.with(|b| (!b.participants.is_empty()).then(|| format!(" · {}", b.participants)))}
            </p>
            {move || {
                let description = board.with(|b| b.subject.description.clone());
                (!description.is_empty()).then(|| view! { <p class="board-description">{description}</p> })
            }}
            <EditDetails pid=pid.get_value() board />
            <div class="board-layout">
                <div class="wheel-wrap">
                    <Wheel board partnership svg_id=BOARD_SVG_ID.to_owned() controls />
                    <p class="hint" id="circle-keys">{t!(i18n, circle.keys_help)}</p>
                    <ScaleLegend board />
                </div>
                <div class="board-side">
                    <div class="actions board-actions">
                        <A href=walk attr:class="button">{t!(i18n, circle.walk)}</A>
                        <A href=summary attr:class="button secondary">{t!(i18n, circle.summary)}</A>
                        <button class="button secondary" on:click=move |_| { download_svg(BOARD_SVG_ID, &file_name()); }>
                            {t!(i18n, circle.export_svg)}
                        </button>
                        <button class="button secondary" on:click=move |_| download_png(BOARD_SVG_ID, &file_name())>
                            {t!(i18n, circle.export_png)}
                        </button>
                    </div>
                    <BoardStatus board />
                    <GoalPicker board controls />
                    <GoalPanel pid=pid.get_value() board controls />
                </div>
            </div>
        </section>
    }
}

/// One line a facilitator reads out: the gaps so far, and what is still open.
#[component]
pub fn BoardStatus(board: Signal<CircleBoard>) -> impl IntoView {
    let i18n = use_i18n();
    let list = move |goals: Vec<GoalNumber>| {
        if goals.is_empty() {
            "–".to_owned()
        } else {
            goal_numbers(&goals)
        }
    };
    view! {
        <p class="board-status" role="status">
            <span><strong>{t!(i18n, circle.gaps)}": "</strong><span class="gap-numbers">{move || board.with(|b| list(gaps(b)))}</span></span>
            <span><strong>{t!(i18n, circle.open_goals)}": "</strong>{move || board.with(|b| list(not_discussed(b)))}</span>
            {move || board.with(|b| {
                let neg = negatives(b);
                (!neg.is_empty()).then(|| view! {
                    <span><strong>{t!(i18n, circle.negatives)}": "</strong>{goal_numbers(&neg)}</span>
                })
            })}
        </p>
    }
}

/// What each step looks like on the board, with its digit key.
#[component]
fn ScaleLegend(board: Signal<CircleBoard>) -> impl IntoView {
    let i18n = use_i18n();
    // Redrawn when the scale changes, not on every level set.
    let scale = Memo::new(move |_| board.with(|b| b.scale));
    move || {
        let scale = scale.get();
        view! {
            <dl class="scale-legend">
                {scale.steps().iter().rev().map(|l| {
                    let step = scale.step_name(*l);
                    let name = move |loc| step.map(|n| step_name(loc, n)).unwrap_or_default().to_owned();
                    let key = scale.key_for(*l).map(String::from);
                    let mark = super::level_mark(scale, Some(*l));
                    view! {
                        <div>
                            <dt>
                                <kbd>{key.clone()}</kbd>
                                // The mark only where it differs from the key (the rose's signs).
                                {(key.as_deref() != Some(mark.as_str())).then(|| format!(" {mark}"))}
                            </dt>
                            <dd><crate::ui::display::Bi text=name /></dd>
                        </div>
                    }
                }).collect_view()}
                <div><dt><kbd>{t!(i18n, circle.del_key)}</kbd>" ?"</dt><dd>{t!(i18n, circle.not_discussed)}</dd></div>
            </dl>
        }
    }
}

/// The 17 goals as a list: on a phone a goal is one tap away without aiming
/// at a segment of the wheel. A pick opens the goal's panel and brings it
/// into view (on a narrow screen it sits below the wheel).
#[component]
fn GoalPicker(board: Signal<CircleBoard>, controls: WheelControls) -> impl IntoView {
    let i18n = use_i18n();
    let lang = use_lang();
    let pick = move |g: GoalNumber| {
        controls.active.set(g);
        controls.open.set(Some(g));
        request_animation_frame(|| {
            if let Some(el) = document().get_element_by_id("goal-panel-title") {
                el.scroll_into_view();
            }
        });
    };
    view! {
        <details class="goal-picker">
            <summary>{t!(i18n, circle.goal_list)}</summary>
            <ol class="goal-picker-list">
                {GoalNumber::all().map(|g| view! {
                    <li>
                        <button type="button" class="goal-pick" style=crate::ui::goals::goal_style(g.goal()) on:click=move |_| pick(g)>
                            <span class="chip-number" aria-hidden="true">{g.get()}</span>
                            <span class="pick-title">{move || sdg_heading(i18n, g, lang.get())}</span>
                            <span class="pick-level">{move || board.with(|b| super::level_text(i18n, b.scale, b.level(g)))}</span>
                        </button>
                    </li>
                }).collect_view()}
            </ol>
        </details>
    }
}

#[component]
fn GoalPanel(
    pid: crate::domain::PartnershipId,
    board: Signal<CircleBoard>,
    controls: WheelControls,
) -> impl IntoView {
    let i18n = use_i18n();
    let lang = use_lang();
    let shown = Signal::derive(move || controls.open.get().unwrap_or(controls.active.get()));
    let close = move || {
        if let Some(g) = controls.open.get_untracked() {
            controls.open.set(None);
            if let Some(el) = document().get_element_by_id(&format!("{BOARD_SVG_ID}-sdg-{g}")) {
                use wasm_bindgen::JsCast;
                if let Ok(el) = el.dyn_into::<web_sys::SvgElement>() {
                    let _ = el.focus();
                }
            }
        }
    };
    let pid = StoredValue::new(pid);
    move || match controls.open.get() {
        None => view! {
            <aside class="goal-panel empty card">
                <p>{t!(i18n, circle.panel_hint)}</p>
            </aside>
        }
        .into_any(),
        Some(_) => {
            let goal = shown;
            view! {
                <aside
                    class="goal-panel card"
                    aria-labelledby="goal-panel-title"
                    style=move || crate::ui::goals::goal_style(goal.get().goal())
                    on:keydown=move |ev| if ev.key() == "Escape" { close() }
                >
                    <header class="goal-panel-head">
                        <span class="goal-number" aria-hidden="true">{move || goal.get().get()}</span>
                        <h2 id="goal-panel-title">{move || sdg_heading(i18n, goal.get(), lang.get())}</h2>
                    </header>
                    <GoalEditor pid=pid.get_value() board goal id_prefix="panel" />
                    <div class="actions">
                        <button class="button secondary" on:click=move |_| {
                            let g = goal.get_untracked().prev();
                            controls.active.set(g);
                            controls.open.set(Some(g));
                        }>"← "{t!(i18n, circle.previous)}</button>
                        <button class="button secondary" on:click=move |_| {
                            let g = goal.get_untracked().next();
                            controls.active.set(g);
                            controls.open.set(Some(g));
                        }>{t!(i18n, circle.next)}" →"</button>
                        <button class="button" on:click=move |_| close()>{t!(i18n, circle.close)}</button>
                    </div>
                </aside>
            }
            .into_any()
        }
    }
}

/// The subject, date and participants, editable after the session (the kind
/// and scale are not: they give the recorded levels their meaning).
#[component]
fn EditDetails(pid: crate::domain::PartnershipId, board: Signal<CircleBoard>) -> impl IntoView {
    let i18n = use_i18n();
    let store = use_store();
    let open = RwSignal::new(false);
    let draft = RwSignal::new(BoardDraft::of(&board.get_untracked()));
    let error = RwSignal::new(None::<TextError>);
    let pid = StoredValue::new(pid);
    let save = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let id = board.with_untracked(|b| b.id.clone());
        match store.edit_board(&pid.get_value(), &id, &draft.get_untracked()) {
            Ok(()) => {
                error.set(None);
                open.set(false);
            }
            Err(e) => error.set(Some(e)),
        }
    };
    view! {
        <details class="edit-details" prop:open=move || open.get()>
            <summary on:click=move |ev| {
                ev.prevent_default();
                draft.set(BoardDraft::of(&board.get_untracked()));
                open.update(|o| *o = !*o);
            }>{t!(i18n, circle.edit_details)}</summary>
            <form class="card" on:submit=save aria-label=move || t_string!(i18n, circle.edit_details)>
                <SubjectFields draft error id_prefix="edit-board" />
                <button type="submit" class="button">{t!(i18n, circle.save)}</button>
            </form>
        </details>
    }
}
