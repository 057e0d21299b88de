//! One partnership's hub: its partners and the way into each exercise.

use super::circle::CircleSummary;
use super::index::IndexSummary;
use crate::domain::Partnership;
use crate::i18n::*;
use crate::state::use_store;
use crate::ui::current_route::use_route_part;
use leptos::prelude::*;

/// The partnership the current route names, kept up to date as the workspace
/// changes; `None` when there is no such partnership.
pub fn use_route_partnership() -> Memo<Option<Partnership>> {
    let store = use_store();
    let id = use_route_part(|r| r.partnership().cloned());
    Memo::new(move |_| {
        let id = id.get()?;
        store.partnership(&id)
    })
}

#[component]
pub fn PartnershipPage() -> impl IntoView {
    let i18n = use_i18n();
    let store = use_store();
    let lang = super::locale::use_lang();
    let partnership = use_route_partnership();
    // Opening a partnership makes it the current one.
    Effect::new(move |_| {
        if let Some(id) = partnership.with(|p| p.as_ref().map(|p| p.id.clone())) {
            store.select(&id);
        }
    });
    move || {
        match partnership.get() {
        None => view! { <super::not_found::NotFound /> }.into_any(),
        Some(p) => view! {
            <section class="page partnership">
                <h1>{p.name.clone()}</h1>
                <p class="partners lead">
                    <span class="visually-hidden">{t!(i18n, home.partners_label)}": "</span>
                    <super::partnership_list::PartnerLine partner=p.a.clone() />
                    <span aria-hidden="true">" ⇄ "</span>
                    <super::partnership_list::PartnerLine partner=p.b.clone() />
                </p>
                <div class="actions">
                    <button class="button secondary" on:click={
                        let id = p.id.clone();
                        move |_| super::banner::export_json(store, Some(id.clone()))
                    }>{t!(i18n, data.export_one)}</button>
                    <button class="button secondary" on:click={
                        let id = p.id.clone();
                        move |_| super::banner::export_csv(store, Some(&id), lang.get_untracked())
                    }>{t!(i18n, data.export_one_csv)}</button>
                    <leptos_router::components::A href=crate::routes::Route::Report(p.id.clone()).href() attr:class="button secondary">
                        {t!(i18n, report.open)}
                    </leptos_router::components::A>
                </div>
                <div class="exercise-cards">
                    <CircleSummary partnership=p.clone() />
                    <IndexSummary partnership=p.clone() />
                    <super::consultation::ConsultationSummary partnership=p.clone() />
                    <super::indicator::IndicatorsSummary partnership=p.clone() />
                </div>
            </section>
        }
        .into_any(),
    }
    }
}
