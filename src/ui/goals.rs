//! The SDG browser: the 17 goals as tiles, and one goal's page.

use super::circle::CircleOnGoal;
use super::display::{use_alt_langs, GoalTitle};
use super::index::IndexOnGoal;
use super::locale::use_lang;
use super::text_width::widest_word;
use crate::domain::{Goal, GoalNumber, Pillar, GOALS};
use crate::i18n::*;
use crate::routes::Route;
use crate::state::use_store;
use crate::ui::current_route::use_route_part;
use leptos::prelude::*;
use leptos_i18n::I18nContext;
use leptos_router::components::A;

pub fn pillar_name(i18n: I18nContext<Locale>, pillar: Pillar) -> &'static str {
    match pillar {
        Pillar::People => t_string!(i18n, pillars.people),
        Pillar::Planet => t_string!(i18n, pillars.planet),
        Pillar::Prosperity => t_string!(i18n, pillars.prosperity),
        Pillar::Peace => t_string!(i18n, pillars.peace),
        Pillar::Partnership => t_string!(i18n, pillars.partnership),
    }
}

/// Inline style that paints a goal's colour with its contrast-safe text colour.
pub fn goal_style(goal: &Goal) -> String {
    format!(
        "--goal:{};--on-goal:{}",
        goal.colour.css(),
        goal.text_colour().css()
    )
}

#[component]
pub fn GoalsPage() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <section class="page goals">
            <h1>{t!(i18n, goals.title)}</h1>
            <p class="lead">{t!(i18n, goals.intro)}</p>
            <ul class="goal-grid">
                {GOALS.iter().map(|g| view! { <GoalTile goal=g /> }).collect_view()}
            </ul>
        </section>
    }
}

/// The letter spacing of a tile's title (`.goal-title`, style/pages.css).
const TILE_SPACING: f64 = 0.01;

#[component]
pub fn GoalTile(goal: &'static Goal) -> impl IntoView {
    let n = goal.number();
    let lang = use_lang();
    let alt = use_alt_langs();
    // The width of the title's widest word, in ems, for the stylesheet to
    // size the title so that word fits the tile whole: "Kwaliteitsonderwijs"
    // in capitals is wider than a tile, and no browser here hyphenates it.
    let word = move || {
        let main = widest_word(goal.title(lang.get()), true, TILE_SPACING);
        let alts = alt
            .get()
            .into_iter()
            .map(|l| widest_word(goal.title(l), false, TILE_SPACING));
        format!("--word:{:.2}", alts.fold(main, f64::max))
    };
    view! {
        <li class="goal-tile" style=goal_style(goal)>
            <A href=Route::Goal(n).href()>
                <span class="goal-number">{n.get()}</span>
                <span class="goal-title" style=word><GoalTitle goal /></span>
            </A>
        </li>
    }
}

#[component]
pub fn GoalPage() -> impl IntoView {
    let number = use_route_part(|r| match r {
        Route::Goal(n) => Some(*n),
        _ => None,
    });
    move || match number.get() {
        Some(n) => view! { <GoalDetail n /> }.into_any(),
        None => view! { <super::not_found::NotFound /> }.into_any(),
    }
}

#[component]
fn GoalDetail(n: GoalNumber) -> impl IntoView {
    let i18n = use_i18n();
    let lang = use_lang();
    let store = use_store();
    let current = store.current_partnership();
    let goal = n.goal();
    view! {
        <article class="page goal-detail" style=goal_style(goal)>
            <header class="goal-banner">
                <span class="goal-number" aria-hidden="true">{n.get()}</span>
                <div>
                    <p class="eyebrow">{t!(i18n, goals.goal, n = n.get())}</p>
                    <h1><GoalTitle goal /></h1>
                </div>
            </header>
            <crate::ui::slides::Slides>
            <div class="slide goal-about">
            <dl class="goal-facts">
                <div>
                    <dt>{t!(i18n, goals.pillar)}</dt>
                    <dd>{move || pillar_name(i18n, goal.pillar)}" "<small>"("{t!(i18n, goals.pillar_note)}")"</small></dd>
                </div>
                <div>
                    <dt>{t!(i18n, goals.targets_label)}</dt>
                    <dd>{t!(i18n, goals.targets, count = goal.targets)}</dd>
                </div>
            </dl>
            <p class="goal-description">{move || goal.description(lang.get())}</p>
            </div>
            <section class="goal-partnership card slide">
                {move || match current.get() {
                    Some(p) => view! {
                        <h2>{t!(i18n, goals.for_partnership, name = p.name.clone())}</h2>
                        <CircleOnGoal partnership=p.clone() goal=n />
                        <IndexOnGoal partnership=p.clone() goal=n />
                    }.into_any(),
                    None => view! { <p>{t!(i18n, goals.no_partnership)}</p> }.into_any(),
                }}
            </section>
            </crate::ui::slides::Slides>
            <nav class="goal-pager" aria-label=move || t_string!(i18n, goals.title)>
                <A href=Route::Goal(n.prev()).href() attr:rel="prev">
                    "← "{t!(i18n, goals.previous)}" ("{n.prev().get()}")"
                </A>
                <A href=Route::Goals.href()>{t!(i18n, goals.back)}</A>
                <A href=Route::Goal(n.next()).href() attr:rel="next">
                    {t!(i18n, goals.next)}" ("{n.next().get()}")"" →"
                </A>
            </nav>
        </article>
    }
}
