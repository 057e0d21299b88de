use super::*;
use crate::domain::circle::Level as CircleLevel;
use crate::domain::index::score::{Confidence, Score};
use crate::domain::live::snapshot::tests::walk_snapshot;
use crate::domain::live::NOTE_MAX;
use serde_json::json;

fn g(n: u8) -> GoalNumber {
    GoalNumber::new(n).unwrap()
}

fn walk() -> KeptSession {
    let s = Snapshot::parse(&walk_snapshot());
    KeptSession::gather(
        "K7M4",
        Exercise::Walk("b1".into()),
        "2026-12-07T18:30:00Z",
        &s,
        Some(Scale::Contribution),
    )
    .unwrap()
}

#[test]
fn a_walk_keeps_each_participants_level_name_and_idea() {
    let kept = walk();
    let six: Vec<_> = kept.for_goal(g(6)).collect();
    assert!(!six.is_empty());
    assert!(six
        .iter()
        .any(|p| p.name == "Awa" && p.note == "taps" && matches!(p.answer, Answer::Level(_))));
    let json = serde_json::to_value(&kept).unwrap();
    assert_eq!(json["exercise"], json!({"kind": "walk", "id": "b1"}));
    let back: KeptSession = serde_json::from_value(json).unwrap();
    assert_eq!(back, kept);
}

#[test]
fn an_index_round_keeps_scores_and_a_walk_only_its_scales_levels() {
    let text = json!({"parts": {"b": {"proposals": {
        "d5:3": {"score": 3, "confidence": "high", "note": "clinic"},
        "d5:4": {"level": 1}
    }}}})
    .to_string();
    let s = Snapshot::parse(&text);
    let index = KeptSession::gather("K7M4", Exercise::Index("r".into()), "", &s, None).unwrap();
    assert_eq!(index.proposals.len(), 1);
    let p = &index.proposals[0];
    assert_eq!((p.side, p.goal, p.note.as_str()), (Side::B, g(3), "clinic"));
    assert_eq!(
        p.answer,
        Answer::Score(Score::from_code("3").unwrap(), Some(Confidence::High))
    );
    let s = Snapshot::parse(&walk_snapshot());
    let rose = KeptSession::gather(
        "K7M4",
        Exercise::Walk("b".into()),
        "",
        &s,
        Some(Scale::ImpactRose),
    );
    assert!(rose
        .unwrap()
        .proposals
        .iter()
        .all(|p| p.answer != Answer::Level(CircleLevel(3))));
    let empty = Snapshot::default();
    assert!(KeptSession::gather("K7M4", Exercise::Walk("b".into()), "", &empty, None).is_none());
}

#[test]
fn a_hostile_kept_proposal_is_refused_with_its_rule() {
    let read = |v: serde_json::Value| serde_json::from_value::<KeptProposal>(v);
    let ok = json!({"id": "d1", "side": "a", "goal": 6, "level": 2});
    assert!(read(ok.clone()).is_ok());
    let mut both = ok.clone();
    both["score"] = json!(3);
    assert!(read(both).is_err());
    let mut off = ok.clone();
    off["level"] = json!(7);
    assert!(read(off).is_err());
    let mut lonely = ok.clone();
    lonely["confidence"] = json!("high");
    assert!(read(lonely).is_err(), "a confidence without a score");
    let mut long = ok.clone();
    long["note"] = json!("x".repeat(NOTE_MAX + 1));
    assert!(read(long).is_err());
    let mut bad_id = ok;
    bad_id["id"] = json!("a b");
    assert!(read(bad_id).is_err());
}

#[test]
fn a_session_refuses_one_proposal_twice_and_a_list_one_id_twice() {
    let mut v = serde_json::to_value(walk()).unwrap();
    let first = v["proposals"][0].clone();
    v["proposals"].as_array_mut().unwrap().push(first);
    assert!(serde_json::from_value::<KeptSession>(v).is_err());
    let twice = [walk(), walk()];
    let broken = check(&twice).unwrap_err();
    assert_eq!(broken.kind, ProblemKind::Kept(KeptRule::IdTwice));
    assert!(check(&twice[..1]).is_ok());
}
