//! An indicator as a file writes it, and the rules it must keep to be read:
//! the same as the forms keep, so a hostile or broken file cannot bring in
//! what the app would refuse to make.

use super::{
    optional, sdg_target_ok, un_code_ok, year_ok, Better, Follow, Indicator, NOTE_MAX, SOURCE_MAX,
    UNIT_MAX,
};
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

fn follow_ok(f: &Follow) -> bool {
    let points = f.baseline.iter().chain(f.target.iter());
    let plan_ok = points.clone().all(|p| year_ok(p.year))
        && match (f.baseline, f.target) {
            (Some(b), Some(t)) => t.year > b.year,
            _ => true,
        };
    let values_ok = f.values.windows(2).all(|w| w[0].year < w[1].year)
        && f.values.iter().all(|m| {
            year_ok(m.year)
                && m.value.is_finite()
                && optional(&m.note, NOTE_MAX).is_ok_and(|n| n == m.note)
                && optional(&m.source, SOURCE_MAX).is_ok_and(|s| s == m.source)
        });
    plan_ok && values_ok
}

impl TryFrom<WireIndicator> for Indicator {
    type Error = &'static str;
    fn try_from(w: WireIndicator) -> Result<Indicator, &'static str> {
        let id_ok = !w.id.is_empty()
            && w.id.len() <= 64
            && w.id
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_');
        if !id_ok {
            return Err("indicator id");
        }
        let name = clean_line(&w.name, NAME_MAX).map_err(|_| "indicator name")?;
        if w.goals.is_empty() || w.goals.windows(2).any(|g| g[0] >= g[1]) {
            return Err("indicator goals: one or more, in order, without repeats");
        }
        if !sdg_target_ok(&w.sdg_target, &w.goals) {
            return Err("indicator sdg_target");
        }
        if !un_code_ok(&w.un_code, &w.goals) {
            return Err("indicator un_code");
        }
        let unit = optional(&w.unit, UNIT_MAX).map_err(|_| "indicator unit")?;
        let source = optional(&w.source, SOURCE_MAX).map_err(|_| "indicator source")?;
        if !follow_ok(&w.a) || !follow_ok(&w.b) {
            return Err("indicator values: years 1900 to 2100, one value a year in order, a target after its baseline");
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
