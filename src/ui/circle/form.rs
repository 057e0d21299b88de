//! The subject fields of a board (name, description, period, date, who took
//! part), shared by the new-board form and the board's "edit details".

use crate::domain::circle::BoardDraft;
use crate::domain::text::{TextError, NAME_MAX};
use crate::i18n::*;
use crate::ui::partnership_form::error_text;
use leptos::prelude::*;

#[component]
pub fn SubjectFields(
    draft: RwSignal<BoardDraft>,
    error: RwSignal<Option<TextError>>,
    id_prefix: &'static str,
) -> impl IntoView {
    let i18n = use_i18n();
    let id = move |part: &str| format!("{id_prefix}-{part}");
    let text_field = move |id: String,
                           label: String,
                           get: fn(&BoardDraft) -> String,
                           put: fn(&mut BoardDraft, String),
                           kind: &'static str| {
        view! {
            <div class="field">
                <label for=id.clone()>{label}</label>
                <input id=id type=kind
                    prop:value=move || draft.with(get)
                    on:input=move |ev| draft.update(|d| put(d, event_target_value(&ev)))
                />
            </div>
        }
    };
    view! {
        <div class="field">
            <label for=id("name")>{t!(i18n, circle.subject_name)}</label>
            <input
                id=id("name")
                type="text"
                aria-required="true"
                maxlength=NAME_MAX.to_string()
                aria-invalid=move || error.get().is_some().then_some("true")
                aria-describedby=id("name-error")
                prop:value=move || draft.with(|d| d.name.clone())
                on:input=move |ev| draft.update(|d| d.name = event_target_value(&ev))
            />
            <p class="error" id=id("name-error")>{move || error.get().map(|e| error_text(&e))}</p>
        </div>
        <div class="field">
            <label for=id("description")>{t!(i18n, circle.description)}</label>
            <textarea
                id=id("description")
                rows="2"
                prop:value=move || draft.with(|d| d.description.clone())
                on:input=move |ev| draft.update(|d| d.description = event_target_value(&ev))
            ></textarea>
        </div>
        <div class="board-fields">
            {move || text_field(id("period"), t_string!(i18n, circle.period).to_owned(), |d| d.period.clone(), |d, v| d.period = v, "text")}
            {move || text_field(id("date"), t_string!(i18n, circle.date).to_owned(), |d| d.date.clone(), |d, v| d.date = v, "date")}
        </div>
        {move || text_field(id("participants"), t_string!(i18n, circle.participants).to_owned(), |d| d.participants.clone(), |d, v| d.participants = v, "text")}
    }
}
