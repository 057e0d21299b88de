//! Scoring one partner at a time: per goal a score (dialogue) or answers to the
//! round's statements (questionnaire), plus an optional confidence and rationale.

use super::words::{answer_word, confidence_word, fill, goal_label, maybe_score_text, score_text};
use super::RoundCtx;
use crate::domain::index::questionnaire::STATEMENT_MAX;
use crate::domain::index::{
    Answer, Computation, Confidence, GoalScore, Method, RemovedStatement, Score, Visibility,
    RATIONALE_MAX,
};
use crate::domain::GoalNumber;
use crate::i18n::*;
use crate::state::use_store;
use crate::ui::goals::goal_style;
use crate::ui::locale::use_lang;
use crate::ui::select_value::select_value;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// Editing the questionnaire, and the last removed statement for undo.
#[derive(Clone, Copy)]
struct EditCtx {
    editing: RwSignal<bool>,
    removed: RwSignal<Option<RemovedStatement>>,
}

#[component]
pub fn ScoringPanel(ctx: RoundCtx) -> impl IntoView {
    let i18n = ctx.i18n;
    let store = use_store();
    let edit = EditCtx {
        editing: RwSignal::new(false),
        removed: RwSignal::new(None),
    };
    let method = ctx.method;
    let blind = move || ctx.visibility.get() == Visibility::Blind;
    let scored = move || {
        let side = ctx.side.get();
        ctx.round
            .with(|r| r.as_ref().map_or(0, |r| r.scored_count(side)))
    };
    // Presentation clickers send PageUp/PageDown: move through the 17 goals.
    let handle = window_event_listener(leptos::ev::keydown, move |ev| {
        let forward = match ev.key().as_str() {
            "PageDown" => true,
            "PageUp" => false,
            _ => return,
        };
        if step_goal(forward) {
            ev.prevent_default();
        }
    });
    on_cleanup(move || handle.remove());
    let undo = move |_| {
        if let Some(removed) = edit.removed.get_untracked() {
            store.restore_statement(&ctx.pid.get_value(), &ctx.rid.get_value(), removed);
        }
        edit.removed.set(None);
    };
    view! {
        <section class="scoring" aria-labelledby="scoring-title">
            <h2 id="scoring-title">{t!(i18n, index.scoring.title)}</h2>
            <super::partner_tabs::PartnerTabs ctx />
            <Show when=blind>
                <p class="blind-note">
                    <span aria-hidden="true">"🙈 "</span>
                    {move || fill(t_string!(i18n, index.blind.only), &[("partner", (ctx.name(ctx.side.get())).to_string())])}
                </p>
            </Show>
            <p class="scored-count" role="status">
                {move || fill(t_string!(i18n, index.scoring.scored), &[("partner", (ctx.name(ctx.side.get())).to_string()), ("count", (scored()).to_string())])}
            </p>
            <Show when=move || method.get() == Method::Questionnaire>
                <div class="actions questionnaire-tools">
                    <button
                        type="button"
                        class="button secondary"
                        aria-pressed=move || edit.editing.get().to_string()
                        on:click=move |_| edit.editing.update(|e| *e = !*e)
                    >
                        {t!(i18n, index.questionnaire.edit)}
                    </button>
                    <p class="hint">{t!(i18n, index.questionnaire.shared_hint)}</p>
                    {move || edit.removed.get().map(|_| view! {
                        <div class="undo-bar" role="status">
                            <span>{t!(i18n, index.questionnaire.removed)}</span>
                            <button type="button" class="button" on:click=undo>{t!(i18n, undo.undo)}</button>
                        </div>
                    })}
                </div>
            </Show>
            <ol class="score-rows" aria-keyshortcuts="PageUp PageDown">
                {GoalNumber::all().map(|goal| view! { <ScoreRow ctx goal method edit /> }).collect_view()}
            </ol>
        </section>
    }
}

