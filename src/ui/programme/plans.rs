//! Priorities and agreements across a programme: per partnership, what is
//! overdue, due soon, planned later and done.

use super::overview::{goal_chip, Read};
use super::words::names;
use crate::domain::plan::Agreement;
use crate::domain::programme::{Member, MemberPlan};
use crate::i18n::*;
use crate::ui::fill::fill;
use leptos::prelude::*;

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
