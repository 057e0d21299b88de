//! Making or changing an indicator: picked from the UN list (code, official
//! title, goal and target filled in) or written by the partners.

use super::picker::{Picked, Picker};
use crate::domain::indicator::{Better, Indicator, IndicatorDraft, IndicatorError};
use crate::domain::text::TextError;
use crate::domain::{GoalNumber, PartnershipId};
use crate::i18n::*;
use crate::state::use_store;
use crate::ui::locale::use_lang;
use leptos::prelude::*;

fn draft_of(i: &Indicator) -> IndicatorDraft {
    IndicatorDraft {
        name: i.name.clone(),
        goals: i.goals.clone(),
        sdg_target: i.sdg_target.clone(),
        un_code: i.un_code.clone(),
        unit: i.unit.clone(),
        better: i.better,
        source: i.source.clone(),
    }
}

#[component]
pub fn IndicatorForm(
    pid: StoredValue<PartnershipId>,
    existing: Option<Indicator>,
    done: Callback<()>,
) -> impl IntoView {
    let i18n = use_i18n();
    let store = use_store();
    let lang = use_lang();
    let id = existing.as_ref().map(|i| i.id.clone());
    let draft = RwSignal::new(existing.as_ref().map(draft_of).unwrap_or_default());
    let error = RwSignal::new(None::<IndicatorError>);
    let name_ref = NodeRef::<leptos::html::Input>::new();
    let on_pick = Callback::new(move |p: Picked| {
        draft.update(|d| {
            d.name = p
                .title
                .chars()
                .take(crate::domain::text::NAME_MAX)
                .collect();
            d.un_code = p.code;
            d.sdg_target = p.sdg_target;
            if let Some(g) = p.goal {
                if !d.goals.contains(&g) {
                    d.goals.push(g);
                }
            }
            if d.source.is_empty() {
                d.source = "UN SDG global indicator framework".into();
            }
        });
        if let Some(input) = name_ref.get() {
            let _ = input.focus();
        }
    });
    let id = StoredValue::new(id);
    let save = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let d = draft.get_untracked();
        let result = match id.get_value() {
            Some(iid) => store.change_indicator(&pid.get_value(), &iid, &d),
            None => store.add_indicator(&pid.get_value(), &d).map(|_| ()),
        };
        match result {
            Ok(()) => done.run(()),
            Err(e) => error.set(Some(e)),
        }
    };
    let message = move || {
        error.get().map(|e| {
            let text = match e {
                IndicatorError::Name(_) => t_string!(i18n, ind.err_name),
                IndicatorError::NoGoal => t_string!(i18n, ind.err_goal),
                IndicatorError::SdgTarget => t_string!(i18n, ind.err_target),
                IndicatorError::UnCode => t_string!(i18n, ind.err_code),
                IndicatorError::Unit(TextError::TooLong { .. } | TextError::Empty)
                | IndicatorError::Source(_) => t_string!(i18n, ind.err_text),
                IndicatorError::TooMany => t_string!(i18n, ind.err_many),
            };
            view! { <p class="error" role="alert">{text}</p> }
        })
    };
    let text_field = move |label: &'static str,
                           get: fn(&IndicatorDraft) -> String,
                           set: fn(&mut IndicatorDraft, String)| {
        view! {
            <label>
                {label}
                <input type="text" prop:value=move || draft.with(get) on:input=move |ev| draft.update(|d| set(d, event_target_value(&ev))) />
            </label>
        }
    };
    let is_new = id.with_value(Option::is_none);
    view! {
        <form class="indicator-form card" on:submit=save novalidate>
            <h2>{t!(i18n, ind.form_title)}</h2>
            {is_new.then(|| view! { <Picker on_pick /> })}
            <fieldset>
                <legend>{if is_new { t_string!(i18n, ind.own) } else { t_string!(i18n, ind.edit) }}</legend>
                <label>
                    {t!(i18n, ind.name)}
                    <input type="text" node_ref=name_ref required maxlength="120"
                        prop:value=move || draft.with(|d| d.name.clone())
                        on:input=move |ev| draft.update(|d| d.name = event_target_value(&ev)) />
                </label>
                <fieldset class="goal-checks">
                    <legend>{t!(i18n, ind.goals)}</legend>
                    {GoalNumber::all().map(|g| view! {
                        <label class="goal-check">
                            <input type="checkbox"
                                prop:checked=move || draft.with(|d| d.goals.contains(&g))
                                on:change=move |ev| {
                                    let on = event_target_checked(&ev);
                                    draft.update(|d| {
                                        d.goals.retain(|x| *x != g);
                                        if on { d.goals.push(g); }
                                    });
                                } />
                            <span aria-hidden="true">{g.get()}</span>
                            <span class="visually-hidden">{move || format!("{} · {}", g.get(), g.goal().title(lang.get()))}</span>
                        </label>
                    }).collect_view()}
                </fieldset>
                <div class="field-row">
                    {text_field(t_string!(i18n, ind.sdg_target), |d| d.sdg_target.clone(), |d, v| d.sdg_target = v)}
                    {text_field(t_string!(i18n, ind.un_code), |d| d.un_code.clone(), |d, v| d.un_code = v)}
                    {text_field(t_string!(i18n, ind.unit), |d| d.unit.clone(), |d, v| d.unit = v)}
                </div>
                <fieldset class="better">
                    <legend>{t!(i18n, ind.better)}</legend>
                    <label><input type="radio" name="better" prop:checked=move || draft.with(|d| d.better == Better::Higher)
                        on:change=move |_| draft.update(|d| d.better = Better::Higher) />{t!(i18n, ind.higher)}</label>
                    <label><input type="radio" name="better" prop:checked=move || draft.with(|d| d.better == Better::Lower)
                        on:change=move |_| draft.update(|d| d.better = Better::Lower) />{t!(i18n, ind.lower)}</label>
                </fieldset>
                {text_field(t_string!(i18n, ind.source), |d| d.source.clone(), |d, v| d.source = v)}
            </fieldset>
            {message}
            <div class="actions">
                <button type="submit" class="button">{if is_new { t_string!(i18n, ind.add) } else { t_string!(i18n, ind.save) }}</button>
                <button type="button" class="button secondary" on:click=move |_| done.run(())>{t!(i18n, ind.cancel)}</button>
            </div>
        </form>
    }
}
