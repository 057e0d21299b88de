//! How a problem with a file or with stored data is shown: the sentence from
//! `problem_text`, and the parser's words folded away behind "technical details".

use super::problem_text;
use crate::domain::file_format::{Dropped, Problem, RestoreError};
use crate::i18n::*;
use crate::state::report::Report;
use leptos::prelude::*;

/// The parser's own words, folded away: for whoever helps, never the reason.
#[component]
pub fn TechnicalDetails(detail: String) -> impl IntoView {
    let i18n = use_i18n();
    (!detail.is_empty()).then(|| {
        view! {
            <details class="technical">
                <summary>{t!(i18n, problem.technical)}</summary>
                <p class="detail">{detail}</p>
            </details>
        }
    })
}

/// One partnership that was left out: its name, and why, in the UI language.
#[component]
pub fn DroppedItem(dropped: Dropped) -> impl IntoView {
    let i18n = use_i18n();
    let detail = dropped.problem.detail.clone();
    // The title in bold, then the colon and the reason, as `problem_text::dropped` writes them.
    let line = Memo::new(move |_| {
        let l = i18n.get_locale();
        let title = problem_text::dropped_title(&dropped, l);
        let line = problem_text::dropped(&dropped, l);
        let why = line.get(title.len()..).unwrap_or_default().to_owned();
        (title, why)
    });
    view! {
        <li>
            <strong>{move || line.with(|(title, _)| title.clone())}</strong>
            {move || line.with(|(_, why)| why.clone())}
            <TechnicalDetails detail />
        </li>
    }
}

/// The lines under a start-up notice: which partnerships were left out and
/// why, or why the stored data could not be read.
pub fn dropped_list(dropped: Report<Vec<Dropped>>) -> AnyView {
    let items = dropped.get().cloned().unwrap_or_default();
    view! {
        <ul class="dropped">
            {items.into_iter().map(|dropped| view! { <DroppedItem dropped /> }).collect_view()}
        </ul>
    }
    .into_any()
}

pub fn restore_error(error: Report<RestoreError>) -> AnyView {
    let i18n = use_i18n();
    let Some(error) = error.get().cloned() else {
        return ().into_any();
    };
    let detail = error.to_string();
    view! {
        <p>{move || problem_text::restore_error(&error, i18n.get_locale())}</p>
        <TechnicalDetails detail />
    }
    .into_any()
}

pub fn problem(problem: Report<Problem>) -> AnyView {
    let i18n = use_i18n();
    let Some(problem) = problem.get().cloned() else {
        return ().into_any();
    };
    let detail = problem.detail.clone();
    view! {
        <p>{move || problem_text::problem(&problem, i18n.get_locale())}</p>
        <TechnicalDetails detail />
    }
    .into_any()
}
