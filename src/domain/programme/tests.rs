use super::*;
use crate::domain::circle::{BoardKind, CircleBoard, Level as Step, Scale};
use crate::domain::index::{IndexRound, Method, Score, Thresholds, Visibility};
use crate::domain::plan::{Agreement, Priority, Status};
use crate::domain::{GoalNumber, Lang, Partner, PartnershipId, Side};

fn g(n: u8) -> GoalNumber {
    GoalNumber::new(n).unwrap()
}

fn lv(n: u8) -> Score {
    Score::Level(crate::domain::index::Level::new(n).unwrap())
}

fn partnership(id: &str, a: &str, b: &str) -> Partnership {
    Partnership::new(
        PartnershipId::new(id).unwrap(),
        format!("{a} – {b}"),
        Partner::new(a, "", Lang::Nl).unwrap(),
        Partner::new(b, "", Lang::Es).unwrap(),
        "2026-01-01T00:00:00Z".into(),
    )
}

/// A programme board where the goals in `gaps` got no contribution and the
/// goals in `served` some; the rest are not discussed.
fn board(id: &str, kind: BoardKind, gaps: &[u8], served: &[u8]) -> CircleBoard {
    let mut b = CircleBoard::new(id.into(), kind, Scale::Contribution);
    b.subject.name = format!("board {id}");
    for n in gaps {
        b.set_level(g(*n), Some(Step::NONE));
    }
    for n in served {
        b.set_level(g(*n), Some(Step(2)));
    }
    b
}

fn round(id: &str, a: &[(u8, u8)], b: &[(u8, u8)]) -> IndexRound {
    let mut r = IndexRound::new(id.into(), id, Method::Dialogue, String::new()).unwrap();
    for (side, scores) in [(Side::A, a), (Side::B, b)] {
        for (goal, level) in scores {
            r.set_score(side, g(*goal), Some(lv(*level)));
        }
    }
    r
}

/// Three twinnings: Lommel with Ongwediva and with Ciudad Darío, Herent
/// with Nimlaha'kok.
fn programme() -> Vec<Partnership> {
    let mut lo = partnership("p-lo", "Lommel", "Ongwediva");
    lo.boards
        .push(board("b1", BoardKind::Programme, &[5, 6], &[1]));
    lo.rounds
        .push(round("2025", &[(6, 5), (7, 4)], &[(6, 1), (3, 2)]));
    let mut lc = partnership("p-lc", "Lommel", "Ciudad Darío");
    lc.boards
        .push(board("b2", BoardKind::Programme, &[6], &[5]));
    lc.rounds.push(round("2025", &[(6, 4)], &[(3, 1), (7, 2)]));
    let mut hn = partnership("p-hn", "Herent", "Nimlaha'kok");
    hn.rounds.push(round("2024", &[(3, 5)], &[(6, 2), (7, 1)]));
    vec![lo, lc, hn]
}

fn overview(ps: &[Partnership]) -> Overview {
    let refs: Vec<&Partnership> = ps.iter().collect();
    Overview::of(&refs, "2026-12-07")
}

#[test]
fn an_empty_programme_has_nothing_to_say() {
    let o = overview(&[]);
    assert!(o.is_empty());
    assert_eq!(o.gaps.len(), 17);
    assert!(o
        .gaps
        .iter()
        .all(|r| r.gaps.is_empty() && r.served.is_empty()));
    assert_eq!(o.learning, Learning::default());
}

#[test]
fn partnerships_without_boards_or_rounds_are_in_no_list() {
    let ps = vec![partnership("p-1", "Lommel", "Ongwediva")];
    let o = overview(&ps);
    assert_eq!(o.members[0].board, None);
    assert_eq!(o.members[0].round, None);
    assert!(o.gaps.iter().all(|r| r.not_discussed.is_empty()));
    assert!(o.learning.joint.is_empty() && o.learning.peers.is_empty());
}

