use super::against::{against, propose_priority, FEW_PERCENT};
use super::tally::{by_age, difference, of_place, of_side, percent};
use super::*;
use crate::domain::circle::tests::{g, lommel_programme};
use crate::domain::plan::{Priority, PriorityError};
use crate::domain::Lang;

fn sdg(n: u8) -> BallotGoal {
    BallotGoal::Sdg(g(n))
}

fn ballot(id: &str, goals: &[u8]) -> Ballot {
    Ballot {
        id: id.into(),
        via: Channel::Stand,
        picks: goals
            .iter()
            .map(|n| Pick {
                goal: BallotGoal::from_number(*n).unwrap(),
                trend: None,
            })
            .collect(),
        age: None,
        gender: None,
    }
}

fn paper(respondents: u32, counts: &[(u8, u32)]) -> PaperTally {
    let mut t = PaperTally {
        respondents,
        counts: Vec::new(),
    };
    for (n, count) in counts {
        t.set_count(BallotGoal::from_number(*n).unwrap(), *count);
    }
    t
}

/// Herent and Nimlaha'kok: two places in Nimlaha'kok, one in Herent.
pub fn herent_nimlahakok() -> Consultation {
    let draft = SetupDraft {
        question: "Which goals matter most to you?".into(),
        max_picks: 3,
    };
    let mut c = Consultation::new("c-1".into(), &draft, "2026-12-07T10:00:00Z").unwrap();
    for (id, side, name) in [
        ("pl-1", Side::B, "Chijacorral"),
        ("pl-2", Side::B, "Sesuchaj"),
        ("pl-3", Side::A, "Markt Herent"),
    ] {
        let place = PlaceDraft {
            side,
            name: name.into(),
            date: "2026-05-04".into(),
        }
        .build(id.into())
        .unwrap();
        c.places.push(place);
    }
    c
}

fn maya_goal() -> OwnGoalDraft {
    OwnGoalDraft {
        colour: "#5B2C83".into(),
        texts: vec![(
            Lang::Es,
            "Cosmovisión maya".into(),
            "La conexión entre los 17 ODS".into(),
        )],
    }
}

#[test]
fn paper_stand_and_phone_ballots_add_up_per_place_and_in_total() {
    let mut c = herent_nimlahakok();
    c.set_paper("pl-1", paper(40, &[(13, 30), (4, 25), (6, 10)]))
        .unwrap();
    c.set_paper("pl-2", paper(20, &[(13, 5), (4, 15)])).unwrap();
    c.add_ballot("pl-2", ballot("b1", &[13, 4, 2])).unwrap();
    let mut phone = ballot("b2", &[4]);
    phone.via = Channel::Phone;
    c.add_ballot("pl-2", phone).unwrap();

    let place = of_place(&c, c.place("pl-2").unwrap());
    assert_eq!(place.respondents, 22);
    assert_eq!(place.get(sdg(4)).unwrap().count, 17);
    assert_eq!(place.get(sdg(13)).unwrap().count, 6);

    let total = of_side(&c, Side::B);
    assert_eq!(total.respondents, 62);
    assert_eq!(total.get(sdg(13)).unwrap().count, 36);
    assert_eq!(total.get(sdg(4)).unwrap().count, 42);
    // Ranked by count: education, then climate, then water.
    let order: Vec<u8> = total
        .goals
        .iter()
        .take(4)
        .map(|t| t.goal.number())
        .collect();
    assert_eq!(order, [4, 13, 6, 2]);
    assert_eq!(total.percent(sdg(4)), 68);
    // Herent's market has nothing yet; it does not count for Nimlaha'kok.
    assert_eq!(of_side(&c, Side::A).respondents, 0);
}

#[test]
fn a_corrected_paper_tally_replaces_the_old_and_keeps_the_ballots() {
    let mut c = herent_nimlahakok();
    c.set_paper("pl-1", paper(40, &[(13, 30)])).unwrap();
    c.add_ballot("pl-1", ballot("b1", &[13])).unwrap();
    c.set_paper("pl-1", paper(41, &[(13, 29), (4, 3)])).unwrap();
    let t = of_place(&c, c.place("pl-1").unwrap());
    assert_eq!(t.respondents, 42);
    assert_eq!(t.get(sdg(13)).unwrap().count, 30);
    assert_eq!(t.get(sdg(4)).unwrap().count, 3);
    // Cleared: the place keeps its ballots.
    c.set_paper("pl-1", PaperTally::default()).unwrap();
    assert_eq!(c.place("pl-1").unwrap().paper, None);
    assert_eq!(of_place(&c, c.place("pl-1").unwrap()).respondents, 1);
}

