//! Ballots one by one at a stand: a person picks up to N goals, says for
//! each whether things got better if they like, and may give an age band and
//! a gender. Never a name.

use super::words::{goal_colours, goal_label};
use super::ConsultCtx;
use crate::domain::consultation::{AgeBand, BallotError, BallotGoal, Gender, Pick, Trend};
use crate::i18n::*;
use crate::state::consultation::BallotDraft;
use crate::state::use_store;
use crate::ui::fill::fill;
use crate::ui::locale::use_lang;
use leptos::prelude::*;

/// One person's ballot at a stand: up to N goals, a trend for each, age and gender.
#[component]
pub fn Stand(ctx: ConsultCtx, place: StoredValue<String>) -> impl IntoView {
    let i18n = use_i18n();
    let store = use_store();
    let lang = use_lang();
    let c = StoredValue::new(
        ctx.consultation
            .get_untracked()
            .expect("the page checked the consultation"),
    );
    let max = move || {
        ctx.consultation
            .with(|c| c.as_ref().map_or(0, |c| c.max_picks))
    };
    let draft = RwSignal::new(BallotDraft::default());
    let error = RwSignal::new(None::<BallotError>);
    let added = RwSignal::new(None::<usize>);
    let here = Memo::new(move |_| {
        ctx.consultation.with(|c| {
            c.as_ref()
                .and_then(|c| c.place(&place.get_value()))
                .map_or(0, |p| p.ballots.len())
        })
    });
    let picked = move |goal: BallotGoal| draft.with(|d| d.picks.iter().any(|p| p.goal == goal));
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let d = draft.get_untracked();
        match store.add_ballot(&ctx.pid.get_value(), &ctx.cid(), &place.get_value(), &d) {
            Ok(n) => {
                draft.set(BallotDraft::default());
                error.set(None);
                added.set(Some(n));
            }
            Err(e) => {
                added.set(None);
                error.set(Some(e));
            }
        }
    };
    let message = move || {
        error.get().map(|e| match e {
            BallotError::NoPicks | BallotError::Twice(_) | BallotError::UnknownGoal(_) => {
                t_string!(i18n, consult.err_no_picks).to_owned()
            }
            BallotError::TooMany { max } => fill(
                t_string!(i18n, consult.err_too_many),
                &[("max", max.to_string())],
            ),
        })
    };
    let goals = c.with_value(|c| c.ballot_goals());
    let choices = goals
        .into_iter()
        .map(|goal| {
            let id = format!("pick-{}", goal.number());
            let label = move || c.with_value(|c| goal_label(c, goal, lang.get()));
            let colours = c.with_value(|c| goal_colours(c, goal));
            let full = move || !picked(goal) && draft.with(|d| d.picks.len()) >= usize::from(max());
            let toggle = move |ev: leptos::ev::Event| {
                let on = event_target_checked(&ev);
                draft.update(|d| {
                    d.picks.retain(|p| p.goal != goal);
                    if on {
                        d.picks.push(Pick { goal, trend: None });
                    }
                });
            };
            view! {
                <li class="pick">
                    <input type="checkbox" id=id.clone() prop:checked=move || picked(goal) disabled=full on:change=toggle />
                    <label for=id>
                        <span class="goal-chip" style=colours aria-hidden="true">{goal.number()}</span>
                        {label}
                    </label>
                    {move || picked(goal).then(|| view! { <TrendChoice goal draft /> })}
                </li>
            }
        })
        .collect_view();
    let age_change = move |ev: leptos::ev::Event| {
        let code = event_target_value(&ev);
        draft.update(|d| d.age = AgeBand::ALL.into_iter().find(|a| a.code() == code));
    };
    let gender_change = move |ev: leptos::ev::Event| {
        let code = event_target_value(&ev);
        draft.update(|d| d.gender = Gender::ALL.into_iter().find(|g| gender_code(*g) == code));
    };
    view! {
        <form class="card stand-form" on:submit=submit aria-labelledby="stand-title">
            <h2 id="stand-title">{t!(i18n, consult.stand)}</h2>
            <p class="hint">{move || fill(t_string!(i18n, consult.stand_hint), &[("max", max().to_string())])}</p>
            <fieldset class="picks">
                <legend>
                    {move || fill(t_string!(i18n, consult.picked_of), &[
                        ("count", draft.with(|d| d.picks.len()).to_string()),
                        ("max", max().to_string())])}
                </legend>
                <ul class="pick-list">{choices}</ul>
            </fieldset>
            <div class="field-row">
                <div class="field">
                    <label for="ballot-age">{t!(i18n, consult.age)}</label>
                    <select id="ballot-age" on:change=age_change prop:value=move || draft.with(|d| d.age.map_or("", |a| a.code()).to_owned())>
                        <option value="">{t!(i18n, consult.not_said)}</option>
                        {AgeBand::ALL.into_iter().map(|a| view! { <option value=a.code()>{a.label()}</option> }).collect_view()}
                    </select>
                </div>
                <div class="field">
                    <label for="ballot-gender">{t!(i18n, consult.gender)}</label>
                    <select id="ballot-gender" on:change=gender_change prop:value=move || draft.with(|d| d.gender.map_or("", gender_code).to_owned())>
                        <option value="">{t!(i18n, consult.not_said)}</option>
                        <option value="female">{t!(i18n, consult.gender_female)}</option>
                        <option value="male">{t!(i18n, consult.gender_male)}</option>
                        <option value="other">{t!(i18n, consult.gender_other)}</option>
                    </select>
                </div>
            </div>
            <p class="error" role="alert">{message}</p>
            <button type="submit" class="button">{t!(i18n, consult.add_ballot)}</button>
            <p role="status" class="saved">
                {move || added.get().map(|n| fill(t_string!(i18n, consult.ballot_added), &[("count", n.to_string())]))}
            </p>
            <p class="ballots-here">
                {move || fill(t_string!(i18n, consult.ballots_here), &[("count", here.get().to_string())])}
                " "
                <button type="button" class="button secondary" hidden=move || here.get() == 0
                    on:click=move |_| store.remove_last_ballot(&ctx.pid.get_value(), &ctx.cid(), &place.get_value())>
                    {t!(i18n, consult.remove_last)}
                </button>
            </p>
        </form>
    }
}

