//! Is a partner on its way to its own target? The rule of SDSN's trend
//! dashboards (Sustainable Development Report, "SDG trends"): compare the
//! linear yearly change needed from the baseline to reach the target in its
//! year with the yearly change achieved from the baseline to the latest value.
//!
//! | status | when |
//! |---|---|
//! | on track | the target is met, or achieved ≥ needed |
//! | moderately improving | achieved > half of needed |
//! | stagnating | achieved between zero and half of needed (both included) |
//! | worsening | achieved < 0: moving away from the target |
//! | too few values | no baseline, no target, or no value after the baseline year |
//!
//! "Lower is better" turns the signs round. The comparisons multiply
//! instead of dividing, so a value exactly on a boundary lands where the
//! table says and not where a rounding puts it.

use super::{Better, Follow, Measure, Point};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Status {
    OnTrack,
    Improving,
    Stagnating,
    Worsening,
    TooFew(Missing),
}

/// What a status cannot do without.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Missing {
    Baseline,
    Target,
    /// No value measured after the baseline's year.
    Values,
}

impl Status {
    /// On track or moderately improving.
    pub fn is_good(self) -> bool {
        matches!(self, Status::OnTrack | Status::Improving)
    }

    /// Stagnating or worsening.
    pub fn is_poor(self) -> bool {
        matches!(self, Status::Stagnating | Status::Worsening)
    }
}

/// The change per year a partner needs, and the one it achieved, in the
/// indicator's unit (signed as measured).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Pace {
    pub needed: f64,
    pub achieved: f64,
}

pub fn pace(f: &Follow) -> Option<Pace> {
    let (b, t, l) = (f.baseline?, f.target?, latest_after(f)?);
    Some(Pace {
        needed: (t.value - b.value) / f64::from(t.year - b.year),
        achieved: (l.value - b.value) / f64::from(l.year - b.year),
    })
}

fn latest_after(f: &Follow) -> Option<&Measure> {
    let b = f.baseline?;
    f.latest().filter(|m| m.year > b.year)
}

pub fn status(f: &Follow, better: Better) -> Status {
    let Some(baseline) = f.baseline else {
        return Status::TooFew(Missing::Baseline);
    };
    let Some(target) = f.target else {
        return Status::TooFew(Missing::Target);
    };
    let Some(latest) = latest_after(f) else {
        return Status::TooFew(Missing::Values);
    };
    classify(
        baseline,
        target,
        Point {
            year: latest.year,
            value: latest.value,
        },
        better,
    )
}

fn classify(baseline: Point, target: Point, latest: Point, better: Better) -> Status {
    // Towards better is positive.
    let sign = match better {
        Better::Higher => 1.0,
        Better::Lower => -1.0,
    };
    if sign * (latest.value - target.value) >= 0.0 {
        return Status::OnTrack;
    }
    let achieved = sign * (latest.value - baseline.value);
    let needed = sign * (target.value - baseline.value);
    let achieved_years = f64::from(latest.year - baseline.year);
    let needed_years = f64::from(target.year - baseline.year);
    // achieved / achieved_years against needed / needed_years, multiplied out.
    let achieved_scaled = achieved * needed_years;
    let needed_scaled = needed * achieved_years;
    if achieved < 0.0 {
        Status::Worsening
    } else if achieved_scaled >= needed_scaled {
        Status::OnTrack
    } else if 2.0 * achieved_scaled > needed_scaled {
        Status::Improving
    } else {
        Status::Stagnating
    }
}
