//! `/p/:id/consultation`: the citizen consultation of a partnership. Its
//! ballot (question, up to N goals, the community's own goals), its places in
//! both municipalities, the results side by side and set against the
//! programme; `/p/:id/consultation/place/:place` is where a place's paper
//! count and its single ballots are entered (`place.rs`).

mod against;
mod place;
mod results;
mod setup;
mod stand;
mod words;

pub use results::RankList;

use crate::domain::consultation::{tally, SetupError};
use crate::domain::consultation::{Consultation, SetupDraft, DEFAULT_MAX_PICKS, QUESTION_MAX};
use crate::domain::{Partnership, PartnershipId, Side};
use crate::i18n::*;
use crate::routes::Route;
use crate::state::use_store;
use crate::ui::fill::fill;
use crate::ui::partnership_form::error_text;
use crate::ui::partnership_page::use_route_partnership;
use leptos::prelude::*;
use leptos_router::components::A;

/// What every part of the page reads: the partnership and its consultation.
#[derive(Clone, Copy)]
pub(crate) struct ConsultCtx {
    pub pid: StoredValue<PartnershipId>,
    pub partnership: Memo<Option<Partnership>>,
    pub consultation: Memo<Option<Consultation>>,
}

impl ConsultCtx {
    /// The partnership's consultation `which` (there is one, unless two
    /// devices each started one and their files were merged).
    fn new(partnership: Memo<Option<Partnership>>, which: Signal<usize>) -> Option<ConsultCtx> {
        let pid = partnership.with_untracked(|p| p.as_ref().map(|p| p.id.clone()))?;
        let consultation = Memo::new(move |_| {
            let at = which.get();
            partnership.with(|p| {
                p.as_ref()
                    .and_then(|p| p.consultations.list().into_iter().nth(at))
            })
        });
        Some(ConsultCtx {
            pid: StoredValue::new(pid),
            partnership,
            consultation,
        })
    }

    pub fn cid(self) -> String {
        self.consultation
            .with_untracked(|c| c.as_ref().map(|c| c.id.clone()))
            .unwrap_or_default()
    }

    pub fn name(self, side: Side) -> String {
        self.partnership.with(|p| {
            p.as_ref()
                .map(|p| p.partner(side).name.clone())
                .unwrap_or_default()
        })
    }
}

#[component]
pub fn ConsultationPage() -> impl IntoView {
    let partnership = use_route_partnership();
    let pid = Memo::new(move |_| partnership.with(|p| p.as_ref().map(|p| p.id.clone())));
    let search = leptos_router::hooks::use_location().search;
    let place = Memo::new(move |_| search.with(|s| place::place_of_query(s)));
    let chosen = RwSignal::new(0usize);
    // A place's page shows the consultation the place is in.
    let which = Signal::derive(move || {
        let in_place = place.with(|place| {
            let place = place.as_deref()?;
            partnership.with(|p| {
                p.as_ref()?
                    .consultations
                    .list()
                    .iter()
                    .position(|c| c.place(place).is_some())
            })
        });
        in_place.unwrap_or_else(|| chosen.get())
    });
    provide_context(chosen);
    move || {
        let ctx = pid.get().and(ConsultCtx::new(partnership, which));
        match (ctx, place.get()) {
            (Some(ctx), None) => view! { <Overview ctx /> }.into_any(),
            (Some(ctx), Some(place))
                if ctx
                    .consultation
                    .with_untracked(|c| c.as_ref().is_some_and(|c| c.place(&place).is_some())) =>
            {
                view! { <place::PlaceView ctx place /> }.into_any()
            }
            _ => view! { <crate::ui::not_found::NotFound /> }.into_any(),
        }
    }
}

#[component]
fn Overview(ctx: ConsultCtx) -> impl IntoView {
    let i18n = use_i18n();
    let started = Memo::new(move |_| ctx.consultation.with(|c| c.is_some()));
    let back = Route::Partnership(ctx.pid.get_value()).href();
    let back_name = move || {
        ctx.partnership
            .with(|p| p.as_ref().map(|p| p.name.clone()).unwrap_or_default())
    };
    view! {
        <section class="page consultation">
            <h1>{t!(i18n, consult.title)}</h1>
            <p class="lead">{t!(i18n, consult.intro)}</p>
            <p class="consult-back"><A href=back>"← "{back_name}</A></p>
            <Choice ctx />
            {move || if started.get() {
                view! {
                    <setup::Setup ctx />
                    <setup::Places ctx />
                    <crate::ui::slides::Slides>
                        <results::SideBySide ctx />
                        <results::Overview ctx />
                        <against::Against ctx />
                    </crate::ui::slides::Slides>
                    <results::Download ctx />
                }
                .into_any()
            } else {
                view! { <Start pid=ctx.pid /> }.into_any()
            }}
        </section>
    }
}

/// Which consultation, when merged files brought more than one.
#[component]
fn Choice(ctx: ConsultCtx) -> impl IntoView {
    let i18n = use_i18n();
    let chosen = use_context::<RwSignal<usize>>();
    let questions = Memo::new(move |_| {
        ctx.partnership.with(|p| {
            p.as_ref()
                .map(|p| {
                    let list = p.consultations.list();
                    list.iter()
                        .map(|c| {
                            let dates = c.created_at.get(..10).unwrap_or("").to_owned();
                            format!("{} ({dates})", c.question)
                        })
                        .collect::<Vec<_>>()
                })
                .unwrap_or_default()
        })
    });
    move || {
        let chosen = chosen?;
        (questions.with(|q| q.len()) > 1).then(|| {
            view! {
                <div class="field consult-choice">
                    <label for="consult-choice">{t!(i18n, consult.which)}</label>
                    <select id="consult-choice" on:change=move |ev| chosen.set(event_target_value(&ev).parse().unwrap_or(0))>
                        {questions.get().into_iter().enumerate().map(|(i, q)| view! {
                            <option value=i.to_string() selected=move || chosen.get() == i>{q}</option>
                        }).collect_view()}
                    </select>
                </div>
            }
        })
    }
}

