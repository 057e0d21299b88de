//! A participant's screen, made for a phone: what the facilitator has put up
//! now, in the participant's own language, and their answer to it. Every
//! answer is written at once; offline it waits on the phone and goes when the
//! connection is back (`live/client.mjs` keeps it across a reload too).

use super::connection::LiveConnection;
use crate::domain::circle::Level as CircleLevel;
use crate::domain::circle::Scale;
use crate::domain::index::{Confidence, Score};
use crate::domain::live::snapshot::RoomKind;
use crate::domain::live::{
    Answer, JoinCode, Joined, Part, PartStatus, Proposal, Role, ScoreSpread, Spread,
};
use crate::domain::{GoalNumber, Side};
use crate::i18n::*;
use crate::ui::circle::{level_mark, sdg_heading, step_name};
use crate::ui::goals::goal_style;
use crate::ui::index::words::{confidence_word, score_text};
use crate::ui::locale::use_lang;
use leptos::prelude::*;

#[component]
pub fn ParticipantScreen(
    connection: LiveConnection,
    me: Joined,
    again: RwSignal<Option<JoinCode>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let snapshot = connection.snapshot;
    let role = Memo::new(move |_| snapshot.with(|s| s.role));
    let me = StoredValue::new(me);
    // Others see this device once the server has said whose code it is.
    Effect::new(move |_| {
        if let Some(Role::Delegation(side)) = role.get() {
            let who = me.with_value(|m| {
                serde_json::json!({ "device": m.device, "name": m.name, "side": side_code(side) })
            });
            connection.presence(&who.to_string());
        }
    });
    let refused = Memo::new(move |_| snapshot.with(|s| s.room_status == PartStatus::Refused));
    let ended = Memo::new(move |_| snapshot.with(|s| s.ended));
    let other_code = move |_| {
        me.with_value(|m| crate::state::live::forget_joined(&m.code));
        if let Some(w) = web_sys::window() {
            let _ = w.location().set_hash("");
        }
        again.set(None);
    };
    move || {
        if ended.get() {
            me.with_value(|m| crate::state::live::forget_joined(&m.code));
            return view! {
                <h1>{t!(i18n, live.ended_title)}</h1>
                <p>{t!(i18n, live.ended)}</p>
            }
            .into_any();
        }
        if refused.get() {
            return view! {
                <h1>{t!(i18n, live.join_title)}</h1>
                <p role="alert">{t!(i18n, live.refused)}</p>
                <button type="button" class="button" on:click=other_code>{t!(i18n, live.other_code)}</button>
            }
            .into_any();
        }
        match role.get() {
            None => view! { <p role="status">{t!(i18n, live.status_connecting)}</p> }.into_any(),
            Some(Role::Delegation(side)) => {
                view! { <Delegate connection me=me.get_value() side /> }.into_any()
            }
            Some(Role::Facilitator) => view! { <CoFacilitator connection /> }.into_any(),
        }
    }
}

fn side_code(side: Side) -> &'static str {
    match side {
        Side::A => "a",
        Side::B => "b",
    }
}