#[test]
fn gaps_count_each_programme_board_once_per_goal() {
    let o = overview(&programme());
    let six = &o.gaps[5];
    assert_eq!(six.gaps, [0, 1], "both Lommel boards leave goal 6 unserved");
    let five = &o.gaps[4];
    assert_eq!((five.gaps.clone(), five.served.clone()), (vec![0], vec![1]));
    // Herent has no board: neither a gap nor "not discussed".
    assert_eq!(o.gaps[16].not_discussed, [0, 1]);
}

#[test]
fn the_newest_programme_board_counts_never_a_project_or_inventory() {
    let mut ps = programme();
    ps[0]
        .boards
        .push(board("b1-v2", BoardKind::Programme, &[], &[5, 6]));
    ps[0]
        .boards
        .push(board("proj", BoardKind::Project, &[1, 2, 3], &[]));
    ps[1]
        .boards
        .push(board("inv", BoardKind::Inventory(Side::A), &[1], &[]));
    let o = overview(&ps);
    assert_eq!(o.members[0].board.as_deref(), Some("board b1-v2"));
    assert_eq!(o.gaps[5].gaps, [1]);
    assert!(o.gaps[0].gaps.is_empty());
}

#[test]
fn several_partnerships_weak_on_a_goal_is_a_joint_need() {
    let o = overview(&programme());
    let goals: Vec<u8> = o.learning.joint.iter().map(|j| j.goal.get()).collect();
    // 3: Ongwediva (2) and Ciudad Darío (1); 6: Ongwediva (1) and Nimlaha'kok (2);
    // 7: Ciudad Darío (2) and Nimlaha'kok (1).
    assert_eq!(goals, [3, 6, 7]);
    let three = &o.learning.joint[0];
    let who: Vec<(usize, Side)> = three.weak.iter().map(|s| (s.member, s.side)).collect();
    assert_eq!(who, [(0, Side::B), (1, Side::B)]);
}

#[test]
fn one_municipality_weak_in_two_partnerships_is_not_several() {
    let mut a = partnership("p-1", "Lommel", "Ongwediva");
    a.rounds.push(round("r", &[(9, 1)], &[]));
    let mut b = partnership("p-2", "lommel ", "Ciudad Darío");
    b.rounds.push(round("r", &[(9, 2)], &[]));
    // Both partners weak within one partnership: its own joint learning.
    let mut c = partnership("p-3", "Herent", "Nimlaha'kok");
    c.rounds.push(round("r", &[(4, 1)], &[(4, 1)]));
    assert!(overview(&[a, b, c]).learning.joint.is_empty());
}

#[test]
fn a_strong_partner_is_a_peer_for_a_weak_one_of_another_twinning() {
    let o = overview(&programme());
    let six = o.learning.peers.iter().find(|p| p.goal == g(6)).unwrap();
    // Lommel (5 and 4) is strong on 6; Ongwediva and Ciudad Darío are its
    // own partners already; Nimlaha'kok (2) is the one a peer helps.
    let strong: Vec<(usize, Side)> = six.strong.iter().map(|s| (s.member, s.side)).collect();
    let weak: Vec<(usize, Side)> = six.weak.iter().map(|s| (s.member, s.side)).collect();
    assert_eq!(strong, [(0, Side::A), (1, Side::A)]);
    assert_eq!(weak, [(2, Side::B)]);
    // Herent (5 on 3) helps Ongwediva and Ciudad Darío.
    let three = o.learning.peers.iter().find(|p| p.goal == g(3)).unwrap();
    assert_eq!(three.strong.len(), 1);
    assert_eq!(three.weak.len(), 2);
    // Lommel strong on 7 (4) in p-lo; weak on 7: Ciudad Darío (its partner
    // in p-lc) and Nimlaha'kok: only the latter.
    let seven = o.learning.peers.iter().find(|p| p.goal == g(7)).unwrap();
    assert_eq!(seven.weak.iter().map(|s| s.member).collect::<Vec<_>>(), [2]);
}

