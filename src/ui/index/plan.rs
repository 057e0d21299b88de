//! `/p/:id/index/plan`: from matches to a plan. Priority goals per programme
//! year (the latest round's matches as suggestions) on a timeline, and the
//! agreements: what, by whom, by when, status, goals and the match answered.

use super::words::{fill, goal_label, partner_name, status_word};
use crate::domain::index::{round_matches, Match, MatchKind};
use crate::domain::plan::{
    programme_years, Agreement, AgreementDraft, AgreementError, MatchRef, Priority, PriorityError,
    Status, DEPARTMENT_MAX, MAX_PRIORITIES_PER_YEAR, WHAT_MAX,
};
use crate::domain::{GoalNumber, Partnership, PartnershipId, Side};
use crate::i18n::*;
use crate::routes::Route;
use crate::state::storage::now_iso;
use crate::state::use_store;
use crate::ui::goals::goal_style;
use crate::ui::locale::use_lang;
use crate::ui::partnership_form::error_text;
use crate::ui::partnership_page::use_route_partnership;
use leptos::prelude::*;
use leptos_router::components::A;

#[component]
pub fn IndexPlanPage() -> impl IntoView {
    let partnership = use_route_partnership();
    let pid = Memo::new(move |_| partnership.with(|p| p.as_ref().map(|p| p.id.clone())));
    move || match pid.get() {
        None => view! { <crate::ui::not_found::NotFound /> }.into_any(),
        Some(pid) => view! { <PlanView pid partnership /> }.into_any(),
    }
}

/// The latest round's matches with the round they come from: the suggestions.
fn suggestions(p: &Partnership) -> Vec<(String, String, Match)> {
    p.rounds
        .last()
        .map(|r| {
            round_matches(r, p.thresholds)
                .into_iter()
                .map(|m| (r.id.clone(), r.name.clone(), m))
                .collect()
        })
        .unwrap_or_default()
}

/// "peer learning Lommel → Ongwediva", "joint learning", "shared strength".
fn kind_text(i18n: super::words::I18n, p: &Partnership, kind: MatchKind) -> String {
    match kind {
        MatchKind::PeerLearning { from } => format!(
            "{} {} → {}",
            t_string!(i18n, index.matches.peer_badge),
            partner_name(p, from),
            partner_name(p, from.other())
        ),
        MatchKind::JointLearning => t_string!(i18n, index.matches.joint_badge).to_owned(),
        MatchKind::SharedStrength => t_string!(i18n, index.matches.shared_badge).to_owned(),
    }
}

#[component]
fn PlanView(pid: PartnershipId, partnership: Memo<Option<Partnership>>) -> impl IntoView {
    let i18n = use_i18n();
    let back = Route::Index(pid.clone()).href();
    let pid = StoredValue::new(pid);
    view! {
        <section class="page index-plan">
            <h1>{t!(i18n, index.plan.title)}</h1>
            <p class="lead">{t!(i18n, index.plan.intro)}</p>
            <p><A href=back>"← "{t!(i18n, index.plan.back)}</A></p>
            <crate::ui::slides::Slides>
                <Timeline pid partnership />
                <Agreements pid partnership />
            </crate::ui::slides::Slides>
        </section>
    }
}

#[component]
fn Timeline(
    pid: StoredValue<PartnershipId>,
    partnership: Memo<Option<Partnership>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let this_year: i32 = now_iso()
        .get(0..4)
        .and_then(|y| y.parse().ok())
        .unwrap_or(2026);
    let extra = RwSignal::new(0);
    let years = Memo::new(move |_| {
        let range = partnership.with(|p| {
            programme_years(
                p.as_ref().map(|p| p.priorities.as_slice()).unwrap_or(&[]),
                this_year,
            )
        });
        (*range.start()..=*range.end() + extra.get()).collect::<Vec<i32>>()
    });
    view! {
        <section class="timeline-section card slide" aria-labelledby="timeline-title">
            <h2 id="timeline-title">{t!(i18n, index.plan.priorities)}</h2>
            <p class="hint">{t!(i18n, index.plan.priorities_hint)}</p>
            <ol class="timeline">
                <For each=move || years.get() key=|y| *y let:year>
                    <YearCard pid partnership year />
                </For>
            </ol>
            <button type="button" class="button secondary" on:click=move |_| extra.update(|e| *e += 1)>
                {t!(i18n, index.plan.add_year)}
            </button>
        </section>
    }
}