#[component]
fn ScoreRow(
    ctx: RoundCtx,
    goal: GoalNumber,
    method: ReadSignal<Method>,
    edit: EditCtx,
) -> impl IntoView {
    let lang = ctx.lang;
    let g = goal.goal();
    // One value for the score control and the notes of this goal, shared by both.
    let entry = ctx.shown_entry(goal);
    view! {
        <li class="score-row" style=goal_style(g)>
            <h3 class="goal-chip">
                <span class="chip-number">{goal.get()}</span>
                <span class="chip-title">{move || g.title(lang.get())}</span>
            </h3>
            <div class="score-main">
                {move || match method.get() {
                    Method::Dialogue => view! { <DialogueScore ctx goal entry /> }.into_any(),
                    Method::Questionnaire => view! { <QuestionnaireScore ctx goal edit /> }.into_any(),
                }}
            </div>
            <ScoreNotes ctx goal entry />
            <crate::ui::indicator::evidence::GoalEvidence indicators=ctx.indicators goal side=ctx.side.into() lang />
        </li>
    }
}

/// The hidden end of a control's name: "– 6 · Clean water and sanitation (Lommel)".
fn whose(ctx: RoundCtx, goal: GoalNumber) -> impl IntoView {
    let lang = ctx.lang;
    view! {
        <span class="visually-hidden">
            {move || format!(" – {} ({})", goal_label(goal, lang.get()), ctx.name(ctx.side.get()))}
        </span>
    }
}

#[component]
fn DialogueScore(
    ctx: RoundCtx,
    goal: GoalNumber,
    entry: ReadSignal<Option<GoalScore>>,
) -> impl IntoView {
    let i18n = ctx.i18n;
    let store = use_store();
    let id = format!("score-{goal}");
    // A memo, as the notes' values: the entry changes with them too.
    let current = Memo::new(move |_| entry.with(|e| e.as_ref().and_then(|e| e.score)));
    let on_change = move |ev| {
        let score = Score::from_code(&event_target_value(&ev));
        store.set_score(
            &ctx.pid.get_value(),
            &ctx.rid.get_value(),
            ctx.side.get_untracked(),
            goal,
            score,
        );
    };
    view! {
        <div class="field score-field">
            <label for=id.clone()>{t!(i18n, index.score.label)}{whose(ctx, goal)}</label>
            <select id=id use:select_value=Signal::derive(move || current.get().map(Score::code).unwrap_or_default()) on:change=on_change>
                <option value="">{move || maybe_score_text(i18n, None)}</option>
                // `selected` only for the first draw; `select_value` follows every change.
                {Score::choices().map(|s| view! {
                    <option value=s.code() selected=current.get_untracked() == Some(s)>
                        {move || score_text(i18n, s)}
                    </option>
                }).collect_view()}
            </select>
        </div>
    }
}

#[component]
fn QuestionnaireScore(ctx: RoundCtx, goal: GoalNumber, edit: EditCtx) -> impl IntoView {
    let i18n = ctx.i18n;
    let statements = move || {
        ctx.round.with(|r| {
            r.as_ref()
                .map(|r| r.statements(goal).map(|s| s.id.clone()).collect::<Vec<_>>())
                .unwrap_or_default()
        })
    };
    let computation = Memo::new(move |_| {
        let side = ctx.side.get();
        ctx.round
            .with(|r| r.as_ref().map(|r| r.computation(side, goal)))
    });
    view! {
        <ul class="statements">
            <For each=statements key=|id| id.clone() let:sid>
                <StatementRow ctx goal sid edit />
            </For>
        </ul>
        <Show when=move || edit.editing.get()>
            <AddStatement ctx goal />
        </Show>
        <p class="computed">
            <strong>{t!(i18n, index.questionnaire.result)}": "</strong>
            {move || maybe_score_text(i18n, computation.get().and_then(|c| c.score))}
            {move || computation.get().and_then(|c| how(i18n, &c)).map(|h| view! {
                <span class="how">" — "{h}</span>
            })}
        </p>
    }
}

/// "(5 + 4) / 2 = 4.5 → 5", plus how many answers did not count.
fn how(i18n: super::words::I18n, c: &Computation) -> Option<String> {
    let tenths = c.mean_tenths?;
    let sum = c
        .values
        .iter()
        .map(|v| v.to_string())
        .collect::<Vec<_>>()
        .join(" + ");
    let level = c.score?.level()?;
    let n = c.values.len();
    let expr = if n == 1 {
        format!("{sum} / 1")
    } else {
        format!("({sum}) / {n}")
    };
    let mut out = format!("{expr} = {}.{} → {}", tenths / 10, tenths % 10, level.get());
    if c.skipped > 0 {
        out.push_str(&format!(
            "; {}: {}",
            t_string!(i18n, index.questionnaire.skipped),
            c.skipped
        ));
    }
    Some(out)
}

