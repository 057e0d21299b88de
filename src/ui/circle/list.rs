//! `/p/:id/circle`: the partnership's boards, a new board, and comparisons.

use super::form::SubjectFields;
use super::{goal_numbers, kind_text, scale_name};
use crate::domain::circle::{gaps, not_discussed, BoardDraft, BoardKind, CircleBoard, Scale};
use crate::domain::text::TextError;
use crate::domain::{Partnership, Side};
use crate::i18n::*;
use crate::routes::Route;
use crate::state::use_store;
use crate::ui::partnership_page::use_route_partnership;
use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::use_navigate;

#[component]
pub fn CirclePage() -> impl IntoView {
    let partnership = use_route_partnership();
    let found = Memo::new(move |_| partnership.with(|p| p.as_ref().map(|p| p.id.clone())));
    move || match found.get() {
        None => view! { <crate::ui::not_found::NotFound /> }.into_any(),
        Some(_) => {
            let live = Signal::derive(move || partnership.get());
            view! { <CircleHome partnership=live /> }.into_any()
        }
    }
}

#[component]
fn CircleHome(partnership: Signal<Option<Partnership>>) -> impl IntoView {
    let i18n = use_i18n();
    let boards =
        move || partnership.with(|p| p.as_ref().map(|p| p.boards.clone()).unwrap_or_default());
    view! {
        <section class="page circle">
            <h1>{t!(i18n, circle.title)}</h1>
            <p class="lead">{t!(i18n, circle.intro)}</p>
            <Show
                when=move || !boards().is_empty()
                fallback=move || view! { <p class="empty">{t!(i18n, circle.no_boards)}</p> }
            >
                <ul class="board-list" aria-label=move || t_string!(i18n, circle.boards)>
                    <For each=boards key=|b| serde_json::to_string(b).unwrap_or_default() let:b>
                        <BoardCard board=b partnership />
                    </For>
                </ul>
                <ComparePicker partnership />
            </Show>
            <CreateBoard partnership />
        </section>
    }
}

#[component]
fn BoardCard(board: CircleBoard, partnership: Signal<Option<Partnership>>) -> impl IntoView {
    let i18n = use_i18n();
    let store = use_store();
    let navigate = use_navigate();
    let Some(p) = partnership.get_untracked() else {
        return ().into_any();
    };
    let pid = p.id.clone();
    let b = board;
    let name = b.subject.name.clone();
    let hidden = {
        let name = name.clone();
        move || view! { <span class="visually-hidden">" "{name.clone()}</span> }
    };
    let source = b
        .derived_from
        .as_ref()
        .and_then(|from| p.boards.iter().find(|x| &x.id == from))
        .map(|from| (from.id.clone(), from.subject.name.clone(), from.version));
    let compare_link = source.clone().map(|(from_id, _, _)| {
        let href = Route::CircleCompare(pid.clone(), from_id, b.id.clone()).href();
        let hidden = hidden.clone();
        view! { <A href=href attr:class="button secondary">{t!(i18n, circle.compare_previous)}{hidden()}</A> }
    });
    let gap = gaps(&b);
    let open = not_discussed(&b);
    let (dup_pid, del_pid, bid, bid2) = (pid.clone(), pid.clone(), b.id.clone(), b.id.clone());
    let (h1, h2, h3, h4, h5) = (
        hidden.clone(),
        hidden.clone(),
        hidden.clone(),
        hidden.clone(),
        hidden,
    );
    view! {
        <li class="board-card card">
            <h2>
                <A href=Route::CircleBoard(pid.clone(), b.id.clone()).href()>{name.clone()}</A>
                {(b.version > 1).then(|| view! { <span class="version">" v"{b.version}</span> })}
            </h2>
            <p class="board-facts">
                {kind_text(i18n, b.kind, &p)}" · "{scale_name(i18n, b.scale)}
                {(!b.subject.period.is_empty()).then(|| format!(" · {}", b.subject.period))}
                {(!b.date.is_empty()).then(|| format!(" · {}", b.date))}
            </p>
            {source.map(|(_, from_name, v)| view! {
                <p class="derived">{t!(i18n, circle.derived_from, name = format!("{from_name} v{v}"))}</p>
            })}
            <p>
                <strong>{t!(i18n, circle.gaps)}": "</strong>{if gap.is_empty() { "–".to_owned() } else { goal_numbers(&gap) }}
                " · "<strong>{t!(i18n, circle.open_goals)}": "</strong>{if open.is_empty() { "–".to_owned() } else { goal_numbers(&open) }}
            </p>
            <div class="actions">
                <A href=Route::CircleBoard(pid.clone(), b.id.clone()).href() attr:class="button">{t!(i18n, circle.open_board)}{h1()}</A>
                <A href=Route::CircleWalk(pid.clone(), b.id.clone(), crate::domain::GoalNumber::new(1).expect("1 is a goal")).href() attr:class="button secondary">{t!(i18n, circle.walk)}{h2()}</A>
                <A href=Route::CircleSummary(pid.clone(), b.id.clone()).href() attr:class="button secondary">{t!(i18n, circle.summary)}{h3()}</A>
                <button class="button secondary" on:click=move |_| {
                    if let Some(id) = store.new_board_version(&dup_pid, &bid) {
                        navigate(&Route::CircleBoard(dup_pid.clone(), id).href(), Default::default());
                    }
                }>{t!(i18n, circle.new_version)}{h4()}</button>
                {compare_link}
                // No confirmation: the undo bar brings the board back, as it
                // does a deleted partnership (and the browser's confirm()
                // would speak the browser's language, not the app's).
                <button class="button danger" on:click=move |_| store.delete_board(&del_pid, &bid2)>{t!(i18n, circle.delete)}{h5()}</button>
            </div>
        </li>
    }
    .into_any()
}