/// A delegation member: the current goal (walk) or the goals to score (index).
#[component]
fn Delegate(connection: LiveConnection, me: Joined, side: Side) -> impl IntoView {
    let i18n = use_i18n();
    let snapshot = connection.snapshot;
    let room = Memo::new(move |_| snapshot.with(|s| s.room.clone()));
    let stage = Memo::new(move |_| room.with(|r| (r.kind, r.goal, r.scale)));
    let status = Memo::new(move |_| snapshot.with(|s| s.status[side as usize]));
    let me = StoredValue::new(me);
    let mine = Memo::new(move |_| {
        let device = me.with_value(|m| m.device.clone());
        snapshot.with(|s| {
            s.delegation(side)
                .proposals
                .iter()
                .filter(|p| p.device == device)
                .cloned()
                .collect::<Vec<_>>()
        })
    });
    // A delegation's lead sets its agreed scores (the facilitator can too).
    let lead = RwSignal::new(false);
    let propose = Callback::new(move |(goal, answer, note): (GoalNumber, Answer, String)| {
        let (device, name) = me.with_value(|m| (m.device.clone(), m.name.clone()));
        let value = serde_json::from_str(&Proposal::value(&name, answer, &note)).ok();
        connection.write(
            Part::Delegation(side),
            "proposals",
            &Proposal::key(&device, goal),
            value,
        );
    });
    view! {
        <header class="live-who">
            <p class="eyebrow">{move || room.with(|r| r.title.clone())}</p>
            <p>
                {move || room.with(|r| r.partners[side as usize].clone())}
                {move || me.with_value(|m| (!m.name.is_empty()).then(|| format!(" · {}", m.name)))}
            </p>
        </header>
        <p class="live-sent" role="status" data-status=move || format!("{:?}", status.get()).to_lowercase()>
            {move || match status.get() {
                PartStatus::Live => t_string!(i18n, live.sent),
                PartStatus::Offline => t_string!(i18n, live.kept_offline),
                PartStatus::Refused => t_string!(i18n, live.refused),
                PartStatus::Syncing | PartStatus::Absent => t_string!(i18n, live.sending),
            }}
        </p>
        // Drawn anew only when what is put up changes: an agreed level or the
        // reveal must not take the idea being typed, or the focus, away.
        {move || {
            let (kind, goal, scale) = stage.get();
            if kind == RoomKind::Unknown {
                view! { <p role="status">{t!(i18n, live.status_connecting)}</p> }.into_any()
            } else if kind == RoomKind::Walk {
                match goal {
                    Some(goal) => {
                        let agreed = Signal::derive(move || room.with(|r| r.agreed.get(&goal).copied()));
                        view! { <WalkAnswer scale agreed goal mine propose /> }.into_any()
                    }
                    None => view! { <p>{t!(i18n, live.wait_for_goal)}</p> }.into_any(),
                }
            } else {
                let goals: Vec<GoalNumber> = match goal {
                    Some(g) => vec![g],
                    None => GoalNumber::all().collect(),
                };
                view! {
                    {move || room.with(|r| r.revealed).then(|| view! { <p class="live-revealed">{t!(i18n, live.revealed)}</p> })}
                    <label class="check live-lead">
                        <input type="checkbox" prop:checked=move || lead.get()
                            on:change=move |ev| lead.set(event_target_checked(&ev)) />
                        " "{t!(i18n, live.lead)}
                    </label>
                    {goals.into_iter().map(|goal| view! {
                        <ScoreAnswer goal mine propose />
                        <Show when=move || lead.get()>
                            <LeadScore connection side goal />
                        </Show>
                    }).collect_view()}
                }
                .into_any()
            }
        }}
    }
}

/// An idea or reason is sent when its field is left; when the facilitator moves
/// on first, the field goes away without being left: what was typed is sent
/// then, with the answer, if the shared document does not hold it yet.
fn send_unsent_note(
    note: RwSignal<String>,
    propose: Callback<(GoalNumber, Answer, String)>,
    mine: Memo<Vec<Proposal>>,
    goal: GoalNumber,
    answer: impl Fn() -> Option<Answer> + Send + Sync + 'static,
) {
    on_cleanup(move || {
        let (Some(typed), Some(answer)) = (note.try_get_untracked(), answer()) else {
            return;
        };
        let sent = mine
            .try_with_untracked(|m| m.iter().find(|p| p.goal == goal).map(|p| p.note.clone()))
            .flatten()
            .unwrap_or_default();
        if !typed.split_whitespace().eq(sent.split_whitespace()) {
            propose.try_run((goal, answer, typed));
        }
    });
}

fn own(mine: Memo<Vec<Proposal>>, goal: GoalNumber) -> Option<Proposal> {
    mine.with(|m| m.iter().find(|p| p.goal == goal).cloned())
}

#[component]
fn GoalBanner(goal: GoalNumber) -> impl IntoView {
    let i18n = use_i18n();
    let lang = use_lang();
    view! {
        <h1 class="live-goal" style=goal_style(goal.goal())>
            <span class="goal-number" aria-hidden="true">{goal.get()}</span>
            <span>{move || sdg_heading(i18n, goal, lang.get())}</span>
        </h1>
    }
}

