//! What the facilitator sees of a live session beside the exercise: how to
//! start it, its connection and who is there, the invitations (QR code, link,
//! code per delegation) and the end.

use super::host::{Invite, LiveHost, Opening};
use crate::domain::live::{PartStatus, Snapshot};
use crate::domain::Side;
use crate::i18n::*;
use crate::ui::fill::fill;
use leptos::prelude::*;

/// "Start a live session", or where starting stands.
#[component]
pub fn LiveStart(host: LiveHost) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <div class="live-start">
            <button type="button" class="button" on:click=move |_| host.start()
                disabled=move || host.opening.get() == Opening::Loading>
                {t!(i18n, live.start)}
            </button>
            <p class="hint">{t!(i18n, live.start_hint)}</p>
            {move || match host.opening.get() {
                Opening::Loading => Some(view! { <p role="status">{t!(i18n, live.loading)}</p> }.into_any()),
                Opening::Failed => Some(view! {
                    <p role="alert">{t!(i18n, live.client_failed)}" "
                        <button type="button" class="button secondary" on:click=move |_| host.retry()>
                            {t!(i18n, lazy.retry)}
                        </button>
                    </p>
                }.into_any()),
                Opening::Idle => None,
            }}
        </div>
    }
}

/// The connection, and how many of each delegation are here.
#[component]
pub fn LiveStatus(host: LiveHost, partners: Signal<[String; 2]>) -> impl IntoView {
    let i18n = use_i18n();
    let status = Memo::new(move |_| host.with_snapshot(|s| s.room_status).unwrap_or_default());
    let present = move |side: Side| {
        let n = host.with_snapshot(|s| s.present(side).len()).unwrap_or(0);
        let name = partners.with(|p| p[side as usize].clone());
        fill(
            t_string!(i18n, live.present),
            &[("name", name), ("count", n.to_string())],
        )
    };
    view! {
        <div class="live-status" data-status=move || format!("{:?}", status.get()).to_lowercase()>
            <p role="status">
                <span class="live-dot" aria-hidden="true"></span>
                {move || match status.get() {
                    PartStatus::Live => t_string!(i18n, live.status_live),
                    PartStatus::Syncing | PartStatus::Absent => t_string!(i18n, live.status_connecting),
                    PartStatus::Offline => t_string!(i18n, live.status_offline),
                    PartStatus::Refused => t_string!(i18n, live.status_refused),
                }}
            </p>
            <Show when=move || status.get() == PartStatus::Refused>
                <button type="button" class="button secondary" on:click=move |_| host.drop_session()>
                    {t!(i18n, live.drop)}
                </button>
            </Show>
            <p class="live-present">{move || present(Side::A)}" · "{move || present(Side::B)}</p>
        </div>
    }
}

#[component]
fn InviteCard(invite: Invite, title: String) -> impl IntoView {
    let i18n = use_i18n();
    let qr = invite.qr.clone();
    let label = fill(t_string!(i18n, live.qr_label), &[("name", title.clone())]);
    view! {
        <figure class="live-invite">
            <figcaption>{title}</figcaption>
            {qr.map(|qr| {
                let view_box = format!("-4 -4 {} {}", qr.size + 8, qr.size + 8);
                view! {
                    <svg class="qr" viewBox=view_box role="img" aria-label=label shape-rendering="crispEdges">
                        <rect x="-4" y="-4" width="100%" height="100%" fill="#fff" />
                        <path d=qr.path fill="#000" />
                    </svg>
                }
            })}
            <p class="live-code">
                <span class="label">{t!(i18n, live.code)}" "</span>
                <strong>{invite.code.to_string()}</strong>
            </p>
            <p class="live-link"><a href=invite.link.clone() target="_blank" rel="noopener">{invite.link.clone()}</a></p>
        </figure>
    }
}

/// Each delegation's QR code, link and code; the co-facilitators' link apart.
#[component]
pub fn Invitations(host: LiveHost, partners: Signal<[String; 2]>) -> impl IntoView {
    let i18n = use_i18n();
    // Put away once the room has joined, to give the wall to the answers.
    let shown = RwSignal::new(true);
    let cards = move || {
        host.invites.get().map(|invites| {
            let [a, b] = invites.delegations;
            let co = invites.co;
            let name = move |side: Side| partners.with(|p| p[side as usize].clone());
            view! {
                <div class="live-invites" id="live-invites">
                    <InviteCard invite=a title=name(Side::A) />
                    <InviteCard invite=b title=name(Side::B) />
                </div>
                <details class="live-co">
                    <summary>{t!(i18n, live.co_title)}</summary>
                    <p>{t!(i18n, live.co_hint)}</p>
                    <p><code>{co.link.clone()}</code></p>
                </details>
            }
        })
    };
    view! {
        <div class="live-invitations">
            <button type="button" class="button secondary small" aria-expanded=move || shown.get().to_string()
                aria-controls="live-invites" on:click=move |_| shown.update(|s| *s = !*s)>
                {move || if shown.get() { t_string!(i18n, live.hide_codes) } else { t_string!(i18n, live.show_codes) }}
            </button>
            <Show when=move || shown.get()>{cards}</Show>
        </div>
    }
}

/// Ends the session, with the choice to keep the participants' own words.
#[component]
pub fn EndSession(host: LiveHost, on_end: Callback<bool>) -> impl IntoView {
    let i18n = use_i18n();
    let confirming = RwSignal::new(false);
    let keep = RwSignal::new(true);
    let settled = Memo::new(move |_| host.with_snapshot(Snapshot::settled).unwrap_or(false));
    view! {
        <Show when=move || !confirming.get()>
            <button type="button" class="button secondary live-end-open" on:click=move |_| confirming.set(true)>
                {t!(i18n, live.end)}
            </button>
        </Show>
        <Show when=move || confirming.get()>
            <div class="confirm live-end" role="alertdialog" aria-labelledby="live-end-question">
                <p id="live-end-question">{t!(i18n, live.end_question)}</p>
                <label class="check">
                    <input type="checkbox" prop:checked=move || keep.get()
                        on:change=move |ev| keep.set(event_target_checked(&ev)) />
                    " "{t!(i18n, live.keep_words)}
                </label>
                <Show when=move || !settled.get()>
                    <p class="warning">{t!(i18n, live.end_unsettled)}</p>
                </Show>
                <button type="button" class="button danger" on:click=move |_| {
                    confirming.set(false);
                    on_end.run(keep.get_untracked());
                }>
                    {t!(i18n, live.end_yes)}
                </button>
                <button type="button" class="button secondary" on:click=move |_| confirming.set(false)>
                    {t!(i18n, home.cancel)}
                </button>
            </div>
        </Show>
    }
}

/// The frame of a live session beside an exercise: start it, then its
/// connection, the exercise's own part (`children`) and the end.
#[component]
pub fn LivePanel(
    host: LiveHost,
    partners: Signal<[String; 2]>,
    on_end: Callback<bool>,
    children: ChildrenFn,
) -> impl IntoView {
    let i18n = use_i18n();
    let children = StoredValue::new(children);
    view! {
        <section class="live-panel" aria-labelledby="live-title">
            <h2 id="live-title">{t!(i18n, live.title)}</h2>
            {move || match host.session.get() {
                None => view! { <LiveStart host /> }.into_any(),
                Some(_) => view! {
                    <LiveStatus host partners />
                    {children.with_value(|c| c())}
                    <EndSession host on_end />
                }.into_any(),
            }}
        </section>
    }
}
