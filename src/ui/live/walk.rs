//! The walk-round, live: the current goal goes up on every device, the
//! delegations' proposals spread over the levels on the projector, and the
//! level the facilitator sets (one key, as before) is the agreed one.

use super::host::LiveHost;
use super::panel::{Invitations, LivePanel};
use crate::domain::circle::{CircleBoard, Scale};
use crate::domain::live::fold::fold_walk;
use crate::domain::live::{Exercise, Part, Snapshot, Spread};
use crate::domain::{GoalNumber, Partnership};
use crate::i18n::*;
use crate::state::use_store;
use crate::ui::circle::{level_mark, step_name};
use crate::ui::fill::fill;
use leptos::prelude::*;

/// The live session's part of the walk page.
#[component]
pub fn WalkLive(
    host: LiveHost,
    partnership: Signal<Partnership>,
    board: Signal<CircleBoard>,
    goal: Signal<GoalNumber>,
) -> impl IntoView {
    let store = use_store();
    let pid = partnership.get_untracked().id;
    let board_id = board.get_untracked().id;
    let partners = Signal::derive(move || {
        partnership.with(|p| {
            [
                p.partner(crate::domain::Side::A).name.clone(),
                p.partner(crate::domain::Side::B).name.clone(),
            ]
        })
    });
    // A co-facilitator's agreed level, set on another device, goes into the board.
    let (fold_pid, fold_board) = (pid.clone(), board_id.clone());
    host.on_change(Callback::new(
        move |(before, after): (Snapshot, Snapshot)| {
            if before.room.agreed == after.room.agreed {
                return;
            }
            for g in GoalNumber::all() {
                let (was, now) = (before.room.agreed.get(&g), after.room.agreed.get(&g));
                let on_board = board.with_untracked(|b| b.level(g));
                if was != now && now.copied() != on_board {
                    store.set_board_level(&fold_pid, &fold_board, g, now.copied());
                }
            }
        },
    ));
    // What every device shows: written again whenever the session (re)connects
    // or the facilitator moves on.
    Effect::new(move |_| {
        if host.connection.get().is_none() {
            return;
        }
        let (title, scale) = board.with(|b| (b.subject.name.clone(), b.scale));
        let [a, b] = partners.get();
        host.put("kind", "walk".into());
        host.put("title", title.into());
        host.put("scale", serde_json::to_value(scale).unwrap_or_default());
        host.put("a", a.into());
        host.put("b", b.into());
        host.put("goal", goal.get().get().into());
    });
    let spread = Memo::new(move |_| {
        let scale = board.with(|b| b.scale);
        host.with_snapshot(|s| Spread::walk(s, goal.get(), scale))
    });
    let end = Callback::new(move |keep: bool| {
        let board_id = board_id.clone();
        host.end(
            board.with_untracked(|b| b.subject.name.clone()),
            keep,
            move |p, snapshot| {
                if let Some(b) = p.boards.iter_mut().find(|b| b.id == board_id) {
                    fold_walk(b, snapshot, keep);
                }
            },
        );
    });
    let exercise = Exercise::Walk(board.with_untracked(|b| b.id.clone()));
    let kept = Signal::derive(move || partnership.with(|p| super::kept::kept_of(p, &exercise)));
    view! {
        <LivePanel host partners on_end=end>
            <div class="live-walk">
                <WalkSpread spread=spread.into() scale=Signal::derive(move || board.with(|b| b.scale)) />
                <Invitations host partners />
            </div>
        </LivePanel>
        <super::kept::KeptProposals pid=pid.clone() kept partners goal
            scale=Signal::derive(move || board.with(|b| b.scale)) />
    }
}

/// The walk's live session, if this device hosts one for `board`.
pub fn walk_host(partnership: &Partnership, board: &CircleBoard) -> LiveHost {
    LiveHost::new(partnership.id.clone(), Exercise::Walk(board.id.clone()))
}

/// The agreed level of a goal, as participants see it: written with the board's.
pub fn agree(host: LiveHost, goal: GoalNumber, level: Option<crate::domain::circle::Level>) {
    host.agree(Part::Room, goal, level.map(|l| l.0.into()));
}

/// How the proposals for the current goal spread over the levels.
#[component]
pub fn WalkSpread(spread: Signal<Option<Spread>>, scale: Signal<Scale>) -> impl IntoView {
    let i18n = use_i18n();
    move || {
        spread.get().map(|spread| {
            let scale = scale.get();
            let most = spread.steps.iter().map(|s| s.count).max().unwrap_or(0).max(1);
            let waiting = spread.waiting.len();
            let waiting_names: Vec<String> =
                spread.waiting.iter().filter(|w| !w.name.is_empty()).map(|w| w.name.clone()).collect();
            view! {
                <div class="live-spread">
                    <h3>{fill(t_string!(i18n, live.answered), &[("count", spread.answered.to_string())])}</h3>
                    <ul class="spread-bars">
                        {spread.steps.iter().map(|step| {
                            let name = scale.step_name(step.value).map(|n| step_name(i18n, n)).unwrap_or_default();
                            let width = format!("width: {}%", step.count * 100 / most);
                            let names = step.names.join(", ");
                            view! {
                                <li>
                                    <span class="spread-label">{level_mark(scale, Some(step.value))}" · "{name}</span>
                                    <span class="spread-bar"><span style=width></span></span>
                                    <span class="spread-count">{step.count}</span>
                                    <span class="spread-names">{names}</span>
                                </li>
                            }
                        }).collect_view()}
                    </ul>
                    {(waiting > 0).then(|| view! {
                        <p class="spread-waiting">
                            {fill(t_string!(i18n, live.waiting), &[("count", waiting.to_string())])}
                            {(!waiting_names.is_empty()).then(|| format!(": {}", waiting_names.join(", ")))}
                        </p>
                    })}
                    {(!spread.ideas.is_empty()).then(|| view! {
                        <h3>{t!(i18n, live.ideas)}</h3>
                        <ul class="spread-ideas">
                            {spread.ideas.iter().map(|(name, idea)| view! {
                                <li>{(!name.is_empty()).then(|| view! { <strong>{name.clone()}": "</strong> })}{idea.clone()}</li>
                            }).collect_view()}
                        </ul>
                    })}
                </div>
            }
        })
    }
}
