//! The sentences the overview says, in the UI language: who is weak or strong
//! on a goal, in which partnership, with the score (a number and a word).

use crate::domain::programme::{Member, Standing};
use crate::i18n::*;
use crate::ui::fill::fill;
use crate::ui::index::words::I18n;

/// Whether `name` is a partner in more than one of the programme's partnerships.
fn in_several(members: &[Member], name: &str) -> bool {
    let same = |other: &str| other.trim().eq_ignore_ascii_case(name.trim());
    members
        .iter()
        .filter(|m| m.partners.iter().any(|p| same(p)))
        .count()
        > 1
}

/// One municipality's score on a goal, and the partnership it is from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Named {
    pub partner: String,
    pub score: u8,
    pub partnership: String,
    /// The municipality is in more than one of the partnerships, so the
    /// partnership is what tells its scores apart: never left out.
    pub several: bool,
}

pub fn named(members: &[Member], list: &[Standing]) -> Vec<Named> {
    list.iter()
        .map(|s| {
            let m = &members[s.member];
            let partner = m.partner(s.side);
            Named {
                partner: partner.to_owned(),
                score: s.level.get(),
                partnership: m.name.clone(),
                several: in_several(members, partner),
            }
        })
        .collect()
}

/// The names of the members at `positions`, joined.
pub fn names(members: &[Member], positions: &[usize]) -> String {
    positions
        .iter()
        .map(|at| members[*at].name.as_str())
        .collect::<Vec<_>>()
        .join("; ")
}

pub fn boards_text(i18n: I18n, boards: usize) -> String {
    if boards == 1 {
        return t_string!(i18n, programme.boards_one).to_owned();
    }
    fill(
        t_string!(i18n, programme.boards),
        &[("count", boards.to_string())],
    )
}

/// "12 partnerships", "1 partnership".
pub fn count_text(i18n: I18n, count: usize) -> String {
    if count == 1 {
        return t_string!(i18n, programme.count_one).to_owned();
    }
    fill(
        t_string!(i18n, programme.count),
        &[("count", count.to_string())],
    )
}
