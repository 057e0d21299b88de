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

use super::circle::{BoardPage, BoardSummaryPage, CirclePage, CompareBoardsPage, WalkPage};
use super::data::DataPage;
use super::goals::{GoalPage, GoalsPage};
use super::index::{IndexPage, IndexPlanPage};
use super::not_found::NotFound;
use super::partnership_page::PartnershipPage;
use super::report::ReportPage;
use leptos::prelude::*;

/// A page that is not in the main module, grouped by the chunk it lives in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Page {
    Goals(GoalsPart),
    Circle(CirclePart),
    Index(IndexPart),
    Partnership,
    Data,
    Report,
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
pub enum IndexPart {
    Rounds,
    Plan,
}

/// One function per chunk. With `split` it is a fallible split point (an async
/// wrapper that loads the chunk, then calls into it); without, a plain function.
macro_rules! chunk {
    ($(#[$doc:meta])* $module:ident, fn $name:ident($($arg:ident: $ty:ty)?) $body:block) => {
        $(#[$doc])*
        #[cfg(feature = "split")]
        #[leptos::wasm_split::wasm_split($module, wasm_split_path = ::leptos::wasm_split, fallible)]
        fn $name($($arg: $ty)?) -> Result<AnyView, leptos::wasm_split::SplitLoaderError> {
            let view: AnyView = $body;
            Ok(view)
        }

        $(#[$doc])*
        #[cfg(not(feature = "split"))]
        fn $name($($arg: $ty)?) -> AnyView {
            $body
        }
    };
}

chunk!(
    goals,
    fn goals(part: GoalsPart) {
        match part {
            GoalsPart::All => view! { <GoalsPage /> }.into_any(),
            GoalsPart::One => view! { <GoalPage /> }.into_any(),
        }
    }
);

chunk!(
    circle,
    fn circle(part: CirclePart) {
        match part {
            CirclePart::Boards => view! { <CirclePage /> }.into_any(),
            CirclePart::Board => view! { <BoardPage /> }.into_any(),
            CirclePart::Walk => view! { <WalkPage /> }.into_any(),
            CirclePart::Summary => view! { <BoardSummaryPage /> }.into_any(),
            CirclePart::Compare => view! { <CompareBoardsPage /> }.into_any(),
        }
    }
);

chunk!(
    index,
    fn index(part: IndexPart) {
        match part {
            IndexPart::Rounds => view! { <IndexPage /> }.into_any(),
            IndexPart::Plan => view! { <IndexPlanPage /> }.into_any(),
        }
    }
);

chunk!(
    partnership,
    fn partnership() {
        view! { <PartnershipPage /> }.into_any()
    }
);

chunk!(
    data,
    fn data() {
        view! { <DataPage /> }.into_any()
    }
);

chunk!(
    report,
    fn report() {
        view! { <ReportPage /> }.into_any()
    }
);

chunk!(
    not_found,
    fn not_found() {
        view! { <NotFound /> }.into_any()
    }
);

/// The view of a route whose code may not be loaded yet (`view=|| lazy(…)`).
#[cfg(not(feature = "split"))]
pub fn lazy(page: Page) -> AnyView {
    match page {
        Page::Goals(part) => goals(part),
        Page::Circle(part) => circle(part),
        Page::Index(part) => index(part),
        Page::Partnership => partnership(),
        Page::Data => data(),
        Page::Report => report(),
        Page::NotFound => not_found(),
    }
}

/// The view of a route whose code may not be loaded yet (`view=|| lazy(…)`).
/// A chunk already loaded renders at once (the future is ready on its first
/// poll), so only a first visit shows the loading line.
#[cfg(feature = "split")]
pub fn lazy(page: Page) -> AnyView {
    use crate::i18n::*;
    let i18n = use_i18n();
    // Bumped by "Try again": the failed load is not cached, so it starts afresh.
    let attempt = RwSignal::new(0u32);
    view! {
        <Suspense fallback=move || view! {
            <p class="page-loading" role="status">{t!(i18n, lazy.loading)}</p>
        }>
            {move || {
                attempt.track();
                // Suspend wants a Send future; the styles' JS promise is not one, and
                // the browser's main thread is the only thread there is.
                Suspend::new(send_wrapper::SendWrapper::new(async move {
                    // Fetched side by side with the chunk; both are in before the page draws.
                    let styles = super::page_styles::load();
                    let loaded = match page {
                        Page::Goals(part) => goals(part).await,
                        Page::Circle(part) => circle(part).await,
                        Page::Index(part) => index(part).await,
                        Page::Partnership => partnership().await,
                        Page::Data => data().await,
                        Page::Report => report().await,
                        Page::NotFound => not_found().await,
                    };
                    styles.await;
                    loaded.unwrap_or_else(|_| load_failed(Failed::Page, attempt))
                }))
            }}
        </Suspense>
    }
    .into_any()
}

/// What could not be loaded: a whole page, or a part of one.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Failed {
    Page,
    Part,
}

/// Says that code could not be fetched (offline, and not cached) and offers
/// "Try again", which bumps `attempt`.
pub fn load_failed(what: Failed, attempt: RwSignal<u32>) -> AnyView {
    use crate::i18n::*;
    let i18n = use_i18n();
    let message = move || match what {
        Failed::Page => t!(i18n, lazy.failed).into_any(),
        Failed::Part => t!(i18n, lazy.part_failed).into_any(),
    };
    view! {
        <div class="load-failed" class:page=what == Failed::Page role="alert">
            <p>{message}</p>
            <button type="button" class="button" on:click=move |_| attempt.update(|n| *n += 1)>
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
    draw: impl Fn(T) -> AnyView + Clone + Send + Sync + 'static,
) -> AnyView
where
    T: Copy + 'static,
    F: std::future::Future<Output = Option<T>> + 'static,
{
    if let Some(code) = loaded {
        return draw(code);
    }
    let attempt = RwSignal::new(0u32);
    view! {
        <Suspense fallback=|| ()>
            {move || {
                attempt.track();
                let draw = draw.clone();
                // Suspend wants a Send future; the loader's is not one, and the
                // browser's main thread is the only thread there is.
                Suspend::new(send_wrapper::SendWrapper::new(async move {
                    match load().await {
                        Some(code) => draw(code),
                        None => load_failed(Failed::Part, attempt),
                    }
                }))
            }}
        </Suspense>
    }
    .into_any()
}
