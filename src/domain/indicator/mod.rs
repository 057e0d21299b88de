//! Joint indicators (VVSG, file 002): the partners choose a few SDG
//! indicators together; each municipality sets its own baseline and target
//! and follows its own values, and they report back to each other. Progress
//! is each partner against its own target (`status`), never one partner
//! against the other.

pub mod catalogue;
pub mod csv;
pub mod evidence;
pub mod export;
mod kept;
pub mod status;
#[cfg(test)]
pub(crate) mod tests;
mod wire;

use super::text::{clean_line, TextError, NAME_MAX};
use super::{GoalNumber, Side};
pub use kept::Indicators;
use serde::{Deserialize, Serialize};
pub(crate) use wire::WireIndicator;

pub const UNIT_MAX: usize = 40;
pub const SOURCE_MAX: usize = 300;
pub const NOTE_MAX: usize = 300;
/// "6.1", "11.b": a goal, a dot, one or two characters.
pub const SDG_TARGET_MAX: usize = 5;
/// "6.1.1", "11.b.3".
pub const UN_CODE_MAX: usize = 8;
/// The years a baseline, target or value may have.
pub const FIRST_YEAR: i32 = 1900;
pub const LAST_YEAR: i32 = 2100;
/// "A few": the publication speaks of a handful; a list longer than this is
/// not a joint choice any more.
pub const MAX_INDICATORS: usize = 50;

/// Which way is better for an indicator.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Better {
    #[default]
    Higher,
    Lower,
}

/// A value in a year: a baseline or a target.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct Point {
    pub year: i32,
    pub value: f64,
}

/// A measured value, with where it comes from.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Measure {
    pub year: i32,
    pub value: f64,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub note: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub source: String,
}

/// One partner's own follow-up of an indicator.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Follow {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub baseline: Option<Point>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub target: Option<Point>,
    /// In year order, one per year.
    #[serde(default)]
    pub values: Vec<Measure>,
}

/// An indicator both partners follow.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(try_from = "wire::WireIndicator")]
pub struct Indicator {
    pub id: String,
    /// In the partners' own words.
    pub name: String,
    /// The goals it serves, in number order, at least one.
    pub goals: Vec<GoalNumber>,
    /// The SDG target it serves ("6.1"), or empty.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub sdg_target: String,
    /// Its code in the UN global indicator framework ("6.1.1"), or empty for
    /// an indicator of the partners' own.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub un_code: String,
    #[serde(default)]
    pub unit: String,
    pub better: Better,
    #[serde(default)]
    pub source: String,
    #[serde(default)]
    pub a: Follow,
    #[serde(default)]
    pub b: Follow,
}

impl Indicator {
    pub fn follow(&self, side: Side) -> &Follow {
        match side {
            Side::A => &self.a,
            Side::B => &self.b,
        }
    }

    pub fn follow_mut(&mut self, side: Side) -> &mut Follow {
        match side {
            Side::A => &mut self.a,
            Side::B => &mut self.b,
        }
    }

    pub fn serves(&self, goal: GoalNumber) -> bool {
        self.goals.contains(&goal)
    }
}

/// What the partners fill in for an indicator.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct IndicatorDraft {
    pub name: String,
    pub goals: Vec<GoalNumber>,
    pub sdg_target: String,
    pub un_code: String,
    pub unit: String,
    pub better: Better,
    pub source: String,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum IndicatorError {
    Name(TextError),
    NoGoal,
    /// Not "goal.target" of one of its goals.
    SdgTarget,
    UnCode,
    Unit(TextError),
    Source(TextError),
    TooMany,
}

/// A rule of an indicator that a file broke, for the sentence that says it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum IndicatorRule {
    /// Its goals are not in number order, or one is there twice.
    GoalsOrder,
    /// Not "goal.target" of one of its goals.
    SdgTarget,
    UnCode,
    TargetBeforeBaseline,
    /// Two values of one year, or values out of year order.
    ValuesOrder,
    /// More indicators than a partnership keeps.
    TooMany,
    /// Two indicators with one id.
    IdTwice,
}

/// Why a value could not be kept.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ValueError {
    Year,
    /// Not a number, or not a finite one.
    Value,
    /// The target's year is not after the baseline's.
    TargetBeforeBaseline,
    Note(TextError),
    Source(TextError),
}

/// Empty is allowed; otherwise one line of at most `max`.
pub(crate) fn optional(raw: &str, max: usize) -> Result<String, TextError> {
    match clean_line(raw, max) {
        Err(TextError::Empty) => Ok(String::new()),
        other => other,
    }
}

/// "6.1", "11.b", belonging to one of `goals`.
pub fn sdg_target_ok(raw: &str, goals: &[GoalNumber]) -> bool {
    if raw.is_empty() {
        return true;
    }
    let Some((goal, target)) = raw.split_once('.') else {
        return false;
    };
    raw.len() <= SDG_TARGET_MAX
        && goal
            .parse::<u8>()
            .ok()
            .and_then(GoalNumber::new)
            .is_some_and(|g| goals.contains(&g))
        && (1..=2).contains(&target.len())
        && target
            .bytes()
            .all(|b| b.is_ascii_digit() || b.is_ascii_lowercase())
}

