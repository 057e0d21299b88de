//! Home: the partnerships on this device (`partnership_list`), and the form
//! that creates one.

use super::partnership_form::PartnershipFields;
use super::stored_views::{self, with_stored_views};
use crate::domain::workspace::PartnershipDraft;
use crate::domain::Shelf;
use crate::i18n::*;
use crate::state::codec;
use crate::state::store::Persistence;
use crate::state::use_store;
use crate::ui::fill::fill;
use leptos::prelude::*;

#[component]
pub fn HomePage() -> impl IntoView {
    let i18n = use_i18n();
    let store = use_store();
    let total = Memo::new(move |_| store.workspace.with(Shelf::len));
    let any = move || total.get() > 0;
    // Stored partnerships that could not be read yet (the banner says so): not
    // "none yet", and no new work that could not be saved.
    let opened = move || store.persistence.get() != Persistence::NotOpened;
    view! {
        <section class="page home">
            <h1>{t!(i18n, home.title)}</h1>
            <p class="lead">{t!(i18n, home.intro)}</p>
            <Show
                when=any
                fallback=move || opened().then(|| view! { <p class="empty">{t!(i18n, home.empty)}</p> })
            >
                {with_stored_views(|views| (views.list)())}
            </Show>
            <Show when=opened>
                <CreatePartnership />
            </Show>
        </section>
    }
}

#[component]
fn CreatePartnership() -> impl IntoView {
    let i18n = use_i18n();
    let store = use_store();
    let draft = RwSignal::new(PartnershipDraft::default());
    let error = RwSignal::new(None);
    let created = RwSignal::new(None::<String>);
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        match store.create(&draft.get_untracked()) {
            Ok(p) => {
                created.set(Some(p.name));
                error.set(None);
                draft.set(PartnershipDraft::default());
            }
            Err(e) => {
                error.set(Some(e));
                created.set(None);
            }
        }
    };
    view! {
        // Neither the code that saves the new partnership nor the list that
        // will show it is loaded on a first visit: fetched (one chunk) while
        // the person fills in the form.
        <form class="create-partnership card" on:submit=submit aria-labelledby="create-title"
            on:focusin=move |_| {
                codec::prefetch();
                stored_views::prefetch();
            }>
            <h2 id="create-title">{t!(i18n, home.create_title)}</h2>
            <PartnershipFields draft error id_prefix="new".to_owned() />
            <button type="submit" class="button primary">{t!(i18n, home.create)}</button>
            <p class="status" role="status">
                {move || created.get().map(|name| fill(t_string!(i18n, home.created), &[("name", name)]))}
            </p>
        </form>
    }
}
