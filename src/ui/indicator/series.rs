//! A series into one partner's values: from a CSV file (Open SDG data, a
//! plain year/value sheet) or pasted from a spreadsheet. Read, pick the
//! series (one combination of disaggregations), see what will be kept, and
//! confirm; a bad sheet says what and where, and changes nothing.

use super::follow::value_error;
use super::words::{fill, number};
use crate::domain::indicator::csv::{read, CsvError, Series, Table};
use crate::domain::indicator::Indicator;
use crate::domain::{PartnershipId, Side};
use crate::i18n::*;
use crate::state::use_store;
use crate::ui::index::words::I18n;
use crate::ui::locale::use_lang;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

fn csv_error(i18n: I18n, e: &CsvError) -> String {
    match e {
        CsvError::Empty => t_string!(i18n, ind.csv_empty).to_owned(),
        CsvError::NoYearColumn => t_string!(i18n, ind.csv_no_year).to_owned(),
        CsvError::NoValueColumn => t_string!(i18n, ind.csv_no_value).to_owned(),
        CsvError::BadYear { line, found } => fill(
            t_string!(i18n, ind.csv_bad_year),
            &[("line", line.to_string()), ("found", found.clone())],
        ),
        CsvError::BadValue { line, found } => fill(
            t_string!(i18n, ind.csv_bad_value),
            &[("line", line.to_string()), ("found", found.clone())],
        ),
        CsvError::TwiceInSeries { line, year } => fill(
            t_string!(i18n, ind.csv_twice),
            &[("line", line.to_string()), ("year", year.to_string())],
        ),
        CsvError::TooManyRows | CsvError::TooManySeries => {
            t_string!(i18n, ind.csv_too_big).to_owned()
        }
        CsvError::NoValues => t_string!(i18n, ind.csv_no_values).to_owned(),
        CsvError::NotCsv { line } => fill(
            t_string!(i18n, ind.csv_not_csv),
            &[("line", line.to_string())],
        ),
    }
}

/// "Sex: female · Age: 15-24", or "Total".
fn series_label(i18n: I18n, columns: &[String], s: &Series) -> String {
    if s.is_total() {
        return t_string!(i18n, ind.total).to_owned();
    }
    columns
        .iter()
        .zip(&s.keys)
        .filter(|(_, k)| !k.is_empty())
        .map(|(c, k)| format!("{c}: {k}"))
        .collect::<Vec<_>>()
        .join(" · ")
}

#[derive(Clone, PartialEq)]
enum Stage {
    Idle,
    Failed(String),
    Read { table: Table, source: String },
    Taken(usize),
}

