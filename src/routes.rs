//! Every URL the app has, built and read in one place.

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

    /// The citizen consultation: `/p/:id/consultation`; one place's page is
    /// `?place=<id>`, read in the consultation's own code.
    Consultation(PartnershipId),

    /// Joint indicators: `/p/:id/indicators`.
    Indicators(PartnershipId),

    /// The programmes on this device, and a new one: `/programmes`.
    Programmes,
    /// One programme's overview across its partnerships.
    Programme(String),

    /// A participant's way into a live session: `/join#<code>` (the code
    /// stays in the fragment, read by the page).
    Join,
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
            Route::Consultation(id) => format!("/p/{id}/consultation"),
            Route::Indicators(id) => format!("/p/{id}/indicators"),
            Route::Programmes => "/programmes".into(),
            Route::Programme(id) => format!("/programmes/{id}"),
            Route::Join => "/join".into(),
        }
    }
}

impl Route {
    /// Reads a path back into the route whose `href` it is, so the app has one
    /// map of its addresses and the router no generic route tree (half of its
    /// code in the first load). Anything else is `None`: page not found.
    pub fn parse(path: &str) -> Option<Route> {
        let path = path.strip_prefix('/')?;
        let path = match path.strip_suffix('/') {
            Some(inner) if !inner.is_empty() => inner,
            _ => path,
        };
        let segments: Vec<&str> = if path.is_empty() {
            Vec::new()
        } else {
            path.split('/').collect()
        };
        if segments.iter().any(|s| s.is_empty()) {
            return None;
        }
        let own = |s: &str| s.to_owned();
        Some(match segments.as_slice() {
            [] => Route::Home,
            ["sdg"] => Route::Goals,
            ["sdg", n] => Route::Goal(parse_goal(n)?),
            ["data"] => Route::Data,
            ["programmes"] => Route::Programmes,
            ["join"] => Route::Join,
            // Programme ids are made like partnership ids.
            ["programmes", id] => Route::Programme(PartnershipId::new(id)?.as_str().to_owned()),
            ["p", id, rest @ ..] => {
                let id = PartnershipId::new(id)?;
                match rest {
                    [] => Route::Partnership(id),
                    ["report"] => Route::Report(id),
                    ["circle"] => Route::Circle(id),
                    ["circle", "compare", l, r] => Route::CircleCompare(id, own(l), own(r)),
                    ["circle", b] => Route::CircleBoard(id, own(b)),
                    ["circle", b, "walk", n] => Route::CircleWalk(id, own(b), parse_goal(n)?),
                    ["circle", b, "summary"] => Route::CircleSummary(id, own(b)),
                    ["index"] => Route::Index(id),
                    ["index", "round", r] => Route::IndexRound(id, own(r)),
                    ["index", "plan"] => Route::IndexPlan(id),
                    ["consultation"] => Route::Consultation(id),
                    ["indicators"] => Route::Indicators(id),
                    _ => return None,
                }
            }
            _ => return None,
        })
    }

    /// The partnership this page belongs to, if any.
    pub fn partnership(&self) -> Option<&PartnershipId> {
        match self {
            Route::Home
            | Route::Goals
            | Route::Goal(_)
            | Route::Data
            | Route::Programmes
            | Route::Programme(_)
            | Route::Join => None,
            Route::Partnership(id)
            | Route::Report(id)
            | Route::Circle(id)
            | Route::CircleBoard(id, _)
            | Route::CircleWalk(id, _, _)
            | Route::CircleSummary(id, _)
            | Route::CircleCompare(id, _, _)
            | Route::Index(id)
            | Route::IndexRound(id, _)
            | Route::IndexPlan(id)
            | Route::Consultation(id)
            | Route::Indicators(id) => Some(id),
        }
    }

    /// The board a circle page shows (the compare page shows two: see there).
    pub fn board(&self) -> Option<&str> {
        match self {
            Route::CircleBoard(_, b) | Route::CircleWalk(_, b, _) | Route::CircleSummary(_, b) => {
                Some(b)
            }
            _ => None,
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

    /// The partnership of an address, read as the app reads it.
    fn partnership_of(path: &str) -> Option<PartnershipId> {
        Route::parse(path)?.partnership().cloned()
    }

    fn every_route() -> Vec<Route> {
        let id = PartnershipId::new("p-1").unwrap();
        let six = GoalNumber::new(6).unwrap();
        let b = || "b-1".to_owned();
        vec![
            Route::Home,
            Route::Goals,
            Route::Goal(six),
            Route::Partnership(id.clone()),
            Route::Data,
            Route::Report(id.clone()),
            Route::Circle(id.clone()),
            Route::CircleBoard(id.clone(), b()),
            Route::CircleWalk(id.clone(), b(), six),
            Route::CircleSummary(id.clone(), b()),
            Route::CircleCompare(id.clone(), b(), "b-2".into()),
            Route::Index(id.clone()),
            Route::IndexRound(id.clone(), "r-1".into()),
            Route::IndexPlan(id.clone()),
            Route::Consultation(id),
            Route::Programmes,
            Route::Programme("pr-1".into()),
            Route::Join,
        ]
    }

    #[test]
    fn every_href_parses_back_to_its_route() {
        for route in every_route() {
            let href = route.href();
            assert_eq!(Route::parse(&href), Some(route.clone()), "{href}");
            if href != "/" {
                assert_eq!(Route::parse(&format!("{href}/")), Some(route), "{href}/");
            }
        }
    }

    #[test]
    fn addresses_the_app_never_builds_are_not_found() {
        for path in [
            "",
            "sdg",
            "//",
            "/sdg//",
            "/sdg/0",
            "/sdg/18",
            "/sdg/6/x",
            "/data/x",
            "/p",
            "/p/",
            "/p//circle",
            "/p/bad id",
            "/p/p-1/x",
            "/p/p-1/circle//summary",
            "/p/p-1/circle/b-1/walk/0",
            "/p/p-1/circle/b-1/walk",
            "/p/p-1/circle/b-1/x",
            "/p/p-1/circle/compare/b-1",
            "/p/p-1/index/round",
            "/p/p-1/index/plan/x",
            "/p/p-1/report/x",
            "/p/p-1/consultation/place",
            "/p/p-1/consultation/x",
            "/programmes/bad id",
            "/programmes/pr-1/x",
        ] {
            assert_eq!(Route::parse(path), None, "{path}");
        }
    }

    #[test]
    fn a_route_names_its_partnership_and_board() {
        for route in every_route() {
            let href = route.href();
            assert_eq!(
                route.partnership(),
                partnership_of(&href).as_ref(),
                "{href}"
            );
        }
        let id = PartnershipId::new("p-1").unwrap();
        assert_eq!(
            Route::CircleSummary(id.clone(), "b-1".into()).board(),
            Some("b-1")
        );
        assert_eq!(
            Route::CircleCompare(id, "b-1".into(), "b-2".into()).board(),
            None
        );
    }
}