#[component]
fn YearCard(
    pid: StoredValue<PartnershipId>,
    partnership: Memo<Option<Partnership>>,
    year: i32,
) -> impl IntoView {
    let i18n = use_i18n();
    let store = use_store();
    let lang = use_lang();
    let chosen = move || {
        partnership.with(|p| {
            p.as_ref()
                .map(|p| {
                    p.priorities
                        .iter()
                        .filter(|x| x.year == year)
                        .map(|x| x.goal)
                        .collect::<Vec<_>>()
                })
                .unwrap_or_default()
        })
    };
    let pick = RwSignal::new(String::new());
    let error = RwSignal::new(None::<PriorityError>);
    let select_id = format!("priority-{year}");
    let add = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let Some(goal) = pick
            .get_untracked()
            .parse::<u8>()
            .ok()
            .and_then(GoalNumber::new)
        else {
            return;
        };
        let result = store.add_priority(&pid.get_value(), Priority { year, goal });
        error.set(result.err());
        if result.is_ok() {
            pick.set(String::new());
        }
    };
    let suggestion_options = move || {
        partnership.with(|p| {
            let Some(p) = p.as_ref() else {
                return Vec::new();
            };
            suggestions(p)
                .into_iter()
                .map(|(_, _, m)| (m.goal, kind_text(i18n, p, m.kind)))
                .collect::<Vec<_>>()
        })
    };
    view! {
        <li class="year-card">
            <h3>{year}</h3>
            <ul class="priority-goals">
                {move || chosen().into_iter().map(|goal| view! {
                    <li class="priority-goal" style=goal_style(goal.goal())>
                        <span>{move || goal_label(goal, lang.get())}</span>
                        <button
                            type="button"
                            class="button secondary small"
                            on:click=move |_| {
                                let label = format!("{} ({year})", goal_label(goal, lang.get_untracked()));
                                store.remove_priority(&pid.get_value(), Priority { year, goal }, label);
                            }
                        >
                            <span aria-hidden="true">"×"</span>
                            <span class="visually-hidden">
                                {t!(i18n, index.plan.remove_priority)}" "{move || goal_label(goal, lang.get())}" ("{year}")"
                            </span>
                        </button>
                    </li>
                }).collect_view()}
            </ul>
            <Show when=move || { chosen().len() < MAX_PRIORITIES_PER_YEAR }>
                <form class="add-priority" on:submit=add>
                    <label for=select_id.clone()>
                        {t!(i18n, index.plan.choose_goal)}<span class="visually-hidden">" "{year}</span>
                    </label>
                    <select id=select_id.clone() prop:value=move || pick.get() on:change=move |ev| pick.set(event_target_value(&ev))>
                        <option value="">"—"</option>
                        <optgroup label=move || t_string!(i18n, index.plan.suggested)>
                            {move || suggestion_options().into_iter().map(|(goal, kind)| view! {
                                <option value=goal.get().to_string()>{format!("{} — {kind}", goal_label(goal, lang.get()))}</option>
                            }).collect_view()}
                        </optgroup>
                        <optgroup label=move || t_string!(i18n, index.plan.all_goals)>
                            {GoalNumber::all().map(|goal| view! {
                                <option value=goal.get().to_string()>{move || goal_label(goal, lang.get())}</option>
                            }).collect_view()}
                        </optgroup>
                    </select>
                    <button type="submit" class="button secondary">
                        {t!(i18n, index.plan.add_priority)}<span class="visually-hidden">" "{year}</span>
                    </button>
                </form>
            </Show>
            <p class="error">{move || error.get().map(|e| match e {
                PriorityError::YearFull => t!(i18n, index.plan.year_full).into_any(),
                PriorityError::AlreadyChosen => t!(i18n, index.plan.already_chosen).into_any(),
            })}</p>
        </li>
    }
}

