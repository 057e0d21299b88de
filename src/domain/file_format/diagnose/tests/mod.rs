//! Each kind of refusal carries the right place and values; `schema`
//! checks the schema table against the reader.

mod schema;

use super::*;
use crate::domain::circle::BoardKind;
use crate::domain::file_format::{restore, Dropped, CURRENT_VERSION};
use crate::domain::text::TextError;
use crate::domain::GoalNumber;
use serde_json::{json, Value};

/// A partnership with a round, a board of each kind and a plan, as a file
/// has it: the base every test breaks in one place.
fn sample() -> Value {
    json!({
        "id": "p-test", "name": "Testgemeente – Abomey",
        "partners": [
            {"side": "a", "name": "Testgemeente", "country": "België", "language": "nl"},
            {"side": "b", "name": "Abomey", "country": "Bénin", "language": "fr"}
        ],
        "boards": [
            {"id": "b-1", "kind": "programme", "subject": {"name": "Programma 2025–2030"},
             "goals": [{"goal": 3, "level": 2, "reach": {"local": true}, "how": "", "opportunity": false}]},
            {"id": "b-2", "kind": "inventory", "side": "b", "subject": {"name": "Inventaire"},
             "scale": "impact_rose", "goals": [{"goal": 1, "level": -1}]}
        ],
        "rounds": [
            {"id": "r-1", "name": "2025", "method": "questionnaire", "visibility": "blind",
             "scores": [
                {"side": "a", "goal": 1, "score": 3, "confidence": "high", "rationale": "ok"},
                {"side": "b", "goal": 1, "score": "dont_know"}
             ],
             "questionnaire": [{"id": "s-1", "goal": 1, "text": "Eigen tekst"},
                               {"id": "s-2", "goal": 2, "text": {"nl": "a", "en": "b", "fr": "c", "es": "d"}}],
             "answers": [{"side": "a", "statement": "s-1", "answer": "agree"}]}
        ],
        "thresholds": {"strong": 4, "weak": 2},
        "priorities": [{"year": 2026, "goal": 6}],
        "agreements": [{"id": "ag-1", "what": "Study visit", "side": "a", "status": "planned",
            "goals": [6], "answers": {"round": "r-1",
                "match": {"goal": 6, "kind": "peer_learning", "from": "a", "to": "b"}}}],
        "consultations": [{"id": "c-1", "question": "Quels objectifs comptent ?", "max_picks": 3,
            "own_goals": [{"goal": 18, "colour": "#5B2C83",
                "texts": {"fr": {"name": "Cosmovision", "description": "Le lien entre les 17"}}}],
            "places": [{"id": "pl-1", "side": "b", "name": "Marché", "date": "2026-05-04",
                "paper": {"respondents": 10, "counts": [{"goal": 18, "count": 4}]},
                "ballots": [{"id": "bl-1", "via": "stand", "picks": [{"goal": 6, "trend": "worse"}],
                    "age": "16_30", "gender": "female"}]}]}],
        "indicators": [{"id": "i-1", "name": "Eau potable", "goals": [6], "sdg_target": "6.1",
            "un_code": "6.1.1", "unit": "%", "better": "higher", "source": "INSAE",
            "a": {"baseline": {"year": 2020, "value": 90}, "target": {"year": 2030, "value": 100},
                  "values": [{"year": 2022, "value": 93.5, "note": "réseau", "source": "Statbel"}]},
            "b": {"values": []}}],
        "live_sessions": [{"id": "K7M4", "exercise": {"kind": "index", "id": "r-1"},
            "ended_at": "2026-12-07T18:30:00Z", "proposals": [
                {"id": "d1", "side": "a", "goal": 6, "name": "Awa", "score": 3,
                 "confidence": "high", "note": "taps"},
                {"id": "d2", "side": "b", "goal": 6, "level": 2}]}]
    })
}

fn file(partnership: &Value) -> String {
    json!({"format": "sdg-circle", "version": CURRENT_VERSION, "partnerships": [partnership]})
        .to_string()
}

