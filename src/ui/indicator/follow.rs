//! One partner's own follow-up of an indicator: its baseline and target,
//! its measured values (typed, or a series imported or pasted).

use super::series::SeriesImport;
use super::words::{fill, number};
use crate::domain::indicator::csv::typed_number;
use crate::domain::indicator::{Indicator, ValueError};
use crate::domain::{Partnership, PartnershipId, Side};
use crate::i18n::*;
use crate::state::use_store;
use crate::ui::index::words::I18n;
use crate::ui::locale::use_lang;
use leptos::prelude::*;

pub fn value_error(i18n: I18n, e: &ValueError) -> &'static str {
    match e {
        ValueError::Year => t_string!(i18n, ind.err_year),
        ValueError::Value => t_string!(i18n, ind.err_value),
        ValueError::TargetBeforeBaseline => t_string!(i18n, ind.err_order),
        ValueError::Note(_) | ValueError::Source(_) => t_string!(i18n, ind.err_text),
    }
}

/// Both empty: none; otherwise a year and a number, or the error.
fn read_point(year: &str, value: &str) -> Result<Option<(i32, f64)>, ValueError> {
    if year.trim().is_empty() && value.trim().is_empty() {
        return Ok(None);
    }
    let y = year.trim().parse::<i32>().map_err(|_| ValueError::Year)?;
    let v = typed_number(value).ok_or(ValueError::Value)?;
    Ok(Some((y, v)))
}

#[component]
pub fn FollowPart(
    pid: StoredValue<PartnershipId>,
    iid: String,
    side: Side,
    indicator: Memo<Option<Indicator>>,
    partnership: Memo<Option<Partnership>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let store = use_store();
    let lang = use_lang();
    let iid = StoredValue::new(iid);
    let follow = move || {
        indicator.with(|i| {
            i.as_ref()
                .map(|i| i.follow(side).clone())
                .unwrap_or_default()
        })
    };
    let partner = Memo::new(move |_| {
        partnership.with(|p| {
            p.as_ref()
                .map(|p| p.partner(side).name.clone())
                .unwrap_or_default()
        })
    });
    let start = follow();
    let field = |p: Option<crate::domain::indicator::Point>, year: bool| {
        p.map(|p| {
            if year {
                p.year.to_string()
            } else {
                number(p.value, lang.get_untracked())
            }
        })
        .unwrap_or_default()
    };
    let b_year = RwSignal::new(field(start.baseline, true));
    let b_value = RwSignal::new(field(start.baseline, false));
    let t_year = RwSignal::new(field(start.target, true));
    let t_value = RwSignal::new(field(start.target, false));
    let plan_msg = RwSignal::new(None::<Result<(), ValueError>>);
    let save_plan = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let result = read_point(&b_year.get_untracked(), &b_value.get_untracked()).and_then(|b| {
            let t = read_point(&t_year.get_untracked(), &t_value.get_untracked())?;
            store.set_indicator_plan(&pid.get_value(), &iid.get_value(), side, b, t)
        });
        plan_msg.set(Some(result));
    };
    let v_year = RwSignal::new(String::new());
    let v_value = RwSignal::new(String::new());
    let v_note = RwSignal::new(String::new());
    let v_msg = RwSignal::new(None::<ValueError>);
    let add_value = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let result = read_point(&v_year.get_untracked(), &v_value.get_untracked())
            .and_then(|p| p.ok_or(ValueError::Year))
            .and_then(|(y, v)| {
                store.set_indicator_value(
                    &pid.get_value(),
                    &iid.get_value(),
                    side,
                    y,
                    v,
                    &v_note.get_untracked(),
                    "",
                )
            });
        match result {
            Ok(()) => {
                v_year.set(String::new());
                v_value.set(String::new());
                v_note.set(String::new());
                v_msg.set(None);
            }
            Err(e) => v_msg.set(Some(e)),
        }
    };
    let input = move |label: &'static str, sig: RwSignal<String>, mode: &'static str| {
        view! {
            <label>
                {label}
                <input type="text" inputmode=mode prop:value=move || sig.get() on:input=move |ev| sig.set(event_target_value(&ev)) />
            </label>
        }
    };
    let side_class = if side == Side::A {
        "follow side-a"
    } else {
        "follow side-b"
    };
    view! {
        <details class=side_class>
            <summary>{move || fill(t_string!(i18n, ind.follow), &[("partner", partner.get())])}</summary>
            <form class="plan-form" on:submit=save_plan novalidate>
                <fieldset>
                    <legend>{t!(i18n, ind.baseline)}</legend>
                    {input(t_string!(i18n, ind.year), b_year, "numeric")}
                    {input(t_string!(i18n, ind.value), b_value, "decimal")}
                </fieldset>
                <fieldset>
                    <legend>{t!(i18n, ind.target)}</legend>
                    {input(t_string!(i18n, ind.year), t_year, "numeric")}
                    {input(t_string!(i18n, ind.value), t_value, "decimal")}
                </fieldset>
                <button type="submit" class="button">{t!(i18n, ind.save_plan)}</button>
                {move || plan_msg.get().map(|r| match r {
                    Ok(()) => view! { <p class="saved" role="status">{t!(i18n, ind.plan_saved)}</p> }.into_any(),
                    Err(e) => view! { <p class="error" role="alert">{value_error(i18n, &e)}" "{t!(i18n, ind.nothing_changed)}</p> }.into_any(),
                })}
            </form>
            <h3>{t!(i18n, ind.values)}</h3>
            {move || {
                let f = follow();
                if f.values.is_empty() {
                    return view! { <p class="empty">{t!(i18n, ind.no_values)}</p> }.into_any();
                }
                let unit = indicator.with(|i| i.as_ref().map(|i| i.unit.clone()).unwrap_or_default());
                view! {
                    <ul class="values">
                        {f.values.into_iter().map(|m| {
                            let year = m.year;
                            let text = format!("{}: {}", m.year, super::words::with_unit(m.value, &unit, lang.get_untracked()));
                            view! {
                                <li>
                                    {text}
                                    {(!m.note.is_empty()).then(|| format!(" — {}", m.note))}
                                    {(!m.source.is_empty()).then(|| view! { <span class="hint">" ("{m.source.clone()}")"</span> })}
                                    " "
                                    <button type="button" class="button secondary small"
                                        on:click=move |_| store.remove_indicator_value(&pid.get_value(), &iid.get_value(), side, year)>
                                        "✕"<span class="visually-hidden">{move || fill(t_string!(i18n, ind.remove_value), &[("year", year.to_string())])}</span>
                                    </button>
                                </li>
                            }
                        }).collect_view()}
                    </ul>
                }.into_any()
            }}
            <form class="value-form" on:submit=add_value novalidate>
                {input(t_string!(i18n, ind.year), v_year, "numeric")}
                {input(t_string!(i18n, ind.value), v_value, "decimal")}
                {input(t_string!(i18n, ind.note), v_note, "text")}
                <button type="submit" class="button secondary">{t!(i18n, ind.add_value)}</button>
                {move || v_msg.get().map(|e| view! { <p class="error" role="alert">{value_error(i18n, &e)}</p> })}
            </form>
            <SeriesImport pid iid=iid.get_value() side partner indicator />
        </details>
    }
}
