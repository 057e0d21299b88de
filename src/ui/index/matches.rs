//! The matches of a round, live: peer learning in both directions, joint
//! learning, shared strengths, and the goals to discuss first; each explained
//! in a sentence that names the partners and their scores.

use super::words::{fill, goal_label, maybe_score_text, step_word, I18n};
use super::RoundCtx;
use crate::domain::index::{Level, Match, MatchKind, Score, Thresholds};
use crate::domain::{GoalNumber, Lang, Side};
use crate::i18n::*;
use crate::state::use_store;
use crate::ui::goals::goal_style;
use leptos::prelude::*;

/// "5 (very strong)", "don't know", "not scored yet".
pub fn score_phrase(i18n: I18n, s: Option<Score>) -> String {
    match s.and_then(Score::level) {
        Some(l) => format!("{} ({})", l.get(), step_word(i18n, l.step())),
        None => maybe_score_text(i18n, s),
    }
}

#[component]
pub fn MatchPanel(ctx: RoundCtx) -> impl IntoView {
    let i18n = use_i18n();
    // Memos per group: a score change that leaves a group as it was leaves
    // its list, count and "none" line alone.
    let of_kind = move |pick: fn(&MatchKind) -> bool| {
        let group = Memo::new(move |_| {
            ctx.matching.with(|m| {
                m.matches
                    .iter()
                    .copied()
                    .filter(|x| pick(&x.kind))
                    .collect::<Vec<_>>()
            })
        });
        move || group.get()
    };
    let peer = of_kind(|k| matches!(k, MatchKind::PeerLearning { .. }));
    let joint = of_kind(|k| *k == MatchKind::JointLearning);
    let shared = of_kind(|k| *k == MatchKind::SharedStrength);
    let to_discuss = Memo::new(move |_| ctx.matching.with(|m| m.to_discuss.clone()));
    let none_to_discuss = Memo::new(move |_| to_discuss.with(Vec::is_empty));
    let to_discuss = move || to_discuss.get();
    let unscored = Memo::new(move |_| ctx.matching.with(|m| m.unscored.len()));
    let unscored = move || unscored.get();
    view! {
        <section class="matches card" aria-labelledby="matches-title">
            <h2 id="matches-title">{t!(i18n, index.matches.title)}</h2>
            <p class="hint">{t!(i18n, index.matches.intro)}</p>
            <ThresholdControl ctx />
            <MatchGroup ctx slug="peer" title=|loc| td_string!(loc, index.matches.peer) hint=move || t_string!(i18n, index.matches.peer_hint) items=peer />
            <MatchGroup ctx slug="joint" title=|loc| td_string!(loc, index.matches.joint) hint=move || t_string!(i18n, index.matches.joint_hint) items=joint />
            <MatchGroup ctx slug="shared" title=|loc| td_string!(loc, index.matches.shared) hint=move || t_string!(i18n, index.matches.shared_hint) items=shared />
            <section class="match-group" aria-labelledby="to-discuss-title">
                <h3 id="to-discuss-title">{t!(i18n, index.matches.to_discuss)}</h3>
                <p class="hint">{t!(i18n, index.matches.to_discuss_hint)}</p>
                <ul class="match-list" aria-labelledby="to-discuss-title" hidden=move || none_to_discuss.get()>
                    <For each=to_discuss key=|g| *g let:goal>
                        <DiscussItem ctx goal />
                    </For>
                </ul>
                <p class="none" hidden=move || !none_to_discuss.get()>{t!(i18n, index.matches.none)}</p>
            </section>
            <Show when=move || { unscored() > 0 }>
                <p class="unscored">{move || fill(t_string!(i18n, index.matches.unscored), &[("count", (unscored()).to_string())])}</p>
            </Show>
        </section>
    }
}

#[component]
fn MatchGroup(
    ctx: RoundCtx,
    slug: &'static str,
    title: impl Fn(Locale) -> &'static str + Clone + Send + Sync + 'static,
    hint: impl Fn() -> &'static str + Send + Sync + 'static,
    items: impl Fn() -> Vec<Match> + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let i18n = use_i18n();
    let id = format!("match-group-{slug}");
    let labelled = id.clone();
    let count = Memo::new(move |_| items().len());
    // The list and its "none" line both stay in the page, one of them hidden:
    // a group that empties or fills then adds or removes one item, rather
    // than drawing the list anew.
    view! {
        <section class="match-group">
            <h3 id=id.clone()><crate::ui::display::Bi text=move |loc| title(loc).to_owned() />" "<span class="count">"("{move || count.get()}")"</span></h3>
            <p class="hint">{hint}</p>
            <ol class="match-list" aria-labelledby=labelled hidden=move || count.get() == 0>
                <For each=items key=|m| *m let:m>
                    <MatchItem ctx m />
                </For>
            </ol>
            <p class="none" hidden=move || count.get() != 0>{t!(i18n, index.matches.none)}</p>
        </section>
    }
}

