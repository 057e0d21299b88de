//! Indicators beside opinions: under a goal being scored, on a goal's page,
//! and with a match. Each line names the indicator, the partner's latest
//! value, its target and its status (a word and a sign).

use super::words::{point_text, status_class, status_sign, status_word};
use crate::domain::index::Match;
use crate::domain::indicator::evidence::{for_goal, for_match, reading, Reading, Support};
use crate::domain::indicator::Indicator;
use crate::domain::{GoalNumber, Lang, Partnership, Side};
use crate::i18n::*;
use crate::ui::index::words::I18n;
use leptos::prelude::*;

/// A partnership's indicators as a memo whose readers wake only when they
/// change (a score change reads them again, a few microseconds, and wakes no
/// one). One memo type: each reactive type brings its own drop code into the
/// first load, where the reactive arena keeps them.
pub fn use_indicators(partnership: Memo<Option<Partnership>>) -> Memo<Vec<Indicator>> {
    Memo::new(move |_| {
        partnership.with(|p| p.as_ref().map(|p| p.indicators.list()).unwrap_or_default())
    })
}

fn line(i18n: I18n, r: &Reading<'_>, lang: Lang) -> String {
    let unit = &r.indicator.unit;
    let latest = match r.latest {
        Some(m) => point_text(t_string!(i18n, ind.latest), m.year, m.value, unit, lang),
        None => t_string!(i18n, ind.no_latest).to_owned(),
    };
    let target = match r.target {
        Some(t) => point_text(t_string!(i18n, ind.target_of), t.year, t.value, unit, lang),
        None => t_string!(i18n, ind.no_target_short).to_owned(),
    };
    format!("{}: {latest}; {target}", r.indicator.name)
}

fn status_badge(i18n: I18n, r: &Reading<'_>) -> impl IntoView {
    view! {
        <span class=status_class(r.status)>
            <span aria-hidden="true">{status_sign(r.status)}" "</span>
            {status_word(i18n, r.status)}
        </span>
    }
}

/// While a delegation scores `goal`: its own follow-up of the goal's indicators.
#[component]
pub fn GoalEvidence(
    indicators: Memo<Vec<Indicator>>,
    goal: GoalNumber,
    side: Signal<Side>,
    lang: Signal<Lang>,
) -> impl IntoView {
    let i18n = use_i18n();
    move || {
        let side = side.get();
        let lang = lang.get();
        indicators.with(|list| {
            let readings = for_goal(list, goal, side);
            (!readings.is_empty()).then(|| {
                let items = readings
                    .iter()
                    .map(|r| view! { <li>{line(i18n, r, lang)}" · "{status_badge(i18n, r)}</li> })
                    .collect_view();
                view! {
                    <div class="evidence">
                        <p class="evidence-title">{t!(i18n, ind.evidence)}</p>
                        <ul>{items}</ul>
                    </div>
                }
            })
        })
    }
}

/// On a goal's page: both partners' follow-up of the goal's indicators.
#[component]
pub fn GoalEvidenceBoth(
    partnership: Partnership,
    goal: GoalNumber,
    lang: Signal<Lang>,
) -> impl IntoView {
    let i18n = use_i18n();
    let list = partnership.indicators.list();
    let items: Vec<Indicator> = list.into_iter().filter(|i| i.serves(goal)).collect();
    (!items.is_empty()).then(move || {
        let lines = items
            .iter()
            .flat_map(|ind| {
                Side::BOTH.map(|side| {
                    let r = reading(ind, side);
                    let who = partnership.partner(side).name.clone();
                    view! { <li>{who}" — "{line(i18n, &r, lang.get_untracked())}" · "{status_badge(i18n, &r)}</li> }
                })
            })
            .collect_view();
        view! {
            <div class="evidence">
                <h4>{t!(i18n, ind.evidence)}</h4>
                <ul>{lines}</ul>
            </div>
        }
    })
}

/// With a match: the indicators of its goal that back it, contradict it, or
/// are mixed; nothing when the goal has none.
#[component]
pub fn MatchEvidence(indicators: Memo<Vec<Indicator>>, m: Match) -> impl IntoView {
    let i18n = use_i18n();
    move || {
        indicators.with(|list| {
            let found = for_match(list, &m);
            (!found.is_empty()).then(|| {
                let group = |support: Support| {
                    found
                        .iter()
                        .filter(|e| e.support == support)
                        .map(|e| e.indicator.name.clone())
                        .collect::<Vec<_>>()
                        .join("; ")
                };
                let parts = [
                    (Support::Backs, t_string!(i18n, ind.backs), "backs"),
                    (Support::Contradicts, t_string!(i18n, ind.contradicts), "contradicts"),
                    (Support::Mixed, t_string!(i18n, ind.mixed), "mixed"),
                    (Support::NoStatus, t_string!(i18n, ind.no_status), "no-status"),
                ];
                parts
                    .into_iter()
                    .filter_map(|(s, label, class)| {
                        let names = group(s);
                        (!names.is_empty()).then(|| {
                            view! { <span class=format!("match-evidence {class}")>{label}": "{names}</span> }
                        })
                    })
                    .collect_view()
            })
        })
    }
}
