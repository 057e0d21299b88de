//! An SDG index round, live: each delegation scores its own municipality on
//! its own devices, goal by goal or all 17. While the round is blind the
//! server keeps each delegation's proposals from the other's devices; this
//! screen (often projected) shows only how many answered until the
//! facilitator chooses to see the proposals. An agreed score, set here with
//! one click or by a delegation's lead on a phone, goes into the round.

use super::host::LiveHost;
use super::panel::{Invitations, LivePanel};
use crate::domain::index::{Score, Visibility};
use crate::domain::live::fold::fold_index;
use crate::domain::live::{Exercise, Part, ScoreSpread, Snapshot};
use crate::domain::{GoalNumber, Side};
use crate::i18n::*;
use crate::state::use_store;
use crate::ui::fill::fill;
use crate::ui::index::words::score_text;
use crate::ui::index::RoundCtx;
use leptos::prelude::*;

#[component]
pub fn IndexLive(ctx: RoundCtx) -> impl IntoView {
    let i18n = use_i18n();
    let store = use_store();
    let (pid, rid) = (ctx.pid.get_value(), ctx.rid.get_value());
    let host = LiveHost::new(pid.clone(), Exercise::Index(rid.clone()));
    // A lead's or co-facilitator's agreed score, set on another device, goes into the round.
    host.on_change(Callback::new(
        move |(before, after): (Snapshot, Snapshot)| {
            for side in Side::BOTH {
                let (was, now) = (
                    &before.delegation(side).agreed,
                    &after.delegation(side).agreed,
                );
                for (goal, score) in now {
                    if was.get(goal) != Some(score)
                        && ctx.score(side, *goal).get_untracked() != Some(*score)
                    {
                        store.set_score(
                            &ctx.pid.get_value(),
                            &ctx.rid.get_value(),
                            side,
                            *goal,
                            Some(*score),
                        );
                    }
                }
            }
        },
    ));
    let put_up = RwSignal::new(None::<GoalNumber>);
    let partners = Signal::derive(move || [ctx.name(Side::A), ctx.name(Side::B)]);
    Effect::new(move |_| {
        if host.connection.get().is_none() {
            return;
        }
        let [a, b] = partners.get();
        host.put("kind", "index".into());
        host.put("title", ctx.round_name.get().into());
        host.put("a", a.into());
        host.put("b", b.into());
        host.put(
            "revealed",
            (ctx.visibility.get() != Visibility::Blind).into(),
        );
        host.put(
            "goal",
            put_up
                .get()
                .map_or(serde_json::Value::Null, |g| g.get().into()),
        );
    });
    let peek = RwSignal::new(false);
    let shows = Memo::new(move |_| ctx.visibility.get() != Visibility::Blind || peek.get());
    let end = Callback::new(move |keep: bool| {
        let rid = rid.clone();
        host.end(ctx.round_name.get_untracked(), keep, move |p, snapshot| {
            if let Some(r) = p.rounds.iter_mut().find(|r| r.id == rid) {
                fold_index(r, snapshot, keep);
            }
        });
    });
    view! {
        <LivePanel host partners on_end=end>
            <div class="live-index-controls">
                <label>
                    {t!(i18n, live.put_up)}" "
                    <select on:change=move |ev| put_up.set(event_target_value(&ev).parse().ok().and_then(GoalNumber::new))>
                        <option value="" selected=move || put_up.get().is_none()>{t!(i18n, live.all_goals)}</option>
                        {GoalNumber::all().map(|g| view! {
                            <option value=g.get().to_string() selected=move || put_up.get() == Some(g)>
                                {move || crate::ui::circle::sdg_heading(i18n, g, ctx.lang.get())}
                            </option>
                        }).collect_view()}
                    </select>
                </label>
                <Show when=move || ctx.visibility.get() == Visibility::Blind>
                    <label class="check">
                        <input type="checkbox" prop:checked=move || peek.get()
                            on:change=move |ev| peek.set(event_target_checked(&ev)) />
                        " "{t!(i18n, live.peek)}
                    </label>
                </Show>
            </div>
            {move || match put_up.get() {
                None => view! { <AnsweredTable ctx host /> }.into_any(),
                Some(goal) => view! {
                    <div class="live-delegations">
                        {Side::BOTH.map(|side| view! { <DelegationAnswers ctx host side goal shows=shows.into() /> }).collect_view()}
                    </div>
                }.into_any(),
            }}
            <Invitations host partners />
        </LivePanel>
    }
}

