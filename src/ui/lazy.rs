//! Route-level code splitting: every screen but the home page is loaded when it
//! is first visited, so the first load carries only the shell and the home page.
//!
//! With the `split` feature (the release build, `scripts/build-wasm.mjs`) each page
//! family is a `wasm_split` split point: `wasm-split-cli` moves the code only that
//! family reaches into its own chunk, fetched on the first visit (and precached by
//! the service worker for offline use). Without the feature (component tests,
//! clippy) the same functions build their page directly, so tests see plain views.
//!
//! Leptos' own `#[lazy]`/`LazyRoute` panic when a chunk cannot be fetched, and a
//! panic aborts the whole app; the split points here are `fallible` instead, so an
//! offline first visit shows a message with a retry and everything else stays.
//!
//! Drawn with a signal that the load sets, not with `<Suspense>`: suspense (its
//! boundary, the async-derived futures it polls) cost 3.4 KB of the first load,
//! for one async value per page that never changes once it is there.

use super::circle::{BoardPage, BoardSummaryPage, CirclePage, CompareBoardsPage, WalkPage};
use super::consultation::ConsultationPage;
use super::data::DataPage;
use super::goals::{GoalPage, GoalsPage};
use super::index::{IndexPage, IndexPlanPage};
use super::indicator::IndicatorsPage;
use super::live::join::JoinPage;
use super::not_found::NotFound;
use super::partnership_page::PartnershipPage;
use super::programme::{ProgrammePage, ProgrammesPage};
use super::report::ReportPage;
use crate::split_code::split_code;
use leptos::prelude::*;
use std::future::Future;
use std::pin::Pin;

