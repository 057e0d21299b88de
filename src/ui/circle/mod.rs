//! Screens of the circle exercise (issue 3).

mod board;
mod compare;
mod editor;
pub mod export;
mod form;
pub mod label;
mod list;
mod summary;
mod timer;
mod walk;
pub mod wheel;

pub use board::BoardPage;
pub use compare::CompareBoardsPage;
pub use list::CirclePage;
pub use summary::{BoardSummaryPage, GoalList};
pub use walk::WalkPage;

use crate::domain::circle::{gaps, not_discussed, BoardKind, CircleBoard, Level, Scale, StepName};
use crate::domain::{GoalNumber, Lang, Partnership};
use crate::i18n::*;
use crate::routes::Route;
use crate::state::use_store;
use crate::ui::current_route::use_route_part;
use crate::ui::locale::use_lang;
use leptos::prelude::*;
use leptos_i18n::I18nContext;
use leptos_router::components::A;

/// The partnership and board the current route names.
pub fn use_route_board() -> Memo<Option<(Partnership, CircleBoard)>> {
    let store = use_store();
    let place = use_route_part(|r| Some((r.partnership()?.clone(), r.board()?.to_owned())));
    Memo::new(move |_| {
        let (id, board) = place.get()?;
        store.ensure_loaded(&id);
        store.workspace.with(|w| {
            let p = w.get(&id)?;
            let b = p.boards.iter().find(|b| b.id == board)?.clone();
            Some((p.clone(), b))
        })
    })
}

/// Renders a board page while the route's board exists, and the not-found page
/// otherwise. The page is built once per board, not on every edit (which
/// would throw away focus and the open panel); it gets live signals instead.
pub fn with_route_board<V, F>(render: F) -> impl IntoView
where
    V: IntoView + 'static,
    F: Fn(Signal<Partnership>, Signal<CircleBoard>) -> V + Send + Sync + 'static,
{
    let current = use_route_board();
    let ids =
        Memo::new(move |_| current.with(|c| c.as_ref().map(|(p, b)| (p.id.clone(), b.id.clone()))));
    move || {
        let found = ids.get().and_then(|_| current.get_untracked());
        match found {
            None => view! { <crate::ui::not_found::NotFound /> }.into_any(),
            Some((p0, b0)) => {
                let partnership = Memo::new(move |_| {
                    current
                        .with(|c| c.as_ref().map(|(p, _)| p.clone()))
                        .unwrap_or_else(|| p0.clone())
                });
                let board = Memo::new(move |_| {
                    current
                        .with(|c| c.as_ref().map(|(_, b)| b.clone()))
                        .unwrap_or_else(|| b0.clone())
                });
                render(partnership.into(), board.into()).into_any()
            }
        }
    }
}

pub fn step_name(i18n: impl crate::ui::display::AsLocale, name: StepName) -> &'static str {
    let i18n = i18n.locale();
    match name {
        StepName::None => td_string!(i18n, circle.steps.none),
        StepName::Limited => td_string!(i18n, circle.steps.limited),
        StepName::Direct => td_string!(i18n, circle.steps.direct),
        StepName::Core => td_string!(i18n, circle.steps.core),
        StepName::StronglyNegative => td_string!(i18n, circle.steps.strongly_negative),
        StepName::Negative => td_string!(i18n, circle.steps.negative),
        StepName::NoEffect => td_string!(i18n, circle.steps.no_effect),
        StepName::Positive => td_string!(i18n, circle.steps.positive),
        StepName::StronglyPositive => td_string!(i18n, circle.steps.strongly_positive),
    }
}

/// A level as drawn on the board: "2", "+1", "−2" (a real minus sign), "?" for not discussed.
pub fn level_mark(scale: Scale, level: Option<Level>) -> String {
    match level {
        None => "?".into(),
        Some(Level(n)) if n < 0 => format!("−{}", -n),
        Some(Level(n)) if n > 0 && scale.lowest().0 < 0 => format!("+{n}"),
        Some(Level(n)) => n.to_string(),
    }
}

/// A level in words, with its mark: "2 · Direct contribution", or "Not discussed yet".
pub fn level_text(i18n: I18nContext<Locale>, scale: Scale, level: Option<Level>) -> String {
    match level.and_then(|l| scale.step_name(l)) {
        None => t_string!(i18n, circle.not_discussed).to_owned(),
        Some(name) => format!("{} · {}", level_mark(scale, level), step_name(i18n, name)),
    }
}

pub fn scale_name(i18n: I18nContext<Locale>, scale: Scale) -> &'static str {
    match scale {
        Scale::Contribution => t_string!(i18n, circle.scales.contribution),
        Scale::ImpactRose => t_string!(i18n, circle.scales.impact_rose),
    }
}