/// All 17 goals at once: how many of each delegation answered each goal, and
/// where the delegation's score is agreed (✓). Counts only, blind or not.
#[component]
fn AnsweredTable(ctx: RoundCtx, host: LiveHost) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <div class="live-table-wrap">
            <table class="live-answered">
                <caption class="visually-hidden">{t!(i18n, live.answers_per_goal)}</caption>
                <thead>
                    <tr>
                        <th scope="col">{t!(i18n, circle.sdg)}</th>
                        {GoalNumber::all().map(|g| view! { <th scope="col">{g.get()}</th> }).collect_view()}
                    </tr>
                </thead>
                <tbody>
                    {Side::BOTH.map(|side| view! {
                        <tr>
                            <th scope="row">{move || ctx.name(side)}</th>
                            {GoalNumber::all().map(|goal| {
                                let cell = Memo::new(move |_| host.with_snapshot(|s| {
                                    let answered = ScoreSpread::of(s, side, goal).answered;
                                    (answered, s.delegation(side).agreed.contains_key(&goal))
                                }).unwrap_or_default());
                                view! {
                                    <td class:agreed=move || cell.get().1>
                                        {move || cell.get().0}
                                        {move || cell.get().1.then_some(" ✓")}
                                    </td>
                                }
                            }).collect_view()}
                        </tr>
                    }).collect_view()}
                </tbody>
            </table>
            <p class="hint">{t!(i18n, live.answers_hint)}</p>
        </div>
    }
}

/// One delegation's answers to the goal put up: how many, and (when shown) the
/// spread of its proposed scores with a button to agree on one.
#[component]
fn DelegationAnswers(
    ctx: RoundCtx,
    host: LiveHost,
    side: Side,
    goal: GoalNumber,
    shows: Signal<bool>,
) -> impl IntoView {
    let i18n = use_i18n();
    let store = use_store();
    let spread = Memo::new(move |_| {
        host.with_snapshot(|s| ScoreSpread::of(s, side, goal))
            .unwrap_or_else(|| ScoreSpread::of(&Snapshot::default(), side, goal))
    });
    let agree = move |score: Score| {
        store.set_score(
            &ctx.pid.get_value(),
            &ctx.rid.get_value(),
            side,
            goal,
            Some(score),
        );
        host.agree(
            Part::Delegation(side),
            goal,
            serde_json::to_value(score).ok(),
        );
    };
    view! {
        <div class="live-delegation">
            <h3>{move || ctx.name(side)}</h3>
            <p>{move || fill(t_string!(i18n, live.answered), &[("count", spread.with(|s| s.answered).to_string())])}</p>
            <Show when=move || shows.get()>
                <ul class="live-scores">
                    {move || spread.get().scores.into_iter().filter(|c| c.count > 0).map(|c| {
                        let label = score_text(i18n, c.value);
                        let names = c.names.join(", ");
                        let agreed = move || ctx.score(side, goal).get() == Some(c.value);
                        view! {
                            <li>
                                <span>{label.clone()}": "{c.count}</span>
                                {(!names.is_empty()).then(|| view! { <span class="spread-names">" ("{names.clone()}")"</span> })}" "
                                <button type="button" class="button small" aria-pressed=move || agreed().to_string()
                                    on:click=move |_| agree(c.value)>
                                    {fill(t_string!(i18n, live.agree), &[("score", label.clone())])}
                                </button>
                            </li>
                        }
                    }).collect_view()}
                </ul>
                {move || spread.with(|s| s.reasons.iter().map(|(name, score, why)| view! {
                    <p class="live-reason">{(!name.is_empty()).then(|| format!("{name}: "))}{score_text(i18n, *score)}" — "{why.clone()}</p>
                }).collect_view())}
            </Show>
        </div>
    }
}
