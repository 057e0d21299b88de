//! Screens of the SDG index (issue 4): scoring rounds for both partners, the
//! comparison, the matches, and the plan that follows from them.

mod compare;
mod matches;
mod on_goal;
mod partner_tabs;
mod plan;
mod present;
mod results;
mod rounds;
mod scoring;
pub mod words;

pub use compare::ComparePanel;
pub use matches::MatchPanel;
pub use on_goal::IndexOnGoal;
pub use plan::IndexPlanPage;

use words::fill;

use crate::domain::index::{
    round_matching, GoalScore, IndexRound, Matching, Method, Score, Thresholds, Visibility,
};
use crate::domain::{GoalNumber, Partnership, PartnershipId, Side};
use crate::i18n::*;
use crate::routes::Route;
use crate::state::use_store;
use crate::ui::current_route::use_route_part;
use crate::ui::narrow::{narrow, narrow_all};
use crate::ui::partnership_page::use_route_partnership;
use leptos::prelude::*;
use leptos_router::components::A;

/// What every part of one round's screen needs: which round, and live views of it.
#[derive(Clone, Copy)]
pub struct RoundCtx {
    pub pid: StoredValue<PartnershipId>,
    pub rid: StoredValue<String>,
    pub partnership: Memo<Option<Partnership>>,
    pub round: Memo<Option<IndexRound>>,
    pub thresholds: ReadSignal<Thresholds>,
    /// The matching of this round, recomputed as scores or thresholds change.
    pub matching: Memo<Matching>,
    /// Whose scores the scoring panel shows.
    pub side: RwSignal<Side>,
    /// The partners' names: read by every row's label, so kept apart from
    /// the partnership, which changes with every score.
    names: ReadSignal<(String, String)>,
    /// The round's settings, apart from its scores for the same reason.
    pub method: ReadSignal<Method>,
    pub visibility: ReadSignal<Visibility>,
    pub round_name: ReadSignal<String>,
    /// Each partner's score per goal (A's 17, then B's): made once for the
    /// round, so the comparison and the match sentences share them.
    scores: StoredValue<Vec<ReadSignal<Option<Score>>>>,
    /// Each goal's entry for the partner the scoring panel shows.
    shown: StoredValue<Vec<ReadSignal<Option<GoalScore>>>>,
    /// The texts and the language, looked up once for the round rather than
    /// in each of its rows and in every item a score change draws.
    pub i18n: words::I18n,
    pub lang: Signal<crate::domain::Lang>,
    /// The partnership's indicators, read when a goal or a match shows its
    /// evidence; a score change does not touch them.
    pub indicators: Memo<Vec<crate::domain::indicator::Indicator>>,
}

impl RoundCtx {
    pub fn new(
        pid: PartnershipId,
        rid: String,
        partnership: Memo<Option<Partnership>>,
    ) -> RoundCtx {
        let rid_value = rid.clone();
        let round = Memo::new(move |_| {
            partnership.with(|p| p.as_ref()?.rounds.iter().find(|r| r.id == rid).cloned())
        });
        let thresholds = narrow(move || {
            partnership.with(|p| p.as_ref().map(|p| p.thresholds).unwrap_or_default())
        });
        let matching = Memo::new(move |_| {
            let t = thresholds.get();
            round.with(|r| r.as_ref().map(|r| round_matching(r, t)).unwrap_or_default())
        });
        let names = narrow(move || {
            partnership.with(|p| {
                p.as_ref()
                    .map(|p| (p.a.name.clone(), p.b.name.clone()))
                    .unwrap_or_default()
            })
        });
        let method =
            narrow(move || round.with(|r| r.as_ref().map(|r| r.method).unwrap_or_default()));
        let visibility =
            narrow(move || round.with(|r| r.as_ref().map(|r| r.visibility).unwrap_or_default()));
        let round_name =
            narrow(move || round.with(|r| r.as_ref().map(|r| r.name.clone()).unwrap_or_default()));
        // One effect for all 51 per-goal values: a score change re-runs it once
        // and wakes the readers of the one or two values that changed.
        let scores = narrow_all(move || {
            round.with(|r| {
                Side::BOTH
                    .into_iter()
                    .flat_map(|side| {
                        GoalNumber::all()
                            .map(move |goal| r.as_ref().and_then(|r| r.score(side, goal)))
                    })
                    .collect()
            })
        });
        let indicators = crate::ui::indicator::evidence::use_indicators(partnership);
        let side = RwSignal::new(Side::A);
        let shown = narrow_all(move || {
            let side = side.get();
            round.with(|r| {
                GoalNumber::all()
                    .map(|goal| r.as_ref().and_then(|r| r.entry(side, goal).cloned()))
                    .collect()
            })
        });
        RoundCtx {
            pid: StoredValue::new(pid),
            rid: StoredValue::new(rid_value),
            partnership,
            round,
            thresholds,
            matching,
            side,
            names,
            method,
            visibility,
            round_name,
            scores: StoredValue::new(scores),
            shown: StoredValue::new(shown),
            i18n: use_i18n(),
            lang: crate::ui::locale::use_lang(),
            indicators,
        }
    }

