//! From matches to a plan: priority goals per programme year, and agreements
//! (who does what by when), each linked to goals and, when it answers one, to
//! a match of a scoring round.

use super::index::Match;
use super::text::{clean_line, TextError};
use super::{GoalNumber, Side};
use serde::{Deserialize, Serialize};

/// The VVSG text suggests one or two priority goals a year.
pub const MAX_PRIORITIES_PER_YEAR: usize = 2;
/// A five-year programme, as in Lommel–Ongwediva.
pub const PROGRAMME_YEARS: i32 = 5;
pub const WHAT_MAX: usize = 300;
pub const DEPARTMENT_MAX: usize = 120;

/// A priority goal for one programme year.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub struct Priority {
    pub year: i32,
    pub goal: GoalNumber,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PriorityError {
    /// The year already has its one or two priorities.
    YearFull,
    AlreadyChosen,
}

/// Adds a priority, keeping the list in (year, goal) order.
pub fn add_priority(list: &mut Vec<Priority>, p: Priority) -> Result<(), PriorityError> {
    if list.contains(&p) {
        return Err(PriorityError::AlreadyChosen);
    }
    if list.iter().filter(|x| x.year == p.year).count() >= MAX_PRIORITIES_PER_YEAR {
        return Err(PriorityError::YearFull);
    }
    let at = list.partition_point(|x| *x < p);
    list.insert(at, p);
    Ok(())
}

/// The programme's years: from the first priority (or `this_year` if earlier,
/// or if there is none) over at least [`PROGRAMME_YEARS`] years, and on to the
/// last priority. The domain has no clock, so the caller says which year it is.
pub fn programme_years(list: &[Priority], this_year: i32) -> std::ops::RangeInclusive<i32> {
    let first = list
        .iter()
        .map(|p| p.year)
        .min()
        .map_or(this_year, |y| y.min(this_year));
    let last = list.iter().map(|p| p.year).max().unwrap_or(first);
    first..=last.max(first + PROGRAMME_YEARS - 1)
}

/// Where an agreement stands.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    #[default]
    Planned,
    InProgress,
    Done,
    Cancelled,
}

impl Status {
    pub const ALL: [Status; 4] = [
        Status::Planned,
        Status::InProgress,
        Status::Done,
        Status::Cancelled,
    ];

    pub fn code(self) -> &'static str {
        match self {
            Status::Planned => "planned",
            Status::InProgress => "in_progress",
            Status::Done => "done",
            Status::Cancelled => "cancelled",
        }
    }

    pub fn from_code(code: &str) -> Option<Status> {
        Status::ALL.into_iter().find(|s| s.code() == code)
    }
}

/// The match of a scoring round that an agreement answers.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct MatchRef {
    pub round: String,
    #[serde(rename = "match")]
    pub matched: Match,
}

/// An agreement between the partners: what will be done, by whom, by when.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Agreement {
    pub id: String,
    pub what: String,
    /// Which partner does it.
    pub side: Side,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub department: String,
    /// "YYYY-MM-DD", or empty when no date was agreed.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub due: String,
    #[serde(default)]
    pub status: Status,
    /// Linked goals, in goal order, without repeats.
    #[serde(default)]
    pub goals: Vec<GoalNumber>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub answers: Option<MatchRef>,
}

/// What a person fills in for an agreement.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct AgreementDraft {
    pub what: String,
    pub side: Option<Side>,
    pub department: String,
    pub due: String,
    pub status: Status,
    pub goals: Vec<GoalNumber>,
    pub answers: Option<MatchRef>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum AgreementError {
    What(TextError),
    Department(TextError),
    NoSide,
    /// The date is not a calendar date "YYYY-MM-DD".
    Due,
}

/// True for a plausible calendar date "YYYY-MM-DD" (what `<input type=date>` gives).
pub fn is_iso_date(s: &str) -> bool {
    let b = s.as_bytes();
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return false;
    }
    let num = |r: std::ops::Range<usize>| s.get(r).and_then(|x| x.parse::<u32>().ok());
    let (Some(y), Some(m), Some(d)) = (num(0..4), num(5..7), num(8..10)) else {
        return false;
    };
    let leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    let days = match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => return false,
    };
    (1..=days).contains(&d) && b[..4].iter().all(u8::is_ascii_digit)
}

