//! The SDG index as CSV for spreadsheets: one row per partnership, round,
//! partner and goal. Cells are quoted where needed, and text that a
//! spreadsheet would run as a formula (`=`, `+`, `-`, `@`) is neutralised.

use super::catalogue::GoalNumber;
use super::lang::Lang;
use super::partnership::{Partnership, Side};

pub const HEADER: [&str; 9] = [
    "partnership",
    "round",
    "side",
    "partner",
    "goal",
    "goal_title",
    "score",
    "confidence",
    "rationale",
];

fn cell(raw: &str) -> String {
    let guarded = if raw.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{raw}")
    } else {
        raw.to_owned()
    };
    if guarded.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", guarded.replace('"', "\"\""))
    } else {
        guarded
    }
}

pub(crate) fn row(cells: &[&str]) -> String {
    let mut line = cells.iter().map(|c| cell(c)).collect::<Vec<_>>().join(",");
    line.push_str("\r\n");
    line
}

/// All scores of all rounds; goal titles in `lang`.
pub fn index_csv(partnerships: &[Partnership], lang: Lang) -> String {
    let mut out = row(&HEADER);
    for p in partnerships {
        for round in &p.rounds {
            for side in Side::BOTH {
                let partner = p.partner(side);
                for goal in GoalNumber::all() {
                    let entry = round.entry(side, goal);
                    let score = round
                        .score(side, goal)
                        .map(|s| s.code())
                        .unwrap_or_default();
                    let confidence = entry
                        .and_then(|e| e.confidence)
                        .map(|c| c.code())
                        .unwrap_or("");
                    let rationale = entry.map(|e| e.rationale.as_str()).unwrap_or("");
                    let side_code = match side {
                        Side::A => "a",
                        Side::B => "b",
                    };
                    out.push_str(&row(&[
                        &p.name,
                        &round.name,
                        side_code,
                        &partner.name,
                        &goal.to_string(),
                        goal.goal().title(lang),
                        &score,
                        confidence,
                        rationale,
                    ]));
                }
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
    fn one_row_per_partnership_round_partner_and_goal() {
        let ws = restore(include_str!("../../tests/fixtures/v1-full.json"))
            .unwrap()
            .workspace;
        let csv = index_csv(&ws.partnerships, Lang::En);
        let lines: Vec<&str> = csv.split("\r\n").filter(|l| !l.is_empty()).collect();
        assert_eq!(lines.len(), 1 + 2 * 17);
        assert_eq!(lines[0], HEADER.join(","));
        let water = "Lommel – Ongwediva,2026,a,Lommel,6,Clean water and sanitation,5,high,\"Own water company since 1998; see \"\"Water plan\"\", p. 4\"";
        assert!(lines.contains(&water), "{lines:#?}");
        assert!(lines.contains(
            &"Lommel – Ongwediva,2026,b,Ongwediva,3,Good health and well-being,dont_know,,"
        ));
    }

    #[test]
    fn quotes_and_neutralises_formulas() {
        assert_eq!(cell("plain"), "plain");
        assert_eq!(cell("a, b"), "\"a, b\"");
        assert_eq!(cell("say \"hi\""), "\"say \"\"hi\"\"\"");
        assert_eq!(cell("=HYPERLINK(\"x\")"), "\"'=HYPERLINK(\"\"x\"\")\"");
        assert_eq!(cell("-1"), "'-1");
        assert_eq!(cell("line\nbreak"), "\"line\nbreak\"");
    }
}