    /// A partner's name, kept live (the partnership can be renamed meanwhile).
    pub fn name(self, side: Side) -> String {
        self.names.with(|(a, b)| match side {
            Side::A => a.clone(),
            Side::B => b.clone(),
        })
    }

    // Per-goal values (`narrow`, not memos): setting one goal's score neither
    // redraws nor even wakes the views of the other goals (17 goals, each with a
    // select of eight options, notes and two comparison bars).

    /// For one goal, the entry of the partner whose scores the scoring panel shows.
    pub fn shown_entry(self, goal: GoalNumber) -> ReadSignal<Option<GoalScore>> {
        self.shown.with_value(|s| s[goal.index()])
    }

    /// One partner's score for one goal, however the round reaches it.
    pub fn score(self, side: Side, goal: GoalNumber) -> ReadSignal<Option<Score>> {
        let at = side as usize * usize::from(GoalNumber::COUNT) + goal.index();
        self.scores.with_value(|s| s[at])
    }

    pub fn shows_both(self) -> bool {
        self.visibility.get().shows_both()
    }
}

/// `/p/:id/index` (the latest round) and `/p/:id/index/round/:round`.
#[component]
pub fn IndexPage() -> impl IntoView {
    let store = use_store();
    let partnership = use_route_partnership();
    let pid = Memo::new(move |_| partnership.with(|p| p.as_ref().map(|p| p.id.clone())));
    // Opening a partnership's index makes it the current partnership.
    Effect::new(move |_| {
        if let Some(id) = pid.get() {
            store.select(&id);
        }
    });
    move || match pid.get() {
        None => view! { <crate::ui::not_found::NotFound /> }.into_any(),
        Some(pid) => view! { <IndexView pid partnership /> }.into_any(),
    }
}

/// Which screen of a round the address asks for: the whole round (set-up,
/// scores, matches, comparison), or one of the two made for the projector.
/// They are the round's address with a query (`?goal=6`, `?results`), read
/// here in the index's chunk: new routes would have grown the first load.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum RoundScreen {
    Full,
    Goal(GoalNumber),
    Results,
}

impl RoundScreen {
    fn of_query(search: &str) -> RoundScreen {
        let search = search.trim_start_matches('?');
        if search == "results" {
            return RoundScreen::Results;
        }
        search
            .strip_prefix("goal=")
            .and_then(crate::routes::parse_goal)
            .map_or(RoundScreen::Full, RoundScreen::Goal)
    }
}

/// `/p/:id/index/round/:round?goal=n`: a round one goal at a time.
pub fn round_goal_href(pid: &PartnershipId, rid: &str, goal: GoalNumber) -> String {
    format!(
        "{}?goal={goal}",
        Route::IndexRound(pid.clone(), rid.to_owned()).href()
    )
}

