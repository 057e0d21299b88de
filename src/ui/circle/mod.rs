//! Screens of the circle exercise (issue 3).

use crate::domain::{GoalNumber, Partnership};
use crate::i18n::*;
use crate::routes::Route;
use leptos::prelude::*;
use leptos_router::components::A;

/// `/p/:id/circle`. Placeholder until the circle work lands.
#[component]
pub fn CirclePage() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <section class="page circle">
            <h1>{t!(i18n, circle.title)}</h1>
            <p class="lead">{t!(i18n, circle.intro)}</p>
        </section>
    }
}

/// The circle exercise's card on the partnership page.
#[component]
pub fn CircleSummary(partnership: Partnership) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <section class="card exercise-card">
            <h2>{t!(i18n, circle.title)}</h2>
            <p>{t!(i18n, circle.intro)}</p>
            <A href=Route::Circle(partnership.id.clone()).href() attr:class="button">
                {t!(i18n, circle.open)}
            </A>
        </section>
    }
}

/// What the circle boards say about one goal, on the goal's page.
#[component]
pub fn CircleOnGoal(partnership: Partnership, goal: GoalNumber) -> impl IntoView {
    let _ = (partnership, goal);
}