/// Two boards to put side by side; the two partners' latest inventories are offered directly.
#[component]
fn ComparePicker(partnership: Signal<Option<Partnership>>) -> impl IntoView {
    let i18n = use_i18n();
    let navigate = use_navigate();
    let boards =
        move || partnership.with(|p| p.as_ref().map(|p| p.boards.clone()).unwrap_or_default());
    let left = RwSignal::new(String::new());
    let right = RwSignal::new(String::new());
    let inventories = move || {
        partnership.with(|p| {
            let p = p.as_ref()?;
            let latest = |side: Side| {
                p.boards
                    .iter()
                    .rev()
                    .find(|b| b.kind == BoardKind::Inventory(side))
                    .map(|b| b.id.clone())
            };
            Some(Route::CircleCompare(p.id.clone(), latest(Side::A)?, latest(Side::B)?).href())
        })
    };
    // Until someone chooses, the left is the oldest board and the right the newest.
    let chosen = move |s: RwSignal<String>, newest: bool| {
        let v = s.get();
        if !v.is_empty() {
            return Some(v);
        }
        let all = boards();
        let b = if newest { all.last() } else { all.first() };
        b.map(|b| b.id.clone())
    };
    let options = move |s: RwSignal<String>, newest: bool| {
        boards().into_iter().map(|b| {
            let id = b.id.clone();
            let label = if b.version > 1 { format!("{} (v{})", b.subject.name, b.version) } else { b.subject.name.clone() };
            view! { <option value=id.clone() selected=move || chosen(s, newest).as_ref() == Some(&id)>{label}</option> }
        }).collect_view()
    };
    let go = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let pid = partnership.with_untracked(|p| p.as_ref().map(|p| p.id.clone()));
        let (l, r) = untrack(|| (chosen(left, false), chosen(right, true)));
        if let (Some(pid), Some(l), Some(r)) = (pid, l, r) {
            navigate(&Route::CircleCompare(pid, l, r).href(), Default::default());
        }
    };
    view! {
        <form class="compare-picker card" on:submit=go aria-labelledby="compare-title">
            <h2 id="compare-title">{t!(i18n, circle.compare_title)}</h2>
            {move || inventories().map(|href| view! {
                <p><A href=href attr:class="button">{t!(i18n, circle.compare_inventories)}</A></p>
            })}
            <div class="compare-fields">
                <div class="field">
                    <label for="compare-left">{t!(i18n, circle.compare_left)}</label>
                    <select id="compare-left" on:change=move |ev| left.set(event_target_value(&ev))>{move || options(left, false)}</select>
                </div>
                <div class="field">
                    <label for="compare-right">{t!(i18n, circle.compare_right)}</label>
                    <select id="compare-right" on:change=move |ev| right.set(event_target_value(&ev))>
                        {move || options(right, true)}
                    </select>
                </div>
            </div>
            <button type="submit" class="button">{t!(i18n, circle.compare)}</button>
        </form>
    }
}

