//! Persistent banners about storage, and the start-up notices about unreadable data.
//! Only the banners about code that could not be fetched are drawn from the main
//! module; the others are in the stored views' chunk (`ui::stored_views`), which
//! every tab has loaded by the time it has data to save (`state::codec`), and
//! fetches at once where storage is unavailable from the start.

use super::problem_view;
use super::stored_views::with_stored_views;
use crate::i18n::*;
use crate::state::browser::download;
use crate::state::storage;
use crate::state::store::{Notice, Persistence};
use crate::state::{codec, exporter};
use crate::state::{use_store, Store};
use crate::ui::fill::fill;
use leptos::prelude::*;

/// Downloads the index scores as CSV (all partnerships, or one).
pub fn export_csv(
    store: Store,
    only: Option<&crate::domain::PartnershipId>,
    lang: crate::domain::Lang,
) {
    let (name, text) = store.export_csv(only, lang);
    download(&name, "text/csv", &text);
}

/// Downloads the whole workspace now: the way out of every storage problem.
pub fn export_all(store: Store) {
    export_json(store, None);
}

/// Downloads the workspace, or one partnership, as a file, and remembers when.
/// The exporter's code is fetched at the first export; without it (offline,
/// never cached) the file is made all the same, without the derived results,
/// by the codec, which every tab with data has loaded (to read or save it).
pub fn export_json(store: Store, only: Option<crate::domain::PartnershipId>) {
    leptos::task::spawn_local(async move {
        let make = match exporter::load().await {
            Some(make) => Some(make),
            None => codec::load().await.map(|c| c.backup),
        };
        // Neither: a first visit gone offline, whose changes could not be
        // saved either, which the not-loaded banner already says.
        let Some(make) = make else { return };
        let file = store.export(only.as_ref(), make);
        if download(&file.name, "application/json", &file.text) {
            store.mark_exported();
        }
    });
}

#[component]
pub fn StorageBanners() -> impl IntoView {
    let store = use_store();
    view! {
        <div class="banners" role="region" aria-live="polite">
            {move || match store.persistence.get() {
                Persistence::Saving => None,
                Persistence::NotOpened => Some(view! { <CodeMissingBanner not_opened=true /> }.into_any()),
                Persistence::NotLoaded => Some(view! { <CodeMissingBanner not_opened=false /> }.into_any()),
                other => Some(with_stored_views(move |views| (views.storage)(other))),
            }}
            {move || store.notice.get().map(|notice| with_stored_views(move |views| (views.notice)(notice.clone())))}
            <UpdateBanner />
        </div>
    }
}

/// The banner for a storage problem (with the stored views).
pub(super) fn storage_banner(persistence: Persistence) -> AnyView {
    match persistence {
        Persistence::Unavailable | Persistence::Blocked => {
            view! { <NotSavingBanner full=false /> }.into_any()
        }
        Persistence::Refused => view! { <NotSavingBanner full=true /> }.into_any(),
        Persistence::OtherTab => view! { <OtherTabBanner /> }.into_any(),
        _ => ().into_any(),
    }
}

#[component]
fn Icon() -> impl IntoView {
    view! { <span class="banner-icon" aria-hidden="true">"!"</span> }
}

/// Changes are not reaching storage: say why, and offer the way out (an export).
#[component]
fn NotSavingBanner(full: bool) -> impl IntoView {
    let i18n = use_i18n();
    let store = use_store();
    let message = move || {
        if full {
            t!(i18n, storage.quota).into_any()
        } else {
            t!(i18n, storage.unavailable).into_any()
        }
    };
    view! {
        <div class="banner warning" role="alert">
            <p><Icon />{message}</p>
            <button class="button" on:click=move |_| export_all(store)>{t!(i18n, storage.export_now)}</button>
        </div>
    }
}

#[component]
fn OtherTabBanner() -> impl IntoView {
    let i18n = use_i18n();
    let store = use_store();
    view! {
        <div class="banner warning" role="alert">
            <p><Icon />{t!(i18n, storage.other_tab)}</p>
            <div class="actions">
                <button class="button" on:click=move |_| store.use_other_tab()>{t!(i18n, storage.use_other)}</button>
                <button class="button secondary" on:click=move |_| store.keep_this_tab()>{t!(i18n, storage.keep_mine)}</button>
            </div>
        </div>
    }
}