#[test]
fn more_picks_than_allowed_are_refused_and_change_nothing() {
    let mut c = herent_nimlahakok();
    assert_eq!(
        c.add_ballot("pl-1", ballot("b1", &[1, 2, 3, 4])),
        Err(BallotError::TooMany { max: 3 })
    );
    assert_eq!(
        c.add_ballot("pl-1", ballot("b1", &[1, 1])),
        Err(BallotError::Twice(sdg(1)))
    );
    assert_eq!(
        c.add_ballot("pl-1", ballot("b1", &[])),
        Err(BallotError::NoPicks)
    );
    // 10 people with 3 picks each make at most 30 picks; nobody picks a goal twice.
    assert_eq!(
        c.set_paper("pl-1", paper(10, &[(1, 11)])),
        Err(TallyError::CountOverRespondents {
            goal: sdg(1),
            count: 11,
            respondents: 10
        })
    );
    assert_eq!(
        c.set_paper("pl-1", paper(10, &[(1, 10), (2, 10), (3, 10), (4, 1)])),
        Err(TallyError::TooManyPicks {
            picks: 31,
            most: 30
        })
    );
    assert!(c
        .places
        .iter()
        .all(|p| p.paper.is_none() && p.ballots.is_empty()));
    // N cannot drop below a ballot already entered.
    c.add_ballot("pl-1", ballot("b1", &[1, 2, 3])).unwrap();
    let fewer = SetupDraft {
        question: c.question.clone(),
        max_picks: 2,
    };
    assert_eq!(
        c.set_up(&fewer),
        Err(SetupError::BelowEntered { entered: 3 })
    );
    assert_eq!(c.max_picks, 3);
}

#[test]
fn own_goals_count_on_the_ballot_and_stay_apart_from_the_17() {
    let mut c = herent_nimlahakok();
    // Not on this ballot yet.
    assert_eq!(
        c.add_ballot("pl-1", ballot("b1", &[18])),
        Err(BallotError::UnknownGoal(BallotGoal::Own(18)))
    );
    let number = c.next_own_number().unwrap();
    assert_eq!(number, BallotGoal::Own(18));
    c.own_goals.push(maya_goal().build(number).unwrap());
    c.add_ballot("pl-1", ballot("b1", &[18, 13])).unwrap();
    c.set_paper("pl-2", paper(10, &[(18, 8)])).unwrap();
    let t = of_side(&c, Side::B);
    assert_eq!(t.goals.len(), 18);
    assert_eq!(t.goals[0].goal, BallotGoal::Own(18));
    assert_eq!(t.goals[0].count, 9);
    assert!(c.own_goal_used(BallotGoal::Own(18)));
    // Against a board, only the 17 count: the own goal is never a board goal.
    let against = against(&t, &lommel_programme());
    assert!(against.wanted_gaps.iter().all(|g| g.get() <= 17));
    // A goal number from 1 to 17 is never an own goal.
    assert!(BallotGoal::from_number(6).unwrap().sdg().is_some());
    assert_eq!(BallotGoal::from_number(0), None);
    assert_eq!(BallotGoal::from_number(LAST_OWN + 1), None);
}

#[test]
fn ages_are_counted_where_given() {
    let mut c = herent_nimlahakok();
    let mut young = ballot("b1", &[4]);
    young.age = Some(AgeBand::From16To30);
    let mut old = ballot("b2", &[3]);
    old.age = Some(AgeBand::From61);
    c.add_ballot("pl-3", young).unwrap();
    c.add_ballot("pl-3", old).unwrap();
    c.add_ballot("pl-3", ballot("b3", &[4])).unwrap();
    c.set_paper("pl-3", paper(5, &[(4, 5)])).unwrap();
    let bands = by_age(&c, Side::A);
    assert_eq!(bands.len(), 2);
    assert_eq!(bands[0].0, AgeBand::From16To30);
    assert_eq!(bands[0].1.respondents, 1);
    assert_eq!(bands[0].1.goals[0].goal, sdg(4));
    assert_eq!(bands[1].1.goals[0].goal, sdg(3));
}

#[test]
fn trends_are_counted_per_goal() {
    let mut c = herent_nimlahakok();
    let mut b = ballot("b1", &[6, 13]);
    b.picks[0].trend = Some(Trend::Worse);
    b.picks[1].trend = Some(Trend::Better);
    c.add_ballot("pl-1", b).unwrap();
    let t = of_side(&c, Side::B);
    assert_eq!(t.get(sdg(6)).unwrap().worse, 1);
    assert_eq!(t.get(sdg(13)).unwrap().better, 1);
    assert_eq!(t.get(sdg(13)).unwrap().worse, 0);
}

#[test]
fn percent_rounds_half_up_and_survives_nobody() {
    assert_eq!(percent(1, 3), 33);
    assert_eq!(percent(2, 3), 67);
    assert_eq!(percent(1, 8), 13);
    assert_eq!(percent(0, 0), 0);
    assert_eq!(percent(MAX_COUNT, MAX_COUNT), 100);
}

