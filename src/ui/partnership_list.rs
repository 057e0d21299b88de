//! The partnerships on this device, as the home page lists them: choose, edit,
//! delete (with undo). A first visit has none, so this code is not in the first
//! load: see `ui::stored_views`.

use super::partnership_form::PartnershipFields;
use crate::domain::workspace::{PartnerDraft, PartnershipDraft};
use crate::domain::{Partner, PartnershipId, Shelf, Side, Summary};
use crate::i18n::*;
use crate::routes::Route;
use crate::state::use_store;
use crate::ui::fill::fill;
use leptos::prelude::*;
use leptos_router::components::A;

/// Up to this many partnerships, the home page lists them all. Beyond it, it
/// lists the most recently added ones (and the current one) until asked for
/// all: a list of a hundred cards is slow to build and no help to a person.
const SHOWN_AT_FIRST: usize = 12;

#[component]
pub fn PartnershipList() -> impl IntoView {
    let i18n = use_i18n();
    let store = use_store();
    let show_all = RwSignal::new(false);
    let current = store.current();
    let current_id = Memo::new(move |_| current.with(|c| c.as_ref().map(|p| p.id.clone())));
    let total = Memo::new(move |_| store.workspace.with(Shelf::len));
    // Only what the cards show, which needs no partnership read from storage.
    let cards = Memo::new(move |_| {
        let all = show_all.get();
        current_id.with(|chosen| {
            store.workspace.with(|w| {
                let chosen = chosen.as_ref().and_then(|id| w.position(id));
                w.summaries_at(shown(w.len(), chosen, all))
            })
        })
    });
    let shown_count = Memo::new(move |_| cards.with(Vec::len));
    let collapsible = move || total.get() > SHOWN_AT_FIRST;
    view! {
        <ul id="partnership-list" class="partnership-list" aria-label=move || t_string!(i18n, home.title)>
            <For each=move || cards.get() key=|c| c.clone() let:card>
                <PartnershipCard card current_id />
            </For>
        </ul>
        <Show when=collapsible>
            <div class="show-all">
                <Show when=move || !show_all.get()>
                    <p>{move || fill(t_string!(i18n, home.showing), &[("shown", shown_count.get().to_string()), ("count", total.get().to_string())])}</p>
                </Show>
                <button type="button" class="button secondary" aria-controls="partnership-list"
                    aria-expanded=move || show_all.get().to_string()
                    on:click=move |_| show_all.update(|all| *all = !*all)>
                    {move || if show_all.get() {
                        t!(i18n, home.show_recent).into_any()
                    } else {
                        fill(t_string!(i18n, home.show_all), &[("count", total.get().to_string())]).into_any()
                    }}
                </button>
            </div>
        </Show>
        // A coordinator with several partnerships also sees across them.
        <Show when=move || { total.get() > 1 }>
            <p class="programme-link"><A href=Route::Programmes.href()>{t!(i18n, programme.open)}" →"</A></p>
        </Show>
    }
}

/// The positions of the partnerships the list shows, in workspace order: all
/// of them, or the [`SHOWN_AT_FIRST`] most recently added plus the chosen one
/// if it is older.
fn shown(len: usize, chosen: Option<usize>, all: bool) -> impl Iterator<Item = usize> {
    let first_recent = if all {
        0
    } else {
        len.saturating_sub(SHOWN_AT_FIRST)
    };
    (0..len).filter(move |i| *i >= first_recent || Some(*i) == chosen)
}

#[component]
fn PartnershipCard(card: Summary, current_id: Memo<Option<PartnershipId>>) -> impl IntoView {
    let editing = RwSignal::new(false);
    let id = card.id.clone();
    let partnership = card;
    let is_current = Signal::derive(move || current_id.with(|c| c.as_ref() == Some(&id)));
    let shown = partnership.clone();
    view! {
        <li class="partnership-card" class:current=is_current>
            <Show
                when=move || editing.get()
                fallback=move || view! { <PartnershipView partnership=shown.clone() is_current editing /> }
            >
                <EditPartnership partnership=partnership.clone() editing />
            </Show>
        </li>
    }
}