/// The walk-round: a level of the board's scale, and an idea if there is one.
#[component]
fn WalkAnswer(
    scale: Scale,
    agreed: Signal<Option<CircleLevel>>,
    goal: GoalNumber,
    mine: Memo<Vec<Proposal>>,
    propose: Callback<(GoalNumber, Answer, String)>,
) -> impl IntoView {
    let i18n = use_i18n();
    // This device is the only writer of its own answer: what it picked counts
    // at once, before the shared document says so (an idea typed right after
    // the level must go with it, however slow the phone).
    let picked = RwSignal::new(None::<CircleLevel>);
    let chosen = Memo::new(move |_| {
        picked
            .get()
            .or_else(|| own(mine, goal).and_then(|p| p.level_on(scale)))
    });
    let note = RwSignal::new(own(mine, goal).map(|p| p.note).unwrap_or_default());
    let choose = move |level: CircleLevel| {
        picked.set(Some(level));
        propose.run((goal, Answer::Level(level), note.get_untracked()))
    };
    send_unsent_note(note, propose, mine, goal, move || {
        chosen.try_get_untracked().flatten().map(Answer::Level)
    });
    view! {
        <GoalBanner goal />
        <fieldset class="live-choices">
            <legend>{t!(i18n, live.walk_question)}</legend>
            {scale.steps().iter().copied().map(|level| {
                let name = scale.step_name(level).map(|n| step_name(i18n, n)).unwrap_or_default();
                view! {
                    <label class="live-choice">
                        <input type="radio" name="live-level" prop:checked=move || chosen.get() == Some(level)
                            on:change=move |_| choose(level) />
                        <span class="mark">{level_mark(scale, Some(level))}</span>
                        <span>{name}</span>
                    </label>
                }
            }).collect_view()}
        </fieldset>
        <label class="live-note" for="live-idea">{t!(i18n, live.idea)}</label>
        <textarea id="live-idea" rows="3" maxlength="300"
            prop:value=move || note.get()
            on:input=move |ev| note.set(event_target_value(&ev))
            on:change=move |_| {
                if let Some(level) = chosen.get_untracked() {
                    choose(level);
                }
            }></textarea>
        {move || (chosen.get().is_none() && !note.get().is_empty()).then(|| view! {
            <p class="hint">{t!(i18n, live.idea_needs_level)}</p>
        })}
        {move || agreed.get().map(|l| view! {
            <p class="live-agreed">
                {t!(i18n, live.agreed)}" "<strong>{level_mark(scale, Some(l))}" · "
                {scale.step_name(l).map(|n| step_name(i18n, n)).unwrap_or_default()}</strong>
            </p>
        })}
    }
}

/// The index round: a score for the own municipality, how sure, and why.
#[component]
fn ScoreAnswer(
    goal: GoalNumber,
    mine: Memo<Vec<Proposal>>,
    propose: Callback<(GoalNumber, Answer, String)>,
) -> impl IntoView {
    let i18n = use_i18n();
    let current = Memo::new(move |_| own(mine, goal));
    // What this device picked counts at once, as in the walk-round.
    let picked = RwSignal::new(None::<(Score, Option<Confidence>)>);
    let answer = Memo::new(move |_| {
        picked.get().or_else(|| {
            current.with(|p| match p.as_ref().map(|p| p.answer) {
                Some(Answer::Score(s, c)) => Some((s, c)),
                _ => None,
            })
        })
    });
    let score = Memo::new(move |_| answer.get().map(|(s, _)| s));
    let confidence = Memo::new(move |_| answer.get().and_then(|(_, c)| c));
    let note = RwSignal::new(current.get_untracked().map(|p| p.note).unwrap_or_default());
    let send = move |s: Score, c: Option<Confidence>| {
        picked.set(Some((s, c)));
        propose.run((goal, Answer::Score(s, c), note.get_untracked()))
    };
    send_unsent_note(note, propose, mine, goal, move || {
        answer
            .try_get_untracked()
            .flatten()
            .map(|(s, c)| Answer::Score(s, c))
    });
    let group = format!("live-score-{}", goal.get());
    let sure = format!("live-sure-{}", goal.get());
    let reason = format!("live-reason-{}", goal.get());
    view! {
        <article class="live-score">
            <GoalBanner goal />
            <fieldset class="live-choices">
                <legend>{t!(i18n, live.score_question)}</legend>
                {Score::choices().map(|s| {
                    let group = group.clone();
                    view! {
                        <label class="live-choice">
                            <input type="radio" name=group prop:checked=move || score.get() == Some(s)
                                on:change=move |_| send(s, confidence.get_untracked()) />
                            <span>{score_text(i18n, s)}</span>
                        </label>
                    }
                }).collect_view()}
            </fieldset>
            <fieldset class="live-choices live-sure" disabled=move || score.get().is_none()>
                <legend>{t!(i18n, live.sure)}</legend>
                {Confidence::ALL.map(|c| {
                    let sure = sure.clone();
                    view! {
                        <label class="live-choice">
                            <input type="radio" name=sure prop:checked=move || confidence.get() == Some(c)
                                on:change=move |_| {
                                    if let Some(s) = score.get_untracked() {
                                        send(s, Some(c));
                                    }
                                } />
                            <span>{confidence_word(i18n, c)}</span>
                        </label>
                    }
                }).collect_view()}
            </fieldset>
            <label class="live-note" for=reason.clone()>{t!(i18n, live.reason)}</label>
            <textarea id=reason rows="2" maxlength="300"
                prop:value=move || note.get()
                on:input=move |ev| note.set(event_target_value(&ev))
                on:change=move |_| {
                    if let Some(s) = score.get_untracked() {
                        send(s, confidence.get_untracked());
                    }
                }></textarea>
        </article>
    }
}