#[component]
fn Agreements(
    pid: StoredValue<PartnershipId>,
    partnership: Memo<Option<Partnership>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let store = use_store();
    let editing = RwSignal::new(None::<Option<String>>);
    let removed = RwSignal::new(None::<(usize, Agreement)>);
    let list =
        move || partnership.with(|p| p.as_ref().map(|p| p.agreements.clone()).unwrap_or_default());
    let undo = move |_| {
        if let Some(r) = removed.get_untracked() {
            store.restore_agreement(&pid.get_value(), r);
        }
        removed.set(None);
    };
    view! {
        <section class="agreements card slide" aria-labelledby="agreements-title">
            <h2 id="agreements-title">{t!(i18n, index.plan.agreements)}</h2>
            <p class="hint">{t!(i18n, index.plan.agreements_hint)}</p>
            {move || removed.get().map(|(_, a)| view! {
                <div class="undo-bar" role="status">
                    <span>{move || fill(t_string!(i18n, index.plan.deleted), &[("what", a.what.clone())])}</span>
                    <button type="button" class="button" on:click=undo>{t!(i18n, undo.undo)}</button>
                </div>
            })}
            <ul class="agreement-list">
                <For each=list key=|a| a.clone() let:a>
                    <AgreementCard pid partnership agreement=a editing removed />
                </For>
            </ul>
            {move || match editing.get() {
                Some(id) => view! { <AgreementForm pid partnership id editing /> }.into_any(),
                None => view! {
                    <button type="button" class="button" on:click=move |_| editing.set(Some(None))>
                        {t!(i18n, index.plan.new_agreement)}
                    </button>
                }.into_any(),
            }}
        </section>
    }
}

#[component]
fn AgreementCard(
    pid: StoredValue<PartnershipId>,
    partnership: Memo<Option<Partnership>>,
    agreement: Agreement,
    editing: RwSignal<Option<Option<String>>>,
    removed: RwSignal<Option<(usize, Agreement)>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let store = use_store();
    let lang = use_lang();
    let a = StoredValue::new(agreement.clone());
    let who = move || {
        partnership.with(|p| {
            p.as_ref()
                .map(|p| partner_name(p, a.with_value(|a| a.side)))
                .unwrap_or_default()
        })
    };
    let answers = move || {
        let r = a.with_value(|a| a.answers.clone())?;
        partnership.with(|p| {
            let p = p.as_ref()?;
            let round = p
                .rounds
                .iter()
                .find(|x| x.id == r.round)
                .map(|x| x.name.clone())
                .unwrap_or_default();
            Some(format!(
                "{} — {} ({})",
                goal_label(r.matched.goal, lang.get()),
                kind_text(i18n, p, r.matched.kind),
                round
            ))
        })
    };
    let set_status = move |ev| {
        if let Some(status) = Status::from_code(&event_target_value(&ev)) {
            let draft = AgreementDraft {
                status,
                ..AgreementDraft::from(&a.get_value())
            };
            let _ = store.save_agreement(
                &pid.get_value(),
                Some(a.with_value(|a| a.id.clone())),
                &draft,
            );
        }
    };
    let status_id = format!("status-{}", agreement.id);
    view! {
        <li class="agreement-card">
            <h3>{agreement.what.clone()}</h3>
            <dl class="agreement-facts">
                <div>
                    <dt>{t!(i18n, index.plan.who)}</dt>
                    <dd>{who}{(!agreement.department.is_empty()).then(|| format!(" — {}", agreement.department))}</dd>
                </div>
                <div>
                    <dt>{t!(i18n, index.plan.due)}</dt>
                    <dd>{if agreement.due.is_empty() { "—".to_owned() } else { agreement.due.clone() }}</dd>
                </div>
                <div>
                    <dt>{t!(i18n, index.plan.goals)}</dt>
                    <dd>{move || a.with_value(|a| a.goals.iter().map(|g| g.get().to_string()).collect::<Vec<_>>().join(", "))}</dd>
                </div>
                {move || answers().map(|text| view! {
                    <div>
                        <dt>{t!(i18n, index.plan.answers)}</dt>
                        <dd>{text}</dd>
                    </div>
                })}
            </dl>
            <div class="actions">
                <label for=status_id.clone()>{t!(i18n, index.plan.status_label)}</label>
                <select id=status_id on:change=set_status>
                    {Status::ALL.into_iter().map(|s| view! {
                        <option value=s.code() selected=agreement.status == s>{move || status_word(i18n, s)}</option>
                    }).collect_view()}
                </select>
                <button type="button" class="button secondary" on:click=move |_| editing.set(Some(Some(a.with_value(|a| a.id.clone()))))>
                    {t!(i18n, home.edit)}<span class="visually-hidden">" "{agreement.what.clone()}</span>
                </button>
                <button type="button" class="button danger" on:click=move |_| {
                    removed.set(store.delete_agreement(&pid.get_value(), &a.with_value(|a| a.id.clone())));
                }>
                    {t!(i18n, home.delete)}<span class="visually-hidden">" "{agreement.what.clone()}</span>
                </button>
            </div>
        </li>
    }
}