#[component]
fn StatementRow(ctx: RoundCtx, goal: GoalNumber, sid: String, edit: EditCtx) -> impl IntoView {
    let i18n = ctx.i18n;
    let store = use_store();
    let lang = ctx.lang;
    let sid = StoredValue::new(sid);
    let text = move || {
        let l = lang.get();
        ctx.round.with(|r| {
            r.as_ref()
                .and_then(|r| r.questionnaire.iter().find(|s| s.id == sid.get_value()))
                .map(|s| s.text.get(l).to_owned())
                .unwrap_or_default()
        })
    };
    // A memo, so answering one statement leaves the others' selects alone.
    let answer = Memo::new(move |_| {
        let side = ctx.side.get();
        ctx.round
            .with(|r| r.as_ref().and_then(|r| r.answer(side, &sid.get_value())))
    });
    let answer = move || answer.get();
    let text_id = format!("stmt-{}-{}", goal, sid.get_value());
    let labelled = text_id.clone();
    let set_answer = move |ev| {
        let a = Answer::from_code(&event_target_value(&ev));
        store.set_answer(
            &ctx.pid.get_value(),
            &ctx.rid.get_value(),
            ctx.side.get_untracked(),
            &sid.get_value(),
            a,
        );
    };
    let error = RwSignal::new(None);
    let save_text = move |ev| {
        let result = store.edit_statement(
            &ctx.pid.get_value(),
            &ctx.rid.get_value(),
            &sid.get_value(),
            &event_target_value(&ev),
            lang.get_untracked(),
        );
        error.set(result.err());
    };
    let remove = move |_| {
        let removed =
            store.remove_statement(&ctx.pid.get_value(), &ctx.rid.get_value(), &sid.get_value());
        edit.removed.set(removed);
    };
    view! {
        <li class="statement">
            // Always there: it names the answer select, also while the text is being edited.
            <span class="statement-text" class:visually-hidden=move || edit.editing.get() id=text_id>{text}</span>
            <Show when=move || edit.editing.get()>
                <div class="field statement-edit">
                    <label>
                        <span class="visually-hidden">{t!(i18n, index.questionnaire.statement)}" "</span>
                        <textarea
                            rows="2"
                            maxlength=STATEMENT_MAX.to_string()
                            prop:value=text
                            on:change=save_text
                        ></textarea>
                    </label>
                    <p class="error">{move || error.get().map(|e| crate::ui::partnership_form::error_text(&e))}</p>
                </div>
                <button type="button" class="button danger" on:click=remove>
                    {t!(i18n, index.questionnaire.remove)}
                    <span class="visually-hidden">": "{text}</span>
                </button>
            </Show>
            <select
                class="answer"
                aria-labelledby=labelled
                prop:value=move || answer().map(|a| a.code()).unwrap_or_default()
                on:change=set_answer
            >
                <option value="">{t!(i18n, index.answer.none)}</option>
                {Answer::ALL.into_iter().map(|a| view! {
                    <option value=a.code() selected=move || answer() == Some(a)>{move || answer_word(i18n, a)}</option>
                }).collect_view()}
            </select>
        </li>
    }
}

#[component]
fn AddStatement(ctx: RoundCtx, goal: GoalNumber) -> impl IntoView {
    let i18n = ctx.i18n;
    let store = use_store();
    let text = RwSignal::new(String::new());
    let error = RwSignal::new(None);
    let id = format!("add-stmt-{goal}");
    let add = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        match store.add_statement(
            &ctx.pid.get_value(),
            &ctx.rid.get_value(),
            goal,
            &text.get_untracked(),
        ) {
            Ok(()) => {
                text.set(String::new());
                error.set(None);
            }
            Err(e) => error.set(Some(e)),
        }
    };
    view! {
        <form class="add-statement" on:submit=add>
            <div class="field">
                <label for=id.clone()>{t!(i18n, index.questionnaire.add_label)}{whose_goal(goal)}</label>
                <input
                    id=id
                    type="text"
                    maxlength=STATEMENT_MAX.to_string()
                    prop:value=move || text.get()
                    on:input=move |ev| text.set(event_target_value(&ev))
                />
                <p class="error">{move || error.get().map(|e| crate::ui::partnership_form::error_text(&e))}</p>
            </div>
            <button type="submit" class="button secondary">{t!(i18n, index.questionnaire.add)}</button>
        </form>
    }
}

