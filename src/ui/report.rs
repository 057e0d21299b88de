//! `/p/:id/report`: the whole partnership on paper (print, or save as PDF):
//! each board with its gaps, each round's comparison and matches, the
//! priorities and the agreements. The print stylesheet removes the chrome.

use super::circle::wheel::Wheel;
use super::circle::GoalList;
use super::index::words::status_word;
use super::index::{ComparePanel, MatchPanel, RoundCtx};
use super::locale::use_lang;
use super::partnership_page::use_route_partnership;
use crate::domain::circle::{gaps, negatives, not_discussed, CircleBoard};
use crate::domain::{GoalNumber, Partnership};
use crate::i18n::*;
use leptos::prelude::*;

#[component]
pub fn ReportPage() -> impl IntoView {
    let partnership = use_route_partnership();
    // Built once per partnership; the panels inside follow later changes.
    let id = Memo::new(move |_| partnership.with(|p| p.as_ref().map(|p| p.id.clone())));
    move || match id.get() {
        None => view! { <super::not_found::NotFound /> }.into_any(),
        Some(_) => view! { <Report partnership /> }.into_any(),
    }
}

#[component]
fn Report(partnership: Memo<Option<Partnership>>) -> impl IntoView {
    let i18n = use_i18n();
    let p = partnership.get_untracked().expect("checked by the caller");
    let printed = crate::state::storage::now_iso()
        .get(..10)
        .unwrap_or("")
        .to_owned();
    let print = move |_| {
        let _ = window().print();
    };
    let boards = p.boards.clone();
    let rounds = p.rounds.clone();
    view! {
        <article class="page report">
            <header>
                <p class="eyebrow">{t!(i18n, report.title)}</p>
                <h1>{p.name.clone()}</h1>
                <p class="lead">
                    <super::partnership_list::PartnerLine partner=p.a.clone() />" ⇄ "<super::partnership_list::PartnerLine partner=p.b.clone() />
                </p>
                <p>{t!(i18n, report.printed, date = printed.clone())}</p>
                <div class="actions"><button class="button primary" on:click=print>{t!(i18n, report.print)}</button></div>
            </header>
            <section class="report-section" aria-labelledby="report-circle">
                <h2 id="report-circle">{t!(i18n, circle.title)}</h2>
                {boards.is_empty().then(|| view! { <p>{t!(i18n, report.no_boards)}</p> })}
                {boards.into_iter().map(|b| view! { <BoardReport partnership=p.clone() board=b /> }).collect_view()}
            </section>
            <section class="report-section" aria-labelledby="report-index">
                <h2 id="report-index">{t!(i18n, index.title)}</h2>
                {rounds.is_empty().then(|| view! { <p>{t!(i18n, report.no_rounds)}</p> })}
                {rounds.into_iter().map(|r| {
                    let ctx = RoundCtx::new(p.id.clone(), r.id.clone(), partnership);
                    view! {
                        <section class="report-round">
                            <h3>{r.name.clone()}</h3>
                            <ComparePanel ctx />
                            <MatchPanel ctx />
                        </section>
                    }
                }).collect_view()}
            </section>
            <section class="report-section report-consultation" aria-labelledby="report-consultation">
                <h2 id="report-consultation">{t!(i18n, consult.title)}</h2>
                <super::consultation::ConsultationReport partnership />
            </section>
            <super::indicator::IndicatorsReport partnership />
            <section class="report-section" aria-labelledby="report-plan">
                <h2 id="report-plan">{t!(i18n, report.plan)}</h2>
                <Plan partnership=p.clone() />
            </section>
        </article>
    }
}

#[component]
fn BoardReport(partnership: Partnership, board: CircleBoard) -> impl IntoView {
    let i18n = use_i18n();
    let svg_id = format!("report-{}", board.id);
    let gap_list = gaps(&board);
    let open = not_discussed(&board);
    let negative = negatives(&board);
    let name = board.subject.name.clone();
    let date = board.date.clone();
    let none = Signal::derive(move || t_string!(i18n, report.none).to_owned());
    view! {
        <section class="report-board">
            <h3>{name}" "<small>{date}</small></h3>
            <div class="report-wheel">
                <Wheel board=Signal::stored(board) partnership=Signal::stored(partnership) svg_id />
            </div>
            <h4>{t!(i18n, report.gaps)}</h4>
            <GoalList goals=Signal::stored(gap_list) class="gaps" empty=none />
            <h4>{t!(i18n, report.not_discussed)}</h4>
            <GoalList goals=Signal::stored(open) class="open" empty=none />
            <h4>{t!(i18n, report.negative)}</h4>
            <GoalList goals=Signal::stored(negative) class="negative" empty=none />
        </section>
    }
}

fn goals_text(goals: &[GoalNumber], lang: crate::domain::Lang) -> String {
    goals
        .iter()
        .map(|g| format!("{} {}", g.get(), g.goal().title(lang)))
        .collect::<Vec<_>>()
        .join("; ")
}

#[component]
fn Plan(partnership: Partnership) -> impl IntoView {
    let i18n = use_i18n();
    let lang = use_lang();
    let mut years: Vec<i32> = partnership.priorities.iter().map(|p| p.year).collect();
    years.sort_unstable();
    years.dedup();
    let priorities = partnership.priorities.clone();
    let agreements = partnership.agreements.clone();
    let p = partnership.clone();
    view! {
        <h3>{t!(i18n, report.priorities)}</h3>
        {years.is_empty().then(|| view! { <p>{t!(i18n, report.none)}</p> })}
        <dl class="report-priorities">
            {years.into_iter().map(|y| {
                let goals: Vec<GoalNumber> = priorities.iter().filter(|p| p.year == y).map(|p| p.goal).collect();
                view! { <div><dt>{y}</dt><dd>{move || goals_text(&goals, lang.get())}</dd></div> }
            }).collect_view()}
        </dl>
        <h3>{t!(i18n, report.agreements)}</h3>
        {agreements.is_empty().then(|| view! { <p>{t!(i18n, report.none)}</p> })}
        {(!agreements.is_empty()).then(|| view! {
            <table class="report-agreements">
                <thead><tr>
                    <th scope="col">{t!(i18n, report.what)}</th>
                    <th scope="col">{t!(i18n, report.who)}</th>
                    <th scope="col">{t!(i18n, report.due)}</th>
                    <th scope="col">{t!(i18n, report.status)}</th>
                    <th scope="col">{t!(i18n, report.goals)}</th>
                </tr></thead>
                <tbody>
                    {agreements.into_iter().map(|a| {
                        let who = format!("{}{}", p.partner(a.side).name,
                            if a.department.is_empty() { String::new() } else { format!(" – {}", a.department) });
                        let goals = a.goals.clone();
                        view! {
                            <tr>
                                <td>{a.what.clone()}</td>
                                <td>{who}</td>
                                <td>{a.due.clone()}</td>
                                <td>{move || status_word(i18n, a.status)}</td>
                                <td>{move || goals_text(&goals, lang.get())}</td>
                            </tr>
                        }
                    }).collect_view()}
                </tbody>
            </table>
        })}
    }
}
