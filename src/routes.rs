//! Every URL the app has, built in one place.

use crate::domain::{GoalNumber, PartnershipId};

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Route {
    Home,
    Goals,
    Goal(GoalNumber),
    Partnership(PartnershipId),
    Data,
    /// The printable report of one partnership.
    Report(PartnershipId),

    // Circle exercise (issue 3).
    Circle(PartnershipId),
    /// One board: the wheel and the goal panel.
    CircleBoard(PartnershipId, String),
    /// The facilitator's walk round one board, at one goal.
    CircleWalk(PartnershipId, String, GoalNumber),
    CircleSummary(PartnershipId, String),
    /// Two boards side by side (versions, or the two partners' inventories).
    CircleCompare(PartnershipId, String, String),

    // SDG index (issue 4).
    Index(PartnershipId),
    /// One scoring round: `/p/:id/index/round/:round`.
    IndexRound(PartnershipId, String),
    /// Priorities and agreements: `/p/:id/index/plan`.
    IndexPlan(PartnershipId),
}

impl Route {
    pub fn href(&self) -> String {
        match self {
            Route::Home => "/".into(),
            Route::Goals => "/sdg".into(),
            Route::Goal(n) => format!("/sdg/{n}"),
            Route::Partnership(id) => format!("/p/{id}"),
            Route::Data => "/data".into(),
            Route::Report(id) => format!("/p/{id}/report"),

            // Circle exercise (issue 3).
            Route::Circle(id) => format!("/p/{id}/circle"),
            Route::CircleBoard(id, b) => format!("/p/{id}/circle/{b}"),
            Route::CircleWalk(id, b, n) => format!("/p/{id}/circle/{b}/walk/{n}"),
            Route::CircleSummary(id, b) => format!("/p/{id}/circle/{b}/summary"),
            Route::CircleCompare(id, l, r) => format!("/p/{id}/circle/compare/{l}/{r}"),

            // SDG index (issue 4).
            Route::Index(id) => format!("/p/{id}/index"),
            Route::IndexRound(id, round) => format!("/p/{id}/index/round/{round}"),
            Route::IndexPlan(id) => format!("/p/{id}/index/plan"),
        }
    }
}

/// Reads the goal number out of a `/sdg/:n` segment: only "1" to "17", no signs or zeros.
pub fn parse_goal(segment: &str) -> Option<GoalNumber> {
    if segment.starts_with('0') || segment.starts_with('+') {
        return None;
    }
    segment.parse::<u8>().ok().and_then(GoalNumber::new)
}

/// The partnership a path belongs to: `/p/:id` and every page under it.
pub fn partnership_of(path: &str) -> Option<PartnershipId> {
    let id = path.strip_prefix("/p/")?.split('/').next()?;
    PartnershipId::new(id)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builds_and_parses_goal_urls() {
        let g = GoalNumber::new(6).unwrap();
        assert_eq!(Route::Goal(g).href(), "/sdg/6");
        assert_eq!(parse_goal("6"), Some(g));
        for bad in ["0", "18", "06", "+6", "six", ""] {
            assert_eq!(parse_goal(bad), None, "{bad}");
        }
    }

    #[test]
    fn partnership_urls() {
        let id = PartnershipId::new("p-1").unwrap();
        assert_eq!(Route::Partnership(id.clone()).href(), "/p/p-1");
        assert_eq!(Route::Circle(id.clone()).href(), "/p/p-1/circle");
        let b = "b-1".to_owned();
        let six = GoalNumber::new(6).unwrap();
        assert_eq!(
            Route::CircleWalk(id.clone(), b.clone(), six).href(),
            "/p/p-1/circle/b-1/walk/6"
        );
        assert_eq!(
            Route::CircleSummary(id.clone(), b.clone()).href(),
            "/p/p-1/circle/b-1/summary"
        );
        assert_eq!(
            Route::CircleCompare(id.clone(), b, "b-2".into()).href(),
            "/p/p-1/circle/compare/b-1/b-2"
        );
        assert_eq!(Route::Index(id.clone()).href(), "/p/p-1/index");
        assert_eq!(
            Route::IndexRound(id.clone(), "r-1".into()).href(),
            "/p/p-1/index/round/r-1"
        );
        assert_eq!(Route::IndexPlan(id.clone()).href(), "/p/p-1/index/plan");
        assert_eq!(partnership_of("/p/p-1/index/plan"), Some(id.clone()));
        assert_eq!(partnership_of("/p/p-1"), Some(id));
        for other in ["/", "/sdg/6", "/data", "/p/", "/pp/p-1"] {
            assert_eq!(partnership_of(other), None, "{other}");
        }
    }
}