/// The names and scores a sentence may mention: `{from}`/`{to}` for peer
/// learning (from = the strong partner), `{a}`/`{b}` otherwise, each with its
/// `_score`, plus the goal's `{n}` and `{title}`. `scores` are the goal's
/// scores (A, B) as the round keeps them: a sentence is rewritten when its own goal's scores
/// change, not at every score of the round.
fn sentence_vars(
    ctx: RoundCtx,
    i18n: I18n,
    lang: Lang,
    goal: GoalNumber,
    scores: (ReadSignal<Option<Score>>, ReadSignal<Option<Score>>),
    from: Side,
) -> Vec<(&'static str, String)> {
    let phrase = |side: Side| {
        let score = match side {
            Side::A => scores.0,
            Side::B => scores.1,
        };
        score_phrase(i18n, score.get())
    };
    let to = from.other();
    vec![
        ("from", ctx.name(from)),
        ("from_score", phrase(from)),
        ("to", ctx.name(to)),
        ("to_score", phrase(to)),
        ("a", ctx.name(Side::A)),
        ("a_score", phrase(Side::A)),
        ("b", ctx.name(Side::B)),
        ("b_score", phrase(Side::B)),
        ("n", goal.get().to_string()),
        ("title", goal.goal().title(lang).to_owned()),
    ]
}

/// One match and its sentence.
#[component]
pub fn MatchItem(ctx: RoundCtx, m: Match) -> impl IntoView {
    let RoundCtx { i18n, lang, .. } = ctx;
    let goal = m.goal;
    let scores = (ctx.score(Side::A, goal), ctx.score(Side::B, goal));
    // One text per badge: a match drawn anew (a score moves it to another
    // group) builds one reactive text, not a view per name.
    let badge_class = match m.kind {
        MatchKind::PeerLearning { .. } => "kind-badge peer",
        MatchKind::JointLearning => "kind-badge joint",
        MatchKind::SharedStrength => "kind-badge shared",
    };
    let badge = move || match m.kind {
        MatchKind::PeerLearning { from } => {
            format!("{} → {}", ctx.name(from), ctx.name(from.other()))
        }
        MatchKind::JointLearning => t_string!(i18n, index.matches.joint_badge).to_owned(),
        MatchKind::SharedStrength => t_string!(i18n, index.matches.shared_badge).to_owned(),
    };
    let sentence = move || {
        let (template, from) = match m.kind {
            MatchKind::PeerLearning { from } => (t_string!(i18n, index.explain.peer), from),
            MatchKind::JointLearning => (t_string!(i18n, index.explain.joint), Side::A),
            MatchKind::SharedStrength => (t_string!(i18n, index.explain.shared), Side::A),
        };
        fill(
            template,
            &sentence_vars(ctx, i18n, lang.get(), goal, scores, from),
        )
    };
    view! {
        <li class="match-item" style=goal_style(goal.goal())>
            <span class="chip-number" aria-hidden="true">{goal.get()}</span>
            <div>
                <span class=badge_class>{badge}</span>
                <p class="explanation">{sentence}</p>
                <p class="evidence-line"><crate::ui::indicator::evidence::MatchEvidence indicators=ctx.indicators m /></p>
            </div>
        </li>
    }
}

#[component]
pub(super) fn DiscussItem(ctx: RoundCtx, goal: GoalNumber) -> impl IntoView {
    let RoundCtx { i18n, lang, .. } = ctx;
    let scores = (ctx.score(Side::A, goal), ctx.score(Side::B, goal));
    let sentence = move || {
        fill(
            t_string!(i18n, index.explain.discuss),
            &sentence_vars(ctx, i18n, lang.get(), goal, scores, Side::A),
        )
    };
    view! {
        <li class="match-item" style=goal_style(goal.goal())>
            <span class="chip-number" aria-hidden="true">{goal.get()}</span>
            <p class="explanation">
                <strong>{move || goal_label(goal, lang.get())}</strong>{move || lang.get().colon()}{sentence}
            </p>
        </li>
    }
}

#[component]
fn ThresholdControl(ctx: RoundCtx) -> impl IntoView {
    let i18n = use_i18n();
    let store = use_store();
    let set = move |strong: Option<Level>, weak: Option<Level>| {
        let t = ctx.thresholds.get_untracked();
        if let Some(t) = Thresholds::new(strong.unwrap_or(t.strong), weak.unwrap_or(t.weak)) {
            store.set_thresholds(&ctx.pid.get_value(), t);
        }
    };
    let level_of = |ev| {
        event_target_value(&ev)
            .parse::<u8>()
            .ok()
            .and_then(Level::new)
    };
    view! {
        <fieldset class="thresholds">
            <legend>{t!(i18n, index.thresholds.title)}</legend>
            <div class="field">
                <label for="threshold-strong">{t!(i18n, index.thresholds.strong)}</label>
                <select id="threshold-strong" on:change=move |ev| set(level_of(ev), None)>
                    {Level::all().skip(1).map(|l| view! {
                        <option
                            value=l.get().to_string()
                            selected=move || ctx.thresholds.get().strong == l
                            disabled=move || { ctx.thresholds.get().weak >= l }
                        >
                            {move || format!("≥ {} ({})", l.get(), step_word(i18n, l.step()))}
                        </option>
                    }).collect_view()}
                </select>
            </div>
            <div class="field">
                <label for="threshold-weak">{t!(i18n, index.thresholds.weak)}</label>
                <select id="threshold-weak" on:change=move |ev| set(None, level_of(ev))>
                    {Level::all().take(4).map(|l| view! {
                        <option
                            value=l.get().to_string()
                            selected=move || ctx.thresholds.get().weak == l
                            disabled=move || { ctx.thresholds.get().strong <= l }
                        >
                            {move || format!("≤ {} ({})", l.get(), step_word(i18n, l.step()))}
                        </option>
                    }).collect_view()}
                </select>
            </div>
            <p class="hint">{t!(i18n, index.thresholds.hint)}</p>
        </fieldset>
    }
}