/// The one problem restore reports for `partnership`.
fn refused(partnership: &Value) -> Problem {
    let mut restored = restore(&file(partnership)).expect("the envelope is fine");
    assert!(restored.workspace.partnerships.is_empty(), "accepted");
    let Dropped { problem, .. } = restored.dropped.remove(0);
    problem
}

fn set(v: &mut Value, pointer: &str, to: Value) {
    *v.pointer_mut(pointer)
        .unwrap_or_else(|| panic!("{pointer}")) = to;
}

fn remove(v: &mut Value, pointer: &str) {
    let (parent, key) = pointer.rsplit_once('/').unwrap();
    v.pointer_mut(parent)
        .unwrap()
        .as_object_mut()
        .unwrap()
        .remove(key);
}

fn testgemeente() -> Option<PartnerRef> {
    Some(PartnerRef {
        side: Some(Side::A),
        name: Some("Testgemeente".into()),
        position: None,
    })
}

fn round_2025() -> Option<Part> {
    Some(Part::Round {
        position: 1,
        name: Some("2025".into()),
    })
}

fn value(found: Found, allowed: Allowed) -> ProblemKind {
    ProblemKind::Value { found, allowed }
}

fn goal(n: u8) -> Option<GoalNumber> {
    GoalNumber::new(n)
}

#[test]
fn the_sample_is_valid() {
    let restored = restore(&file(&sample())).unwrap();
    assert_eq!(restored.dropped, vec![]);
}

#[test]
fn a_score_out_of_range_names_the_round_partner_and_goal() {
    let mut p = sample();
    set(&mut p, "/rounds/0/scores/0/score", json!(6));
    let problem = refused(&p);
    assert_eq!(
        problem.place,
        Place {
            part: round_2025(),
            partner: testgemeente(),
            goal: goal(1),
            field: Some(Field::Score),
        }
    );
    assert_eq!(
        problem.kind,
        value(Found::Number("6".into()), Allowed::Score)
    );
    // The parser's words stay, for the technical details only.
    assert!(problem.detail.contains("line"), "{}", problem.detail);
}

#[test]
fn a_goal_number_out_of_range_is_the_value_found() {
    let mut p = sample();
    set(&mut p, "/rounds/0/scores/1/goal", json!(18));
    let problem = refused(&p);
    assert_eq!(problem.place.part, round_2025());
    assert_eq!(
        problem.place.partner.and_then(|p| p.name).as_deref(),
        Some("Abomey")
    );
    assert_eq!(problem.place.goal, None);
    assert_eq!(problem.place.field, Some(Field::Goal));
    assert_eq!(
        problem.kind,
        value(Found::Number("18".into()), Allowed::Goal)
    );
}

#[test]
fn a_missing_field_is_named_in_its_part() {
    let mut p = sample();
    remove(&mut p, "/boards/0/kind");
    let problem = refused(&p);
    assert_eq!(
        problem.place,
        Place {
            part: Some(Part::Board {
                position: 1,
                name: Some("Programma 2025–2030".into())
            }),
            partner: None,
            goal: None,
            field: Some(Field::Kind),
        }
    );
    assert_eq!(problem.kind, value(Found::Missing, Allowed::BoardKind));
}

#[test]
fn a_partner_is_named_by_its_municipality() {
    let mut p = sample();
    set(&mut p, "/partners/1/language", json!("de"));
    let problem = refused(&p);
    assert_eq!(
        problem.place.partner,
        Some(PartnerRef {
            side: Some(Side::B),
            name: Some("Abomey".into()),
            position: Some(2)
        })
    );
    assert_eq!(problem.place.field, Some(Field::Language));
    assert_eq!(
        problem.kind,
        value(Found::Text("de".into()), Allowed::Language)
    );
}