/// `/p/:id/index/round/:round?results`: a round's results on one screen.
pub fn round_results_href(pid: &PartnershipId, rid: &str) -> String {
    format!(
        "{}?results",
        Route::IndexRound(pid.clone(), rid.to_owned()).href()
    )
}

#[component]
fn IndexView(pid: PartnershipId, partnership: Memo<Option<Partnership>>) -> impl IntoView {
    let i18n = use_i18n();
    // `Some(None)`: the index without a round named, which shows the latest.
    let wanted = use_route_part(|r| match r {
        Route::Index(_) => Some(None),
        Route::IndexRound(_, round) => Some(Some(round.clone())),
        _ => None,
    });
    let search = leptos_router::hooks::use_location().search;
    let round_id = Memo::new(move |_| {
        let wanted = wanted.get().flatten();
        partnership.with(|p| {
            let rounds = &p.as_ref()?.rounds;
            match wanted {
                Some(w) => rounds.iter().find(|r| r.id == w),
                None => rounds.last(),
            }
            .map(|r| r.id.clone())
        })
    });
    let screen = Memo::new(move |_| match wanted.get() {
        Some(Some(_)) => search.with(|s| RoundScreen::of_query(s)),
        _ => RoundScreen::Full,
    });
    let goal = Signal::derive(move || match screen.get() {
        RoundScreen::Goal(n) => n,
        _ => GoalNumber::new(1).expect("1 is a goal"),
    });
    // Redrawn when the kind of screen changes, not when the goal does.
    let kind = Memo::new(move |_| match screen.get() {
        RoundScreen::Goal(_) => RoundScreen::Goal(GoalNumber::new(1).expect("1 is a goal")),
        other => other,
    });
    let full = move |pid: PartnershipId| {
        let plan_href = Route::IndexPlan(pid.clone()).href();
        let indicators_href = Route::Indicators(pid.clone()).href();
        let bar_pid = pid.clone();
        view! {
            <section class="page index">
                <div class="index-title">
                    <h1>{t!(i18n, index.title)}</h1>
                    <A href=plan_href attr:class="button secondary">{t!(i18n, index.plan.open)}</A>
                    <A href=indicators_href attr:class="button secondary">{t!(i18n, ind.open)}</A>
                </div>
                <p class="lead">{t!(i18n, index.intro)}</p>
                <rounds::RoundBar pid=bar_pid partnership current=round_id />
                {move || match round_id.get() {
                    Some(rid) => {
                        let ctx = RoundCtx::new(pid.clone(), rid, partnership);
                        view! { <RoundView ctx /> }.into_any()
                    }
                    None => view! { <p class="empty">{t!(i18n, index.no_rounds)}</p> }.into_any(),
                }}
            </section>
        }
        .into_any()
    };
    move || {
        let pid = pid.clone();
        let kind = kind.get();
        // The full page follows the round itself; the projected screens need one.
        let rid = match kind {
            RoundScreen::Full => None,
            _ => round_id.get(),
        };
        match (kind, rid) {
            (RoundScreen::Goal(_), Some(rid)) => {
                let ctx = RoundCtx::new(pid, rid, partnership);
                view! { <present::GoalScreen ctx goal /> }.into_any()
            }
            (RoundScreen::Results, Some(rid)) => {
                let ctx = RoundCtx::new(pid, rid, partnership);
                view! { <results::ResultsScreen ctx /> }.into_any()
            }
            _ => full(pid),
        }
    }
}