#[component]
pub fn SeriesImport(
    pid: StoredValue<PartnershipId>,
    iid: String,
    side: Side,
    partner: Memo<String>,
    indicator: Memo<Option<Indicator>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let store = use_store();
    let lang = use_lang();
    let iid = StoredValue::new(iid);
    let stage = RwSignal::new(Stage::Idle);
    let chosen = RwSignal::new(0usize);
    let pasted = RwSignal::new(String::new());
    let take_text = move |text: &str, source: String| {
        chosen.set(0);
        stage.set(match read(text) {
            Ok(table) => Stage::Read { table, source },
            Err(e) => Stage::Failed(csv_error(i18n, &e)),
        });
    };
    let on_file = move |ev: leptos::ev::Event| {
        let Some(input) = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
        else {
            return;
        };
        let Some(file) = input.files().and_then(|f| f.get(0)) else {
            return;
        };
        if file.size() as usize > crate::domain::file_format::MAX_FILE_BYTES {
            stage.set(Stage::Failed(t_string!(i18n, ind.csv_too_big).to_owned()));
            return;
        }
        let name = file.name();
        leptos::task::spawn_local(async move {
            let Ok(bytes) = wasm_bindgen_futures::JsFuture::from(file.array_buffer()).await else {
                stage.set(Stage::Failed(t_string!(i18n, ind.csv_empty).to_owned()));
                return;
            };
            let text =
                String::from_utf8_lossy(&js_sys::Uint8Array::new(&bytes).to_vec()).into_owned();
            take_text(&text, name);
        });
    };
    let confirm = move |_| {
        let Stage::Read { table, source } = stage.get_untracked() else {
            return;
        };
        let Some(series) = table.series.get(chosen.get_untracked()) else {
            return;
        };
        match store.take_indicator_series(
            &pid.get_value(),
            &iid.get_value(),
            side,
            &series.points,
            &source,
        ) {
            Ok(_) => stage.set(Stage::Taken(series.points.len())),
            Err(e) => stage.set(Stage::Failed(value_error(i18n, &e).to_owned())),
        }
    };
    let file_id = format!(
        "series-file-{}-{}",
        iid.get_value(),
        if side == Side::A { "a" } else { "b" }
    );
    let radio_name = format!(
        "series-{}-{}",
        iid.get_value(),
        if side == Side::A { "a" } else { "b" }
    );
    view! {
        <div class="series-import">
            <h3>{t!(i18n, ind.import)}</h3>
            <p class="hint">{t!(i18n, ind.import_hint)}</p>
            <label for=file_id.clone()>{t!(i18n, ind.file)}</label>
            <input id=file_id type="file" accept=".csv,.txt,text/csv,text/plain" on:change=on_file />
            <label>
                {t!(i18n, ind.paste)}
                <textarea rows="3" prop:value=move || pasted.get() on:input=move |ev| pasted.set(event_target_value(&ev))></textarea>
            </label>
            <button type="button" class="button secondary" on:click=move |_| take_text(&pasted.get_untracked(), String::new())>
                {t!(i18n, ind.read)}
            </button>
            {move || match stage.get() {
                Stage::Idle => ().into_any(),
                Stage::Failed(text) => view! {
                    <p class="error" role="alert">{text}" "{t!(i18n, ind.nothing_changed)}</p>
                }.into_any(),
                Stage::Taken(n) => view! {
                    <p class="saved" role="status">{fill(t_string!(i18n, ind.taken), &[("count", n.to_string()), ("partner", partner.get_untracked())])}</p>
                }.into_any(),
                Stage::Read { table, .. } => {
                    let columns = table.columns.clone();
                    let options = table.series.iter().enumerate().map(|(n, s)| {
                        let label = series_label(i18n, &columns, s);
                        let (from, to) = (s.points.first().map_or(0, |p| p.0), s.points.last().map_or(0, |p| p.0));
                        let count = fill(t_string!(i18n, ind.series_points), &[("count", s.points.len().to_string()), ("from", from.to_string()), ("to", to.to_string())]);
                        let name = radio_name.clone();
                        view! {
                            <label class="series-option">
                                <input type="radio" name=name prop:checked=move || chosen.get() == n on:change=move |_| chosen.set(n) />
                                {label}" — "{count}
                            </label>
                        }
                    }).collect_view();
                    let table2 = table.clone();
                    let preview = move || {
                        let l = lang.get();
                        let s = table2.series.get(chosen.get()).cloned()?;
                        let old = indicator.with(|i| i.as_ref().map(|i| i.follow(side).values.clone()).unwrap_or_default());
                        let rows = s.points.iter().map(|&(y, v)| {
                            let was = old.iter().find(|m| m.year == y && m.value != v).map(|m| {
                                fill(t_string!(i18n, ind.replaces), &[("value", number(m.value, l))])
                            });
                            view! { <tr><td>{y}</td><td>{number(v, l)}</td><td>{was}</td></tr> }
                        }).collect_view();
                        let count = s.points.len();
                        Some(view! {
                            <p>{fill(t_string!(i18n, ind.preview), &[("partner", partner.get())])}</p>
                            <table class="series-preview">
                                <thead><tr><th scope="col">{t!(i18n, ind.year)}</th><th scope="col">{t!(i18n, ind.value)}</th><th scope="col"><span class="visually-hidden">{t!(i18n, ind.note)}</span></th></tr></thead>
                                <tbody>{rows}</tbody>
                            </table>
                            <div class="actions">
                                <button type="button" class="button" on:click=confirm>{fill(t_string!(i18n, ind.confirm), &[("count", count.to_string())])}</button>
                                <button type="button" class="button secondary" on:click=move |_| stage.set(Stage::Idle)>{t!(i18n, ind.cancel)}</button>
                            </div>
                        })
                    };
                    view! {
                        <fieldset class="series-choice">
                            <legend>{t!(i18n, ind.series)}</legend>
                            {options}
                        </fieldset>
                        {preview}
                    }.into_any()
                }
            }}
        </div>
    }
}
