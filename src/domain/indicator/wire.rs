//! An indicator as a file writes it, and the rules it must keep to be read:
//! the same as the forms keep, so a hostile or broken file cannot bring in
//! what the app would refuse to make.

use super::{
    optional, sdg_target_ok, un_code_ok, year_ok, Better, Follow, Indicator, IndicatorRule,
    NOTE_MAX, SOURCE_MAX, UNIT_MAX,
};
use crate::domain::file_format::problem::{Allowed, Broken, Found, ProblemKind, Step};
use crate::domain::text::{clean_line, NAME_MAX};
use crate::domain::GoalNumber;
use serde::Deserialize;

#[derive(Deserialize)]
pub(crate) struct WireIndicator {
    id: String,
    name: String,
    goals: Vec<GoalNumber>,
    #[serde(default)]
    sdg_target: String,
    #[serde(default)]
    un_code: String,
    #[serde(default)]
    unit: String,
    #[serde(default)]
    better: Better,
    #[serde(default)]
    source: String,
    #[serde(default)]
    a: Follow,
    #[serde(default)]
    b: Follow,
}

/// Where a partner's follow-up breaks a rule, if it does.
fn follow_broken(side: &str, f: &Follow) -> Option<Broken> {
    for (name, p) in [("baseline", f.baseline), ("target", f.target)] {
        if let Some(p) = p.filter(|p| !year_ok(p.year)) {
            return Some(Broken::new(
                &[side, name, "year"],
                ProblemKind::Value {
                    found: Found::Number(p.year.to_string()),
                    allowed: Allowed::Year,
                },
            ));
        }
    }
    if let (Some(b), Some(t)) = (f.baseline, f.target) {
        if t.year <= b.year {
            return Some(Broken::new(
                &[side, "target", "year"],
                ProblemKind::Indicator(IndicatorRule::TargetBeforeBaseline),
            ));
        }
    }
    for (i, m) in f.values.iter().enumerate() {
        let at = |field: &str, kind: ProblemKind| Broken {
            at: vec![
                Step::key(side),
                Step::key("values"),
                Step::Index(i),
                Step::key(field),
            ],
            kind,
        };
        if !year_ok(m.year) {
            return Some(at(
                "year",
                ProblemKind::Value {
                    found: Found::Number(m.year.to_string()),
                    allowed: Allowed::Year,
                },
            ));
        }
        if i > 0 && f.values[i - 1].year >= m.year {
            return Some(at(
                "year",
                ProblemKind::Indicator(IndicatorRule::ValuesOrder),
            ));
        }
        for (field, text) in [("note", &m.note), ("source", &m.source)] {
            match optional(
                text,
                if field == "note" {
                    NOTE_MAX
                } else {
                    SOURCE_MAX
                },
            ) {
                Ok(clean) if &clean == text => {}
                Ok(_) => {
                    return Some(at(
                        field,
                        ProblemKind::Value {
                            found: Found::text(text),
                            allowed: Allowed::Text,
                        },
                    ))
                }
                Err(e) => return Some(at(field, ProblemKind::Text(e))),
            }
        }
    }
    None
}

impl TryFrom<WireIndicator> for Indicator {
    type Error = Broken;
    fn try_from(w: WireIndicator) -> Result<Indicator, Broken> {
        let rule = |at: &str, r: IndicatorRule| Broken::new(&[at], ProblemKind::Indicator(r));
        let id_ok = !w.id.is_empty()
            && w.id.len() <= 64
            && w.id
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_');
        if !id_ok {
            return Err(Broken::new(
                &["id"],
                ProblemKind::Value {
                    found: Found::text(&w.id),
                    allowed: Allowed::PartnershipId,
                },
            ));
        }
        let name = clean_line(&w.name, NAME_MAX)
            .map_err(|e| Broken::new(&["name"], ProblemKind::Text(e)))?;
        if w.goals.is_empty() {
            return Err(Broken::new(
                &["goals"],
                ProblemKind::Value {
                    found: Found::List,
                    allowed: Allowed::Goal,
                },
            ));
        }
        if w.goals.windows(2).any(|g| g[0] >= g[1]) {
            return Err(rule("goals", IndicatorRule::GoalsOrder));
        }
        if !sdg_target_ok(&w.sdg_target, &w.goals) {
            return Err(rule("sdg_target", IndicatorRule::SdgTarget));
        }
        if !un_code_ok(&w.un_code, &w.goals) {
            return Err(rule("un_code", IndicatorRule::UnCode));
        }
        let unit = optional(&w.unit, UNIT_MAX)
            .map_err(|e| Broken::new(&["unit"], ProblemKind::Text(e)))?;
        let source = optional(&w.source, SOURCE_MAX)
            .map_err(|e| Broken::new(&["source"], ProblemKind::Text(e)))?;
        if let Some(broken) = follow_broken("a", &w.a).or_else(|| follow_broken("b", &w.b)) {
            return Err(broken);
        }
        Ok(Indicator {
            id: w.id,
            name,
            goals: w.goals,
            sdg_target: w.sdg_target,
            un_code: w.un_code,
            unit,
            better: w.better,
            source,
            a: w.a,
            b: w.b,
        })
    }
}