#[test]
fn texts_that_must_be_filled_in_or_are_too_long() {
    let mut p = sample();
    set(&mut p, "/name", json!("   "));
    let problem = refused(&p);
    assert_eq!(problem.place.field, Some(Field::Name));
    assert_eq!(problem.place.part, None);
    assert_eq!(problem.kind, ProblemKind::Text(TextError::Empty));

    let mut p = sample();
    set(&mut p, "/partners/0/country", json!("x".repeat(81)));
    let problem = refused(&p);
    assert_eq!(problem.place.field, Some(Field::Country));
    assert_eq!(problem.place.partner.and_then(|p| p.position), Some(1));
    assert_eq!(
        problem.kind,
        ProblemKind::Text(TextError::TooLong { max: 80 })
    );

    let mut p = sample();
    set(&mut p, "/rounds/0/name", json!(""));
    let problem = refused(&p);
    assert_eq!(
        problem.place.part,
        Some(Part::Round {
            position: 1,
            name: None
        })
    );
    assert_eq!(problem.place.field, Some(Field::Name));
    assert_eq!(problem.kind, ProblemKind::Text(TextError::Empty));
}

#[test]
fn the_partners_rules() {
    let mut p = sample();
    let third = p["partners"][0].clone();
    p["partners"].as_array_mut().unwrap().push(third);
    let problem = refused(&p);
    assert_eq!(problem.place.field, Some(Field::Partners));
    assert_eq!(problem.kind, ProblemKind::PartnerCount { found: 3 });

    let mut p = sample();
    set(&mut p, "/partners/1/side", json!("a"));
    let problem = refused(&p);
    assert_eq!(problem.place.field, Some(Field::Side));
    assert_eq!(
        problem.place.partner.and_then(|p| p.name).as_deref(),
        Some("Abomey")
    );
    assert_eq!(problem.kind, ProblemKind::SameSide);
}

#[test]
fn the_boards_rules() {
    let board = |n: usize, name: &str| {
        Some(Part::Board {
            position: n,
            name: Some(name.into()),
        })
    };
    let mut p = sample();
    remove(&mut p, "/boards/1/side");
    let problem = refused(&p);
    assert_eq!(problem.place.part, board(2, "Inventaire"));
    assert_eq!(problem.place.field, Some(Field::Kind));
    assert_eq!(problem.kind, ProblemKind::InventoryWithoutSide);

    let mut p = sample();
    p["boards"][0]["side"] = json!("a");
    let problem = refused(&p);
    assert_eq!(problem.place.field, Some(Field::Side));
    assert_eq!(
        problem.kind,
        ProblemKind::SideWithoutInventory {
            kind: BoardKind::Programme
        }
    );

    let mut p = sample();
    let again = p["boards"][0]["goals"][0].clone();
    p["boards"][0]["goals"].as_array_mut().unwrap().push(again);
    let problem = refused(&p);
    assert_eq!(problem.place.part, board(1, "Programma 2025–2030"));
    assert_eq!(problem.place.goal, goal(3));
    assert_eq!(
        problem.kind,
        ProblemKind::GoalTwice {
            goal: goal(3).unwrap()
        }
    );

    let mut p = sample();
    set(&mut p, "/boards/1/goals/0/level", json!(3));
    let problem = refused(&p);
    assert_eq!(problem.place.part, board(2, "Inventaire"));
    assert_eq!(problem.place.goal, goal(1));
    assert_eq!(problem.place.field, Some(Field::Level));
    assert_eq!(
        problem.kind,
        value(
            Found::Number("3".into()),
            Allowed::ScaleStep { min: -2, max: 2 }
        )
    );
}

