//! The rounds of a partnership: choose one, start one, and the round's own
//! settings (name, method, blind scoring, delete).

use super::words::{fill, method_word};
use super::RoundCtx;
use crate::domain::index::{Method, Visibility, ROUND_NAME_MAX};
use crate::domain::{Partnership, PartnershipId};
use crate::i18n::*;
use crate::routes::Route;
use crate::state::use_store;
use crate::ui::partnership_form::error_text;
use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::use_navigate;

#[component]
pub fn RoundBar(
    pid: PartnershipId,
    partnership: Memo<Option<Partnership>>,
    current: Memo<Option<String>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let rounds = move || {
        partnership.with(|p| {
            p.as_ref()
                .map(|p| {
                    p.rounds
                        .iter()
                        .map(|r| (r.id.clone(), r.name.clone()))
                        .collect::<Vec<_>>()
                })
                .unwrap_or_default()
        })
    };
    let link_pid = pid.clone();
    view! {
        <div class="round-bar">
            <nav aria-label=move || t_string!(i18n, index.rounds.label)>
                <ul class="round-tabs">
                    <For each=rounds key=|r| r.clone() let:r>
                        {
                            let (id, name) = r;
                            let href = Route::IndexRound(link_pid.clone(), id.clone()).href();
                            let is_current = move || current.with(|c| c.as_deref() == Some(id.as_str()));
                            view! {
                                <li>
                                    <A href=href attr:aria-current=move || is_current().then_some("page")>
                                        {name}
                                    </A>
                                </li>
                            }
                        }
                    </For>
                </ul>
            </nav>
            <NewRound pid />
        </div>
    }
}

#[component]
fn NewRound(pid: PartnershipId) -> impl IntoView {
    let i18n = use_i18n();
    let store = use_store();
    let navigate = use_navigate();
    let name = RwSignal::new(String::new());
    let method = RwSignal::new(Method::Dialogue);
    let error = RwSignal::new(None);
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        match store.add_round(&pid, &name.get_untracked(), method.get_untracked()) {
            Ok(rid) => {
                name.set(String::new());
                error.set(None);
                navigate(
                    &Route::IndexRound(pid.clone(), rid).href(),
                    Default::default(),
                );
            }
            Err(e) => error.set(Some(e)),
        }
    };
    view! {
        <form class="new-round" on:submit=submit aria-labelledby="new-round-title">
            <h2 id="new-round-title" class="visually-hidden">{t!(i18n, index.rounds.new)}</h2>
            <div class="field">
                <label for="new-round-name">{t!(i18n, index.rounds.name)}</label>
                <input
                    id="new-round-name"
                    type="text"
                    maxlength=ROUND_NAME_MAX.to_string()
                    placeholder=move || t_string!(i18n, index.rounds.name_example)
                    aria-invalid=move || error.with(|e| e.is_some()).then_some("true")
                    aria-describedby="new-round-error"
                    prop:value=move || name.get()
                    on:input=move |ev| name.set(event_target_value(&ev))
                />
                <p class="error" id="new-round-error">{move || error.get().map(|e| error_text(&e))}</p>
            </div>
            <div class="field">
                <label for="new-round-method">{t!(i18n, index.method.label)}</label>
                <select
                    id="new-round-method"
                    on:change=move |ev| method.set(if event_target_value(&ev) == "questionnaire" {
                        Method::Questionnaire
                    } else {
                        Method::Dialogue
                    })
                >
                    <option value="dialogue" selected=move || method.get() == Method::Dialogue>
                        {move || method_word(i18n, Method::Dialogue)}
                    </option>
                    <option value="questionnaire" selected=move || method.get() == Method::Questionnaire>
                        {move || method_word(i18n, Method::Questionnaire)}
                    </option>
                </select>
            </div>
            <button type="submit" class="button">{t!(i18n, index.rounds.start)}</button>
        </form>
    }
}

#[component]
pub fn RoundHeader(ctx: RoundCtx) -> impl IntoView {
    let i18n = use_i18n();
    let name = move || ctx.round_name.get();
    view! {
        <section class="round-header card" aria-labelledby="round-title">
            <h2 id="round-title">{t!(i18n, index.rounds.round)}" "{name}</h2>
            <div class="round-settings">
                <MethodChoice ctx />
                <BlindControl ctx />
            </div>
            <RoundActions ctx />
        </section>
    }
}