#[component]
fn PartnershipView(
    partnership: Summary,
    is_current: Signal<bool>,
    editing: RwSignal<bool>,
) -> impl IntoView {
    let i18n = use_i18n();
    let store = use_store();
    let Summary { id, name, a, b } = partnership;
    let name = StoredValue::new(name);
    // Buttons say "Edit" on screen; their accessible name says which partnership.
    let hidden_name = move || view! { <span class="visually-hidden">" "{name.get_value()}</span> };
    let (select_id, delete_id) = (id.clone(), id.clone());
    view! {
        <h2><A href=Route::Partnership(id).href()>{name.get_value()}</A></h2>
        <p class="partners">
            <span class="visually-hidden">{t!(i18n, home.partners_label)}": "</span>
            <PartnerLine partner=a />
            <span aria-hidden="true">" ⇄ "</span>
            <PartnerLine partner=b />
        </p>
        <div class="actions">
            <Show
                when=move || is_current.get()
                fallback={
                    move || {
                        let id = select_id.clone();
                        view! {
                            <button class="button" on:click=move |_| store.select(&id)>
                                {t!(i18n, home.select)}{hidden_name()}
                            </button>
                        }
                    }
                }
            >
                <span class="badge">"✓ "{t!(i18n, home.selected)}</span>
            </Show>
            <button class="button secondary" on:click=move |_| editing.set(true)>
                {t!(i18n, home.edit)}{hidden_name()}
            </button>
            <button class="button danger" on:click=move |_| store.delete(&delete_id)>
                {t!(i18n, home.delete)}{hidden_name()}
            </button>
        </div>
    }
}

#[component]
pub fn PartnerLine(partner: Partner) -> impl IntoView {
    let country = (!partner.country.is_empty()).then(|| format!(" ({})", partner.country));
    view! {
        <span class="partner-line">
            <strong>{partner.name}</strong>{country}
            " · "<abbr title=partner.language.endonym()>{partner.language.code().to_ascii_uppercase()}</abbr>
        </span>
    }
}

fn draft_of(p: &Summary) -> PartnershipDraft {
    let d = |x: &Partner| PartnerDraft {
        name: x.name.clone(),
        country: x.country.clone(),
        language: x.language,
    };
    PartnershipDraft {
        name: p.name.clone(),
        partners: [d(&p.a), d(&p.b)],
    }
}

#[component]
fn EditPartnership(partnership: Summary, editing: RwSignal<bool>) -> impl IntoView {
    let i18n = use_i18n();
    let store = use_store();
    let draft = RwSignal::new(draft_of(&partnership));
    let error = RwSignal::new(None);
    let id = partnership.id.clone();
    let title_id = format!("edit-title-{id}");
    let labelled_by = title_id.clone();
    let name = partnership.name.clone();
    let save = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let d = draft.get_untracked();
        match d.build(id.clone(), "") {
            Ok(built) => {
                let _ = store.rename(&id, &built.name);
                store.set_partner(&id, Side::A, built.a);
                store.set_partner(&id, Side::B, built.b);
                editing.set(false);
            }
            Err(e) => error.set(Some(e)),
        }
    };
    view! {
        <form class="edit-partnership" on:submit=save aria-labelledby=labelled_by>
            <h2 id=title_id>{t!(i18n, home.edit)}" "{name}</h2>
            <PartnershipFields draft error id_prefix=format!("edit-{}", partnership.id) />
            <div class="actions">
                <button type="submit" class="button">{t!(i18n, home.save)}</button>
                <button type="button" class="button secondary" on:click=move |_| editing.set(false)>
                    {t!(i18n, home.cancel)}
                </button>
            </div>
        </form>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn shown_of(len: usize, chosen: Option<usize>, all: bool) -> Vec<usize> {
        shown(len, chosen, all).collect()
    }

    #[test]
    fn a_few_partnerships_are_all_shown() {
        assert_eq!(shown_of(SHOWN_AT_FIRST, None, false).len(), SHOWN_AT_FIRST);
    }

    #[test]
    fn many_show_the_most_recent_and_the_chosen_one_until_all_are_asked_for() {
        let recent = shown_of(100, None, false);
        assert_eq!(recent.len(), SHOWN_AT_FIRST);
        assert_eq!(recent.first(), Some(&88));
        assert_eq!(recent.last(), Some(&99));
        let with_chosen = shown_of(100, Some(3), false);
        assert_eq!(with_chosen.len(), SHOWN_AT_FIRST + 1);
        assert_eq!(with_chosen.first(), Some(&3));
        assert_eq!(shown_of(100, Some(95), false), recent);
        assert_eq!(shown_of(100, Some(3), true).len(), 100);
    }
}
