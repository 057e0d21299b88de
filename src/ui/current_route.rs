//! The page for the current address. `Route::parse` reads the address once,
//! instead of a tree of router routes (each route a generic type of its own, all
//! of them code in the first load); pages read their part of the parsed route.

use super::home::HomePage;
use super::lazy::{lazy, CirclePart, GoalsPart, IndexPart, Page, ReportPart};
use crate::routes::Route;
use leptos::prelude::*;
use leptos_router::hooks::use_location;
use leptos_router::location::{BrowserUrl, LocationProvider};

#[derive(Clone, Copy)]
struct CurrentRoute(Memo<Option<Route>>);

/// What a route shows. A page is built again only when this changes: moving
/// between the rounds, boards or goals of one page updates it in place.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Screen {
    Home,
    Lazy(Page),
}

fn screen_of(route: Option<&Route>) -> Screen {
    let page = match route {
        None => Page::NotFound,
        Some(Route::Home) => return Screen::Home,
        Some(Route::Goals) => Page::Goals(GoalsPart::All),
        Some(Route::Goal(_)) => Page::Goals(GoalsPart::One),
        Some(Route::Partnership(_)) => Page::Partnership,
        Some(Route::Data) => Page::Data,
        Some(Route::Programmes) => Page::Report(ReportPart::Programmes),
        Some(Route::Programme(_)) => Page::Report(ReportPart::Programme),
        Some(Route::Report(_)) => Page::Report(ReportPart::Partnership),
        Some(Route::Circle(_)) => Page::Circle(CirclePart::Boards),
        Some(Route::CircleBoard(..)) => Page::Circle(CirclePart::Board),
        Some(Route::CircleWalk(..)) => Page::Circle(CirclePart::Walk),
        Some(Route::CircleSummary(..)) => Page::Circle(CirclePart::Summary),
        Some(Route::CircleCompare(..)) => Page::Circle(CirclePart::Compare),
        Some(Route::Index(_) | Route::IndexRound(..)) => Page::Index(IndexPart::Rounds),
        Some(Route::IndexPlan(_)) => Page::Index(IndexPart::Plan),
        Some(Route::Consultation(_)) => Page::Index(IndexPart::Consultation),
        Some(Route::Indicators(_)) => Page::Report(ReportPart::Indicators),
        Some(Route::Join) => Page::Join,
    };
    Screen::Lazy(page)
}

/// The current page, inside the router. Only the home page is in the main
/// module; the others load on their first visit (see ui/lazy.rs).
#[component]
pub fn RouteView() -> impl IntoView {
    let pathname = use_location().pathname;
    let route = Memo::new(move |_| pathname.with(|p| Route::parse(p)));
    provide_context(CurrentRoute(route));
    let screen = Memo::new(move |_| route.with(|r| screen_of(r.as_ref())));
    // The router's link listener writes a clicked link's address to the address
    // bar only once the routes view says the new page is drawn; that is this view.
    let browser_url = use_context::<BrowserUrl>();
    Effect::new(move |_| {
        pathname.track();
        if let Some(url) = &browser_url {
            url.ready_to_complete();
        }
        // A page followed from the header's menu (on a phone: the navigation) closes it.
        if let Ok(Some(menu)) = document().query_selector(".app-menu[open]") {
            let _ = menu.remove_attribute("open");
        }
    });
    move || match screen.get() {
        Screen::Home => view! { <HomePage /> }.into_any(),
        Screen::Lazy(page) => lazy(page),
    }
}

/// The current route, as parsed once for the whole page (`None`: not found).
pub fn use_route() -> Memo<Option<Route>> {
    expect_context::<CurrentRoute>().0
}

/// The part of the current route a page shows; `read` gives `None` for a route
/// that is not the page's own. The last value is kept while the address is
/// elsewhere, so a page being left is not redrawn for an address it does not show.
pub fn use_route_part<T>(read: fn(&Route) -> Option<T>) -> Memo<Option<T>>
where
    T: Clone + PartialEq + Send + Sync + 'static,
{
    let route = use_route();
    Memo::new(move |last: Option<&Option<T>>| {
        route
            .with(|r| r.as_ref().and_then(read))
            .or_else(|| last.cloned().flatten())
    })
}
