//! A consultation's results as CSV for spreadsheets: one row per
//! municipality, place and goal anyone picked (and a row per municipality
//! for all its places), with the respondents, the count and the share.

use super::tally::{self, Tally};
use super::{BallotGoal, Consultation};
use crate::domain::csv::row;
use crate::domain::{Lang, Partnership, Side};

pub const HEADER: [&str; 9] = [
    "partnership",
    "municipality",
    "place",
    "date",
    "goal",
    "goal_title",
    "own_goal",
    "respondents",
    "picked_by",
];

fn title(c: &Consultation, goal: BallotGoal, lang: Lang) -> String {
    match goal {
        BallotGoal::Sdg(g) => g.goal().title(lang).to_owned(),
        BallotGoal::Own(_) => c
            .own_goal(goal)
            .map(|o| o.text(lang).name.clone())
            .unwrap_or_default(),
    }
}

/// Rows of a tally: the goals anyone picked, most first, and the percentage
/// as a whole number so no spreadsheet misreads a decimal separator.
fn rows(
    out: &mut String,
    p: &Partnership,
    c: &Consultation,
    side: Side,
    place: (&str, &str),
    t: &Tally,
    lang: Lang,
) {
    let respondents = t.respondents.to_string();
    for g in t.goals.iter().filter(|g| g.count > 0) {
        let own = if matches!(g.goal, BallotGoal::Own(_)) {
            "yes"
        } else {
            "no"
        };
        out.push_str(&row(&[
            &p.name,
            &p.partner(side).name,
            place.0,
            place.1,
            &g.goal.number().to_string(),
            &title(c, g.goal, lang),
            own,
            &respondents,
            &g.count.to_string(),
        ]));
    }
}

/// The results of the partnership's consultations; goal titles in `lang`.
/// A municipality's total has the place "(all)".
pub fn consultation_csv(p: &Partnership, lang: Lang) -> String {
    let mut out = row(&HEADER);
    for c in p.consultations.list() {
        for side in Side::BOTH {
            rows(
                &mut out,
                p,
                &c,
                side,
                ("(all)", ""),
                &tally::of_side(&c, side),
                lang,
            );
            for place in c.places.iter().filter(|pl| pl.side == side) {
                let t = tally::of_place(&c, place);
                rows(&mut out, p, &c, side, (&place.name, &place.date), &t, lang);
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::file_format::restore;

    #[test]
    fn one_row_per_municipality_place_and_picked_goal() {
        let ws = restore(include_str!("../../../tests/fixtures/v2-full.json")).unwrap();
        let p = &ws.workspace.partnerships[0];
        let csv = consultation_csv(p, Lang::En);
        let lines: Vec<&str> = csv.lines().collect();
        assert_eq!(lines[0], HEADER.join(","));
        // Lommel: all, then its city hall; three goals picked there.
        assert!(lines.contains(&"Lommel – Ongwediva,Lommel,(all),,13,Climate action,no,2,1"));
        assert!(lines.contains(&"Lommel – Ongwediva,Ongwediva,Oshakati Road market,2026-05-04,6,Clean water and sanitation,no,41,31"));
        assert!(lines.contains(
            &"Lommel – Ongwediva,Ongwediva,(all),,18,Connection between the 17 SDGs,yes,41,10"
        ));
        // Each municipality in all and per place: Lommel 3 goals, Ongwediva 4.
        assert_eq!(lines.len(), 1 + 3 + 3 + 4 + 4);
    }
}
