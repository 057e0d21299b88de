//! A programme as CSV for spreadsheets: one row per partnership and goal, with
//! what the overview reads of it. Rows keep the programme's order: no column
//! sorts anyone above anyone.

use super::member::MemberSources;
use crate::domain::circle::{Effect, Status};
use crate::domain::csv::row;
use crate::domain::plan::Status as AgreementStatus;
use crate::domain::{GoalNumber, Lang, Partnership, Side};

pub const HEADER: [&str; 17] = [
    "programme",
    "partnership",
    "partner_a",
    "partner_b",
    "goal",
    "goal_title",
    "board",
    "board_status",
    "round",
    "score_a",
    "score_b",
    "standing_a",
    "standing_b",
    "priority_years",
    "open_agreements",
    "citizens_top_a",
    "citizens_top_b",
];

fn board_status(s: Status) -> &'static str {
    match s {
        Status::NotDiscussed => "not_discussed",
        Status::Discussed(Effect::None) => "no_contribution",
        Status::Discussed(Effect::Negative) => "negative",
        Status::Discussed(Effect::Contributing) => "contributes",
    }
}

fn yes(on: bool) -> &'static str {
    if on {
        "yes"
    } else {
        "no"
    }
}

pub fn programme_csv(programme: &str, partnerships: &[&Partnership], lang: Lang) -> String {
    let mut out = row(&HEADER);
    for p in partnerships {
        let m = MemberSources::of(p);
        for goal in GoalNumber::all() {
            let score = |side| m.round.and_then(|r| r.score(side, goal));
            let standing = |side| {
                let level = score(side).and_then(|s| s.level());
                match level {
                    Some(l) if m.thresholds.is_strong(l) => "strong",
                    Some(l) if m.thresholds.is_weak(l) => "weak",
                    _ => "",
                }
            };
            let code = |side| score(side).map(|s| s.code()).unwrap_or_default();
            let years = p
                .priorities
                .iter()
                .filter(|pr| pr.goal == goal)
                .map(|pr| pr.year.to_string())
                .collect::<Vec<_>>()
                .join(" ");
            let open = p
                .agreements
                .iter()
                .filter(|a| {
                    a.goals.contains(&goal)
                        && matches!(
                            a.status,
                            AgreementStatus::Planned | AgreementStatus::InProgress
                        )
                })
                .count()
                .to_string();
            let number = goal.get().to_string();
            let cited = |side: Side| yes(m.member.citizens[side as usize].contains(&goal));
            let has_consultation = !p.consultations.is_empty();
            let citizens = |side: Side| if has_consultation { cited(side) } else { "" };
            out.push_str(&row(&[
                programme,
                &p.name,
                &p.a.name,
                &p.b.name,
                &number,
                goal.goal().title(lang),
                m.member.board.as_deref().unwrap_or(""),
                m.board.map(|b| board_status(b.status(goal))).unwrap_or(""),
                m.member.round.as_deref().unwrap_or(""),
                &code(Side::A),
                &code(Side::B),
                standing(Side::A),
                standing(Side::B),
                &years,
                &open,
                citizens(Side::A),
                citizens(Side::B),
            ]));
        }
    }
    out
}
