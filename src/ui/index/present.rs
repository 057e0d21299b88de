//! `/p/:id/index/round/:round?goal=n`: a round scored one goal at a time, for
//! the projector, as the circle's walk-round: the goal, both partners' scores
//! in large type (blind until the reveal), PageUp/PageDown and a presentation
//! clicker to move on; after goal 17 come the results.

use super::words::{maybe_score_text, score_text};
use super::RoundCtx;
use crate::domain::index::{Method, Score, Visibility};
use crate::domain::{GoalNumber, Side};
use crate::i18n::*;
use crate::routes::Route;
use crate::state::use_store;
use crate::ui::circle::sdg_heading;
use crate::ui::goal_steps::{after, before, GoalPager, GoalProgress};
use crate::ui::goals::goal_style;
use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::use_navigate;

#[component]
pub fn GoalScreen(ctx: RoundCtx, goal: Signal<GoalNumber>) -> impl IntoView {
    let i18n = ctx.i18n;
    let lang = ctx.lang;
    let navigate = use_navigate();
    let href_of = move |g: Option<GoalNumber>| match g {
        Some(g) => super::round_goal_href(&ctx.pid.get_value(), &ctx.rid.get_value(), g),
        None => super::round_results_href(&ctx.pid.get_value(), &ctx.rid.get_value()),
    };
    let handle = window_event_listener(leptos::ev::keydown, move |ev| {
        if ev.ctrl_key() || ev.meta_key() || ev.alt_key() {
            return;
        }
        let target = match ev.key().as_str() {
            "PageDown" => Some(after(goal.get_untracked())),
            "PageUp" => before(goal.get_untracked()).map(Some),
            _ => None,
        };
        if let Some(target) = target {
            ev.prevent_default();
            navigate(&href_of(target), Default::default());
        }
    });
    on_cleanup(move || handle.remove());
    let round_href = move || Route::IndexRound(ctx.pid.get_value(), ctx.rid.get_value()).href();
    view! {
        <section class="page index-goal" style=move || goal_style(goal.get().goal()) aria-keyshortcuts="PageUp PageDown">
            <nav class="crumbs" aria-label=move || t_string!(i18n, index.rounds.label)>
                <A href=round_href>"← "{t!(i18n, index.rounds.round)}" "{move || ctx.round_name.get()}</A>
            </nav>
            <GoalProgress goal />
            <header class="walk-banner">
                <span class="goal-number" aria-hidden="true">{move || goal.get().get()}</span>
                <h1>{move || sdg_heading(i18n, goal.get(), lang.get())}</h1>
            </header>
            <Show when=move || ctx.visibility.get() == Visibility::Blind>
                <super::partner_tabs::PartnerTabs ctx />
            </Show>
            <div class="goal-scores">
                <PartnerScore ctx goal side=Side::A />
                <PartnerScore ctx goal side=Side::B />
            </div>
            <GoalPager
                goal
                label=Signal::derive(move || t_string!(i18n, index.present.pager).to_owned())
                href_of=Callback::new(href_of)
                end=Signal::derive(move || t_string!(i18n, index.present.results).to_owned())
            />
        </section>
    }
}

/// One partner's score for the goal: large, and set with one tap in a
/// dialogue round. While the round is blind only the partner whose turn it
/// is (the round page's "Scores of") is shown; the other's score is not even
/// in the page.
#[component]
fn PartnerScore(ctx: RoundCtx, goal: Signal<GoalNumber>, side: Side) -> impl IntoView {
    let i18n = ctx.i18n;
    let store = use_store();
    let shown = move || ctx.visibility.get() != Visibility::Blind || ctx.side.get() == side;
    let score = move || ctx.score(side, goal.get()).get();
    let title_id = format!("partner-score-{side:?}");
    let labelled = title_id.clone();
    let set = move |s: Option<Score>| {
        store.set_score(
            &ctx.pid.get_value(),
            &ctx.rid.get_value(),
            side,
            goal.get_untracked(),
            s,
        );
    };
    let choices = move || {
        let name = format!("score-{side:?}-{}", goal.get());
        std::iter::once(None)
            .chain(Score::choices().map(Some))
            .map(|s| {
                let text = move || match s {
                    Some(s) => score_text(i18n, s),
                    None => maybe_score_text(i18n, None),
                };
                view! {
                    <label class="score-option" class:unset=s.is_none()>
                        <input type="radio" name=name.clone() prop:checked=move || score() == s on:change=move |_| set(s) />
                        <span>{text}</span>
                    </label>
                }
            })
            .collect_view()
    };
    view! {
        <section class="partner-score card" aria-labelledby=labelled>
            <h2 id=title_id>{move || ctx.name(side)}</h2>
            {move || if shown() {
                view! {
                    <p class="big-score">{move || maybe_score_text(i18n, score())}</p>
                    {move || match ctx.method.get() {
                        Method::Dialogue => view! {
                            <fieldset class="score-options">
                                <legend class="visually-hidden">
                                    {t!(i18n, index.score.label)}" – "{move || ctx.name(side)}
                                </legend>
                                {choices}
                            </fieldset>
                        }.into_any(),
                        Method::Questionnaire => view! {
                            <p class="hint">{t!(i18n, index.present.from_questionnaire)}</p>
                        }.into_any(),
                    }}
                }.into_any()
            } else {
                view! {
                    <p class="big-score hidden-score">
                        <span aria-hidden="true">"🙈 "</span>{t!(i18n, index.blind.hidden_title)}
                    </p>
                }.into_any()
            }}
        </section>
    }
}
