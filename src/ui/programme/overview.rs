//! One programme's overview: goals as gaps on one circle, learning between
//! partnerships, priorities and agreements, and what citizens chose. On the
//! wall each is a part (PageUp/PageDown); on paper and on screen, one page.

use super::circle::GapCircle;
use super::form::ProgrammeForm;
use super::learning::{JointPart, PeersPart};
use super::plans::PlansPart;
use super::words::{boards_text, count_text, names};
use super::{DeletedNote, ProblemNote};
use crate::domain::export::{file_name, slug};
use crate::domain::programme::{csv::programme_csv, GoalGaps, Overview, Programme};
use crate::domain::{GoalNumber, Partnership, Side};
use crate::i18n::*;
use crate::routes::Route;
use crate::state::browser::download;
use crate::state::programmes::Programmes;
use crate::state::storage::now_iso;
use crate::state::use_store;
use crate::ui::fill::fill;
use crate::ui::goals::goal_style;
use crate::ui::index::words::goal_label;
use crate::ui::locale::use_lang;
use crate::ui::slides::Slides;
use leptos::prelude::*;
use leptos_router::components::A;

/// The overview and how many of the programme's partnerships are no longer
/// on this device.
pub type Read = (Overview, usize);

#[component]
pub fn OverviewPage(programmes: Programmes, programme: Programme) -> impl IntoView {
    let i18n = use_i18n();
    let store = use_store();
    let lang = use_lang();
    let ids = StoredValue::new(programme.partnerships.clone());
    let today = now_iso().get(..10).unwrap_or_default().to_owned();
    let read = Memo::new(move |_| -> Read {
        ids.with_value(|ids| {
            for id in ids {
                store.ensure_loaded(id);
            }
            store.workspace.with(|w| {
                let found: Vec<&Partnership> = ids.iter().filter_map(|id| w.get(id)).collect();
                (Overview::of(&found, &today), ids.len() - found.len())
            })
        })
    });
    let name = StoredValue::new(programme.name.clone());
    let editing = RwSignal::new(false);
    let csv = move |_| {
        let name = name.get_value();
        let text = ids.with_value(|ids| {
            store.workspace.with_untracked(|w| {
                let found: Vec<&Partnership> = ids.iter().filter_map(|id| w.get(id)).collect();
                programme_csv(&name, &found, lang.get_untracked())
            })
        });
        download(
            &file_name(&slug(&name), &now_iso(), "csv"),
            "text/csv",
            &text,
        );
    };
    let id = StoredValue::new(programme.id.clone());
    let edited = Callback::new(move |_| editing.set(false));
    view! {
        <section class="page programme">
            <p class="programme-back"><A href=Route::Programmes.href()>"← "{t!(i18n, programme.back)}</A></p>
            <h1>{name.get_value()}</h1>
            <ProblemNote programmes />
            <DeletedNote programmes />
            <Members read />
            <div class="actions programme-actions">
                <button type="button" class="button secondary" aria-expanded=move || editing.get().to_string()
                    on:click=move |_| editing.update(|e| *e = !*e)>{t!(i18n, programme.edit)}</button>
                <button type="button" class="button secondary" on:click=csv>{t!(i18n, programme.csv)}</button>
                <button type="button" class="button secondary" on:click=move |_| { let _ = window().print(); }>
                    {t!(i18n, programme.print)}
                </button>
                <button type="button" class="button danger" on:click=move |_| programmes.delete(&id.get_value())>
                    {t!(i18n, programme.delete)}
                </button>
            </div>
            <Show when=move || editing.get()>
                <ProgrammeForm programmes editing=programmes.get(&id.get_value()) on_saved=edited />
            </Show>
            <Slides>
                <GapsPart read />
                <JointPart read />
                <PeersPart read />
                <PlansPart read />
                <CitizensPart read />
            </Slides>
        </section>
    }
}

#[component]
fn Members(read: Memo<Read>) -> impl IntoView {
    let i18n = use_i18n();
    move || {
        read.with(|(o, missing)| {
            let count = count_text(i18n, o.members.len());
            let missing = (*missing > 0).then(|| {
                let text = fill(
                    t_string!(i18n, programme.missing),
                    &[("count", missing.to_string())],
                );
                view! { <p class="banner warning" role="status">{text}</p> }
            });
            view! {
                <details class="programme-members-list">
                    <summary>{count}</summary>
                    <ul>
                        {o.members.iter().map(|m| (m.id.clone(), m.name.clone())).map(|(id, name)| view! {
                            <li><A href=Route::Partnership(id).href()>{name}</A></li>
                        }).collect_view()}
                    </ul>
                </details>
                {missing}
            }
        })
    }
}

