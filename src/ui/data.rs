//! `/data`: export everything, and import a file with a preview first.

use super::banner::{export_all, export_csv};
use super::fill::fill;
use super::import_preview::{FileLine, Preview};
use super::locale::use_lang;
use super::problem_text;
use super::problem_view::TechnicalDetails;
use crate::domain::file_format::RestoreError;
use crate::domain::import::ImportPlan;
use crate::domain::merge::Choice;
use crate::domain::PartnershipId;
use crate::i18n::*;
use crate::routes::Route;
use crate::state::use_store;
use leptos::prelude::*;
use leptos_router::components::A;
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
            <p class="programme-link">
                <A href=Route::Programmes.href()>{t!(i18n, programme.open)}" →"</A>
            </p>
        </section>
    }
}

/// What the import section shows. The plan holds every partnership of the
/// files: it is shared, never copied, between the preview and "apply".
#[derive(Clone)]
enum Stage {
    Idle,
    Failed(Failure),
    Preview {
        file: String,
        plan: Arc<ImportPlan>,
        /// Several files at once: each one's outcome, and how many values
        /// two of them disagree on.
        files: Arc<Vec<FileLine>>,
        between: usize,
    },
    /// Done: the partnerships the files held, for a programme of them.
    Done(Vec<PartnershipId>),
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
    /// More files at once than [`MAX_FILES`].
    TooManyFiles(usize),
    /// A folder without a JSON file in it.
    NoJson,
}

/// The input that chooses a folder (`webkitdirectory`, in every browser now).
const FOLDER_INPUT: &str = "import-folder";

/// A coordinator's folder of partnership files; more is surely the wrong folder.
const MAX_FILES: usize = 200;

/// A file's text, read as bytes: a JS string would be decoded to UTF-16 and
/// encoded back into wasm memory (≈ 12 ms per MB at 4x CPU); bytes are one
/// copy. Invalid UTF-8 is replaced, as `text()` does. Big files are refused
/// before a byte of them is read.
async fn read_text(file: &web_sys::File) -> Result<String, Failure> {
    let size = file.size() as usize;
    if size > crate::domain::file_format::MAX_FILE_BYTES {
        return Err(Failure::File(RestoreError::TooLarge { bytes: size }));
    }
    let bytes = wasm_bindgen_futures::JsFuture::from(file.array_buffer())
        .await
        .map_err(|_| Failure::NotRead)?;
    Ok(String::from_utf8_lossy(&js_sys::Uint8Array::new(&bytes).to_vec()).into_owned())
}