/// A page that is not in the main module, grouped by the chunk it lives in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Page {
    Goals(GoalsPart),
    Circle(CirclePart),
    Index(IndexPart),
    Partnership,
    Data,
    /// The printed report of a partnership, and the programme pages: the
    /// overview across partnerships reads and draws what the report does
    /// (boards, rounds, consultations, circles), so in one family they share
    /// one chunk. In the data family the overview made the data page's
    /// first visit 264 KB instead of 149; a family of its own cost the first
    /// load 0.7 KB of chunk names (bench/RESULTS.md, seventeenth pass).
    Report(ReportPart),
    /// A participant's screen in a live session (`/join`): a family of its own,
    /// because a phone that scans the projector's QR code on a slow connection
    /// fetches it first. With the circle's pages it fetched 310 KB before the
    /// name field (bench/RESULTS.md, nineteenth pass).
    Join,
    /// An address the app does not know: rare enough not to be in the first load.
    NotFound,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum GoalsPart {
    All,
    One,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CirclePart {
    Boards,
    Board,
    Walk,
    Summary,
    Compare,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ReportPart {
    Partnership,
    /// The programmes on this device, and one programme's overview.
    Programmes,
    Programme,
    /// A partnership's joint indicators: their charts and statuses are the
    /// report's too. With the index (whose scores show only their evidence
    /// lines) they made every scoring session's first visit 96 KB heavier:
    /// the forms, the CSV reader, the picker and the charts.
    Indicators,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum IndexPart {
    Rounds,
    Plan,
    /// The citizen consultation, with the index: it ends in the same plan.
    Consultation,
}

/// One module per chunk: `split_code!` hands out its `draw` (in the chunk). All
/// take a `Page`, so one instantiation of `fetched` serves every family; each
/// draws only its own pages, as `lazy` asks each family for nothing else.
macro_rules! page_family {
    ($family:ident, |$page:ident| $draw:expr) => {
        mod $family {
            use super::*;

            fn draw($page: Page) -> AnyView {
                $draw
            }

            split_code!(
                $family,
                fn $family() -> Draw {
                    draw
                }
            );

            pub const CODE: Family = Family {
                get: split_code::get,
                load: || Box::pin(split_code::load()),
            };
        }
    };
}

page_family!(goals, |page| match page {
    Page::Goals(GoalsPart::All) => view! { <GoalsPage /> }.into_any(),
    Page::Goals(GoalsPart::One) => view! { <GoalPage /> }.into_any(),
    _ => ().into_any(),
});

page_family!(circle, |page| match page {
    Page::Circle(CirclePart::Boards) => view! { <CirclePage /> }.into_any(),
    Page::Circle(CirclePart::Board) => view! { <BoardPage /> }.into_any(),
    Page::Circle(CirclePart::Walk) => view! { <WalkPage /> }.into_any(),
    Page::Circle(CirclePart::Summary) => view! { <BoardSummaryPage /> }.into_any(),
    Page::Circle(CirclePart::Compare) => view! { <CompareBoardsPage /> }.into_any(),
    _ => ().into_any(),
});

// The consultation's pages come with the index's: they end in the same plan,
// and a family of their own made 50 more shared chunks, whose names the split
// loader and index.html carry in the first load (+0.6 KB, measured).
page_family!(index, |page| match page {
    Page::Index(IndexPart::Rounds) => view! { <IndexPage /> }.into_any(),
    Page::Index(IndexPart::Plan) => view! { <IndexPlanPage /> }.into_any(),
    Page::Index(IndexPart::Consultation) => view! { <ConsultationPage /> }.into_any(),
    _ => ().into_any(),
});

page_family!(partnership, |_page| view! { <PartnershipPage /> }
    .into_any());
page_family!(data, |_page| view! { <DataPage /> }.into_any());
page_family!(report, |page| match page {
    Page::Report(ReportPart::Programmes) => view! { <ProgrammesPage /> }.into_any(),
    Page::Report(ReportPart::Programme) => view! { <ProgrammePage /> }.into_any(),
    Page::Report(ReportPart::Indicators) => view! { <IndicatorsPage /> }.into_any(),
    _ => view! { <ReportPage /> }.into_any(),
});
page_family!(not_found, |_page| view! { <NotFound /> }.into_any());
page_family!(join, |_page| view! { <JoinPage /> }.into_any());

/// The code that draws a family's pages.
type Draw = fn(Page) -> AnyView;

/// A page family's code: the drawing code if it is loaded, and how to load it.
#[derive(Clone, Copy)]
struct Family {
    get: fn() -> Option<Draw>,
    load: fn() -> Loading,
}

/// A family's code on its way (`None` if it could not be fetched).
type Loading = Pin<Box<dyn Future<Output = Option<Draw>>>>;

fn family(page: Page) -> Family {
    match page {
        Page::Goals(_) => goals::CODE,
        Page::Circle(_) => circle::CODE,
        Page::Index(_) => index::CODE,
        Page::Partnership => partnership::CODE,
        Page::Data => data::CODE,
        Page::Report(_) => report::CODE,
        Page::NotFound => not_found::CODE,
        Page::Join => join::CODE,
    }
}

/// Fetches the code that draws `page`, and the page styles side by side with
/// it: both are in before the page draws.
async fn load(page: Page) -> Option<Draw> {
    let styles = super::page_styles::load();
    let code = (family(page).load)().await;
    styles.await;
    code
}

/// The view of a route whose code may not be loaded yet (`view=|| lazy(…)`):
/// drawn at once where it is (and the page styles too), otherwise with a
/// loading line until it is.
pub fn lazy(page: Page) -> AnyView {
    // The component tests (no `split`) have no page styles to wait for.
    let styled = cfg!(not(feature = "split")) || super::page_styles::started();
    match (family(page).get)() {
        Some(draw) if styled => draw(page),
        _ => fetched(move || load(page), move |draw| draw(page), Failed::Page),
    }
}

/// What could not be loaded: a whole page, or a part of one.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Failed {
    Page,
    Part,
}

/// Says that code could not be fetched (offline, and not cached) and offers
/// "Try again".
fn load_failed(what: Failed, retry: impl Fn() + Copy + Send + Sync + 'static) -> AnyView {
    use crate::i18n::*;
    let i18n = use_i18n();
    let message = move || match what {
        Failed::Page => t!(i18n, lazy.failed).into_any(),
        Failed::Part => t!(i18n, lazy.part_failed).into_any(),
    };
    view! {
        <div class="load-failed" class:page=what == Failed::Page role="alert">
            <p>{message}</p>
            <button type="button" class="button" on:click=move |_| retry()>
                {t!(i18n, lazy.retry)}
            </button>
        </div>
    }
    .into_any()
}

/// Draws with code that `split_code!` hands out: at once if it is `loaded`,
/// otherwise once `load` has fetched it (nothing shows meanwhile), or says that
/// it could not be fetched, with "Try again".
pub fn with_code<T, F>(
    loaded: Option<T>,
    load: fn() -> F,
    draw: impl Fn(T) -> AnyView + Send + Sync + 'static,
) -> AnyView
where
    T: Copy + Send + Sync + 'static,
    F: Future<Output = Option<T>> + 'static,
{
    match loaded {
        Some(code) => draw(code),
        None => fetched(load, draw, Failed::Part),
    }
}

/// Fetches with `load` now, and again at each "Try again"; draws what it
/// gives, and until then a loading line for a page, nothing for a part.
fn fetched<T, F>(
    load: impl Fn() -> F + Copy + Send + Sync + 'static,
    draw: impl Fn(T) -> AnyView + Send + Sync + 'static,
    what: Failed,
) -> AnyView
where
    T: Copy + Send + Sync + 'static,
    F: Future<Output = Option<T>> + 'static,
{
    // None while fetching; then the code, or None if it could not be fetched.
    let code = RwSignal::new(None::<Option<T>>);
    let fetch = move || {
        code.set(None);
        leptos::task::spawn_local(async move {
            let got = load().await;
            // The page may have been left meanwhile, taking the signal with it.
            let _ = code.try_set(Some(got));
        });
    };
    fetch();
    (move || match code.get() {
        // A component's own reads must not redraw it from here.
        Some(Some(loaded)) => untrack(|| draw(loaded)),
        Some(None) => load_failed(what, fetch),
        None if what == Failed::Page => loading_line(),
        None => ().into_any(),
    })
    .into_any()
}

fn loading_line() -> AnyView {
    use crate::i18n::*;
    let i18n = use_i18n();
    view! { <p class="page-loading" role="status">{t!(i18n, lazy.loading)}</p> }.into_any()
}