impl AgreementDraft {
    pub fn build(&self, id: String) -> Result<Agreement, AgreementError> {
        let what = clean_line(&self.what, WHAT_MAX).map_err(AgreementError::What)?;
        let department = match clean_line(&self.department, DEPARTMENT_MAX) {
            Ok(d) => d,
            Err(TextError::Empty) => String::new(),
            Err(e) => return Err(AgreementError::Department(e)),
        };
        let side = self.side.ok_or(AgreementError::NoSide)?;
        let due = self.due.trim().to_owned();
        if !due.is_empty() && !is_iso_date(&due) {
            return Err(AgreementError::Due);
        }
        let answered = self.answers.as_ref().map(|r| r.matched.goal);
        // In goal order, each once (no sort: see `domain::short_sort`).
        let goals = GoalNumber::all()
            .filter(|g| self.goals.contains(g) || answered == Some(*g))
            .collect();
        Ok(Agreement {
            id,
            what,
            side,
            department,
            due,
            status: self.status,
            goals,
            answers: self.answers.clone(),
        })
    }
}

impl From<&Agreement> for AgreementDraft {
    fn from(a: &Agreement) -> Self {
        AgreementDraft {
            what: a.what.clone(),
            side: Some(a.side),
            department: a.department.clone(),
            due: a.due.clone(),
            status: a.status,
            goals: a.goals.clone(),
            answers: a.answers.clone(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::index::MatchKind;

    fn g(n: u8) -> GoalNumber {
        GoalNumber::new(n).unwrap()
    }

    #[test]
    fn one_or_two_priorities_a_year() {
        let mut list = Vec::new();
        add_priority(
            &mut list,
            Priority {
                year: 2027,
                goal: g(6),
            },
        )
        .unwrap();
        add_priority(
            &mut list,
            Priority {
                year: 2026,
                goal: g(5),
            },
        )
        .unwrap();
        add_priority(
            &mut list,
            Priority {
                year: 2026,
                goal: g(1),
            },
        )
        .unwrap();
        assert_eq!(
            add_priority(
                &mut list,
                Priority {
                    year: 2026,
                    goal: g(2)
                }
            ),
            Err(PriorityError::YearFull)
        );
        assert_eq!(
            add_priority(
                &mut list,
                Priority {
                    year: 2027,
                    goal: g(6)
                }
            ),
            Err(PriorityError::AlreadyChosen)
        );
        let years: Vec<(i32, u8)> = list.iter().map(|p| (p.year, p.goal.get())).collect();
        assert_eq!(years, [(2026, 1), (2026, 5), (2027, 6)]);
    }

    #[test]
    fn programme_spans_five_years_or_more() {
        assert_eq!(programme_years(&[], 2026), 2026..=2030);
        let list = [
            Priority {
                year: 2025,
                goal: g(1),
            },
            Priority {
                year: 2032,
                goal: g(2),
            },
        ];
        assert_eq!(programme_years(&list, 2026), 2025..=2032);
    }

    #[test]
    fn agreements_are_validated_and_round_trip() {
        let m = Match {
            goal: g(6),
            kind: MatchKind::PeerLearning { from: Side::A },
        };
        let draft = AgreementDraft {
            what: "  Field visit to the water treatment plant ".into(),
            side: Some(Side::A),
            department: "Environment".into(),
            due: "2027-02-29".into(),
            goals: vec![g(13), g(6)],
            answers: Some(MatchRef {
                round: "r-1".into(),
                matched: m,
            }),
            ..Default::default()
        };
        assert_eq!(draft.build("a-1".into()), Err(AgreementError::Due));
        let draft = AgreementDraft {
            due: "2028-02-29".into(),
            ..draft
        };
        let a = draft.build("a-1".into()).unwrap();
        assert_eq!(a.what, "Field visit to the water treatment plant");
        assert_eq!(a.goals, [g(6), g(13)]);
        let json = serde_json::to_value(&a).unwrap();
        assert_eq!(json["answers"]["match"]["kind"], "peer_learning");
        assert_eq!(json["side"], "a");
        assert_eq!(json["status"], "planned");
        assert_eq!(serde_json::from_value::<Agreement>(json).unwrap(), a);
        assert_eq!(AgreementDraft::from(&a).build("a-1".into()).unwrap(), a);
        let no_side = AgreementDraft {
            side: None,
            ..AgreementDraft::from(&a)
        };
        assert_eq!(no_side.build("x".into()), Err(AgreementError::NoSide));
        let blank = AgreementDraft {
            what: " ".into(),
            ..AgreementDraft::from(&a)
        };
        assert_eq!(
            blank.build("x".into()),
            Err(AgreementError::What(TextError::Empty))
        );
    }

    #[test]
    fn dates() {
        for ok in ["2026-11-22", "2024-02-29", "2000-02-29"] {
            assert!(is_iso_date(ok), "{ok}");
        }
        for bad in [
            "",
            "2026-13-01",
            "2026-02-30",
            "1900-02-29",
            "26-11-22",
            "2026/11/22",
            "+026-11-22",
        ] {
            assert!(!is_iso_date(bad), "{bad}");
        }
    }
}
