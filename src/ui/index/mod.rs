//! Screens of the SDG index (issue 4).

use crate::domain::{GoalNumber, Partnership};
use crate::i18n::*;
use crate::routes::Route;
use leptos::prelude::*;
use leptos_router::components::A;

/// `/p/:id/index`. Placeholder until the index work lands.
#[component]
pub fn IndexPage() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <section class="page index">
            <h1>{t!(i18n, index.title)}</h1>
            <p class="lead">{t!(i18n, index.intro)}</p>
        </section>
    }
}

/// The SDG index's card on the partnership page.
#[component]
pub fn IndexSummary(partnership: Partnership) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <section class="card exercise-card">
            <h2>{t!(i18n, index.title)}</h2>
            <p>{t!(i18n, index.intro)}</p>
            <A href=Route::Index(partnership.id.clone()).href() attr:class="button">
                {t!(i18n, index.open)}
            </A>
        </section>
    }
}

/// Both partners' scores, the matches and the agreements on one goal, on the goal's page.
#[component]
pub fn IndexOnGoal(partnership: Partnership, goal: GoalNumber) -> impl IntoView {
    let _ = (partnership, goal);
}