/// A co-facilitator's device: what the wall shows of the current goal, read
/// only (the walk's spread, or each delegation's proposed scores).
#[component]
fn CoFacilitator(connection: LiveConnection) -> impl IntoView {
    let i18n = use_i18n();
    let snapshot = connection.snapshot;
    let room = Memo::new(move |_| snapshot.with(|s| s.room.clone()));
    let spread = Memo::new(move |_| {
        snapshot.with(|s| {
            (s.room.kind == RoomKind::Walk)
                .then_some(s.room.goal)
                .flatten()
                .map(|g| Spread::walk(s, g, s.room.scale))
        })
    });
    let scores = move |side: Side| {
        snapshot.with(|s| match (s.room.kind, s.room.goal) {
            (RoomKind::Index, Some(goal)) => ScoreSpread::of(s, side, goal)
                .scores
                .into_iter()
                .filter(|c| c.count > 0)
                .map(|c| format!("{}: {}", score_text(i18n, c.value), c.count))
                .collect::<Vec<_>>(),
            _ => Vec::new(),
        })
    };
    view! {
        <p class="eyebrow">{t!(i18n, live.co_title)}" · "{move || room.with(|r| r.title.clone())}</p>
        {move || room.with(|r| r.goal).map(|goal| view! { <GoalBanner goal /> })}
        <super::walk::WalkSpread spread=spread.into() scale=Signal::derive(move || room.with(|r| r.scale)) />
        <Show when=move || room.with(|r| r.kind == RoomKind::Index)>
            {Side::BOTH.map(|side| view! {
                <h2>{move || room.with(|r| r.partners[side as usize].clone())}</h2>
                <ul>{move || scores(side).into_iter().map(|line| view! { <li>{line}</li> }).collect_view()}</ul>
            }).collect_view()}
        </Show>
    }
}

/// The lead's choice of the delegation's score for a goal, from all choices.
#[component]
fn LeadScore(connection: LiveConnection, side: Side, goal: GoalNumber) -> impl IntoView {
    let i18n = use_i18n();
    let snapshot = connection.snapshot;
    let agreed =
        Memo::new(move |_| snapshot.with(|s| s.delegation(side).agreed.get(&goal).copied()));
    let id = format!("live-lead-{}", goal.get());
    view! {
        <div class="live-lead-score">
            <label for=id.clone()>{t!(i18n, live.lead_score)}</label>
            <select id=id on:change=move |ev| {
                let value = Score::from_code(&event_target_value(&ev)).and_then(|s| serde_json::to_value(s).ok());
                connection.write(Part::Delegation(side), "agreed", &goal.get().to_string(), value);
            }>
                <option value="" selected=move || agreed.get().is_none()>{t!(i18n, live.no_agreed)}</option>
                {Score::choices().map(|s| view! {
                    <option value=s.code() selected=move || agreed.get() == Some(s)>{score_text(i18n, s)}</option>
                }).collect_view()}
            </select>
        </div>
    }
}
