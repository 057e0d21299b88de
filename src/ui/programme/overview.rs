//! One programme's overview: goals as gaps on one circle, learning between
//! partnerships, priorities and agreements, and what citizens chose. On the
//! wall each is a part (PageUp/PageDown); on paper and on screen, one page.

use super::circle::GapCircle;
use super::form::ProgrammeForm;
use super::words::{boards_text, count_text, named, names, Named};
use super::{DeletedNote, ProblemNote};
use crate::domain::export::{file_name, slug};
use crate::domain::plan::Agreement;
use crate::domain::programme::{
    csv::programme_csv, GoalGaps, Member, MemberPlan, Overview, Programme,
};
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

fn goal_chip(goal: GoalNumber) -> impl IntoView {
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

/// Several partnerships weak on a goal: a joint training or exchange.
#[component]
pub fn JointPart(read: Memo<Read>) -> impl IntoView {
    let i18n = use_i18n();
    move || {
        read.with(|(o, _)| {
            let items = o
                .learning
                .joint
                .iter()
                .map(|j| {
                    let weak = named(&o.members, &j.weak);
                    view! { <LearningItem goal=j.goal lines=vec![(Standing::Weak, weak)] /> }
                })
                .collect_view();
            view! {
                <section class="card slide programme-joint" aria-labelledby="joint-title">
                    <h2 id="joint-title">{t!(i18n, programme.joint_title)}</h2>
                    <p class="hint intro">{t!(i18n, programme.learning_intro)}</p>
                    {o.learning.joint.is_empty().then(|| view! { <p class="empty">{t!(i18n, programme.no_joint)}</p> })}
                    <ul class="goal-list learning-list">{items}</ul>
                    <RoundNotes members=o.members.clone() />
                </section>
            }
        })
    }
}

/// Strong in one partnership where a partner of another is weak.
#[component]
pub fn PeersPart(read: Memo<Read>) -> impl IntoView {
    let i18n = use_i18n();
    move || {
        read.with(|(o, _)| {
            let items = o
                .learning
                .peers
                .iter()
                .map(|p| {
                    let strong = named(&o.members, &p.strong);
                    let weak = named(&o.members, &p.weak);
                    let lines = vec![(Standing::Strong, strong), (Standing::Weak, weak)];
                    view! { <LearningItem goal=p.goal lines /> }
                })
                .collect_view();
            view! {
                <section class="card slide programme-peers" aria-labelledby="peers-title">
                    <h2 id="peers-title">{t!(i18n, programme.peers_title)}</h2>
                    <p class="hint intro">{t!(i18n, programme.learning_intro)}</p>
                    {o.learning.peers.is_empty().then(|| view! { <p class="empty">{t!(i18n, programme.no_peers)}</p> })}
                    <ul class="goal-list learning-list">{items}</ul>
                </section>
            }
        })
    }
}

#[derive(Clone, Copy)]
enum Standing {
    Strong,
    Weak,
}

#[component]
fn LearningItem(goal: GoalNumber, lines: Vec<(Standing, Vec<Named>)>) -> impl IntoView {
    let i18n = use_i18n();
    let lang = use_lang();
    view! {
        <li>
            {goal_chip(goal)}
            <div class="learning-goal">
                <strong>{move || goal_label(goal, lang.get())}</strong>
                {lines.into_iter().map(|(standing, who)| {
                    let label = match standing {
                        Standing::Strong => t!(i18n, programme.strong).into_any(),
                        Standing::Weak => t!(i18n, programme.weak).into_any(),
                    };
                    view! {
                        <p class="who">
                            <span class="who-label">{label}" "</span>
                            <span class="names-full">{names_text(&who, true)}</span>
                            <span class="names-short">{names_text(&who, false)}</span>
                        </p>
                    }
                }).collect_view()}
            </div>
        </li>
    }
}

/// "Ongwediva (1, Lommel – Ongwediva) · …"; for the wall (`full` false) the
/// partnership only of a municipality in several, so the list stays short.
/// One text each, not an element per name: fifty partnerships' names on
/// seventeen goals were 4,000 elements, half a second to draw at 4x CPU.
fn names_text(list: &[Named], full: bool) -> String {
    list.iter()
        .map(|n| match full || n.several {
            true => format!("{} ({}, {})", n.partner, n.score, n.partnership),
            false => format!("{} ({})", n.partner, n.score),
        })
        .collect::<Vec<_>>()
        .join(" · ")
}

/// Which partnerships have no shared round to read, or a newer blind one.
#[component]
fn RoundNotes(members: Vec<Member>) -> impl IntoView {
    let i18n = use_i18n();
    let without: Vec<usize> = (0..members.len())
        .filter(|at| members[*at].round.is_none())
        .collect();
    let without = (!without.is_empty()).then(|| {
        let text = fill(
            t_string!(i18n, programme.without_round),
            &[("names", names(&members, &without))],
        );
        view! { <p class="hint">{text}</p> }
    });
    let blind = members
        .iter()
        .filter_map(|m| {
            let round = m.blind_round.clone()?;
            let text = fill(
                t_string!(i18n, programme.blind_round),
                &[("partnership", m.name.clone()), ("round", round)],
            );
            Some(view! { <p class="hint">{text}</p> })
        })
        .collect_view();
    view! { {without}{blind} }
}

/// A partnership's open agreements: overdue ones and those due soon by
/// name, later ones counted; and how many are done.
fn agreements_list(plan: &MemberPlan) -> AnyView {
    let i18n = use_i18n();
    let named = |label: AnyView, class: &'static str, list: &[Agreement]| {
        (!list.is_empty()).then(|| {
            let items = list
                .iter()
                .map(|a| match a.due.is_empty() {
                    true => a.what.clone(),
                    false => format!("{} ({})", a.what, a.due),
                })
                .collect::<Vec<_>>()
                .join("; ");
            view! { <li class=class><span class="who-label">{label}" "</span>{items}</li> }
        })
    };
    let counted = |label: AnyView, n: usize| {
        (n > 0).then(|| view! { <li><span class="who-label">{label}" "</span>{n}</li> })
    };
    view! {
        <ul class="cell-list">
            {named(t!(i18n, programme.col_overdue).into_any(), "overdue", &plan.overdue)}
            {named(t!(i18n, programme.col_due).into_any(), "due", &plan.due)}
            {counted(t!(i18n, programme.col_planned).into_any(), plan.planned.len())}
            {counted(t!(i18n, programme.col_done).into_any(), plan.done)}
        </ul>
    }
    .into_any()
}