#[test]
fn each_partnership_s_own_thresholds_decide_strong_and_weak() {
    let mut ps = programme();
    // For Herent – Nimlaha'kok, weak is 1 only: Nimlaha'kok's 2 on goal 6
    // is no longer weak, so no one needs a peer on goal 6.
    ps[2].thresholds = Thresholds::new(
        crate::domain::index::Level::new(5).unwrap(),
        crate::domain::index::Level::new(1).unwrap(),
    )
    .unwrap();
    let o = overview(&ps);
    assert!(o.learning.peers.iter().all(|p| p.goal != g(6)));
    // Herent's 5 stays strong under its own thresholds.
    assert!(o.learning.peers.iter().any(|p| p.goal == g(3)));
}

#[test]
fn unknown_and_not_applicable_match_nothing_and_blind_rounds_are_not_read() {
    let mut ps = programme();
    ps[2].rounds[0].set_score(Side::B, g(6), Some(Score::DontKnow));
    let o = overview(&ps);
    assert!(o.learning.peers.iter().all(|p| p.goal != g(6)));

    let mut ps = programme();
    let mut blind = round("2026", &[(6, 1)], &[(6, 1)]);
    blind.visibility = Visibility::Blind;
    ps[0].rounds.push(blind);
    let o = overview(&ps);
    assert_eq!(o.members[0].round.as_deref(), Some("2025"));
    assert_eq!(o.members[0].blind_round.as_deref(), Some("2026"));
}

#[test]
fn ties_keep_goal_and_programme_order_never_a_ranking() {
    let mut ps = programme();
    ps.reverse();
    let o = overview(&ps);
    let three = &o.learning.joint[0];
    assert_eq!(three.goal, g(3));
    // The same standings, listed in the programme's (new) order.
    let members: Vec<usize> = three.weak.iter().map(|s| s.member).collect();
    assert_eq!(members, [1, 2]);
}

fn agreement(id: &str, due: &str, status: Status, goals: &[u8]) -> Agreement {
    Agreement {
        id: id.into(),
        what: id.into(),
        side: Side::A,
        department: String::new(),
        due: due.into(),
        status,
        goals: goals.iter().map(|n| g(*n)).collect(),
        answers: None,
    }
}

#[test]
fn agreements_are_overdue_due_soon_or_planned() {
    let mut p = partnership("p-1", "Lommel", "Ongwediva");
    p.agreements = vec![
        agreement("late", "2026-12-06", Status::InProgress, &[6]),
        agreement("today", "2026-12-07", Status::Planned, &[]),
        agreement("in-30", "2027-01-06", Status::Planned, &[]),
        agreement("in-31", "2027-01-07", Status::Planned, &[]),
        agreement("undated", "", Status::Planned, &[]),
        agreement("done-late", "2020-01-01", Status::Done, &[]),
        agreement("dropped", "2020-01-01", Status::Cancelled, &[]),
    ];
    p.priorities = vec![
        Priority {
            year: 2025,
            goal: g(1),
        },
        Priority {
            year: 2027,
            goal: g(4),
        },
        Priority {
            year: 2026,
            goal: g(13),
        },
        Priority {
            year: 2026,
            goal: g(6),
        },
    ];
    let plan = plan(&p, "2026-12-07");
    let ids = |l: &[Agreement]| l.iter().map(|a| a.id.clone()).collect::<Vec<_>>();
    assert_eq!(ids(&plan.overdue), ["late"]);
    assert_eq!(ids(&plan.due), ["today", "in-30"]);
    assert_eq!(ids(&plan.planned), ["in-31", "undated"]);
    assert_eq!(plan.done, 1);
    assert!(!plan.is_empty());
    let none = super::plan(&partnership("p-2", "Herent", "Nimlaha'kok"), "2026-12-07");
    assert!(none.is_empty());
    assert_eq!(
        plan.priorities,
        [(2026, vec![g(6), g(13)]), (2027, vec![g(4)])]
    );
}

#[test]
fn days_are_added_across_months_leap_years_and_years() {
    assert_eq!(add_days("2026-12-07", 30).as_deref(), Some("2027-01-06"));
    assert_eq!(add_days("2028-02-28", 1).as_deref(), Some("2028-02-29"));
    assert_eq!(add_days("2027-02-28", 1).as_deref(), Some("2027-03-01"));
    assert_eq!(add_days("2000-02-28", 366).as_deref(), Some("2001-02-28"));
    for bad in ["", "2026-13-01", "2026-1-1", "yesterday"] {
        assert_eq!(add_days(bad, 1), None, "{bad}");
    }
}