/// Code that reading or saving needs could not be fetched (offline, not
/// cached; see `state::codec`): say what that means, and offer to try again.
/// The stored data could not be read (`not_opened`: no export, there is
/// nothing read to export), or a first visit's changes could not be saved
/// (`not_loaded`: they stay in this tab until "Try again" saves them).
#[component]
fn CodeMissingBanner(not_opened: bool) -> impl IntoView {
    let i18n = use_i18n();
    let store = use_store();
    let retry = move |_| {
        if not_opened {
            store.open_stored()
        } else {
            store.save_again()
        }
    };
    view! {
        <div class="banner warning" role="alert">
            <p>
                <Icon />
                {move || if not_opened {
                    t_string!(i18n, storage.not_opened)
                } else {
                    t_string!(i18n, storage.not_loaded)
                }}
            </p>
            <button class="button" on:click=retry>{t!(i18n, storage.open_again)}</button>
        </div>
    }
}

/// Only once stored data has been read (see `ui::stored_views`).
#[component]
pub(super) fn NoticeBanner(notice: Notice) -> impl IntoView {
    let i18n = use_i18n();
    let store = use_store();
    let (message, why, backup_key) = match notice {
        Notice::Corrupt { backup_key, error } => {
            let why = problem_view::restore_error(error);
            (t!(i18n, storage.corrupt).into_any(), why, Some(backup_key))
        }
        Notice::Salvaged {
            backup_key,
            dropped,
        } => {
            let why = problem_view::dropped_list(dropped);
            (t!(i18n, storage.salvaged).into_any(), why, backup_key)
        }
        Notice::SetAside {
            name,
            reason,
            backup_key,
            ..
        } => {
            let message = if backup_key.is_some() {
                fill(
                    t_string!(i18n, storage.set_aside_kept),
                    &[("name", name.clone())],
                )
                .into_any()
            } else {
                fill(
                    t_string!(i18n, storage.set_aside),
                    &[("name", name.clone())],
                )
                .into_any()
            };
            let why = problem_view::problem(reason);
            (message, why, backup_key)
        }
    };
    view! {
        <div class="banner notice" role="alert">
            <p><Icon />{message}</p>
            {why}
            <div class="actions">
                {backup_key.map(|key| view! {
                    <button class="button" on:click=move |_| {
                        let text = storage::read(&key).unwrap_or_default();
                        download("sdg-circle-backup.json", "application/json", &text);
                    }>{t!(i18n, storage.download_backup)}</button>
                })}
                <button class="button secondary" on:click=move |_| store.notice.set(None)>
                    {t!(i18n, storage.dismiss)}
                </button>
            </div>
        </div>
    }
}

/// A new version has been installed in the background: announce it, and switch
/// only when the person says so (never in the middle of a workshop). The
/// announcement is listened for from the start; what it shows is drawn with the
/// stored views.
#[component]
fn UpdateBanner() -> impl IntoView {
    let ready = RwSignal::new(false);
    let handle = window_event_listener_untyped("sdg-update-ready", move |_| ready.set(true));
    on_cleanup(move || handle.remove());
    move || {
        ready
            .get()
            .then(|| with_stored_views(|views| (views.update)()))
    }
}

#[component]
pub(super) fn UpdateReady() -> impl IntoView {
    let i18n = use_i18n();
    let store = use_store();
    let update = move |_| {
        store.flush();
        let window = window();
        let _ = js_sys::Reflect::set(&window, &"__sdgUpdateRequested".into(), &true.into());
        if let Ok(event) = web_sys::Event::new("sdg-apply-update") {
            let _ = window.dispatch_event(&event);
        }
    };
    view! {
        <div class="banner notice update" role="status">
            <p>{t!(i18n, app.update_ready)}</p>
            <button class="button" on:click=update>{t!(i18n, app.update_now)}</button>
        </div>
    }
}