#[component]
fn MethodChoice(ctx: RoundCtx) -> impl IntoView {
    let i18n = use_i18n();
    let store = use_store();
    let method = move || ctx.method.get();
    let option = move |m: Method| {
        view! {
            <label class="choice">
                <input
                    type="radio"
                    name="round-method"
                    prop:checked=move || method() == m
                    on:change=move |_| store.set_method(&ctx.pid.get_value(), &ctx.rid.get_value(), m)
                />
                {move || method_word(i18n, m)}
            </label>
        }
    };
    view! {
        <fieldset class="method-choice">
            <legend>{t!(i18n, index.method.label)}</legend>
            {option(Method::Dialogue)}
            {option(Method::Questionnaire)}
            <p class="hint">
                {move || match method() {
                    Method::Dialogue => t!(i18n, index.method.dialogue_hint).into_any(),
                    Method::Questionnaire => t!(i18n, index.method.questionnaire_hint).into_any(),
                }}
            </p>
        </fieldset>
    }
}

#[component]
fn BlindControl(ctx: RoundCtx) -> impl IntoView {
    let i18n = use_i18n();
    let store = use_store();
    let visibility = move || ctx.visibility.get();
    let set =
        move |v: Visibility| store.set_visibility(&ctx.pid.get_value(), &ctx.rid.get_value(), v);
    view! {
        <div class="blind-control">
            <h3>{t!(i18n, index.blind.title)}</h3>
            {move || match visibility() {
                Visibility::Open => view! {
                    <p class="hint">{t!(i18n, index.blind.open)}</p>
                    <button type="button" class="button secondary" on:click=move |_| set(Visibility::Blind)>
                        {t!(i18n, index.blind.hide)}
                    </button>
                }.into_any(),
                Visibility::Blind => view! {
                    <p class="blind-state"><span aria-hidden="true">"🙈 "</span>{t!(i18n, index.blind.blind)}</p>
                    <button type="button" class="button" on:click=move |_| set(Visibility::Revealed)>
                        {t!(i18n, index.blind.reveal)}
                    </button>
                }.into_any(),
                Visibility::Revealed => view! {
                    <p class="hint">{t!(i18n, index.blind.revealed)}</p>
                    <button type="button" class="button secondary" on:click=move |_| set(Visibility::Blind)>
                        {t!(i18n, index.blind.hide_again)}
                    </button>
                }.into_any(),
            }}
        </div>
    }
}

#[component]
fn RoundActions(ctx: RoundCtx) -> impl IntoView {
    let i18n = use_i18n();
    let store = use_store();
    let navigate = use_navigate();
    let renaming = RwSignal::new(false);
    let confirming = RwSignal::new(false);
    let draft = RwSignal::new(String::new());
    let error = RwSignal::new(None);
    let name = move || {
        ctx.round
            .with(|r| r.as_ref().map(|r| r.name.clone()).unwrap_or_default())
    };
    let save = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        match store.rename_round(
            &ctx.pid.get_value(),
            &ctx.rid.get_value(),
            &draft.get_untracked(),
        ) {
            Ok(()) => {
                renaming.set(false);
                error.set(None);
            }
            Err(e) => error.set(Some(e)),
        }
    };
    let delete = move |_| {
        let pid = ctx.pid.get_value();
        store.delete_round(&pid, &ctx.rid.get_value());
        navigate(&Route::Index(pid).href(), Default::default());
    };
    view! {
        <div class="actions round-actions">
            <Show when=move || renaming.get()>
                <form class="rename-round" on:submit=save>
                    <div class="field">
                        <label for="rename-round">{t!(i18n, index.rounds.name)}</label>
                        <input
                            id="rename-round"
                            type="text"
                            maxlength=ROUND_NAME_MAX.to_string()
                            aria-describedby="rename-round-error"
                            prop:value=move || draft.get()
                            on:input=move |ev| draft.set(event_target_value(&ev))
                        />
                        <p class="error" id="rename-round-error">{move || error.get().map(|e| error_text(&e))}</p>
                    </div>
                    <button type="submit" class="button">{t!(i18n, home.save)}</button>
                    <button type="button" class="button secondary" on:click=move |_| renaming.set(false)>
                        {t!(i18n, home.cancel)}
                    </button>
                </form>
            </Show>
            <Show when=move || !renaming.get() && !confirming.get()>
                <button type="button" class="button secondary" on:click=move |_| {
                    draft.set(name());
                    renaming.set(true);
                }>
                    {t!(i18n, index.rounds.rename)}
                </button>
                <button type="button" class="button danger" on:click=move |_| confirming.set(true)>
                    {t!(i18n, index.rounds.delete)}
                </button>
            </Show>
            <Show when=move || confirming.get()>
                <div class="confirm" role="alertdialog" aria-labelledby="confirm-delete-round">
                    <p id="confirm-delete-round">{move || fill(t_string!(i18n, index.rounds.confirm_delete), &[("name", (name()).to_string())])}</p>
                    <button type="button" class="button danger" on:click=delete.clone()>
                        {t!(i18n, index.rounds.delete_yes)}
                    </button>
                    <button type="button" class="button secondary" on:click=move |_| confirming.set(false)>
                        {t!(i18n, home.cancel)}
                    </button>
                </div>
            </Show>
        </div>
    }
}