#[component]
fn RoundView(ctx: RoundCtx) -> impl IntoView {
    let i18n = use_i18n();
    let first = GoalNumber::new(1).expect("1 is a goal");
    let goal_href = round_goal_href(&ctx.pid.get_value(), &ctx.rid.get_value(), first);
    let results_href = round_results_href(&ctx.pid.get_value(), &ctx.rid.get_value());
    let exercise = crate::domain::live::Exercise::Index(ctx.rid.get_value());
    let kept = Signal::derive(move || {
        ctx.partnership.with(|p| {
            p.as_ref()
                .map(|p| crate::ui::live::kept::kept_of(p, &exercise))
                .unwrap_or_default()
        })
    });
    let partners = Signal::derive(move || [ctx.name(Side::A), ctx.name(Side::B)]);
    view! {
        <rounds::RoundHeader ctx />
        <nav class="actions present-links" aria-label=move || t_string!(i18n, index.present.views)>
            <A href=goal_href attr:class="button">{t!(i18n, index.present.goal_view)}</A>
            <A href=results_href attr:class="button secondary">{t!(i18n, index.present.results_view)}</A>
        </nav>
        <crate::ui::live::index::IndexLive ctx />
        <scoring::ScoringPanel ctx />
        <Show
            when=move || ctx.shows_both()
            fallback=move || view! { <HiddenNotice /> }
        >
            <matches::MatchPanel ctx />
            <compare::ComparePanel ctx />
            <compare::ProgressPanel ctx />
            // Each delegation's proposals: hidden while the round is blind.
            <crate::ui::live::kept::KeptProposals pid=ctx.pid.get_value() kept partners />
        </Show>
    }
}

/// Said in place of the comparison and the matches while a round is blind.
#[component]
pub fn HiddenNotice(#[prop(optional)] children: Option<Children>) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <section class="card hidden-notice" role="status">
            <h2>{t!(i18n, index.blind.hidden_title)}</h2>
            <p>{t!(i18n, index.blind.hidden_body)}</p>
            {children.map(|c| c())}
        </section>
    }
}

/// The SDG index's card on the partnership page: the latest round at a glance.
#[component]
pub fn IndexSummary(partnership: Partnership) -> impl IntoView {
    let i18n = use_i18n();
    let latest = partnership.rounds.last().map(|r| {
        let m = round_matching(r, partnership.thresholds);
        let (a, b) = (r.scored_count(Side::A), r.scored_count(Side::B));
        (r.name.clone(), a, b, m.matches.len())
    });
    let (name_a, name_b) = (partnership.a.name.clone(), partnership.b.name.clone());
    view! {
        <section class="card exercise-card">
            <h2>{t!(i18n, index.title)}</h2>
            {match latest {
                None => view! { <p>{t!(i18n, index.intro)}</p> }.into_any(),
                Some((name, a, b, n)) => {
                    let lines = move || {
                        [
                            fill(t_string!(i18n, index.summary.latest), &[("name", name.clone())]),
                            fill(t_string!(i18n, index.summary.scored), &[("partner", name_a.clone()), ("count", a.to_string())]),
                            fill(t_string!(i18n, index.summary.scored), &[("partner", name_b.clone()), ("count", b.to_string())]),
                            fill(t_string!(i18n, index.summary.matches), &[("count", n.to_string())]),
                        ]
                        .map(|line| view! { <span class="summary-line">{line}</span> })
                    };
                    view! { <p>{lines}</p> }.into_any()
                }
            }}
            <A href=Route::Index(partnership.id.clone()).href() attr:class="button">
                {t!(i18n, index.open)}
            </A>
        </section>
    }
}

#[cfg(test)]
mod tests {
    use super::RoundScreen;
    use crate::domain::GoalNumber;

    #[test]
    fn the_query_names_the_projected_screen() {
        assert_eq!(RoundScreen::of_query(""), RoundScreen::Full);
        assert_eq!(RoundScreen::of_query("?results"), RoundScreen::Results);
        assert_eq!(
            RoundScreen::of_query("?goal=17"),
            RoundScreen::Goal(GoalNumber::new(17).unwrap())
        );
        // Anything else is the whole round, as a link from elsewhere would expect.
        for other in ["?goal=18", "?goal=06", "?goal=", "?goal=6&x", "?other"] {
            assert_eq!(RoundScreen::of_query(other), RoundScreen::Full, "{other}");
        }
    }
}
