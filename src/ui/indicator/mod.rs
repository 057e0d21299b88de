//! `/p/:id/indicators`: the indicators both partners follow, each with both
//! partners' baseline, target, values, status and a chart. On the wall one
//! indicator a part (PageUp/PageDown), the forms hidden.

pub mod chart;
pub mod evidence;
mod follow;
mod form;
mod picker;
mod series;
pub mod words;

use crate::domain::indicator::status::status;
use crate::domain::indicator::Indicator;
use crate::domain::{Partnership, PartnershipId, Side};
use crate::i18n::*;
use crate::routes::Route;
use crate::state::use_store;
use crate::ui::goals::goal_style;
use crate::ui::locale::use_lang;
use crate::ui::partnership_page::use_route_partnership;
use leptos::prelude::*;
use leptos_router::components::A;
use words::{point_text, status_class, status_sign, status_word};

#[component]
pub fn IndicatorsPage() -> impl IntoView {
    let partnership = use_route_partnership();
    let pid = Memo::new(move |_| partnership.with(|p| p.as_ref().map(|p| p.id.clone())));
    move || match pid.get() {
        None => view! { <crate::ui::not_found::NotFound /> }.into_any(),
        Some(pid) => view! { <IndicatorsView pid partnership /> }.into_any(),
    }
}

#[component]
fn IndicatorsView(pid: PartnershipId, partnership: Memo<Option<Partnership>>) -> impl IntoView {
    let i18n = use_i18n();
    let back = Route::Partnership(pid.clone()).href();
    let pid = StoredValue::new(pid);
    let list = evidence::use_indicators(partnership);
    let ids = Memo::new(move |_| list.with(|l| l.iter().map(|i| i.id.clone()).collect::<Vec<_>>()));
    let adding = RwSignal::new(false);
    let csv = move |_| {
        let Some(p) = partnership.get_untracked() else {
            return;
        };
        let text = crate::domain::indicator::export::indicators_csv(std::slice::from_ref(&p));
        let name = crate::domain::export::file_name(
            &format!("{}-indicators", crate::domain::export::slug(&p.name)),
            &crate::state::storage::now_iso(),
            "csv",
        );
        crate::state::browser::download(&name, "text/csv", &text);
    };
    view! {
        <section class="page indicators">
            <h1>{t!(i18n, ind.title)}</h1>
            <p class="lead">{t!(i18n, ind.intro)}</p>
            <p class="crumbs"><A href=back>"← "{t!(i18n, ind.back)}</A></p>
            <div class="actions setup">
                <button type="button" class="button" aria-expanded=move || adding.get().to_string()
                    on:click=move |_| adding.update(|a| *a = !*a)>
                    {t!(i18n, ind.new)}
                </button>
                <Show when=move || !ids.with(Vec::is_empty)>
                    <button type="button" class="button secondary" on:click=csv>{t!(i18n, ind.csv)}</button>
                </Show>
            </div>
            <Show when=move || adding.get()>
                <form::IndicatorForm pid existing=None done=Callback::new(move |_| adding.set(false)) />
            </Show>
            <Show when=move || ids.with(Vec::is_empty)>
                <p class="empty">{t!(i18n, ind.none)}</p>
            </Show>
            <crate::ui::slides::Slides parts=Signal::derive(move || ids.with(Vec::len))>
                <For each=move || ids.get() key=|id| id.clone() let:iid>
                    <IndicatorCard pid iid partnership list ids />
                </For>
            </crate::ui::slides::Slides>
            <p class="hint status-rule">{t!(i18n, ind.status_rule)}</p>
        </section>
    }
}