/// "Programme", "Project", "Inventory of Lommel".
pub fn kind_text(i18n: I18nContext<Locale>, kind: BoardKind, p: &Partnership) -> String {
    match kind {
        BoardKind::Programme => t_string!(i18n, circle.kinds.programme).to_owned(),
        BoardKind::Project => t_string!(i18n, circle.kinds.project).to_owned(),
        BoardKind::Inventory(side) => format!(
            "{} {}",
            t_string!(i18n, circle.kinds.inventory_of),
            p.partner(side).name
        ),
    }
}

/// "5, 6, 7, 12, 14": how facilitators say a set of goals aloud.
pub fn goal_numbers(goals: &[GoalNumber]) -> String {
    goals
        .iter()
        .map(|g| g.to_string())
        .collect::<Vec<_>>()
        .join(", ")
}

/// "SDG 5 Gender equality": the start of every goal's accessible name.
pub fn goal_name(goal: GoalNumber, lang: Lang) -> String {
    format!("SDG {} {}", goal, goal.goal().title(lang))
}

/// A goal as a visible heading, in the UI language's own abbreviation
/// ("SDG 5 Gender equality", "ODD 5 Égalité entre les sexes").
pub fn sdg_heading(i18n: I18nContext<Locale>, goal: GoalNumber, lang: Lang) -> String {
    format!(
        "{} {} {}",
        t_string!(i18n, circle.sdg),
        goal,
        goal.goal().title(lang)
    )
}

/// The circle exercise's card on the partnership page.
#[component]
pub fn CircleSummary(partnership: Partnership) -> impl IntoView {
    let i18n = use_i18n();
    let lang = use_lang();
    let latest = partnership.boards.last().cloned().map(|b| {
        let (gap, open) = (gaps(&b), not_discussed(&b).len());
        let gap = if gap.is_empty() {
            "–".to_owned()
        } else {
            goal_numbers(&gap)
        };
        let href = Route::CircleSummary(partnership.id.clone(), b.id.clone()).href();
        view! {
            <p>
                <A href=href><strong>{b.subject.name.clone()}</strong></A>{move || lang.get().colon()}
                {t!(i18n, circle.card_gaps, gaps = gap.clone())}
                {(open > 0).then(|| view! { " · "{t!(i18n, circle.card_open, count = open)} })}
            </p>
        }
    });
    view! {
        <section class="card exercise-card">
            <h2>{t!(i18n, circle.title)}</h2>
            <p>{t!(i18n, circle.intro)}</p>
            <p>{t!(i18n, circle.board_count, count = partnership.boards.len())}</p>
            {latest}
            <A href=Route::Circle(partnership.id.clone()).href() attr:class="button">
                {t!(i18n, circle.open)}
            </A>
        </section>
    }
}

/// What the circle boards say about one goal, on the goal's page.
#[component]
pub fn CircleOnGoal(partnership: Partnership, goal: GoalNumber) -> impl IntoView {
    let i18n = use_i18n();
    let lang = use_lang();
    if partnership.boards.is_empty() {
        return view! { <p class="circle-on-goal">{t!(i18n, circle.on_goal_none)}</p> }.into_any();
    }
    let pid = partnership.id.clone();
    view! {
        <div class="circle-on-goal">
            <h3>{t!(i18n, circle.title)}</h3>
            <ul>
                {partnership.boards.into_iter().map(|b| {
                    let e = b.entry(goal).clone();
                    let scale = b.scale;
                    let href = Route::CircleBoard(pid.clone(), b.id.clone()).href();
                    view! {
                        <li>
                            <A href=href><strong>{b.subject.name.clone()}</strong></A>{move || lang.get().colon()}
                            {move || level_text(i18n, scale, e.level)}
                            {e.opportunity.then(|| view! { " · ★ "{t!(i18n, circle.opportunity_badge)} })}
                            {(!e.how.trim().is_empty()).then(|| view! { <p class="note">{e.how.clone()}</p> })}
                            {(!e.ideas.trim().is_empty()).then(|| view! {
                                <p class="note"><strong>{t!(i18n, circle.ideas)}": "</strong>{e.ideas.clone()}</p>
                            })}
                        </li>
                    }
                }).collect_view()}
            </ul>
        </div>
    }
    .into_any()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn marks_show_sign_only_where_the_scale_has_negatives() {
        assert_eq!(level_mark(Scale::Contribution, Some(Level(2))), "2");
        assert_eq!(level_mark(Scale::ImpactRose, Some(Level(2))), "+2");
        assert_eq!(level_mark(Scale::ImpactRose, Some(Level(-1))), "−1");
        assert_eq!(level_mark(Scale::ImpactRose, None), "?");
        let g = |n| GoalNumber::new(n).unwrap();
        assert_eq!(goal_numbers(&[g(5), g(6), g(14)]), "5, 6, 14");
    }
}