pub(super) fn goal_chip(goal: GoalNumber) -> impl IntoView {
    view! { <span class="goal-chip" style=goal_style(goal.goal()) aria-hidden="true">{goal.get()}</span> }
}

#[component]
pub fn GapsPart(read: Memo<Read>) -> impl IntoView {
    let i18n = use_i18n();
    let lang = use_lang();
    move || {
        read.with(|(o, _)| {
            let boards = o.members.iter().filter(|m| m.board.is_some()).count();
            let without: Vec<usize> = (0..o.members.len())
                .filter(|at| o.members[*at].board.is_none())
                .collect();
            let rows: Vec<GoalGaps> = o
                .gaps
                .iter()
                .filter(|r| !r.gaps.is_empty())
                .cloned()
                .collect();
            let members = o.members.clone();
            let list = if rows.is_empty() {
                view! { <p class="empty">{t!(i18n, programme.no_gaps)}</p> }.into_any()
            } else {
                view! {
                    <ul class="goal-list gap-list">
                        {rows.into_iter().map(|row| {
                            let goal = row.goal;
                            let count = fill(t_string!(i18n, programme.gap_count), &[
                                ("count", row.gaps.len().to_string()),
                                ("boards", boards.to_string()),
                            ]);
                            let who = names(&members, &row.gaps);
                            view! {
                                <li>
                                    {goal_chip(goal)}
                                    <span class="gap-goal">
                                        <strong>{move || goal_label(goal, lang.get())}</strong>
                                        " — "{count}
                                        <span class="gap-who">{who}</span>
                                    </span>
                                </li>
                            }
                        }).collect_view()}
                    </ul>
                }
                .into_any()
            };
            let without = (!without.is_empty()).then(|| {
                let text = fill(
                    t_string!(i18n, programme.without_board),
                    &[("names", names(&o.members, &without))],
                );
                view! { <p class="hint">{text}</p> }
            });
            view! {
                <section class="card slide programme-gaps" aria-labelledby="gaps-title">
                    <h2 id="gaps-title">{t!(i18n, programme.gaps_title)}</h2>
                    <p class="hint intro">{t!(i18n, programme.gaps_intro)}</p>
                    <div class="gap-layout">
                        <GapCircle gaps=o.gaps.clone() boards />
                        <div>
                            <p class="respondents">{boards_text(i18n, boards)}</p>
                            {list}
                            {without}
                        </div>
                    </div>
                </section>
            }
        })
    }
}

#[component]
pub fn CitizensPart(read: Memo<Read>) -> impl IntoView {
    let i18n = use_i18n();
    let lang = use_lang();
    move || {
        read.with(|(o, _)| {
            let rows: Vec<(GoalNumber, String)> = GoalNumber::all()
                .filter_map(|goal| {
                    let who: Vec<String> = o
                        .members
                        .iter()
                        .flat_map(|m| {
                            Side::BOTH
                                .into_iter()
                                .filter(move |side| m.citizens[*side as usize].contains(&goal))
                                .map(move |side| format!("{} ({})", m.partner(side), m.name))
                        })
                        .collect();
                    (!who.is_empty()).then(|| (goal, who.join("; ")))
                })
                .collect();
            let list = if rows.is_empty() {
                view! { <p class="empty">{t!(i18n, programme.no_citizens)}</p> }.into_any()
            } else {
                view! {
                    <ul class="goal-list">
                        {rows.into_iter().map(|(goal, who)| view! {
                            <li>{goal_chip(goal)}<span><strong>{move || goal_label(goal, lang.get())}</strong>": "{who}</span></li>
                        }).collect_view()}
                    </ul>
                }.into_any()
            };
            view! {
                <section class="card slide programme-citizens" aria-labelledby="citizens-title">
                    <h2 id="citizens-title">{t!(i18n, programme.citizens_title)}</h2>
                    <p class="hint intro">{t!(i18n, programme.citizens_intro)}</p>
                    {list}
                </section>
            }
        })
    }
}