fn whose_goal(goal: GoalNumber) -> impl IntoView {
    let lang = use_lang();
    view! { <span class="visually-hidden">{move || format!(" – {}", goal_label(goal, lang.get()))}</span> }
}

/// Confidence and rationale: optional, for either method.
#[component]
fn ScoreNotes(
    ctx: RoundCtx,
    goal: GoalNumber,
    entry: ReadSignal<Option<GoalScore>>,
) -> impl IntoView {
    let i18n = ctx.i18n;
    let store = use_store();
    // Memos: the entry changes with the goal's score too, which must not
    // write these controls again.
    let confidence = Memo::new(move |_| entry.with(|e| e.as_ref().and_then(|e| e.confidence)));
    let rationale = Memo::new(move |_| {
        entry.with(|e| e.as_ref().map(|e| e.rationale.clone()).unwrap_or_default())
    });
    let error = RwSignal::new(None);
    let (cid, rid) = (format!("confidence-{goal}"), format!("rationale-{goal}"));
    view! {
        <div class="score-notes">
            <div class="field">
                <label for=cid.clone()>{t!(i18n, index.confidence.label)}{whose(ctx, goal)}</label>
                <select
                    id=cid
                    use:select_value=Signal::derive(move || confidence.get().map(|c| c.code()).unwrap_or_default().to_owned())
                    on:change=move |ev| store.set_confidence(
                        &ctx.pid.get_value(),
                        &ctx.rid.get_value(),
                        ctx.side.get_untracked(),
                        goal,
                        Confidence::from_code(&event_target_value(&ev)),
                    )
                >
                    <option value="">"—"</option>
                    {Confidence::ALL.into_iter().map(|c| view! {
                        <option value=c.code() selected=confidence.get_untracked() == Some(c)>
                            {move || confidence_word(i18n, c)}
                        </option>
                    }).collect_view()}
                </select>
            </div>
            <div class="field rationale">
                <label for=rid.clone()>{t!(i18n, index.rationale.label)}{whose(ctx, goal)}</label>
                <input
                    id=rid
                    type="text"
                    maxlength=RATIONALE_MAX.to_string()
                    prop:value=rationale
                    on:change=move |ev| error.set(store.set_rationale(
                        &ctx.pid.get_value(),
                        &ctx.rid.get_value(),
                        ctx.side.get_untracked(),
                        goal,
                        &event_target_value(&ev),
                    ).err())
                />
                <p class="error">{move || error.get().map(|e| crate::ui::partnership_form::error_text(&e))}</p>
            </div>
        </div>
    }
}

/// Moves focus to the first control of the next (or previous) goal's row, from
/// the row that holds focus now (or from the top). True when it moved.
fn step_goal(forward: bool) -> bool {
    let document = document();
    let Ok(rows) = document.query_selector_all(".score-rows > .score-row") else {
        return false;
    };
    let rows: Vec<web_sys::Element> = (0..rows.length())
        .filter_map(|i| {
            rows.item(i)
                .and_then(|n| n.dyn_into::<web_sys::Element>().ok())
        })
        .collect();
    let here = document
        .active_element()
        .and_then(|el| el.closest(".score-row").ok().flatten())
        .and_then(|row| rows.iter().position(|r| *r == row));
    let next = match (here, forward) {
        (None, true) => 0,
        (None, false) => rows.len().saturating_sub(1),
        (Some(i), true) => (i + 1).min(rows.len().saturating_sub(1)),
        (Some(i), false) => i.saturating_sub(1),
    };
    let Some(row) = rows.get(next) else {
        return false;
    };
    let target = row
        .query_selector("select, input, button, textarea")
        .ok()
        .flatten()
        .and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok());
    match target {
        Some(el) => {
            row.scroll_into_view();
            el.focus().is_ok()
        }
        None => false,
    }
}