#[test]
fn a_draft_needs_a_name_and_a_partnership_and_keeps_each_once() {
    let id = |s: &str| PartnershipId::new(s).unwrap();
    let mut d = ProgrammeDraft {
        name: "  GLoBe 2024 ".into(),
        partnerships: vec![],
    };
    assert_eq!(d.build("pr-1".into()), Err(ProgrammeError::NoPartnership));
    d.toggle(&id("p-1"));
    d.toggle(&id("p-2"));
    d.toggle(&id("p-1"));
    d.toggle(&id("p-1"));
    let p = d.build("pr-1".into()).unwrap();
    assert_eq!(p.name, "GLoBe 2024");
    assert_eq!(p.partnerships, [id("p-2"), id("p-1")]);
    d.name = " ".into();
    assert!(matches!(d.build("x".into()), Err(ProgrammeError::Name(_))));
}

#[test]
fn stored_programmes_round_trip_and_odd_entries_are_refused_whole() {
    let list = vec![ProgrammeDraft {
        name: "GLoBe".into(),
        partnerships: vec![PartnershipId::new("p-1").unwrap()],
    }
    .build("pr-1".into())
    .unwrap()];
    let text = programmes_to_json(&list);
    assert_eq!(programmes_from_json(&text), Some(list));
    for bad in [
        "",
        "[]",
        r#"{"programmes":[{"id":"","name":"x","partnerships":[]}]}"#,
        r#"{"programmes":[{"id":"a","name":" ","partnerships":[]}]}"#,
        r#"{"programmes":[{"id":"a","name":"x","partnerships":["bad id"]}]}"#,
        r#"{"programmes":[{"id":"a","name":"x","partnerships":[]},{"id":"a","name":"y","partnerships":[]}]}"#,
    ] {
        assert_eq!(programmes_from_json(bad), None, "{bad}");
    }
}

#[test]
fn csv_has_a_row_per_partnership_and_goal_in_programme_order() {
    let mut ps = programme();
    ps[0].priorities = vec![Priority {
        year: 2026,
        goal: g(6),
    }];
    ps[0].agreements = vec![agreement("x", "", Status::Planned, &[6])];
    let refs: Vec<&Partnership> = ps.iter().collect();
    let text = csv::programme_csv("GLoBe", &refs, Lang::En);
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines.len(), 1 + 3 * 17);
    assert_eq!(lines[0], csv::HEADER.join(","));
    let six = lines[6];
    assert!(
        six.starts_with("GLoBe,Lommel – Ongwediva,Lommel,Ongwediva,6,Clean water and sanitation,board b1,no_contribution,2025,5,1,strong,weak,2026,1,,"),
        "{six}"
    );
    // Herent – Nimlaha'kok has no board: its board cells stay empty.
    assert!(lines[2 * 17 + 6].contains(",6,Clean water and sanitation,,,2024,,2,,weak,"));
}

#[test]
fn citizens_top_goals_are_the_sdgs_of_each_municipality_s_top_five() {
    use crate::domain::consultation::tests::herent_nimlahakok;
    use crate::domain::consultation::{BallotGoal, PaperTally};
    let mut c = herent_nimlahakok();
    let mut t = PaperTally {
        respondents: 10,
        counts: Vec::new(),
    };
    for (goal, n) in [(13, 9), (4, 5), (6, 3)] {
        t.set_count(BallotGoal::from_number(goal).unwrap(), n);
    }
    c.set_paper("pl-1", t).unwrap();
    let mut ps = programme();
    ps[2].consultations = vec![c].into();
    let o = overview(&ps);
    assert_eq!(o.members[2].citizens[Side::B as usize], [g(4), g(6), g(13)]);
    assert!(o.members[2].citizens[Side::A as usize].is_empty());
    assert!(o.members[0].citizens.iter().all(Vec::is_empty));
}
