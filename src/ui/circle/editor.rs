//! One goal's fields on a board: level, reach, how, ideas, opportunity.
//! Shared by the board's side panel and the walk-round. Every change is
//! sent to the store at once (autosaved).

use super::{level_mark, level_text, step_name};
use crate::domain::circle::{CircleBoard, Level, Reach};
use crate::domain::{GoalNumber, PartnershipId};
use crate::i18n::*;
use crate::state::use_store;
use leptos::prelude::*;

#[component]
pub fn GoalEditor(
    pid: PartnershipId,
    board: Signal<CircleBoard>,
    goal: Signal<GoalNumber>,
    /// Prefix for element ids, unique on the page.
    id_prefix: &'static str,
) -> impl IntoView {
    let i18n = use_i18n();
    let store = use_store();
    let pid = StoredValue::new(pid);
    let board_id = move || board.with_untracked(|b| b.id.clone());
    let entry = move || board.with(|b| b.entry(goal.get()).clone());
    let scale = move || board.with(|b| b.scale);
    let set_level = move |level: Option<Level>| {
        store.set_board_level(&pid.get_value(), &board_id(), goal.get_untracked(), level);
    };
    let set_reach = move |f: fn(&mut Reach, bool), on: bool| {
        let mut reach = board.with_untracked(|b| b.entry(goal.get_untracked()).reach);
        f(&mut reach, on);
        store.set_board_reach(&pid.get_value(), &board_id(), goal.get_untracked(), reach);
    };
    let radio_name = move || format!("{id_prefix}-level-{}", goal.get());
    let option = move |level: Option<Level>| {
        let text = move || match level {
            None => t_string!(i18n, circle.not_discussed).to_owned(),
            Some(l) => scale()
                .step_name(l)
                .map(|n| step_name(i18n, n))
                .unwrap_or_default()
                .to_owned(),
        };
        let mark = move || level_mark(scale(), level);
        // The key hint only where it is not already the mark ("0" is "0").
        let key = move || {
            let key = match level {
                None => t_string!(i18n, circle.del_key).to_owned(),
                Some(l) => scale().key_for(l).map(String::from).unwrap_or_default(),
            };
            (key != mark()).then(|| view! { {key} })
        };
        view! {
            <label class="level-option" class:not-discussed=level.is_none()>
                <input
                    type="radio"
                    name=radio_name
                    prop:checked=move || entry().level == level
                    on:change=move |_| set_level(level)
                />
                <span class="level-mark" aria-hidden="true">{mark}</span>
                <span class="level-text">{text}</span>
                <kbd class="level-key" aria-hidden="true">{key}</kbd>
            </label>
        }
    };
    let reach_box =
        move |label: &'static str, get: fn(&Reach) -> bool, put: fn(&mut Reach, bool)| {
            view! {
                <label class="check">
                    <input
                        type="checkbox"
                        prop:checked=move || get(&entry().reach)
                        on:change=move |ev| set_reach(put, event_target_checked(&ev))
                    />
                    <span>{label}</span>
                </label>
            }
        };
    let how_id = move || format!("{id_prefix}-how");
    let ideas_id = move || format!("{id_prefix}-ideas");
    view! {
        <div class="goal-editor">
            <fieldset class="levels">
                <legend>
                    {t!(i18n, circle.level)}
                    <span class="visually-hidden">": "{move || level_text(i18n, scale(), entry().level)}</span>
                </legend>
                <div class="level-options">
                    {move || {
                        let steps = scale().steps().iter().rev().map(|l| Some(*l));
                        std::iter::once(None).chain(steps).map(option).collect_view()
                    }}
                </div>
            </fieldset>
            <fieldset class="reach">
                <legend>{t!(i18n, circle.reach)}</legend>
                {move || view! {
                    {reach_box(t_string!(i18n, circle.internal), |r| r.internal, |r, on| r.internal = on)}
                    {reach_box(t_string!(i18n, circle.local), |r| r.local, |r, on| r.local = on)}
                    {reach_box(t_string!(i18n, circle.global), |r| r.global, |r, on| r.global = on)}
                }}
            </fieldset>
            <div class="field">
                <label for=how_id>{t!(i18n, circle.how)}</label>
                <textarea
                    id=how_id
                    rows="3"
                    prop:value=move || entry().how
                    on:input=move |ev| store.set_board_how(&pid.get_value(), &board_id(), goal.get_untracked(), &event_target_value(&ev))
                ></textarea>
            </div>
            <div class="field">
                <label for=ideas_id>{t!(i18n, circle.ideas_long)}</label>
                <textarea
                    id=ideas_id
                    rows="3"
                    prop:value=move || entry().ideas
                    on:input=move |ev| store.set_board_ideas(&pid.get_value(), &board_id(), goal.get_untracked(), &event_target_value(&ev))
                ></textarea>
            </div>
            <label class="check opportunity">
                <input
                    type="checkbox"
                    prop:checked=move || entry().opportunity
                    on:change=move |ev| store.set_board_opportunity(&pid.get_value(), &board_id(), goal.get_untracked(), event_target_checked(&ev))
                />
                <span>{t!(i18n, circle.opportunity)}</span>
            </label>
        </div>
    }
}