#[test]
fn the_rounds_rules() {
    let mut p = sample();
    set(&mut p, "/rounds/0/scores/1/side", json!("a"));
    let problem = refused(&p);
    assert_eq!(problem.place.part, round_2025());
    assert_eq!(problem.place.partner, testgemeente());
    assert_eq!(problem.place.goal, goal(1));
    assert_eq!(problem.place.field, None);
    assert_eq!(problem.kind, ProblemKind::ScoreTwice);

    let mut p = sample();
    set(&mut p, "/rounds/0/questionnaire/1/id", json!("s-1"));
    let problem = refused(&p);
    assert_eq!(problem.place.goal, goal(2));
    assert_eq!(
        problem.kind,
        ProblemKind::StatementTwice { id: "s-1".into() }
    );

    let mut p = sample();
    let again = p["rounds"][0]["answers"][0].clone();
    p["rounds"][0]["answers"]
        .as_array_mut()
        .unwrap()
        .push(again);
    let problem = refused(&p);
    assert_eq!(problem.place.partner, testgemeente());
    assert_eq!(problem.place.field, Some(Field::Statement));
    assert_eq!(
        problem.kind,
        ProblemKind::AnswerTwice {
            statement: "s-1".into()
        }
    );

    let mut p = sample();
    set(&mut p, "/rounds/0/answers/0/statement", json!("s-9"));
    let problem = refused(&p);
    assert_eq!(problem.place.partner, testgemeente());
    assert_eq!(problem.place.field, Some(Field::Statement));
    assert_eq!(
        problem.kind,
        ProblemKind::UnknownStatement {
            statement: "s-9".into()
        }
    );

    let mut p = sample();
    set(&mut p, "/rounds/0/visibility", json!("hidden"));
    let problem = refused(&p);
    assert_eq!(problem.place.field, Some(Field::Visibility));
    assert_eq!(
        problem.kind,
        value(Found::Text("hidden".into()), Allowed::Visibility)
    );
}

#[test]
fn thresholds_priorities_and_agreements() {
    let mut p = sample();
    set(&mut p, "/thresholds/weak", json!(4));
    let problem = refused(&p);
    assert_eq!(problem.place.part, Some(Part::Thresholds));
    assert_eq!(problem.place.field, Some(Field::Weak));
    assert_eq!(
        problem.kind,
        ProblemKind::WeakNotBelowStrong { weak: 4, strong: 4 }
    );

    let mut p = sample();
    set(&mut p, "/priorities/0/year", json!("next year"));
    let problem = refused(&p);
    assert_eq!(problem.place.part, Some(Part::Priority { position: 1 }));
    assert_eq!(problem.place.goal, goal(6));
    assert_eq!(problem.place.field, Some(Field::Year));

    let mut p = sample();
    set(&mut p, "/agreements/0/status", json!("late"));
    let problem = refused(&p);
    assert_eq!(
        problem.place.part,
        Some(Part::Agreement {
            position: 1,
            what: Some("Study visit".into())
        })
    );
    assert_eq!(problem.place.partner, testgemeente());
    assert_eq!(problem.place.field, Some(Field::Status));

    let mut p = sample();
    remove(&mut p, "/agreements/0/answers/match/to");
    let problem = refused(&p);
    assert_eq!(problem.kind, ProblemKind::MatchDirection);

    let mut p = sample();
    set(&mut p, "/agreements/0/goals/0", json!(0));
    let problem = refused(&p);
    assert_eq!(problem.place.field, Some(Field::Goals));
    assert_eq!(
        problem.kind,
        value(Found::Number("0".into()), Allowed::Goal)
    );
}

#[test]
fn a_wrong_kind_of_value_where_a_part_or_list_belongs() {
    let mut p = sample();
    set(&mut p, "/boards", json!("none"));
    let problem = refused(&p);
    assert_eq!(problem.place.field, Some(Field::Boards));
    assert_eq!(
        problem.kind,
        value(Found::Text("none".into()), Allowed::List)
    );

    let mut p = sample();
    set(&mut p, "/rounds/0", json!(7));
    let problem = refused(&p);
    assert_eq!(
        problem.place.part,
        Some(Part::Round {
            position: 1,
            name: None
        })
    );
    assert_eq!(
        problem.kind,
        value(Found::Number("7".into()), Allowed::Fields)
    );
}