fn gender_code(g: Gender) -> &'static str {
    match g {
        Gender::Female => "female",
        Gender::Male => "male",
        Gender::Other => "other",
    }
}

/// Whether things got better on a picked goal: three choices, or not said.
#[component]
fn TrendChoice(goal: BallotGoal, draft: RwSignal<BallotDraft>) -> impl IntoView {
    let i18n = use_i18n();
    let name = format!("trend-{}", goal.number());
    let current = move || {
        draft.with(|d| {
            d.picks
                .iter()
                .find(|p| p.goal == goal)
                .and_then(|p| p.trend)
        })
    };
    let set = move |trend: Option<Trend>| {
        draft.update(|d| {
            if let Some(p) = d.picks.iter_mut().find(|p| p.goal == goal) {
                p.trend = trend;
            }
        })
    };
    let word = move |t: Option<Trend>| match t {
        Some(Trend::Better) => t_string!(i18n, consult.trend_better),
        Some(Trend::Same) => t_string!(i18n, consult.trend_same),
        Some(Trend::Worse) => t_string!(i18n, consult.trend_worse),
        None => t_string!(i18n, consult.not_said),
    };
    let options = [Some(Trend::Better), Some(Trend::Same), Some(Trend::Worse), None]
        .into_iter()
        .map(|t| {
            let name = name.clone();
            view! {
                <label class="trend-option">
                    <input type="radio" name=name prop:checked=move || current() == t on:change=move |_| set(t) />
                    {move || word(t)}
                </label>
            }
        })
        .collect_view();
    view! {
        <fieldset class="trend">
            <legend>{t!(i18n, consult.trend)}</legend>
            {options}
        </fieldset>
    }
}