#[test]
fn the_top_includes_ties_and_only_goals_someone_picked() {
    let mut c = herent_nimlahakok();
    c.set_paper(
        "pl-1",
        paper(
            100,
            &[(1, 50), (2, 40), (3, 30), (4, 20), (5, 10), (6, 10), (7, 5)],
        ),
    )
    .unwrap();
    let t = of_side(&c, Side::B);
    let top: Vec<u8> = t.top(5).iter().map(|g| g.number()).collect();
    assert_eq!(top, [1, 2, 3, 4, 5, 6]);
    c.set_paper("pl-2", paper(1, &[(9, 1)])).unwrap();
    let one = of_place(&c, c.place("pl-2").unwrap());
    assert_eq!(one.top(5), [sdg(9)]);
}

#[test]
fn the_two_municipalities_differ_where_their_priorities_do() {
    let mut c = herent_nimlahakok();
    c.set_paper("pl-1", paper(10, &[(13, 9), (4, 8), (6, 1)]))
        .unwrap();
    c.set_paper("pl-3", paper(10, &[(13, 2), (11, 9), (7, 5)]))
        .unwrap();
    let d = difference(&of_side(&c, Side::A), &of_side(&c, Side::B));
    assert_eq!(d.shared, [sdg(13)]);
    assert_eq!(d.only_a, [sdg(11), sdg(7)]);
    assert_eq!(d.only_b, [sdg(4), sdg(6)]);
}

#[test]
fn against_the_programme_finds_wanted_gaps_and_unpicked_strengths() {
    // Lommel's programme: gaps at 5, 6, 7, 12, 14; level 3 at 2, 5+3…: 2, 8, 11, 17.
    let board = lommel_programme();
    let mut c = herent_nimlahakok();
    c.set_paper(
        "pl-1",
        paper(
            100,
            &[(6, 80), (14, 70), (4, 60), (8, 50), (11, 35), (2, 5)],
        ),
    )
    .unwrap();
    let t = of_side(&c, Side::B);
    let a = against(&t, &board);
    assert_eq!(a.wanted_gaps, [g(6), g(14)]);
    // Goals at level 3 (the board's highest): 2, 8, 11, 17. Goal 2 has 5 %,
    // goal 17 nobody; 8 and 11 were picked by many.
    const { assert!(FEW_PERCENT > 5) };
    assert_eq!(a.served_unpicked, [g(2), g(17)]);
    // Nobody answered yet: nothing to set against.
    assert_eq!(
        against(&of_side(&c, Side::A), &board),
        super::against::Against::default()
    );
}

#[test]
fn a_citizen_priority_becomes_a_proposal_in_the_first_year_with_room() {
    let mut list = vec![
        Priority {
            year: 2027,
            goal: g(1),
        },
        Priority {
            year: 2027,
            goal: g(2),
        },
    ];
    assert_eq!(propose_priority(&mut list, g(13), 2027), Ok(2028));
    assert!(list.contains(&Priority {
        year: 2028,
        goal: g(13)
    }));
    assert_eq!(
        propose_priority(&mut list, g(13), 2027),
        Err(PriorityError::AlreadyChosen)
    );
    assert_eq!(propose_priority(&mut Vec::new(), g(4), 2026), Ok(2026));
}

#[test]
fn a_consultation_round_trips_and_refuses_what_could_not_be_entered() {
    let mut c = herent_nimlahakok();
    c.own_goals
        .push(maya_goal().build(BallotGoal::Own(18)).unwrap());
    c.set_paper("pl-1", paper(10, &[(13, 9), (18, 4)])).unwrap();
    let mut b = ballot("b1", &[18, 4]);
    b.picks[1].trend = Some(Trend::Better);
    b.age = Some(AgeBand::Under16);
    b.gender = Some(Gender::Female);
    c.add_ballot("pl-2", b).unwrap();
    let json = serde_json::to_value(&c).unwrap();
    assert_eq!(json["places"][0]["paper"]["counts"][1]["goal"], 18);
    assert_eq!(json["places"][1]["ballots"][0]["age"], "under_16");
    let back: Consultation = serde_json::from_value(json.clone()).unwrap();
    assert_eq!(back, c);

    let refused = |edit: &dyn Fn(&mut serde_json::Value)| {
        let mut j = json.clone();
        edit(&mut j);
        serde_json::from_value::<Consultation>(j).is_err()
    };
    assert!(refused(
        &|j| j["places"][1]["ballots"][0]["picks"][0]["goal"] = 19.into()
    ));
    assert!(refused(
        &|j| j["places"][0]["paper"]["counts"][0]["count"] = 11.into()
    ));
    assert!(refused(&|j| j["max_picks"] = 0.into()));
    assert!(refused(&|j| j["max_picks"] = 19.into()));
    assert!(refused(&|j| j["question"] = " ".into()));
    assert!(refused(&|j| j["places"][0]["side"] = "c".into()));
    assert!(refused(&|j| {
        let own = j["own_goals"][0].clone();
        j["own_goals"].as_array_mut().unwrap().push(own);
    }));
    assert!(!refused(&|j| j["max_picks"] = 18.into()));
}
