//! The indicators as CSV for officials' spreadsheets: one row per
//! partnership, indicator, partner and value (baseline, target, each
//! measured value), with the partner's status on every row of it. Status
//! words are codes, the same in every language, so sheets can be combined.

use super::status::{status, Missing, Status};
use super::{Better, Indicator};
use crate::domain::csv::row;
use crate::domain::{Partnership, Side};

pub const HEADER: [&str; 15] = [
    "partnership",
    "indicator",
    "un_code",
    "sdg_target",
    "goals",
    "unit",
    "better",
    "side",
    "partner",
    "kind",
    "year",
    "value",
    "note",
    "source",
    "status",
];

pub fn status_code(s: Status) -> &'static str {
    match s {
        Status::OnTrack => "on_track",
        Status::Improving => "moderately_improving",
        Status::Stagnating => "stagnating",
        Status::Worsening => "worsening",
        Status::TooFew(Missing::Baseline) => "no_baseline",
        Status::TooFew(Missing::Target) => "no_target",
        Status::TooFew(Missing::Values) => "too_few_values",
    }
}

/// A number as a spreadsheet reads it back the same: no exponent, no
/// trailing zeros.
pub fn number(v: f64) -> String {
    let s = format!("{v}");
    if s == "-0" {
        "0".into()
    } else {
        s
    }
}

pub fn indicators_csv(partnerships: &[Partnership]) -> String {
    let mut out = row(&HEADER);
    for p in partnerships {
        for ind in p.indicators.list() {
            out.push_str(&indicator_rows(p, &ind));
        }
    }
    out
}

fn indicator_rows(p: &Partnership, ind: &Indicator) -> String {
    let mut out = String::new();
    let goals = ind
        .goals
        .iter()
        .map(|g| g.get().to_string())
        .collect::<Vec<_>>()
        .join(" ");
    let better = match ind.better {
        Better::Higher => "higher",
        Better::Lower => "lower",
    };
    for side in Side::BOTH {
        let f = ind.follow(side);
        let st = status_code(status(f, ind.better));
        let side_code = match side {
            Side::A => "a",
            Side::B => "b",
        };
        let partner = &p.partner(side).name;
        let mut line = |kind: &str, year: i32, value: f64, note: &str, source: &str| {
            out.push_str(&row(&[
                &p.name,
                &ind.name,
                &ind.un_code,
                &ind.sdg_target,
                &goals,
                &ind.unit,
                better,
                side_code,
                partner,
                kind,
                &year.to_string(),
                &number(value),
                note,
                source,
                st,
            ]));
        };
        if let Some(b) = f.baseline {
            line("baseline", b.year, b.value, "", "");
        }
        for m in &f.values {
            line("value", m.year, m.value, &m.note, &m.source);
        }
        if let Some(t) = f.target {
            line("target", t.year, t.value, "", "");
        }
    }
    out
}
