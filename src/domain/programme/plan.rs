//! Priorities and agreements across a programme: per partnership, what is
//! planned, what falls due soon and what is overdue, as of a given day.

use crate::domain::plan::{Agreement, Status};
use crate::domain::{GoalNumber, Partnership};

/// An agreement falls due "soon" within this many days.
pub const DUE_SOON_DAYS: i64 = 30;

/// One partnership's plan as the overview shows it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MemberPlan {
    /// Priority goals of this year and the years after, by year.
    pub priorities: Vec<(i32, Vec<GoalNumber>)>,
    /// Open (planned or in progress), their date passed.
    pub overdue: Vec<Agreement>,
    /// Open, due today or within [`DUE_SOON_DAYS`].
    pub due: Vec<Agreement>,
    /// Open, later or without a date.
    pub planned: Vec<Agreement>,
    pub done: usize,
}

impl MemberPlan {
    /// No priority from this year on, and no agreement at all.
    pub fn is_empty(&self) -> bool {
        self.priorities.is_empty()
            && self.overdue.is_empty()
            && self.due.is_empty()
            && self.planned.is_empty()
            && self.done == 0
    }
}

/// `today` is `YYYY-MM-DD`; a date the domain cannot read puts every dated
/// agreement under "planned" rather than guess.
pub fn plan(p: &Partnership, today: &str) -> MemberPlan {
    let this_year: Option<i32> = today.get(..4).and_then(|y| y.parse().ok());
    let mut priorities: Vec<(i32, Vec<GoalNumber>)> = Vec::new();
    let mut sorted = p.priorities.clone();
    sorted.sort();
    for pr in &sorted {
        if this_year.is_some_and(|y| pr.year < y) {
            continue;
        }
        match priorities.last_mut() {
            Some((year, goals)) if *year == pr.year => goals.push(pr.goal),
            _ => priorities.push((pr.year, vec![pr.goal])),
        }
    }
    let soon = add_days(today, DUE_SOON_DAYS);
    let mut out = MemberPlan {
        priorities,
        overdue: Vec::new(),
        due: Vec::new(),
        planned: Vec::new(),
        done: 0,
    };
    for a in &p.agreements {
        let open = matches!(a.status, Status::Planned | Status::InProgress);
        if !open {
            out.done += usize::from(a.status == Status::Done);
            continue;
        }
        let list = match &soon {
            Some(_) if a.due.is_empty() => &mut out.planned,
            // ISO dates compare as text.
            Some(_) if a.due.as_str() < today => &mut out.overdue,
            Some(soon) if a.due.as_str() <= soon.as_str() => &mut out.due,
            _ => &mut out.planned,
        };
        list.push(a.clone());
    }
    out.overdue.sort_by(|x, y| x.due.cmp(&y.due));
    out.due.sort_by(|x, y| x.due.cmp(&y.due));
    out
}

/// `date` (`YYYY-MM-DD`) plus `days`, or `None` if it is not such a date.
/// Written out (Howard Hinnant's civil-day algorithms) rather than a date
/// crate: this is the one piece of calendar arithmetic the app does.
pub fn add_days(date: &str, days: i64) -> Option<String> {
    let mut parts = date.splitn(3, '-');
    let y: i64 = parts.next()?.parse().ok()?;
    let m: i64 = parts.next()?.parse().ok()?;
    let d: i64 = parts.next()?.parse().ok()?;
    if date.len() != 10 || !(1..=12).contains(&m) || !(1..=31).contains(&d) {
        return None;
    }
    let (y, m, d) = civil(day_number(y, m, d) + days);
    Some(format!("{y:04}-{m:02}-{d:02}"))
}

fn day_number(y: i64, m: i64, d: i64) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe
}

fn civil(z: i64) -> (i64, i64, i64) {
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i64::from(m <= 2);
    (y, m, d)
}
