//! The import's preview: what each file holds (when there are several), what
//! each partnership would become, and the choice for each value changed on
//! both sides.

use super::fill::fill;
use super::problem_text;
use super::problem_view::DroppedItem;
use crate::domain::file_format::RestoreError;
use crate::domain::import::{ImportPlan, PlanItem};
use crate::domain::merge::{Choice, Conflict};
use crate::domain::PartnershipId;
use crate::i18n::*;
use leptos::prelude::*;
use std::collections::HashMap;
use std::sync::Arc;

/// One file of several: how many partnerships it holds, or why not.
pub type FileLine = (String, Result<usize, RestoreError>);

#[component]
pub fn Preview(
    file: String,
    plan: Arc<ImportPlan>,
    files: Arc<Vec<FileLine>>,
    between: usize,
    choices: RwSignal<HashMap<PartnershipId, Vec<Choice>>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let dropped = plan.dropped.clone();
    let one_file = files.is_empty();
    view! {
        <section class="import-preview" aria-labelledby="preview-title">
            <h3 id="preview-title">{t!(i18n, data.preview_title)}</h3>
            {one_file.then(|| view! { <p>{t!(i18n, data.file, name = file.clone())}</p> })}
            {(!one_file).then(|| view! { <FileLines files between /> })}
            {(!plan.changes_anything()).then(|| {
                let nothing = match (plan.items.is_empty(), dropped.is_empty()) {
                    (true, false) => t!(i18n, data.nothing_valid).into_any(),
                    (true, true) => t!(i18n, data.no_partnerships).into_any(),
                    (false, _) => t!(i18n, data.nothing).into_any(),
                };
                view! { <p class="status" role="status">{nothing}</p> }
            })}
            <ul class="plan-items">
                {plan.items.iter().map(|item| plan_entry(item, choices)).collect_view()}
            </ul>
            {(!dropped.is_empty()).then(|| view! {
                <h4>{t!(i18n, data.dropped_title)}</h4>
                <ul class="dropped">
                    {dropped.into_iter().map(|dropped| view! { <DroppedItem dropped /> }).collect_view()}
                </ul>
            })}
        </section>
    }
}

/// Each of several files: what it holds, or why it is left out.
#[component]
fn FileLines(files: Arc<Vec<FileLine>>, between: usize) -> impl IntoView {
    let i18n = use_i18n();
    let line = move |(name, outcome): &FileLine| {
        let name = name.clone();
        match outcome {
            Ok(count) => {
                let count = *count;
                let text = move || match count {
                    1 => fill(t_string!(i18n, data.file_ok_one), &[("name", name.clone())]),
                    _ => fill(
                        t_string!(i18n, data.file_ok),
                        &[("name", name.clone()), ("count", count.to_string())],
                    ),
                };
                view! { <li class="file-ok">"✓ "{text}</li> }.into_any()
            }
            Err(error) => {
                let error = error.clone();
                view! {
                    <li class="file-bad">
                        <strong>"✗ "{move || fill(t_string!(i18n, data.file_bad), &[("name", name.clone())])}</strong>
                        " "{move || problem_text::restore_error(&error, i18n.get_locale())}
                    </li>
                }
                .into_any()
            }
        }
    };
    view! {
        <h4>{t!(i18n, data.files_title)}</h4>
        <ul class="file-lines">{files.iter().map(line).collect_view()}</ul>
        {(between > 0).then(|| view! {
            <p class="hint">{move || fill(t_string!(i18n, data.between_files), &[("count", between.to_string())])}</p>
        })}
    }
}

/// One line of the preview, from a plan item borrowed from the shared plan.
fn plan_entry(
    item: &PlanItem,
    choices: RwSignal<HashMap<PartnershipId, Vec<Choice>>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let name = item.name().to_owned();
    let id = item.id().clone();
    let (kind, details) = match item {
        PlanItem::New { .. } => (t!(i18n, data.new).into_any(), None),
        PlanItem::Unchanged { .. } => (t!(i18n, data.unchanged).into_any(), None),
        PlanItem::Update {
            additions,
            conflicts,
            ..
        } => (
            t!(i18n, data.update).into_any(),
            Some(view! {
                {(*additions > 0).then(|| view! { <p>{t!(i18n, data.additions, count = *additions)}</p> })}
                {(!conflicts.is_empty()).then(|| view! {
                    <h4>{t!(i18n, data.conflicts_title)}</h4>
                    {conflicts.iter().cloned().enumerate().map(|(i, c)| view! {
                        <ConflictChoice conflict=c index=i id=id.clone() choices />
                    }).collect_view()}
                })}
            }),
        ),
    };
    view! {
        <li class="plan-item">
            <p><span class="tag">{kind}</span>" "<strong>{name}</strong></p>
            {details}
        </li>
    }
}

fn show(v: &serde_json::Value) -> String {
    match v {
        serde_json::Value::String(s) => s.clone(),
        other => other.to_string(),
    }
}

#[component]
fn ConflictChoice(
    conflict: Conflict,
    index: usize,
    id: PartnershipId,
    choices: RwSignal<HashMap<PartnershipId, Vec<Choice>>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let group = format!("conflict-{id}-{index}");
    let (id_mine, id_theirs) = (id.clone(), id.clone());
    let current = move || {
        choices.with(|c| {
            c.get(&id)
                .and_then(|v| v.get(index).copied())
                .unwrap_or_default()
        })
    };
    let set = move |id: &PartnershipId, choice: Choice| {
        choices.update(|c| {
            let list = c.entry(id.clone()).or_default();
            if list.len() <= index {
                list.resize(index + 1, Choice::Mine);
            }
            list[index] = choice;
        })
    };
    let current_mine = current.clone();
    view! {
        <fieldset class="conflict">
            <legend>{conflict.describe_path()}</legend>
            <label>
                <input type="radio" name=group.clone() prop:checked=move || current_mine() == Choice::Mine
                    on:change=move |_| set(&id_mine, Choice::Mine) />
                " "{t!(i18n, data.mine)}": "<strong>{show(&conflict.mine)}</strong>
            </label>
            <label>
                <input type="radio" name=group prop:checked=move || current() == Choice::Theirs
                    on:change=move |_| set(&id_theirs, Choice::Theirs) />
                " "{t!(i18n, data.theirs)}": "<strong>{show(&conflict.theirs)}</strong>
            </label>
        </fieldset>
    }
}
