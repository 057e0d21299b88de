//! The schema table agrees with the reader: the keys it lists as required,
//! and the reader it names for each field.

use super::super::json::Json;
use super::super::schema::{child, goal_node, required, Node, Shape};
use super::{file, sample};
use crate::domain::file_format::problem::{Found, ProblemKind, Step};
use crate::domain::file_format::restore;
use serde_json::Value;

/// What the schema says is at `path`, as `place` walks it.
fn node_at(path: &[Step]) -> Option<Node> {
    path.iter()
        .try_fold(Node::Fields(Shape::Partnership), |node, step| {
            match (node, step) {
                (Node::Fields(shape), Step::Key(key)) => child(shape, key).map(|(_, node)| node),
                (Node::ListOf(shape), Step::Index(_)) => Some(Node::Fields(shape)),
                (Node::ListOfGoals, Step::Index(_)) => Some(goal_node()),
                (Node::Texts, Step::Key(_)) => Some(Node::Fields(Shape::OwnText)),
                _ => None,
            }
        })
}

/// Every path to an object in the sample, with the shape the schema gives it.
fn objects(v: &Value, path: &mut Vec<Step>, out: &mut Vec<(Vec<Step>, Shape)>) {
    if let (Some(Node::Fields(shape)), Value::Object(fields)) = (node_at(path), v) {
        out.push((path.clone(), shape));
        for (k, child) in fields {
            path.push(Step::Key(k.clone()));
            objects(child, path, out);
            path.pop();
        }
    } else if let Value::Array(items) = v {
        for (i, child) in items.iter().enumerate() {
            path.push(Step::Index(i));
            objects(child, path, out);
            path.pop();
        }
    } else if let (Some(Node::Texts), Value::Object(texts)) = (node_at(path), v) {
        for (k, child) in texts {
            path.push(Step::Key(k.clone()));
            objects(child, path, out);
            path.pop();
        }
    }
}

/// The list of required keys agrees with the reader: taking away a required
/// key is refused and named as missing; taking away another is accepted, or
/// refused by a rule of its part, never unexplained.
#[test]
fn the_required_keys_are_the_readers() {
    let sample = sample();
    let mut found = Vec::new();
    objects(&sample, &mut Vec::new(), &mut found);
    let shapes: Vec<Shape> = found.iter().map(|(_, s)| *s).collect();
    for shape in [
        Shape::Partnership,
        Shape::Partner,
        Shape::Board,
        Shape::Subject,
        Shape::GoalEntry,
        Shape::Reach,
        Shape::Round,
        Shape::GoalScore,
        Shape::Statement,
        Shape::Answer,
        Shape::Thresholds,
        Shape::Priority,
        Shape::Agreement,
        Shape::MatchRef,
        Shape::Match,
        Shape::Consultation,
        Shape::OwnGoal,
        Shape::OwnText,
        Shape::Place,
        Shape::PaperTally,
        Shape::GoalCount,
        Shape::Ballot,
        Shape::Pick,
        Shape::Indicator,
        Shape::Follow,
        Shape::Point,
        Shape::Measure,
        Shape::KeptSession,
        Shape::Exercise,
        Shape::KeptProposal,
    ] {
        assert!(shapes.contains(&shape), "the sample has no {shape:?}");
    }
    for (path, shape) in found {
        let at = path.iter().try_fold(&sample, |v, step| match step {
            Step::Key(k) => v.get(k),
            Step::Index(i) => v.get(i),
        });
        let keys: Vec<String> = at
            .and_then(Value::as_object)
            .map(|o| o.keys().cloned().collect())
            .unwrap_or_default();
        for key in keys {
            let mut p = sample.clone();
            let mut parent = &mut p;
            for step in &path {
                parent = match step {
                    Step::Key(k) => &mut parent[k.as_str()],
                    Step::Index(i) => &mut parent[*i],
                };
            }
            parent.as_object_mut().unwrap().remove(&key);
            let restored = restore(&file(&p)).unwrap();
            let required = required(shape).contains(&key.as_str());
            match restored.dropped.first() {
                None => assert!(!required, "{shape:?}.{key} is listed as required"),
                Some(d) if required => {
                    let missing = matches!(
                        d.problem.kind,
                        ProblemKind::Value {
                            found: Found::Missing,
                            ..
                        }
                    );
                    assert!(missing, "{shape:?}.{key}: {:?}", d.problem);
                }
                Some(d) => assert_ne!(
                    d.problem.kind,
                    ProblemKind::Unexplained,
                    "{shape:?}.{key} is required but not listed"
                ),
            }
        }
    }
}

/// Every field of the valid sample is in the schema, and its reader takes it:
/// a reader of the wrong type would blame a field that is fine.
#[test]
fn every_reader_takes_the_valid_sample() {
    let sample = sample();
    let mut found = Vec::new();
    objects(&sample, &mut Vec::new(), &mut found);
    for (path, shape) in found {
        let at = path.iter().try_fold(&sample, |v, step| match step {
            Step::Key(k) => v.get(k),
            Step::Index(i) => v.get(i),
        });
        for (key, value) in at.and_then(Value::as_object).unwrap() {
            let (_, node) = child(shape, key).unwrap_or_else(|| panic!("{shape:?}.{key}"));
            let text = value.to_string();
            assert!(node.reads(Json(&text)), "{shape:?}.{key}: {text}");
        }
    }
}
