//! `/p/:id/circle/compare/:left/:right`: two boards side by side. For two
//! versions: what was added, lost, and which gaps were closed. For the two
//! partners' inventories: what only one of them works on, and shared gaps.

use super::summary::GoalList;
use super::wheel::Wheel;
use super::{kind_text, level_text};
use crate::domain::circle::{compare, BoardKind, CircleBoard, Comparison};
use crate::domain::{GoalNumber, Partnership};
use crate::i18n::*;
use crate::routes::Route;
use crate::state::use_store;
use crate::ui::current_route::use_route_part;
use crate::ui::locale::use_lang;
use leptos::prelude::*;
use leptos_router::components::A;

type Pair = (Partnership, CircleBoard, CircleBoard);

#[component]
pub fn CompareBoardsPage() -> impl IntoView {
    let store = use_store();
    let boards = use_route_part(|r| match r {
        Route::CircleCompare(id, left, right) => Some((id.clone(), left.clone(), right.clone())),
        _ => None,
    });
    let found = Memo::new(move |_| -> Option<Pair> {
        let (id, left, right) = boards.get()?;
        store.ensure_loaded(&id);
        store.workspace.with(|w| {
            let p = w.get(&id)?;
            let find = |bid: &str| p.boards.iter().find(|b| b.id == bid).cloned();
            Some((p.clone(), find(&left)?, find(&right)?))
        })
    });
    move || match found.get() {
        None => view! { <crate::ui::not_found::NotFound /> }.into_any(),
        Some(pair) => view! { <Compared pair /> }.into_any(),
    }
}

#[component]
fn Compared(pair: Pair) -> impl IntoView {
    let i18n = use_i18n();
    let lang = use_lang();
    let (p, left, right) = pair;
    let c: Comparison = compare(&left, &right);
    let inventories = match (left.kind, right.kind) {
        (BoardKind::Inventory(a), BoardKind::Inventory(b)) => {
            Some((p.partner(a).name.clone(), p.partner(b).name.clone()))
        }
        _ => None,
    };
    let title = |b: &CircleBoard| {
        if b.version > 1 {
            format!("{} (v{})", b.subject.name, b.version)
        } else {
            b.subject.name.clone()
        }
    };
    let (left_title, right_title) = (title(&left), title(&right));
    let list = |goals: Vec<GoalNumber>, class: &'static str| {
        view! { <GoalList goals=Signal::stored(goals) class empty=Signal::derive(move || "–".to_owned()) /> }
    };
    let blocks = match inventories.clone() {
        Some((a, b)) => view! {
            <section class="card"><h2>{t!(i18n, circle.only_at, name = a.clone())}</h2>{list(c.lost.clone(), "lost")}</section>
            <section class="card"><h2>{t!(i18n, circle.only_at, name = b.clone())}</h2>{list(c.added.clone(), "added")}</section>
            <section class="card"><h2>{t!(i18n, circle.in_both)}</h2>{list(c.in_both.clone(), "both")}</section>
            <section class="card"><h2>{t!(i18n, circle.gaps_in_both)}</h2>{list(c.gaps_in_both.clone(), "gaps-both")}</section>
        }
        .into_any(),
        None => view! {
            <section class="card"><h2>{t!(i18n, circle.added)}</h2>{list(c.added.clone(), "added")}</section>
            <section class="card"><h2>{t!(i18n, circle.lost)}</h2>{list(c.lost.clone(), "lost")}</section>
            <section class="card"><h2>{t!(i18n, circle.gaps_closed)}</h2>{list(c.gaps_closed.clone(), "closed")}</section>
            <section class="card"><h2>{t!(i18n, circle.gaps_in_both)}</h2>{list(c.gaps_in_both.clone(), "gaps-both")}</section>
            {(!c.stronger.is_empty()).then(|| view! {
                <section class="card"><h2>{t!(i18n, circle.stronger)}</h2>{list(c.stronger.clone(), "stronger")}</section>
            })}
            {(!c.weaker.is_empty()).then(|| view! {
                <section class="card"><h2>{t!(i18n, circle.weaker)}</h2>{list(c.weaker.clone(), "weaker")}</section>
            })}
        }
        .into_any(),
    };
    let (ls, rs) = (left.scale, right.scale);
    let rows = c.rows.clone().into_iter().map(|r| {
        let changed = r.left_status != r.right_status || r.left != r.right;
        view! {
            <tr class:changed=changed>
                <th scope="row">{move || format!("{} {}", r.goal, r.goal.goal().title(lang.get()))}</th>
                <td>{move || level_text(i18n, ls, r.left)}</td>
                <td>{move || level_text(i18n, rs, r.right)}</td>
            </tr>
        }
    }).collect_view();
    let (lk, rk) = (
        kind_text(i18n, left.kind, &p),
        kind_text(i18n, right.kind, &p),
    );
    let partnership = Signal::stored(p.clone());
    view! {
        <section class="page circle-compare">
            <nav class="crumbs" aria-label=move || t_string!(i18n, circle.crumbs)>
                <A href=Route::Circle(p.id.clone()).href()>{t!(i18n, circle.all_boards)}</A>
            </nav>
            <h1>{t!(i18n, circle.compare_title)}</h1>
            <div class="compare-wheels">
                <figure>
                    <figcaption><strong>{left_title.clone()}</strong><br />{lk}</figcaption>
                    <Wheel board=Signal::stored(left) partnership svg_id="compare-left".to_owned() />
                </figure>
                <figure>
                    <figcaption><strong>{right_title.clone()}</strong><br />{rk}</figcaption>
                    <Wheel board=Signal::stored(right) partnership svg_id="compare-right".to_owned() />
                </figure>
            </div>
            <div class="summary-grid">{blocks}</div>
            <section class="card">
                <h2>{t!(i18n, circle.goal_by_goal)}</h2>
                <table class="compare-table">
                    <thead>
                        <tr>
                            <th scope="col">{t!(i18n, circle.goal)}</th>
                            <th scope="col">{left_title}</th>
                            <th scope="col">{right_title}</th>
                        </tr>
                    </thead>
                    <tbody>{rows}</tbody>
                </table>
            </section>
        </section>
    }
}