/// One indicator: its heading and chart follow every change; the set-up
/// below (each partner's forms, open or closed, and their messages) is drawn
/// once, so saving a value does not close what a person is working in.
#[component]
fn IndicatorCard(
    pid: StoredValue<PartnershipId>,
    iid: String,
    partnership: Memo<Option<Partnership>>,
    list: Memo<Vec<Indicator>>,
    ids: Memo<Vec<String>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let store = use_store();
    let heading_id = format!("ind-{iid}");
    // On the wall, only the part the pager is at.
    let shown = use_context::<crate::ui::slides::SlideAt>();
    let position = {
        let iid = iid.clone();
        move || ids.with(|l| l.iter().position(|i| *i == iid))
    };
    let off_slide = move || shown.is_some_and(|at| position() != Some(at.0.get()));
    let labelled_by = heading_id.clone();
    let iid = StoredValue::new(iid);
    let indicator = Memo::new(move |_| {
        list.with(|l| iid.with_value(|id| l.iter().find(|i| &i.id == id).cloned()))
    });
    let names = Memo::new(move |_| {
        partnership.with(|p| {
            p.as_ref()
                .map(|p| (p.a.name.clone(), p.b.name.clone()))
                .unwrap_or_default()
        })
    });
    let name = move || indicator.with(|i| i.as_ref().map(|i| i.name.clone()).unwrap_or_default());
    let style = move || {
        indicator.with(|i| {
            i.as_ref()
                .map(|i| goal_style(i.goals[0].goal()))
                .unwrap_or_default()
        })
    };
    let editing = RwSignal::new(false);
    let remove = move |_| {
        store.remove_indicator(&pid.get_value(), &iid.get_value());
    };
    let heading = move || {
        indicator.get().map(|ind| {
            let goals = ind
                .goals
                .iter()
                .map(|g| view! { <span class="goal-number" style=goal_style(g.goal())>{g.get()}</span> })
                .collect_view();
            let code = (!ind.un_code.is_empty())
                .then(|| view! { <span class="un-code">{ind.un_code.clone()}</span> });
            let better = match ind.better {
                crate::domain::indicator::Better::Higher => t_string!(i18n, ind.higher),
                crate::domain::indicator::Better::Lower => t_string!(i18n, ind.lower),
            };
            let meta = [ind.unit.clone(), better.to_owned(), ind.source.clone()]
                .into_iter()
                .filter(|s| !s.is_empty())
                .collect::<Vec<_>>()
                .join(" · ");
            view! {
                <h2 id=heading_id.clone()>{goals}" "{code}" "{ind.name.clone()}</h2>
                <p class="hint">{meta}</p>
            }
        })
    };
    let lang = crate::ui::locale::use_lang();
    let body = move || {
        // Numbers are written in the UI language's own way: drawn again with it.
        lang.track();
        let names = names.get();
        indicator.get().map(|ind| {
            let statuses = Side::BOTH
                .map(|side| {
                    let name = if side == Side::A {
                        names.0.clone()
                    } else {
                        names.1.clone()
                    };
                    view! { <PartnerStatus ind=ind.clone() side name /> }
                })
                .collect_view();
            view! {
                <div class="indicator-body">
                    <chart::Chart indicator=ind.clone() names=names.clone() />
                    <dl class="indicator-status">{statuses}</dl>
                </div>
            }
        })
    };
    view! {
        <article class="indicator-card slide" class:off-slide=off_slide style=style aria-labelledby=labelled_by>
            {heading}
            {body}
            <div class="setup">
                <div class="actions">
                    <button type="button" class="button secondary" aria-expanded=move || editing.get().to_string()
                        on:click=move |_| editing.update(|e| *e = !*e)>
                        {t!(i18n, ind.edit)}<span class="visually-hidden">" "{name}</span>
                    </button>
                    <button type="button" class="button danger" on:click=remove>
                        {t!(i18n, ind.remove)}<span class="visually-hidden">" "{name}</span>
                    </button>
                </div>
                <Show when=move || editing.get()>
                    <form::IndicatorForm pid existing=indicator.get_untracked() done=Callback::new(move |_| editing.set(false)) />
                </Show>
                {Side::BOTH.map(|side| view! {
                    <follow::FollowPart pid iid=iid.get_value() side indicator partnership />
                }).collect_view()}
            </div>
        </article>
    }
}

#[component]
fn PartnerStatus(ind: Indicator, side: Side, name: String) -> impl IntoView {
    let i18n = use_i18n();
    let lang = use_lang();
    let f = ind.follow(side);
    let s = status(f, ind.better);
    let unit = ind.unit.clone();
    let l = lang.get_untracked();
    let latest = f
        .latest()
        .map(|m| point_text(t_string!(i18n, ind.latest), m.year, m.value, &unit, l));
    let target = f
        .target
        .map(|t| point_text(t_string!(i18n, ind.target_of), t.year, t.value, &unit, l));
    let baseline = f
        .baseline
        .map(|b| point_text(t_string!(i18n, ind.baseline_of), b.year, b.value, &unit, l));
    view! {
        <div class=format!("partner-status side-{}", if side == Side::A { "a" } else { "b" })>
            <dt>{name}</dt>
            <dd>
                <span class=status_class(s)><span aria-hidden="true">{status_sign(s)}" "</span>{status_word(i18n, s)}</span>
                {baseline.map(|t| view! { <span class="fact">{t}</span> })}
                {latest.map(|t| view! { <span class="fact">{t}</span> })}
                {target.map(|t| view! { <span class="fact">{t}</span> })}
            </dd>
        </div>
    }
}

/// The indicators' card on the partnership's page: their names; the
/// statuses are one click away (their code stays with the indicators' pages,
/// not in the partnership page's chunk).
#[component]
pub fn IndicatorsSummary(partnership: Partnership) -> impl IntoView {
    let i18n = use_i18n();
    let list = partnership.indicators.list();
    let lines = list
        .iter()
        .take(4)
        .map(|ind| view! { <span class="summary-line">{ind.name.clone()}</span> })
        .collect_view();
    view! {
        <section class="card exercise-card">
            <h2>{t!(i18n, ind.title)}</h2>
            {if list.is_empty() {
                view! { <p>{t!(i18n, ind.none)}</p> }.into_any()
            } else {
                view! { <p>{lines}</p> }.into_any()
            }}
            <A href=Route::Indicators(partnership.id.clone()).href() attr:class="button">
                {t!(i18n, ind.open)}
            </A>
        </section>
    }
}

/// The indicators' page of the printed report: each chart with both
/// partners' status, baseline, latest value and target.
#[component]
pub fn IndicatorsReport(partnership: Memo<Option<Partnership>>) -> impl IntoView {
    let i18n = use_i18n();
    let Some(p) = partnership.get_untracked() else {
        return ().into_any();
    };
    let list = p.indicators.list();
    if list.is_empty() {
        return ().into_any();
    }
    let names = (p.a.name.clone(), p.b.name.clone());
    view! {
        <section class="report-section indicators-report">
            <h2>{t!(i18n, ind.title)}</h2>
            {list.into_iter().map(|ind| {
                let statuses = Side::BOTH.map(|side| {
                    let name = if side == Side::A { names.0.clone() } else { names.1.clone() };
                    view! { <PartnerStatus ind=ind.clone() side name /> }
                }).collect_view();
                view! {
                    <article class="indicator-card">
                        <h3>{(!ind.un_code.is_empty()).then(|| format!("{} ", ind.un_code))}{ind.name.clone()}</h3>
                        <div class="indicator-body">
                            <chart::Chart indicator=ind.clone() names=names.clone() />
                            <dl class="indicator-status">{statuses}</dl>
                        </div>
                    </article>
                }
            }).collect_view()}
            <p class="hint">{t!(i18n, ind.status_rule)}</p>
        </section>
    }
    .into_any()
}
