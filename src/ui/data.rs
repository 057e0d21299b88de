//! `/data`: export everything, and import a file with a preview first.

use super::banner::{export_all, export_csv};
use super::locale::use_lang;
use super::problem_text;
use super::problem_view::{DroppedItem, TechnicalDetails};
use crate::domain::file_format::RestoreError;
use crate::domain::import::{ImportPlan, PlanItem};
use crate::domain::merge::{Choice, Conflict};
use crate::domain::PartnershipId;
use crate::i18n::*;
use crate::state::use_store;
use leptos::prelude::*;
use std::collections::HashMap;
use std::sync::Arc;

#[component]
pub fn DataPage() -> impl IntoView {
    let i18n = use_i18n();
    let store = use_store();
    let lang = use_lang();
    view! {
        <section class="page data">
            <h1>{t!(i18n, data.title)}</h1>
            <p class="lead">{t!(i18n, data.intro)}</p>
            <section class="card" aria-labelledby="export-title">
                <h2 id="export-title">{t!(i18n, data.export_title)}</h2>
                <p>
                    {move || match store.last_export.get() {
                        Some(when) => {
                            let when = when.get(..16).unwrap_or(&when).replace('T', " ");
                            t!(i18n, data.last_export, when).into_any()
                        }
                        None => t!(i18n, data.never_exported).into_any(),
                    }}
                </p>
                <div class="actions">
                    <button class="button primary" on:click=move |_| export_all(store)>
                        {t!(i18n, data.export_all)}
                    </button>
                    <button class="button secondary" on:click=move |_| export_csv(store, None, lang.get_untracked())>
                        {t!(i18n, data.export_csv)}
                    </button>
                </div>
            </section>
            <Import />
        </section>
    }
}

/// What the import section shows. The plan holds every partnership of the
/// file: it is shared, never copied, between the preview and "apply".
#[derive(Clone)]
enum Stage {
    Idle,
    Failed(Failure),
    Preview { file: String, plan: Arc<ImportPlan> },
    Done,
}

/// Why nothing was imported.
#[derive(Clone)]
enum Failure {
    /// The file is not one the app can read.
    File(RestoreError),
    /// The browser could not read the file from the disk.
    NotRead,
    /// The plan could not be applied (the file and this browser disagree in a
    /// way the preview did not foresee): `detail` is the technical part.
    NotApplied { detail: String },
}

#[component]
fn Import() -> impl IntoView {
    let i18n = use_i18n();
    let store = use_store();
    let stage = RwSignal::new(Stage::Idle);
    let choices = RwSignal::new(HashMap::<PartnershipId, Vec<Choice>>::new());
    let on_file = move |ev: leptos::ev::Event| {
        let Some(file) = selected_file(&ev) else {
            return;
        };
        choices.set(HashMap::new());
        // Refuse big files before reading a byte of them.
        let size = file.size() as usize;
        if size > crate::domain::file_format::MAX_FILE_BYTES {
            stage.set(Stage::Failed(Failure::File(RestoreError::TooLarge {
                bytes: size,
            })));
            return;
        }
        leptos::task::spawn_local(async move {
            // Bytes, not `file.text()`: a JS string would be decoded to UTF-16 and
            // encoded back into wasm memory (≈ 12 ms per MB at 4x CPU); bytes are
            // one copy. Invalid UTF-8 is replaced, as `text()` does.
            let bytes = wasm_bindgen_futures::JsFuture::from(file.array_buffer()).await;
            let next = match bytes.ok() {
                None => Stage::Failed(Failure::NotRead),
                Some(buffer) => match store.plan_import(&String::from_utf8_lossy(
                    &js_sys::Uint8Array::new(&buffer).to_vec(),
                )) {
                    Ok(plan) => Stage::Preview {
                        file: file.name(),
                        plan: Arc::new(plan),
                    },
                    Err(e) => Stage::Failed(Failure::File(e)),
                },
            };
            stage.set(next);
        });
    };
    let apply = move |plan: &ImportPlan| {
        let chosen = choices.get_untracked();
        let pick = move |id: &PartnershipId| chosen.get(id).cloned().unwrap_or_default();
        match store.apply_import(plan, &pick) {
            Ok(()) => stage.set(Stage::Done),
            Err(detail) => stage.set(Stage::Failed(Failure::NotApplied { detail })),
        }
    };
    view! {
        <section class="card import" aria-labelledby="import-title">
            <h2 id="import-title">{t!(i18n, data.import_title)}</h2>
            <div class="field">
                <label for="import-file">{t!(i18n, data.import_label)}</label>
                <input id="import-file" type="file" accept=".json,application/json"
                    aria-describedby="import-hint" on:change=on_file />
                <p class="hint" id="import-hint">{t!(i18n, data.import_hint)}</p>
            </div>
            {move || match stage.get() {
                Stage::Idle => None,
                Stage::Done => Some(view! { <p class="status ok" role="status">"✓ "{t!(i18n, data.applied)}</p> }.into_any()),
                Stage::Failed(failure) => Some(view! { <ImportError failure /> }.into_any()),
                // A file that changes nothing offers no Import at all, only a way out.
                Stage::Preview { file, plan } if !plan.changes_anything() => Some(view! {
                    <Preview file plan=plan.clone() choices />
                    <div class="actions">
                        <button class="button secondary" on:click=move |_| stage.set(Stage::Idle)>
                            {t!(i18n, data.close_preview)}
                        </button>
                    </div>
                }.into_any()),
                Stage::Preview { file, plan } => Some(view! {
                    <Preview file plan=plan.clone() choices />
                    <div class="actions">
                        <button class="button primary" on:click={
                                let plan = plan.clone();
                                move |_| apply(&plan)
                            }>{t!(i18n, data.apply)}</button>
                        <button class="button secondary" on:click=move |_| stage.set(Stage::Idle)>
                            {t!(i18n, data.cancel)}
                        </button>
                    </div>
                }.into_any()),
            }}
        </section>
    }
}

fn selected_file(ev: &leptos::ev::Event) -> Option<web_sys::File> {
    use wasm_bindgen::JsCast;
    let input: web_sys::HtmlInputElement = ev.target()?.dyn_into().ok()?;
    let file = input.files()?.get(0);
    // Let the same file be chosen again after a fix.
    input.set_value("");
    file
}

#[component]
fn ImportError(failure: Failure) -> impl IntoView {
    let i18n = use_i18n();
    let (message, detail) = match failure {
        Failure::File(error) => {
            let detail = match &error {
                RestoreError::NotJson { detail, .. } => Some(detail.clone()),
                _ => None,
            };
            let message = move || problem_text::restore_error(&error, i18n.get_locale());
            (message.into_any(), detail)
        }
        Failure::NotRead => (t!(i18n, data.err_read).into_any(), None),
        Failure::NotApplied { detail } => (t!(i18n, data.apply_failed).into_any(), Some(detail)),
    };
    view! {
        <div class="banner warning import-error" role="alert">
            <p><strong>{t!(i18n, data.err_title)}</strong></p>
            <p>{message}</p>
            <p>{t!(i18n, data.err_unchanged)}</p>
            {detail.map(|detail| view! { <TechnicalDetails detail /> })}
        </div>
    }
}

#[component]
fn Preview(
    file: String,
    plan: Arc<ImportPlan>,
    choices: RwSignal<HashMap<PartnershipId, Vec<Choice>>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let dropped = plan.dropped.clone();
    view! {
        <section class="import-preview" aria-labelledby="preview-title">
            <h3 id="preview-title">{t!(i18n, data.preview_title)}</h3>
            <p>{t!(i18n, data.file, name = file.clone())}</p>
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
