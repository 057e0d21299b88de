//! Making and changing a programme: its name and which of this device's
//! partnerships it follows; and, after a many-file import, one click to make
//! a programme of what came in.

use crate::domain::programme::{Programme, ProgrammeDraft, ProgrammeError};
use crate::domain::text::NAME_MAX;
use crate::domain::{PartnershipId, Shelf};
use crate::i18n::*;
use crate::routes::Route;
use crate::state::programmes::Programmes;
use crate::state::use_store;
use crate::ui::partnership_form::error_text;
use leptos::prelude::*;
use leptos_router::hooks::use_navigate;

fn problem_text(error: &ProgrammeError) -> AnyView {
    let i18n = use_i18n();
    match error {
        ProgrammeError::Name(e) => error_text(e),
        ProgrammeError::NoPartnership => t!(i18n, programme.err_none).into_any(),
    }
}

/// A new programme (`editing` is `None`), or changes to one; `on_saved` runs
/// once a change is kept. A new one may start with partnerships `chosen`
/// (those a many-file import brought in), and then takes the focus.
#[component]
pub fn ProgrammeForm(
    programmes: Programmes,
    editing: Option<Programme>,
    #[prop(optional)] on_saved: Option<Callback<()>>,
    #[prop(optional)] chosen: Vec<PartnershipId>,
    /// Opened by a click ("New programme"): the name takes the focus.
    #[prop(optional)]
    focus: bool,
) -> impl IntoView {
    let i18n = use_i18n();
    let store = use_store();
    // The list's summaries: no partnership is read from storage to choose it.
    let summaries = Memo::new(move |_| store.workspace.with(Shelf::summaries));
    let prefix = if editing.is_some() { "edit" } else { "new" };
    let focus = focus || !chosen.is_empty();
    let draft = RwSignal::new(
        editing
            .as_ref()
            .map(ProgrammeDraft::of)
            .unwrap_or(ProgrammeDraft {
                name: String::new(),
                partnerships: chosen,
            }),
    );
    let error = RwSignal::new(None::<ProgrammeError>);
    // Arrived from an import with the partnerships chosen: the name is what is left.
    let name_input = NodeRef::<leptos::html::Input>::new();
    if focus {
        Effect::new(move |_| {
            if let Some(input) = name_input.get() {
                let _ = input.focus();
            }
        });
    }
    let editing_id = StoredValue::new(editing.as_ref().map(|p| p.id.clone()));
    let navigate = use_navigate();
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let d = draft.get_untracked();
        match editing_id.get_value() {
            Some(id) => match programmes.edit(&id, &d) {
                Ok(kept) => {
                    error.set(None);
                    if kept {
                        if let Some(done) = on_saved {
                            done.run(());
                        }
                    }
                }
                Err(e) => error.set(Some(e)),
            },
            None => match programmes.create(&d) {
                Ok(Some(id)) => navigate(&Route::Programme(id).href(), Default::default()),
                Ok(None) => error.set(None),
                Err(e) => error.set(Some(e)),
            },
        }
    };
    let name_error = move || {
        error.with(|e| match e {
            Some(e @ ProgrammeError::Name(_)) => Some(problem_text(e)),
            _ => None,
        })
    };
    let list_error = move || {
        error.with(|e| match e {
            Some(e @ ProgrammeError::NoPartnership) => Some(problem_text(e)),
            _ => None,
        })
    };
    let all = move |_| {
        draft.update(|d| {
            d.partnerships = summaries.with(|s| s.iter().map(|s| s.id.clone()).collect())
        })
    };
    let title = if editing.is_some() {
        t!(i18n, programme.edit_title).into_any()
    } else {
        t!(i18n, programme.new_title).into_any()
    };
    view! {
        <form class="card programme-form" on:submit=submit aria-labelledby=format!("{prefix}-programme-title")>
            <h2 id=format!("{prefix}-programme-title")>{title}</h2>
            <div class="field">
                <label for=format!("{prefix}-programme-name")>{t!(i18n, programme.name)}</label>
                <input id=format!("{prefix}-programme-name") type="text" maxlength=NAME_MAX.to_string() node_ref=name_input
                    aria-describedby=format!("{prefix}-programme-hint {prefix}-programme-name-error")
                    prop:value=move || draft.with(|d| d.name.clone())
                    on:input=move |ev| draft.update(|d| d.name = event_target_value(&ev)) />
                <p class="hint" id=format!("{prefix}-programme-hint")>{t!(i18n, programme.name_hint)}</p>
                <p class="error" id=format!("{prefix}-programme-name-error")>{name_error}</p>
            </div>
            <fieldset class="programme-members" aria-describedby=format!("{prefix}-programme-list-error")>
                <legend>{t!(i18n, programme.choose)}</legend>
                {move || summaries.with(|s| s.is_empty()).then(|| view! {
                    <p class="empty">{t!(i18n, programme.no_partnerships)}</p>
                })}
                <ul class="member-choices">
                    <For each=move || summaries.get() key=|s| s.id.clone() let:summary>
                        <MemberChoice draft id=summary.id.clone() name=summary.name.clone() prefix />
                    </For>
                </ul>
                <p class="error" id=format!("{prefix}-programme-list-error")>{list_error}</p>
                <button type="button" class="button secondary" on:click=all>{t!(i18n, programme.choose_all)}</button>
            </fieldset>
            <button type="submit" class="button primary">
                {if editing_id.with_value(Option::is_some) {
                    t!(i18n, programme.save).into_any()
                } else {
                    t!(i18n, programme.create).into_any()
                }}
            </button>
        </form>
    }
}

#[component]
fn MemberChoice(
    draft: RwSignal<ProgrammeDraft>,
    id: PartnershipId,
    name: String,
    prefix: &'static str,
) -> impl IntoView {
    let input_id = format!("{prefix}-member-{id}");
    let label_for = input_id.clone();
    let id = StoredValue::new(id);
    view! {
        <li>
            <label class="check" for=label_for>
                <input type="checkbox" id=input_id
                    prop:checked=move || draft.with(|d| id.with_value(|id| d.partnerships.contains(id)))
                    on:change=move |_| draft.update(|d| id.with_value(|id| d.toggle(id))) />
                " "{name}
            </label>
        </li>
    }
}
