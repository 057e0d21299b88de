//! `/p/:id/index/round/:round?results`: a round's results on one projected
//! screen: the comparison circle beside the matches, grouped by kind, each with
//! its one-line explanation, a page at a time when there are more than fit.

use super::compare::CompareCircle;
use super::matches::{DiscussItem, MatchItem};
use super::words::fill;
use super::RoundCtx;
use crate::domain::index::results::{page_count, page_of, result_lines, ResultGroup, ResultLine};
use crate::domain::index::Visibility;
use crate::domain::GoalNumber;
use crate::i18n::*;
use crate::routes::Route;
use crate::state::use_store;
use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::use_navigate;

/// As many explanations (three lines each, in projector type) as a 1280x720
/// or 1024x768 projector shows beside the circle, with their group titles.
const PER_PAGE: usize = 3;

#[component]
pub fn ResultsScreen(ctx: RoundCtx) -> impl IntoView {
    let i18n = ctx.i18n;
    let navigate = use_navigate();
    let store = use_store();
    let items = Memo::new(move |_| ctx.matching.with(result_lines));
    let pages = Memo::new(move |_| items.with(|i| page_count(i.len(), PER_PAGE)));
    let page = RwSignal::new(0usize);
    // Scores can change while this is shown (a partner still scoring): never past the end.
    let at = Memo::new(move |_| page.get().min(pages.get() - 1));
    let on_page = move || items.with(|i| page_of(i, PER_PAGE, at.get()).to_vec());
    let count = move |g: ResultGroup| items.with(|i| i.iter().filter(|x| x.group() == g).count());
    let group_title = move |g: ResultGroup| match g {
        ResultGroup::PeerLearning => t_string!(i18n, index.matches.peer),
        ResultGroup::JointLearning => t_string!(i18n, index.matches.joint),
        ResultGroup::SharedStrength => t_string!(i18n, index.matches.shared),
        ResultGroup::ToDiscuss => t_string!(i18n, index.matches.to_discuss),
    };
    let last_goal = move || {
        super::round_goal_href(
            &ctx.pid.get_value(),
            &ctx.rid.get_value(),
            GoalNumber::new(17).expect("17 is a goal"),
        )
    };
    let handle = window_event_listener(leptos::ev::keydown, move |ev| {
        if ev.ctrl_key() || ev.meta_key() || ev.alt_key() {
            return;
        }
        match ev.key().as_str() {
            "PageDown" if at.get_untracked() + 1 < pages.get_untracked() => {
                page.set(at.get_untracked() + 1);
            }
            "PageUp" if at.get_untracked() > 0 => page.set(at.get_untracked() - 1),
            "PageUp" => navigate(&last_goal(), Default::default()),
            _ => return,
        }
        ev.prevent_default();
    });
    on_cleanup(move || handle.remove());
    let round_href = move || Route::IndexRound(ctx.pid.get_value(), ctx.rid.get_value()).href();
    let lines = move || {
        let mut shown_group = None;
        on_page()
            .into_iter()
            .map(|item| {
                let group = item.group();
                let heading = (shown_group != Some(group)).then(|| {
                    shown_group = Some(group);
                    view! { <li class="results-group"><h2>{group_title(group)}" "<span class="count">"("{count(group)}")"</span></h2></li> }
                });
                let line = match item {
                    ResultLine::Match(m) => view! { <MatchItem ctx m /> }.into_any(),
                    ResultLine::Discuss(goal) => view! { <DiscussItem ctx goal /> }.into_any(),
                };
                view! { {heading}{line} }
            })
            .collect_view()
    };
    view! {
        <section class="page index-results" aria-keyshortcuts="PageUp PageDown">
            <nav class="crumbs" aria-label=move || t_string!(i18n, index.rounds.label)>
                <A href=round_href>"← "{t!(i18n, index.rounds.round)}" "{move || ctx.round_name.get()}</A>
            </nav>
            <h1>{move || fill(t_string!(i18n, index.present.results_title), &[("name", ctx.round_name.get())])}</h1>
            <Show
                when=move || ctx.shows_both()
                fallback=move || view! {
                    <super::HiddenNotice>
                        <button type="button" class="button" on:click=move |_| {
                            store.set_visibility(&ctx.pid.get_value(), &ctx.rid.get_value(), Visibility::Revealed);
                        }>{t!(i18n, index.blind.reveal)}</button>
                    </super::HiddenNotice>
                }
            >
                <div class="results-layout">
                    <CompareCircle ctx />
                    <div class="results-matches">
                        <ul class="match-list" aria-label=move || t_string!(i18n, index.matches.title)>{lines}</ul>
                        <p class="none" hidden=move || items.with(|i| !i.is_empty())>{t!(i18n, index.matches.none)}</p>
                        <nav class="results-pager" aria-label=move || t_string!(i18n, index.present.pages) hidden=move || { pages.get() < 2 }>
                            <button type="button" class="button secondary" disabled=move || at.get() == 0
                                on:click=move |_| page.set(at.get_untracked().saturating_sub(1))>
                                "← "{t!(i18n, index.present.previous_page)}
                            </button>
                            <span class="page-of" aria-live="polite">
                                {move || fill(t_string!(i18n, index.present.page_of), &[("n", (at.get() + 1).to_string()), ("total", pages.get().to_string())])}
                            </span>
                            <button type="button" class="button secondary" disabled=move || { at.get() + 1 >= pages.get() }
                                on:click=move |_| page.set((at.get_untracked() + 1).min(pages.get_untracked() - 1))>
                                {t!(i18n, index.present.next_page)}" →"
                            </button>
                        </nav>
                    </div>
                </div>
            </Show>
        </section>
    }
}