/// "6.1.1", "11.b.3": a target and one more number.
pub fn un_code_ok(raw: &str, goals: &[GoalNumber]) -> bool {
    if raw.is_empty() {
        return true;
    }
    let Some((target, n)) = raw.rsplit_once('.') else {
        return false;
    };
    raw.len() <= UN_CODE_MAX
        && sdg_target_ok(target, goals)
        && !n.is_empty()
        && n.len() <= 2
        && n.bytes().all(|b| b.is_ascii_digit())
}

pub fn year_ok(year: i32) -> bool {
    (FIRST_YEAR..=LAST_YEAR).contains(&year)
}

impl IndicatorDraft {
    /// The checked fields of a new indicator, or of one being changed.
    pub fn check(&self) -> Result<IndicatorDraft, IndicatorError> {
        let name = clean_line(&self.name, NAME_MAX).map_err(IndicatorError::Name)?;
        let mut goals = self.goals.clone();
        goals.sort();
        goals.dedup();
        if goals.is_empty() {
            return Err(IndicatorError::NoGoal);
        }
        let sdg_target = self.sdg_target.trim().to_lowercase();
        if !sdg_target_ok(&sdg_target, &goals) {
            return Err(IndicatorError::SdgTarget);
        }
        let un_code = self.un_code.trim().to_lowercase();
        if !un_code_ok(&un_code, &goals) {
            return Err(IndicatorError::UnCode);
        }
        Ok(IndicatorDraft {
            name,
            goals,
            sdg_target,
            un_code,
            unit: optional(&self.unit, UNIT_MAX).map_err(IndicatorError::Unit)?,
            better: self.better,
            source: optional(&self.source, SOURCE_MAX).map_err(IndicatorError::Source)?,
        })
    }
}

/// Adds a new indicator to `list`; the caller makes the id.
pub fn add(
    list: &mut Vec<Indicator>,
    id: String,
    draft: &IndicatorDraft,
) -> Result<(), IndicatorError> {
    if list.len() >= MAX_INDICATORS {
        return Err(IndicatorError::TooMany);
    }
    let d = draft.check()?;
    list.push(Indicator {
        id,
        name: d.name,
        goals: d.goals,
        sdg_target: d.sdg_target,
        un_code: d.un_code,
        unit: d.unit,
        better: d.better,
        source: d.source,
        a: Follow::default(),
        b: Follow::default(),
    });
    Ok(())
}

/// Changes what an indicator is; both partners' values stay.
pub fn change(ind: &mut Indicator, draft: &IndicatorDraft) -> Result<(), IndicatorError> {
    let d = draft.check()?;
    ind.name = d.name;
    ind.goals = d.goals;
    ind.sdg_target = d.sdg_target;
    ind.un_code = d.un_code;
    ind.unit = d.unit;
    ind.better = d.better;
    ind.source = d.source;
    Ok(())
}

fn point(year: i32, value: f64) -> Result<Point, ValueError> {
    if !year_ok(year) {
        return Err(ValueError::Year);
    }
    if !value.is_finite() {
        return Err(ValueError::Value);
    }
    Ok(Point { year, value })
}

impl Follow {
    /// Sets (or with `None` clears) the baseline and the target together, so
    /// the target can never come before the baseline.
    pub fn set_plan(
        &mut self,
        baseline: Option<(i32, f64)>,
        target: Option<(i32, f64)>,
    ) -> Result<(), ValueError> {
        let baseline = baseline.map(|(y, v)| point(y, v)).transpose()?;
        let target = target.map(|(y, v)| point(y, v)).transpose()?;
        if let (Some(b), Some(t)) = (baseline, target) {
            if t.year <= b.year {
                return Err(ValueError::TargetBeforeBaseline);
            }
        }
        self.baseline = baseline;
        self.target = target;
        Ok(())
    }

    /// Keeps a measured value; a value of a year already there replaces it.
    pub fn set_value(
        &mut self,
        year: i32,
        value: f64,
        note: &str,
        source: &str,
    ) -> Result<(), ValueError> {
        let p = point(year, value)?;
        let measure = Measure {
            year: p.year,
            value: p.value,
            note: optional(note, NOTE_MAX).map_err(ValueError::Note)?,
            source: optional(source, SOURCE_MAX).map_err(ValueError::Source)?,
        };
        match self.values.binary_search_by_key(&year, |m| m.year) {
            Ok(i) => self.values[i] = measure,
            Err(i) => self.values.insert(i, measure),
        }
        Ok(())
    }

    pub fn remove_value(&mut self, year: i32) {
        self.values.retain(|m| m.year != year);
    }

    /// Takes in a series (an import or a paste): each year's value is set,
    /// with `source`; other years stay. Returns how many years were new.
    pub fn take_series(
        &mut self,
        points: &[(i32, f64)],
        source: &str,
    ) -> Result<usize, ValueError> {
        let mut copy = self.clone();
        let mut new = 0;
        for &(year, value) in points {
            let was = copy.values.iter().any(|m| m.year == year);
            copy.set_value(year, value, "", source)?;
            new += usize::from(!was);
        }
        *self = copy;
        Ok(new)
    }

    /// The latest measured value.
    pub fn latest(&self) -> Option<&Measure> {
        self.values.last()
    }
}