#[component]
pub fn PlansPart(read: Memo<Read>) -> impl IntoView {
    let i18n = use_i18n();
    move || {
        read.with(|(o, _)| {
            // A partnership with nothing planned is one name in a line, not an empty row.
            let idle: Vec<usize> = (0..o.members.len()).filter(|at| o.plans[*at].is_empty()).collect();
            let idle = (!idle.is_empty()).then(|| {
                let text = fill(t_string!(i18n, programme.no_plan), &[("names", names(&o.members, &idle))]);
                view! { <p class="hint">{text}</p> }
            });
            let planned = o.members.iter().zip(&o.plans).filter(|(_, plan)| !plan.is_empty());
            let any = planned.clone().next().is_some();
            let cards = planned.map(|(m, plan): (&Member, &MemberPlan)| {
                let priorities = (!plan.priorities.is_empty()).then(|| view! {
                    <p class="who priorities">
                        <span class="who-label">{t!(i18n, programme.col_priorities)}" "</span>
                        {plan.priorities.iter().map(|(year, goals)| view! {
                            <span class="priority-year">{year.to_string()}": "{goals.iter().map(|g| goal_chip(*g)).collect_view()}
                                <span class="visually-hidden">{goals.iter().map(|g| g.get().to_string()).collect::<Vec<_>>().join(", ")}</span>
                            </span>
                        }).collect_view()}
                    </p>
                });
                view! {
                    <li>
                        <h3>{m.name.clone()}</h3>
                        {priorities}
                        {agreements_list(plan)}
                    </li>
                }
            }).collect_view();
            view! {
                <section class="card slide programme-plans" aria-labelledby="plans-title">
                    <h2 id="plans-title">{t!(i18n, programme.plan_title)}</h2>
                    {any.then(|| view! { <ul class="plan-cards">{cards}</ul> })}
                    {idle}
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
