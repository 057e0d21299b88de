//! The shell: context providers, header, banners and the routes.

use super::banner::StorageBanners;
use super::current_route::RouteView;
use super::display::provide_display;
use super::locale::{remember_language, LanguageSwitch};
use super::shortcuts::{DisplayControls, Shortcuts};
use super::stored_views;
use super::undo_bar::UndoBar;
use crate::i18n::*;
use crate::routes::Route as To;
use crate::state::{codec, provide_store, storage};
use leptos::prelude::*;
use leptos_router::components::{Router, A};

#[component]
pub fn App() -> impl IntoView {
    view! {
        <I18nContextProvider>
            <Shell />
        </I18nContextProvider>
    }
}

/// The header is one row: the brand, the main navigation, the current
/// partnership, the language and a menu. What does not fit the width folds
/// into the menu (CSS decides: the display controls below 90rem and in
/// projector mode, the navigation, the partnership and the language too below
/// 60rem). The menu is a native `<details>`: keyboard, expanded state and
/// toggling come with it, no code in the first load; on wide screens CSS shows
/// its content inline and hides its summary. A new page closes it
/// (`current_route::RouteView`), as a phone's menu does.
#[component]
fn Shell() -> impl IntoView {
    let i18n = use_i18n();
    remember_language();
    let current = provide_store().current();
    provide_display();
    view! {
        <Router>
            <a class="skip-link" href="#main">{t!(i18n, app.skip)}</a>
            <header class="app-header">
                <A href=To::Home.href() attr:class="brand">
                    <span class="brand-mark" aria-hidden="true"></span>
                    {t!(i18n, app.name)}
                </A>
                <nav class="app-nav" aria-label=move || t_string!(i18n, app.main_nav)>
                    <A href=To::Home.href() exact=true>{t!(i18n, nav.home)}</A>
                    {move || current.get().map(|p| view! {
                        <A href=To::Circle(p.id.clone()).href()>{t!(i18n, nav.circle)}</A>
                        <A href=To::Index(p.id.clone()).href()>{t!(i18n, nav.index)}</A>
                    })}
                    <A href=To::Goals.href()>{t!(i18n, nav.goals)}</A>
                    <A href=To::Data.href()>{t!(i18n, nav.data)}</A>
                </nav>
                <p class="current-partnership">
                    {move || current.get().map(|p| view! {
                        <span class="label">{t!(i18n, app.current)}": "</span>
                        <A href=To::Partnership(p.id.clone()).href()><strong>{p.name}</strong></A>
                    })}
                </p>
                <LanguageSwitch />
                <details class="app-menu">
                    <summary class="button secondary on-dark menu-toggle">{t!(i18n, app.menu)}</summary>
                    <DisplayControls />
                </details>
            </header>
            <Shortcuts />
            <StorageBanners />
            <UndoBar />
            <main id="main" tabindex="-1">
                <RouteView />
            </main>
        </Router>
    }
}

/// Starts the app. Where storage holds data, the code that reads and shows it is
/// fetched first (`state::codec`, `ui::stored_views`; it is cached for offline
/// use like the pages), so the home page is drawn once, with the partnerships;
/// index.html's first screen stays up meanwhile. If it cannot be fetched, the app starts without
/// reading or writing the data and says so.
pub fn start() {
    if storage::holds_data() && codec::get().is_none() {
        wasm_bindgen_futures::spawn_local(async {
            // One chunk: the views that show stored data come with the codec.
            if codec::load().await.is_some() {
                stored_views::load().await;
            }
            mount();
        });
    } else {
        mount();
    }
}

fn mount() {
    remove_app_shell();
    leptos::mount::mount_to_body(App);
}

/// Takes away the first screen that index.html paints before the wasm arrives;
/// the app renders the same screen in the same task, so nothing flickers.
fn remove_app_shell() {
    if let Some(shell) = document().get_element_by_id("app-shell") {
        shell.remove();
    }
}