/// The question and N, to start the consultation.
#[component]
fn Start(pid: StoredValue<PartnershipId>) -> impl IntoView {
    let i18n = use_i18n();
    let store = use_store();
    let question = RwSignal::new(t_string!(i18n, consult.question_default).to_owned());
    let picks = RwSignal::new(DEFAULT_MAX_PICKS.to_string());
    let error = RwSignal::new(None::<SetupError>);
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let draft = SetupDraft {
            question: question.get_untracked(),
            max_picks: picks.get_untracked().trim().parse().unwrap_or(0),
        };
        match store.start_consultation(&pid.get_value(), &draft) {
            Ok(_) => error.set(None),
            Err(e) => error.set(Some(e)),
        }
    };
    view! {
        <form class="card consult-start" novalidate on:submit=submit aria-labelledby="consult-start-title">
            <h2 id="consult-start-title">{t!(i18n, consult.setup)}</h2>
            <SetupFields question picks error />
            <button type="submit" class="button">{t!(i18n, consult.start)}</button>
        </form>
    }
}

/// The question and "up to N goals", with what is wrong with them.
#[component]
pub(crate) fn SetupFields(
    question: RwSignal<String>,
    picks: RwSignal<String>,
    error: RwSignal<Option<SetupError>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let question_error = move || match error.get() {
        Some(SetupError::Question(e)) => Some(error_text(&e)),
        _ => None,
    };
    let picks_error = move || match error.get() {
        Some(SetupError::MaxPicks { max }) => Some(fill(
            t_string!(i18n, consult.err_max_picks),
            &[("max", max.to_string())],
        )),
        Some(SetupError::BelowEntered { entered }) => Some(fill(
            t_string!(i18n, consult.err_below_entered),
            &[("entered", entered.to_string())],
        )),
        _ => None,
    };
    view! {
        <div class="field">
            <label for="consult-question">{t!(i18n, consult.question)}</label>
            <input
                id="consult-question"
                type="text"
                maxlength=QUESTION_MAX.to_string()
                aria-invalid=move || matches!(error.get(), Some(SetupError::Question(_))).then_some("true")
                aria-describedby="consult-question-error"
                prop:value=move || question.get()
                on:input=move |ev| question.set(event_target_value(&ev))
            />
            <p class="error" id="consult-question-error">{question_error}</p>
        </div>
        <div class="field">
            <label for="consult-picks">{t!(i18n, consult.max_picks)}</label>
            <input
                id="consult-picks"
                type="number"
                min="1"
                inputmode="numeric"
                class="count"
                aria-invalid=move || matches!(error.get(), Some(SetupError::MaxPicks { .. } | SetupError::BelowEntered { .. })).then_some("true")
                aria-describedby="consult-picks-error"
                prop:value=move || picks.get()
                on:input=move |ev| picks.set(event_target_value(&ev))
            />
            <p class="error" id="consult-picks-error">{picks_error}</p>
        </div>
    }
}

/// The partnership page's card: how many answered in each municipality.
#[component]
pub fn ConsultationSummary(partnership: Partnership) -> impl IntoView {
    let i18n = use_i18n();
    let first = partnership.consultations.list().into_iter().next();
    let counts = first.map(|c| {
        Side::BOTH.map(|side| {
            (
                partnership.partner(side).name.clone(),
                tally::of_side(&c, side).respondents,
            )
        })
    });
    view! {
        <section class="card exercise-card">
            <h2>{t!(i18n, consult.title)}</h2>
            {match counts {
                None => view! { <p>{t!(i18n, consult.card)}</p> }.into_any(),
                Some(counts) => {
                    let lines = move || counts.clone().map(|(name, n)| {
                        let line = fill(t_string!(i18n, consult.card_counts), &[("name", name), ("count", n.to_string())]);
                        view! { <span class="summary-line">{line}</span> }
                    });
                    view! { <p>{lines}</p> }.into_any()
                }
            }}
            <A href=Route::Consultation(partnership.id.clone()).href() attr:class="button">
                {t!(i18n, consult.open)}
            </A>
        </section>
    }
}

/// The consultation's page of the printed report: the question, the places
/// and the results side by side, on the circle and where they differ; each
/// consultation, when merged files brought more than one.
#[component]
pub fn ConsultationReport(partnership: Memo<Option<Partnership>>) -> impl IntoView {
    let i18n = use_i18n();
    let questions: Vec<String> = partnership.with_untracked(|p| {
        p.as_ref()
            .map(|p| {
                p.consultations
                    .list()
                    .into_iter()
                    .map(|c| c.question)
                    .collect()
            })
            .unwrap_or_default()
    });
    if questions.is_empty() {
        return view! { <p>{t!(i18n, report.none)}</p> }.into_any();
    }
    questions
        .into_iter()
        .enumerate()
        .filter_map(|(i, question)| {
            let ctx = ConsultCtx::new(partnership, Signal::stored(i))?;
            Some(view! {
                <p class="report-question">{question}</p>
                <results::SideBySide ctx />
                <results::Overview ctx />
            })
        })
        .collect_view()
        .into_any()
}
