//! Whose scores are shown and set, on the round page and on its one-goal
//! projected screen (where, blind, it is how the delegations take turns).

use super::RoundCtx;
use crate::domain::Side;
use crate::i18n::*;
use leptos::prelude::*;

/// Whose scores are shown and set: one button per partner.
#[component]
pub fn PartnerTabs(ctx: RoundCtx) -> impl IntoView {
    let i18n = ctx.i18n;
    view! {
        <div class="partner-tabs" role="group" aria-label=move || t_string!(i18n, index.scoring.whose)>
            <span class="label" aria-hidden="true">{t!(i18n, index.scoring.whose)}":"</span>
            {Side::BOTH.map(|side| view! {
                <button
                    type="button"
                    class="button partner-tab"
                    class:secondary=move || ctx.side.get() != side
                    aria-pressed=move || (ctx.side.get() == side).to_string()
                    on:click=move |_| ctx.side.set(side)
                >
                    {move || ctx.name(side)}
                </button>
            })}
        </div>
    }
}
