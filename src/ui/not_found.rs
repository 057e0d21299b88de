use super::current_route::use_route;
use crate::i18n::*;
use crate::routes::Route;
use crate::state::store::Notice;
use crate::state::use_store;
use leptos::prelude::*;
use leptos_router::components::A;

/// Nothing at this address; or, for a partnership set aside just now because
/// its data could not be read, that it could not be opened (the notice above
/// says why and what was kept), rather than a bare "page not found".
#[component]
pub fn NotFound() -> impl IntoView {
    let i18n = use_i18n();
    let store = use_store();
    let route = use_route();
    let unreadable = Memo::new(move |_| {
        let here = route.with(|r| r.as_ref().and_then(Route::partnership).cloned());
        store.notice.with(|n| match (n, here) {
            (Some(Notice::SetAside { id, .. }), Some(here)) => *id == here,
            _ => false,
        })
    });
    let title = move || {
        if unreadable.get() {
            t_string!(i18n, not_found.unreadable_title)
        } else {
            t_string!(i18n, not_found.title)
        }
    };
    let body = move || {
        if unreadable.get() {
            t_string!(i18n, not_found.unreadable_body)
        } else {
            t_string!(i18n, not_found.body)
        }
    };
    view! {
        <section class="page not-found">
            <h1>{title}</h1>
            <p>{body}</p>
            <A href=Route::Home.href() attr:class="button">{t!(i18n, not_found.home)}</A>
        </section>
    }
}
