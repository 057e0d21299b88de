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
use crate::state::{codec, provide_store, storage, use_store};
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

#[component]
fn Shell() -> impl IntoView {
    let i18n = use_i18n();
    remember_language();
    provide_store();
    provide_display();
    view! {
        <Router>
            <a class="skip-link" href="#main">{t!(i18n, app.skip)}</a>
            <Header />
            <Shortcuts />
            <StorageBanners />
            <UndoBar />
            <main id="main" tabindex="-1">
                <RouteView />
            </main>
        </Router>
    }
}

/// One row: the brand, the main navigation, the current partnership and a menu
/// button. What does not fit the width folds into the menu (CSS decides: the
/// display controls below 90rem and in projector mode, the navigation too
/// below 60rem), so the header never takes more than a bar of the screen.
#[component]
fn Header() -> impl IntoView {
    let i18n = use_i18n();
    let current = use_store().current();
    let open = RwSignal::new(false);
    // A new page closes the menu, as a phone's menu does.
    let location = leptos_router::hooks::use_location();
    Effect::new(move |_| {
        location.pathname.track();
        open.set(false);
    });
    view! {
        <header
            class="app-header"
            class:menu-open=move || open.get()
            on:keydown=move |ev| {
                if ev.key() == "Escape" && open.get_untracked() {
                    open.set(false);
                    focus_menu_button();
                }
            }
        >
            <A href=To::Home.href() attr:class="brand">
                <span class="brand-mark" aria-hidden="true"></span>
                <span class="brand-name">{t!(i18n, app.name)}</span>
            </A>
            <nav class="app-nav" id="app-nav" aria-label=move || t_string!(i18n, app.main_nav)>
                <A href=To::Home.href() exact=true>{t!(i18n, nav.home)}</A>
                {move || current.get().map(|p| view! {
                    <A href=To::Circle(p.id.clone()).href()>{t!(i18n, nav.circle)}</A>
                    <A href=To::Index(p.id.clone()).href()>{t!(i18n, nav.index)}</A>
                })}
                <A href=To::Goals.href()>{t!(i18n, nav.goals)}</A>
                <A href=To::Data.href()>{t!(i18n, nav.data)}</A>
            </nav>
            <p class="current-partnership">
                {move || current.get().map(|p| {
                    let title = p.name.clone();
                    view! {
                        <span class="label">{t!(i18n, app.current)}": "</span>
                        <A href=To::Partnership(p.id.clone()).href() attr:title=title><strong>{p.name}</strong></A>
                    }
                })}
            </p>
            <button
                type="button"
                id="menu-button"
                class="button secondary on-dark menu-toggle"
                aria-expanded=move || open.get().to_string()
                aria-controls="app-nav header-tools"
                on:click=move |_| open.update(|o| *o = !*o)
            >
                <span class="menu-icon" aria-hidden="true"></span>
                {t!(i18n, app.menu)}
            </button>
            <div class="header-tools" id="header-tools">
                <DisplayControls />
                <LanguageSwitch />
            </div>
        </header>
    }
}

fn focus_menu_button() {
    use wasm_bindgen::JsCast;
    if let Some(el) = document()
        .get_element_by_id("menu-button")
        .and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = el.focus();
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