#[component]
fn AgreementForm(
    pid: StoredValue<PartnershipId>,
    partnership: Memo<Option<Partnership>>,
    id: Option<String>,
    editing: RwSignal<Option<Option<String>>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let store = use_store();
    let lang = use_lang();
    let existing = id.as_ref().and_then(|id| {
        partnership.with_untracked(|p| p.as_ref()?.agreements.iter().find(|a| &a.id == id).cloned())
    });
    let draft = RwSignal::new(
        existing
            .as_ref()
            .map(AgreementDraft::from)
            .unwrap_or_default(),
    );
    let error = RwSignal::new(None::<AgreementError>);
    let id = StoredValue::new(id);
    let save = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        match store.save_agreement(&pid.get_value(), id.get_value(), &draft.get_untracked()) {
            Ok(_) => editing.set(None),
            Err(e) => error.set(Some(e)),
        }
    };
    let field_error = move |pick: fn(&AgreementError) -> bool| {
        move || {
            error.with(|e| {
                e.as_ref().filter(|e| pick(e)).map(|e| match e {
                    AgreementError::What(t) | AgreementError::Department(t) => error_text(t),
                    AgreementError::NoSide => t!(i18n, index.plan.err_side).into_any(),
                    AgreementError::Due => t!(i18n, index.plan.err_due).into_any(),
                })
            })
        }
    };
    let matches = move || {
        partnership.with(|p| {
            let Some(p) = p.as_ref() else {
                return Vec::new();
            };
            suggestions(p)
                .into_iter()
                .map(|(rid, rname, m)| {
                    let label = format!(
                        "{} — {} ({rname})",
                        goal_label(m.goal, lang.get()),
                        kind_text(i18n, p, m.kind)
                    );
                    (
                        MatchRef {
                            round: rid,
                            matched: m,
                        },
                        label,
                    )
                })
                .collect::<Vec<_>>()
        })
    };
    let name = move |side: Side| {
        partnership.with(|p| {
            p.as_ref()
                .map(|p| partner_name(p, side))
                .unwrap_or_default()
        })
    };
    view! {
        <form class="agreement-form" on:submit=save aria-labelledby="agreement-form-title">
            <h3 id="agreement-form-title">
                {move || if id.with_value(Option::is_some) { t!(i18n, index.plan.edit_agreement).into_any() } else { t!(i18n, index.plan.new_agreement).into_any() }}
            </h3>
            <div class="field">
                <label for="agreement-what">{t!(i18n, index.plan.what)}</label>
                <input id="agreement-what" type="text" aria-required="true" maxlength=WHAT_MAX.to_string()
                    aria-invalid=move || error.with(|e| matches!(e, Some(AgreementError::What(_)))).then_some("true")
                    prop:value=move || draft.with(|d| d.what.clone())
                    on:input=move |ev| draft.update(|d| d.what = event_target_value(&ev)) />
                <p class="error">{field_error(|e| matches!(e, AgreementError::What(_)))}</p>
            </div>
            <div class="field">
                <label for="agreement-side">{t!(i18n, index.plan.who)}</label>
                <select id="agreement-side" on:change=move |ev| draft.update(|d| d.side = match event_target_value(&ev).as_str() {
                    "a" => Some(Side::A),
                    "b" => Some(Side::B),
                    _ => None,
                })>
                    <option value="">"—"</option>
                    <option value="a" selected=move || draft.with(|d| d.side == Some(Side::A))>{move || name(Side::A)}</option>
                    <option value="b" selected=move || draft.with(|d| d.side == Some(Side::B))>{move || name(Side::B)}</option>
                </select>
                <p class="error">{field_error(|e| matches!(e, AgreementError::NoSide))}</p>
            </div>
            <div class="field">
                <label for="agreement-department">{t!(i18n, index.plan.department)}</label>
                <input id="agreement-department" type="text" maxlength=DEPARTMENT_MAX.to_string()
                    prop:value=move || draft.with(|d| d.department.clone())
                    on:input=move |ev| draft.update(|d| d.department = event_target_value(&ev)) />
                <p class="error">{field_error(|e| matches!(e, AgreementError::Department(_)))}</p>
            </div>
            <div class="field">
                <label for="agreement-due">{t!(i18n, index.plan.due)}</label>
                <input id="agreement-due" type="date"
                    prop:value=move || draft.with(|d| d.due.clone())
                    on:input=move |ev| draft.update(|d| d.due = event_target_value(&ev)) />
                <p class="error">{field_error(|e| matches!(e, AgreementError::Due))}</p>
            </div>
            <div class="field">
                <label for="agreement-status">{t!(i18n, index.plan.status_label)}</label>
                <select id="agreement-status" on:change=move |ev| {
                    if let Some(s) = Status::from_code(&event_target_value(&ev)) {
                        draft.update(|d| d.status = s);
                    }
                }>
                    {Status::ALL.into_iter().map(|s| view! {
                        <option value=s.code() selected=move || draft.with(|d| d.status == s)>{move || status_word(i18n, s)}</option>
                    }).collect_view()}
                </select>
            </div>
            <div class="field">
                <label for="agreement-match">{t!(i18n, index.plan.answers)}</label>
                <select id="agreement-match" on:change=move |ev| {
                    let i = event_target_value(&ev).parse::<usize>().ok();
                    let chosen = i.and_then(|i| matches().into_iter().nth(i)).map(|(r, _)| r);
                    draft.update(|d| d.answers = chosen);
                }>
                    <option value="">"—"</option>
                    {move || matches().into_iter().enumerate().map(|(i, (r, label))| view! {
                        <option value=i.to_string() selected=move || draft.with(|d| d.answers.as_ref() == Some(&r))>{label}</option>
                    }).collect_view()}
                </select>
            </div>
            <fieldset class="goal-checks">
                <legend>{t!(i18n, index.plan.goals)}</legend>
                {GoalNumber::all().map(|goal| view! {
                    <label class="goal-check">
                        <input type="checkbox"
                            prop:checked=move || draft.with(|d| d.goals.contains(&goal))
                            on:change=move |ev| {
                                let on = event_target_checked(&ev);
                                draft.update(|d| {
                                    d.goals.retain(|g| *g != goal);
                                    if on { d.goals.push(goal); }
                                });
                            } />
                        {move || goal_label(goal, lang.get())}
                    </label>
                }).collect_view()}
            </fieldset>
            <div class="actions">
                <button type="submit" class="button">{t!(i18n, home.save)}</button>
                <button type="button" class="button secondary" on:click=move |_| editing.set(None)>{t!(i18n, home.cancel)}</button>
            </div>
        </form>
    }
}
