//! Persistent banners about storage, and the start-up notice about unreadable data.

use crate::i18n::*;
use crate::state::browser::download;
use crate::state::storage;
use crate::state::store::{Notice, Persistence};
use crate::state::use_store;
use leptos::prelude::*;

#[component]
pub fn StorageBanners() -> impl IntoView {
    let i18n = use_i18n();
    let store = use_store();
    let persistence = move || store.persistence.get();
    view! {
        <div class="banners" role="region" aria-live="polite">
            {move || match persistence() {
                Persistence::Saving => None,
                Persistence::Unavailable | Persistence::Blocked => Some(view! {
                    <p class="banner warning" role="alert">
                        <span class="banner-icon" aria-hidden="true">"!"</span>
                        {t!(i18n, storage.unavailable)}
                    </p>
                }.into_any()),
                Persistence::Refused => Some(view! {
                    <p class="banner warning" role="alert">
                        <span class="banner-icon" aria-hidden="true">"!"</span>
                        {t!(i18n, storage.quota)}
                    </p>
                }.into_any()),
            }}
            {move || store.notice.get().map(|notice| match notice {
                Notice::Corrupt { backup_key, error } => {
                    let key = backup_key.clone();
                    let detail = error.to_string();
                    view! {
                        <div class="banner notice" role="alert">
                            <p>
                                <span class="banner-icon" aria-hidden="true">"!"</span>
                                {t!(i18n, storage.corrupt)}
                            </p>
                            <p class="detail">{t!(i18n, storage.corrupt_detail, detail = detail.clone())}</p>
                            <div class="actions">
                                <button class="button" on:click=move |_| {
                                    let text = storage::read(&key).unwrap_or_default();
                                    download("sdg-circle-backup.json", "application/json", &text);
                                }>{t!(i18n, storage.download_backup)}</button>
                                <button class="button secondary" on:click=move |_| store.notice.set(None)>
                                    {t!(i18n, storage.dismiss)}
                                </button>
                            </div>
                        </div>
                    }
                }
            })}
        </div>
    }
}