#[component]
fn CreateBoard(partnership: Signal<Option<Partnership>>) -> impl IntoView {
    let i18n = use_i18n();
    let store = use_store();
    let navigate = use_navigate();
    let draft = RwSignal::new(BoardDraft::default());
    let error = RwSignal::new(None::<TextError>);
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let Some(pid) = partnership.with_untracked(|p| p.as_ref().map(|p| p.id.clone())) else {
            return;
        };
        match store.create_board(&pid, &draft.get_untracked()) {
            Ok(id) => navigate(&Route::CircleBoard(pid, id).href(), Default::default()),
            Err(e) => error.set(Some(e)),
        }
    };
    let kind_code = move |k: BoardKind| match k {
        BoardKind::Programme => "programme",
        BoardKind::Project => "project",
        BoardKind::Inventory(Side::A) => "inventory-a",
        BoardKind::Inventory(Side::B) => "inventory-b",
    };
    let kinds = move || {
        let p = partnership.get()?;
        Some([BoardKind::Programme, BoardKind::Project, BoardKind::Inventory(Side::A), BoardKind::Inventory(Side::B)]
            .into_iter()
            .map(|k| view! {
                <option value=kind_code(k) selected=move || draft.with(|d| d.kind == k)>{kind_text(i18n, k, &p)}</option>
            })
            .collect_view())
    };
    let set_kind = move |code: String| {
        let kind = match code.as_str() {
            "project" => BoardKind::Project,
            "inventory-a" => BoardKind::Inventory(Side::A),
            "inventory-b" => BoardKind::Inventory(Side::B),
            _ => BoardKind::Programme,
        };
        draft.update(|d| d.kind = kind);
    };
    view! {
        <form class="create-board card" on:submit=submit aria-labelledby="new-board-title">
            <h2 id="new-board-title">{t!(i18n, circle.new_board)}</h2>
            <div class="field">
                <label for="board-kind">{t!(i18n, circle.kind)}</label>
                <select id="board-kind" on:change=move |ev| set_kind(event_target_value(&ev))>{kinds}</select>
            </div>
            <SubjectFields draft error id_prefix="board" />
            <fieldset class="scale-choice">
                <legend>{t!(i18n, circle.scale)}</legend>
                {Scale::ALL.into_iter().map(|s| view! {
                    <label class="check">
                        <input type="radio" name="board-scale"
                            prop:checked=move || draft.with(|d| d.scale == s)
                            on:change=move |_| draft.update(|d| d.scale = s)
                        />
                        <span><strong>{move || scale_name(i18n, s)}</strong>" — "{move || match s {
                            Scale::Contribution => t_string!(i18n, circle.scale_contribution_help),
                            Scale::ImpactRose => t_string!(i18n, circle.scale_rose_help),
                        }}</span>
                    </label>
                }).collect_view()}
                <p class="hint">{t!(i18n, circle.scale_fixed)}</p>
            </fieldset>
            <button type="submit" class="button primary">{t!(i18n, circle.create)}</button>
        </form>
    }
}
