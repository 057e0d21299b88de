//! A walk through the 17 goals, one at a time (the circle's walk-round, the
//! index's one-goal screen): where it is ("7 of 17") and the way on.

use crate::domain::GoalNumber;
use crate::i18n::*;
use leptos::prelude::*;
use leptos_router::components::A;

/// The goal after `g`, or `None` after the last (then what follows the walk).
pub fn after(g: GoalNumber) -> Option<GoalNumber> {
    (g.get() < GoalNumber::COUNT).then(|| g.next())
}

/// The goal before `g`; a walk does not wrap back from 1 to 17.
pub fn before(g: GoalNumber) -> Option<GoalNumber> {
    (g.get() > 1).then(|| g.prev())
}

#[component]
pub fn GoalProgress(goal: Signal<GoalNumber>) -> impl IntoView {
    let i18n = use_i18n();
    let share = move || f64::from(goal.get().get()) * 100.0 / f64::from(GoalNumber::COUNT);
    view! {
        <p class="walk-progress" aria-live="polite">
            <span class="walk-progress-text">
                {move || t!(i18n, circle.progress, n = goal.get().get(), total = GoalNumber::COUNT)}
            </span>
            <span class="walk-progress-bar" aria-hidden="true">
                <span style=move || format!("width:{:.1}%", share())></span>
            </span>
        </p>
    }
}

/// Previous and next goal; after the last, `end` (the summary, the results).
/// `href_of(None)` is where `end` leads.
#[component]
pub fn GoalPager(
    goal: Signal<GoalNumber>,
    label: Signal<String>,
    href_of: Callback<Option<GoalNumber>, String>,
    end: Signal<String>,
) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <nav class="walk-pager" aria-label=move || label.get()>
            {move || before(goal.get()).map(|g| view! {
                <A href=href_of.run(Some(g)) attr:class="button secondary" attr:rel="prev">
                    "← "{t!(i18n, circle.previous)}" (SDG "{g.get()}")"
                </A>
            })}
            {move || match after(goal.get()) {
                Some(g) => view! {
                    <A href=href_of.run(Some(g)) attr:class="button primary" attr:rel="next">
                        {t!(i18n, circle.next)}" (SDG "{g.get()}") →"
                    </A>
                }.into_any(),
                None => view! {
                    <A href=href_of.run(None) attr:class="button primary">{move || end.get()}" →"</A>
                }.into_any(),
            }}
        </nav>
    }
}