#[component]
fn Import() -> impl IntoView {
    let i18n = use_i18n();
    let store = use_store();
    let stage = RwSignal::new(Stage::Idle);
    let choices = RwSignal::new(HashMap::<PartnershipId, Vec<Choice>>::new());
    let on_files = move |ev: leptos::ev::Event| {
        let files = selected_files(&ev);
        choices.set(HashMap::new());
        match files.len() {
            0 if folder_chosen(&ev) => stage.set(Stage::Failed(Failure::NoJson)),
            0 => {}
            n if n > MAX_FILES => stage.set(Stage::Failed(Failure::TooManyFiles(n))),
            1 => leptos::task::spawn_local(async move {
                let file = &files[0];
                let next = match read_text(file).await {
                    Err(failure) => Stage::Failed(failure),
                    Ok(text) => match store.plan_import(&text) {
                        Ok(plan) => Stage::Preview {
                            file: file.name(),
                            plan: Arc::new(plan),
                            files: Arc::new(Vec::new()),
                            between: 0,
                        },
                        Err(e) => Stage::Failed(Failure::File(e)),
                    },
                };
                stage.set(next);
            }),
            _ => leptos::task::spawn_local(async move {
                let mut texts = Vec::new();
                let mut unread = Vec::new();
                for file in &files {
                    match read_text(file).await {
                        Ok(text) => texts.push((file.name(), text)),
                        Err(Failure::File(e)) => unread.push((file.name(), e)),
                        Err(_) => unread.push((file.name(), RestoreError::Empty)),
                    }
                }
                let planned = store.plan_import_files(&texts);
                let mut lines = planned.files;
                lines.extend(unread.into_iter().map(|(name, e)| (name, Err(e))));
                stage.set(Stage::Preview {
                    file: String::new(),
                    plan: Arc::new(planned.plan),
                    files: Arc::new(lines),
                    between: planned.between_files,
                });
            }),
        }
    };
    let apply = move |plan: &ImportPlan| {
        let chosen = choices.get_untracked();
        let pick = move |id: &PartnershipId| chosen.get(id).cloned().unwrap_or_default();
        match store.apply_import(plan, &pick) {
            Ok(()) => stage.set(Stage::Done(
                plan.items.iter().map(|i| i.id().clone()).collect(),
            )),
            Err(detail) => stage.set(Stage::Failed(Failure::NotApplied { detail })),
        }
    };
    view! {
        <section class="card import" aria-labelledby="import-title">
            <h2 id="import-title">{t!(i18n, data.import_title)}</h2>
            <div class="field">
                <label for="import-file">{t!(i18n, data.import_label)}</label>
                <input id="import-file" type="file" accept=".json,application/json" multiple
                    aria-describedby="import-hint" on:change=on_files />
                <p class="hint" id="import-hint">{t!(i18n, data.import_hint)}</p>
            </div>
            <div class="field">
                <label for=FOLDER_INPUT>{t!(i18n, data.import_folder)}</label>
                <input id=FOLDER_INPUT type="file" prop:webkitdirectory=true on:change=on_files />
            </div>
            {move || match stage.get() {
                Stage::Idle => None,
                Stage::Done(ids) => Some(view! {
                    <p class="status ok" role="status">"✓ "{t!(i18n, data.applied)}</p>
                    {(ids.len() > 1).then(|| {
                        let count = ids.len().to_string();
                        let ids: Vec<&str> = ids.iter().map(|id| id.as_str()).collect();
                        let href = format!("{}?{}={}", Route::Programmes.href(), crate::ui::programme::WITH, ids.join(","));
                        view! {
                            <p class="make-programme">
                                <A href=href>{move || fill(t_string!(i18n, programme.make_from_import), &[("count", count.clone())])}" →"</A>
                            </p>
                        }
                    })}
                }.into_any()),
                Stage::Failed(failure) => Some(view! { <ImportError failure /> }.into_any()),
                // A file that changes nothing offers no Import at all, only a way out.
                Stage::Preview { file, plan, files, between } if !plan.changes_anything() => Some(view! {
                    <Preview file plan=plan.clone() files between choices />
                    <div class="actions">
                        <button class="button secondary" on:click=move |_| stage.set(Stage::Idle)>
                            {t!(i18n, data.close_preview)}
                        </button>
                    </div>
                }.into_any()),
                Stage::Preview { file, plan, files, between } => Some(view! {
                    <Preview file plan=plan.clone() files between choices />
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

fn input_of(ev: &leptos::ev::Event) -> Option<web_sys::HtmlInputElement> {
    use wasm_bindgen::JsCast;
    ev.target()?.dyn_into().ok()
}

fn folder_chosen(ev: &leptos::ev::Event) -> bool {
    input_of(ev).is_some_and(|i| i.id() == FOLDER_INPUT)
}

/// The chosen files; from a folder, only its JSON files.
fn selected_files(ev: &leptos::ev::Event) -> Vec<web_sys::File> {
    let Some(input) = input_of(ev) else {
        return Vec::new();
    };
    let folder = input.id() == FOLDER_INPUT;
    let mut out = Vec::new();
    if let Some(list) = input.files() {
        for at in 0..list.length() {
            if let Some(file) = list.get(at) {
                if !folder || file.name().to_lowercase().ends_with(".json") {
                    out.push(file);
                }
            }
        }
    }
    // Let the same files be chosen again after a fix.
    input.set_value("");
    out
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
        Failure::TooManyFiles(count) => {
            let text = move || {
                fill(
                    t_string!(i18n, data.too_many_files),
                    &[("count", count.to_string()), ("max", MAX_FILES.to_string())],
                )
            };
            (text.into_any(), None)
        }
        Failure::NoJson => (t!(i18n, data.no_json_in_folder).into_any(), None),
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
