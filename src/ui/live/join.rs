//! `/join#<code>`: a participant's way in. The code stays in the fragment
//! (never sent to a server by the browser) and goes to the sync server in the
//! authentication message only. A name is optional.

use super::bridge::{self, Api};
use super::connection::LiveConnection;
use super::participant::ParticipantScreen;
use crate::domain::live::{JoinCode, Joined};
use crate::i18n::*;
use crate::state::live as records;
use leptos::prelude::*;

fn fragment() -> String {
    web_sys::window()
        .and_then(|w| w.location().hash().ok())
        .unwrap_or_default()
}

fn set_fragment(code: &JoinCode) {
    if let Some(w) = web_sys::window() {
        let _ = w.location().set_hash(&code.to_string());
    }
}

#[component]
pub fn JoinPage() -> impl IntoView {
    let code = RwSignal::new(JoinCode::parse(&fragment()));
    view! {
        <section class="page live-join">
            {move || match code.get() {
                None => view! { <CodeForm code /> }.into_any(),
                Some(c) => view! { <Joining code=c again=code /> }.into_any(),
            }}
        </section>
    }
}

/// Typing the code shown on the projector.
#[component]
fn CodeForm(code: RwSignal<Option<JoinCode>>) -> impl IntoView {
    let i18n = use_i18n();
    let typed = RwSignal::new(String::new());
    let wrong = RwSignal::new(false);
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        match JoinCode::parse(&typed.get_untracked()) {
            Some(c) => {
                set_fragment(&c);
                code.set(Some(c));
            }
            None => wrong.set(true),
        }
    };
    view! {
        <h1>{t!(i18n, live.join_title)}</h1>
        <form class="live-code-form" on:submit=submit novalidate>
            <label for="join-code">{t!(i18n, live.join_code)}</label>
            <input id="join-code" type="text" autocomplete="off" autocapitalize="characters"
                spellcheck="false" maxlength="20" placeholder="K7M4-QX2F-9DH3"
                aria-invalid=move || wrong.get().to_string()
                aria-describedby="join-code-error"
                prop:value=move || typed.get()
                on:input=move |ev| { typed.set(event_target_value(&ev)); wrong.set(false); } />
            <p id="join-code-error" class="field-error" role="alert">
                {move || wrong.get().then_some(t!(i18n, live.join_code_wrong))}
            </p>
            <button type="submit" class="button">{t!(i18n, live.join)}</button>
        </form>
    }
}

/// Asks for a name the first time while the live client loads beside it (a
/// phone on a slow connection has the name field a round trip sooner), then
/// connects.
#[component]
fn Joining(code: JoinCode, again: RwSignal<Option<JoinCode>>) -> impl IntoView {
    let i18n = use_i18n();
    let api = RwSignal::new_local(None::<Option<Api>>);
    let load = move || {
        api.set(None);
        leptos::task::spawn_local(async move {
            let loaded = bridge::load().await;
            let _ = api.try_set(Some(loaded));
        });
    };
    load();
    let joined = RwSignal::new(records::joined(&code));
    // The name given on this visit, until the client can make the device's id.
    let named = RwSignal::new(None::<String>);
    let code = StoredValue::new(code);
    // The device's record, once there is a name and the client that makes its id.
    Effect::new(move |_| {
        if let (Some(name), Some(Some(api))) = (named.get(), api.get()) {
            if joined.get_untracked().is_none() {
                let me = Joined {
                    code: code.get_value(),
                    device: api.random(8),
                    name,
                };
                records::keep_joined(&me);
                joined.set(Some(me));
            }
        }
    });
    // The name step does not read the client: its arrival must not draw the
    // step again and lose what is being typed.
    move || {
        if joined.with(Option::is_none) && named.with(Option::is_none) {
            return view! { <NameStep named /> }.into_any();
        }
        (move || match (joined.get(), api.get()) {
            (_, Some(None)) => view! {
                <p role="alert">{t!(i18n, live.client_failed)}</p>
                <button type="button" class="button" on:click=move |_| load()>{t!(i18n, lazy.retry)}</button>
            }
            .into_any(),
            (Some(me), Some(Some(api))) => {
                let options = serde_json::json!({
                    "sid": me.code.session(),
                    "code": me.code.as_str(),
                    "keep": true,
                });
                match LiveConnection::open(&api, &options.to_string(), |_, _| {}) {
                    Some(connection) => view! { <ParticipantScreen connection me again /> }.into_any(),
                    None => view! { <p role="alert">{t!(i18n, live.client_failed)}</p> }.into_any(),
                }
            }
            _ => view! { <p role="status">{t!(i18n, live.loading)}</p> }.into_any(),
        })
        .into_any()
    }
}

#[component]
fn NameStep(named: RwSignal<Option<String>>) -> impl IntoView {
    let i18n = use_i18n();
    let name = RwSignal::new(String::new());
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let typed = name.get_untracked();
        named.set(Some(typed.split_whitespace().collect::<Vec<_>>().join(" ")));
    };
    view! {
        <h1>{t!(i18n, live.join_title)}</h1>
        <form class="live-name-form" on:submit=submit>
            <label for="join-name">{t!(i18n, live.your_name)}</label>
            <input id="join-name" type="text" autocomplete="name" maxlength="40"
                aria-describedby="join-name-hint"
                prop:value=move || name.get()
                on:input=move |ev| name.set(event_target_value(&ev)) />
            <p id="join-name-hint" class="hint">{t!(i18n, live.your_name_hint)}</p>
            <button type="submit" class="button">{t!(i18n, live.join)}</button>
        </form>
    }
}
