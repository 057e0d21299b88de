//! What ended live sessions kept: each participant's proposal beside the
//! agreed values, for the facilitator to read back and to forget. Never on
//! the wall (the projector hides it): names and a blind round's scores are
//! not for the room after the session.

use crate::domain::circle::Scale;
use crate::domain::live::{Answer, Exercise, KeptProposal, KeptSession};
use crate::domain::{GoalNumber, Partnership, PartnershipId, Side};
use crate::i18n::*;
use crate::state::use_store;
use crate::ui::circle::{level_mark, step_name};
use crate::ui::fill::fill;
use crate::ui::index::words::{confidence_word, score_text};
use leptos::prelude::*;
use leptos_i18n::I18nContext;

/// When a session ended, in this device's time: `2026-12-07 18:30`.
fn when(ended_at: &str) -> String {
    let date = js_sys::Date::new(&ended_at.into());
    if date.get_time().is_nan() {
        return ended_at
            .chars()
            .take(16)
            .collect::<String>()
            .replace('T', " ");
    }
    format!(
        "{:04}-{:02}-{:02} {:02}:{:02}",
        date.get_full_year(),
        date.get_month() + 1,
        date.get_date(),
        date.get_hours(),
        date.get_minutes()
    )
}

fn answer_text(i18n: I18nContext<Locale>, answer: Answer, scale: Scale) -> String {
    match answer {
        Answer::Level(l) => {
            let name = scale
                .step_name(l)
                .map(|n| step_name(i18n, n))
                .unwrap_or_default();
            format!("{} · {name}", level_mark(scale, Some(l)))
        }
        Answer::Score(s, None) => score_text(i18n, s),
        Answer::Score(s, Some(c)) => {
            format!("{} ({})", score_text(i18n, s), confidence_word(i18n, c))
        }
    }
}

/// The kept sessions of an exercise (`kept`); on a goal's page only that
/// goal's proposals.
#[component]
pub fn KeptProposals(
    pid: PartnershipId,
    kept: Signal<Vec<KeptSession>>,
    partners: Signal<[String; 2]>,
    #[prop(optional, into)] goal: Option<Signal<GoalNumber>>,
    #[prop(optional, into)] scale: Signal<Scale>,
) -> impl IntoView {
    let i18n = use_i18n();
    let pid = StoredValue::new(pid);
    let sessions = Memo::new(move |_| {
        let only = goal.map(|g| g.get());
        kept.with(|list| {
            list.iter()
                .map(|s| KeptSession {
                    proposals: s
                        .proposals
                        .iter()
                        .filter(|k| only.is_none_or(|g| k.goal == g))
                        .cloned()
                        .collect(),
                    ..s.clone()
                })
                .filter(|s| !s.proposals.is_empty())
                .collect::<Vec<_>>()
        })
    });
    move || {
        let list = sessions.get();
        (!list.is_empty()).then(|| {
            view! {
                <section class="kept-proposals" aria-labelledby="kept-title">
                    <h2 id="kept-title">{t!(i18n, live.kept_title)}</h2>
                    <p class="hint">{t!(i18n, live.kept_hint)}</p>
                    {list
                        .into_iter()
                        .map(|s| view! { <KeptSessionView session=s pid=pid.get_value() partners scale one_goal=goal.is_some() /> })
                        .collect_view()}
                </section>
            }
        })
    }
}

/// The kept sessions of `exercise` in `p`, oldest first.
pub fn kept_of(p: &Partnership, exercise: &Exercise) -> Vec<KeptSession> {
    p.kept_of(exercise).cloned().collect()
}

#[component]
fn KeptSessionView(
    session: KeptSession,
    pid: PartnershipId,
    partners: Signal<[String; 2]>,
    scale: Signal<Scale>,
    /// On a goal's page the goal goes without saying: one column less on a phone.
    one_goal: bool,
) -> impl IntoView {
    let i18n = use_i18n();
    let store = use_store();
    let when = when(&session.ended_at);
    let summary = fill(
        t_string!(i18n, live.kept_session),
        &[
            ("when", when.clone()),
            ("count", session.proposals.len().to_string()),
        ],
    );
    let id = session.id.clone();
    let forget = move |_| {
        let label = fill(t_string!(i18n, live.kept_label), &[("when", when.clone())]);
        store.forget_kept(&pid, &id, label);
    };
    let rows = session.proposals;
    view! {
        <details class="kept-session">
            <summary>{summary.clone()}</summary>
            // Focusable, so that a keyboard scrolls it on a phone, where the
            // table is wider than the screen.
            <div class="table-scroll" tabindex="0" role="group" aria-label=summary>
                <table class="kept-table">
                    <thead>
                        <tr>
                            {(!one_goal).then(|| view! { <th scope="col">{t!(i18n, live.kept_goal)}</th> })}
                            <th scope="col">{t!(i18n, live.kept_who)}</th>
                            <th scope="col">{t!(i18n, live.kept_proposal)}</th>
                        </tr>
                    </thead>
                    <tbody>
                        {rows.into_iter().map(|k| view! { <KeptRow kept=k partners scale one_goal /> }).collect_view()}
                    </tbody>
                </table>
            </div>
            <button type="button" class="button secondary" on:click=forget>
                {t!(i18n, live.kept_forget)}
            </button>
        </details>
    }
}

#[component]
fn KeptRow(
    kept: KeptProposal,
    partners: Signal<[String; 2]>,
    scale: Signal<Scale>,
    one_goal: bool,
) -> impl IntoView {
    let i18n = use_i18n();
    let side = kept.side;
    let name = if kept.name.is_empty() {
        t_string!(i18n, live.kept_anonymous).to_owned()
    } else {
        kept.name.clone()
    };
    view! {
        <tr>
            {(!one_goal).then(|| view! {
                <td class="kept-goal">{format!("{} {}", t_string!(i18n, circle.sdg), kept.goal.get())}</td>
            })}
            <td>{move || partners.with(|p| format!("{} · {name}", p[(side == Side::B) as usize]))}</td>
            // The idea or reason under the proposal, not beside it: a column
            // less, so the table fits a phone.
            <td>
                {move || answer_text(i18n, kept.answer, scale.get())}
                {(!kept.note.is_empty()).then(|| view! { <span class="kept-note">{kept.note.clone()}</span> })}
            </td>
        </tr>
    }
}
