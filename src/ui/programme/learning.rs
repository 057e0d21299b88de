//! Learning between the partnerships of a programme: goals on which several
//! are weak (a joint training), and strong partners for another twinning's
//! weak one (a peer across twinnings), each name with its score.

use super::overview::{goal_chip, Read};
use super::words::{named, names, Named};
use crate::domain::programme::Member;
use crate::domain::GoalNumber;
use crate::i18n::*;
use crate::ui::fill::fill;
use crate::ui::index::words::goal_label;
use crate::ui::locale::use_lang;
use leptos::prelude::*;

/// Several partnerships weak on a goal: a joint training or exchange.
#[component]
pub fn JointPart(read: Memo<Read>) -> impl IntoView {
    let i18n = use_i18n();
    move || {
        read.with(|(o, _)| {
            let items = o
                .learning
                .joint
                .iter()
                .map(|j| {
                    let weak = named(&o.members, &j.weak);
                    view! { <LearningItem goal=j.goal lines=vec![(Standing::Weak, weak)] /> }
                })
                .collect_view();
            view! {
                <section class="card slide programme-joint" aria-labelledby="joint-title">
                    <h2 id="joint-title">{t!(i18n, programme.joint_title)}</h2>
                    <p class="hint intro">{t!(i18n, programme.learning_intro)}</p>
                    {o.learning.joint.is_empty().then(|| view! { <p class="empty">{t!(i18n, programme.no_joint)}</p> })}
                    <ul class="goal-list learning-list">{items}</ul>
                    <RoundNotes members=o.members.clone() />
                </section>
            }
        })
    }
}

/// Strong in one partnership where a partner of another is weak.
#[component]
pub fn PeersPart(read: Memo<Read>) -> impl IntoView {
    let i18n = use_i18n();
    move || {
        read.with(|(o, _)| {
            let items = o
                .learning
                .peers
                .iter()
                .map(|p| {
                    let strong = named(&o.members, &p.strong);
                    let weak = named(&o.members, &p.weak);
                    let lines = vec![(Standing::Strong, strong), (Standing::Weak, weak)];
                    view! { <LearningItem goal=p.goal lines /> }
                })
                .collect_view();
            view! {
                <section class="card slide programme-peers" aria-labelledby="peers-title">
                    <h2 id="peers-title">{t!(i18n, programme.peers_title)}</h2>
                    <p class="hint intro">{t!(i18n, programme.learning_intro)}</p>
                    {o.learning.peers.is_empty().then(|| view! { <p class="empty">{t!(i18n, programme.no_peers)}</p> })}
                    <ul class="goal-list learning-list">{items}</ul>
                </section>
            }
        })
    }
}

#[derive(Clone, Copy)]
enum Standing {
    Strong,
    Weak,
}

#[component]
fn LearningItem(goal: GoalNumber, lines: Vec<(Standing, Vec<Named>)>) -> impl IntoView {
    let i18n = use_i18n();
    let lang = use_lang();
    view! {
        <li>
            {goal_chip(goal)}
            <div class="learning-goal">
                <strong>{move || goal_label(goal, lang.get())}</strong>
                {lines.into_iter().map(|(standing, who)| {
                    let label = match standing {
                        Standing::Strong => t!(i18n, programme.strong).into_any(),
                        Standing::Weak => t!(i18n, programme.weak).into_any(),
                    };
                    view! {
                        <p class="who">
                            <span class="who-label">{label}" "</span>
                            <span class="names-full">{names_text(&who, true)}</span>
                            <span class="names-short">{names_text(&who, false)}</span>
                        </p>
                    }
                }).collect_view()}
            </div>
        </li>
    }
}

/// "Ongwediva (1, Lommel – Ongwediva) · …"; for the wall (`full` false) the
/// partnership only of a municipality in several, so the list stays short.
/// One text each, not an element per name: fifty partnerships' names on
/// seventeen goals were 4,000 elements, half a second to draw at 4x CPU.
fn names_text(list: &[Named], full: bool) -> String {
    list.iter()
        .map(|n| match full || n.several {
            true => format!("{} ({}, {})", n.partner, n.score, n.partnership),
            false => format!("{} ({})", n.partner, n.score),
        })
        .collect::<Vec<_>>()
        .join(" · ")
}

/// Which partnerships have no shared round to read, or a newer blind one.
#[component]
fn RoundNotes(members: Vec<Member>) -> impl IntoView {
    let i18n = use_i18n();
    let without: Vec<usize> = (0..members.len())
        .filter(|at| members[*at].round.is_none())
        .collect();
    let without = (!without.is_empty()).then(|| {
        let text = fill(
            t_string!(i18n, programme.without_round),
            &[("names", names(&members, &without))],
        );
        view! { <p class="hint">{text}</p> }
    });
    let blind = members
        .iter()
        .filter_map(|m| {
            let round = m.blind_round.clone()?;
            let text = fill(
                t_string!(i18n, programme.blind_round),
                &[("partnership", m.name.clone()), ("round", round)],
            );
            Some(view! { <p class="hint">{text}</p> })
        })
        .collect_view();
    view! { {without}{blind} }
}
