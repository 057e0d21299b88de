//! The fields of a partnership: its name and the two partners.

use crate::domain::text::{TextError, NAME_MAX};
use crate::domain::workspace::{DraftError, DraftField, PartnerDraft, PartnershipDraft};
use crate::domain::{Lang, Side};
use crate::i18n::*;
use crate::ui::fill::fill;
use leptos::prelude::*;

pub fn error_text(error: &TextError) -> AnyView {
    let i18n = use_i18n();
    match *error {
        TextError::Empty => t!(i18n, home.err_empty).into_any(),
        TextError::TooLong { max } => fill(
            t_string!(i18n, home.err_too_long),
            &[("max", max.to_string())],
        )
        .into_any(),
    }
}

/// The draft form's fields, bound to `draft`; `error` marks the field to fix.
#[component]
pub fn PartnershipFields(
    draft: RwSignal<PartnershipDraft>,
    error: RwSignal<Option<DraftError>>,
    id_prefix: String,
) -> impl IntoView {
    let i18n = use_i18n();
    let error_for = move |field: DraftField| {
        error.with(|e| {
            e.as_ref()
                .filter(|e| e.field == field)
                .map(|e| error_text(&e.error))
        })
    };
    let name_id = format!("{id_prefix}-name");
    let name_err = format!("{id_prefix}-name-error");
    view! {
        <div class="field">
            <label for=name_id.clone()>{t!(i18n, home.name)}</label>
            <input
                id=name_id
                type="text"
                maxlength=NAME_MAX.to_string()
                aria-describedby=format!("{id_prefix}-name-hint {name_err}")
                prop:value=move || draft.with(|d| d.name.clone())
                on:input=move |ev| draft.update(|d| d.name = event_target_value(&ev))
            />
            <p class="hint" id=format!("{id_prefix}-name-hint")>{t!(i18n, home.name_hint)}</p>
            <p class="error" id=name_err>{move || error_for(DraftField::Name)}</p>
        </div>
        <div class="partner-fields">
            {Side::BOTH.into_iter().map(|side| view! {
                <PartnerFields draft error side id_prefix=id_prefix.clone() />
            }).collect_view()}
        </div>
    }
}

#[component]
fn PartnerFields(
    draft: RwSignal<PartnershipDraft>,
    error: RwSignal<Option<DraftError>>,
    side: Side,
    id_prefix: String,
) -> impl IntoView {
    let i18n = use_i18n();
    let i = side as usize;
    let legend = move || match side {
        Side::A => t_string!(i18n, home.partner_a),
        Side::B => t_string!(i18n, home.partner_b),
    };
    let get = move |f: fn(&PartnerDraft) -> String| move || draft.with(|d| f(&d.partners[i]));
    let error_for = move |field: DraftField| {
        error.with(|e| {
            e.as_ref()
                .filter(|e| e.field == field)
                .map(|e| error_text(&e.error))
        })
    };
    let invalid = move |field: DraftField| move || error_for(field).is_some().then_some("true");
    let id = move |part: &str| format!("{id_prefix}-{}-{part}", if i == 0 { "a" } else { "b" });
    view! {
        <fieldset class="partner">
            <legend>{legend}</legend>
            <div class="field">
                <label for=id("name")>{t!(i18n, home.partner_name)}</label>
                <input
                    id=id("name")
                    type="text"
                    aria-required="true"
                    aria-invalid=invalid(DraftField::PartnerName(side))
                    aria-describedby=id("name-error")
                    prop:value=get(|p| p.name.clone())
                    on:input=move |ev| draft.update(|d| d.partners[i].name = event_target_value(&ev))
                />
                <p class="error" id=id("name-error")>{move || error_for(DraftField::PartnerName(side))}</p>
            </div>
            <div class="field">
                <label for=id("country")>{t!(i18n, home.country)}</label>
                <input
                    id=id("country")
                    type="text"
                    aria-invalid=invalid(DraftField::PartnerCountry(side))
                    aria-describedby=id("country-error")
                    prop:value=get(|p| p.country.clone())
                    on:input=move |ev| draft.update(|d| d.partners[i].country = event_target_value(&ev))
                />
                <p class="error" id=id("country-error")>{move || error_for(DraftField::PartnerCountry(side))}</p>
            </div>
            <div class="field">
                <label for=id("language")>{t!(i18n, home.language)}</label>
                <select
                    id=id("language")
                    prop:value=get(|p| p.language.code().to_owned())
                    on:change=move |ev| {
                        if let Some(l) = Lang::from_code(&event_target_value(&ev)) {
                            draft.update(|d| d.partners[i].language = l);
                        }
                    }
                >
                    {Lang::ALL.into_iter().map(|l| view! {
                        <option value=l.code() selected=move || draft.with(|d| d.partners[i].language == l)>
                            {l.endonym()}
                        </option>
                    }).collect_view()}
                </select>
            </div>
        </fieldset>
    }
}
