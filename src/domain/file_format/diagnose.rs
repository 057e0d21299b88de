//! Why a partnership was refused, in the domain's words: read again (only
//! when it was refused) with its path tracked, the place is named from the
//! file's own values (the round's name, the partner's municipality, the goal)
//! and the rule from the schema below or from the part's own check: the same
//! function that refused it.
//!
//! The reader itself stays the authority on what is valid; this module only
//! explains. A test over thousands of broken files checks that every refusal
//! is explained (`tests/bad_files.rs`).

use super::problem::{
    Allowed, Broken, Field, Found, Part, PartnerRef, Place, Problem, ProblemKind, Step,
};
use crate::domain::circle::{CircleBoard, WireBoard};
use crate::domain::index::matching::MatchWire;
use crate::domain::index::{IndexRound, Match, RoundWire, Thresholds, ThresholdsWire};
use crate::domain::partnership::{Partnership, Side, WirePartnership};
use crate::domain::GoalNumber;
use serde::de::DeserializeOwned;
use serde_json::Value;

/// The problem with one partnership's text, which `serde_json` refused.
pub(super) fn diagnose(text: &str) -> Problem {
    let refused = serde_path_to_error::deserialize::<_, Partnership>(
        &mut serde_json::Deserializer::from_str(text),
    );
    let (mut path, detail) = match refused {
        Ok(_) => (Vec::new(), String::new()),
        Err(e) => (steps(e.path()), e.inner().to_string()),
    };
    // The text is JSON (the envelope's reader checked its syntax), so a tree
    // of it fails only on a number beyond what a JSON number holds (1e400):
    // the path still says where.
    let Ok(root) = serde_json::from_str::<Value>(text) else {
        let allowed = match node_at(&path) {
            Some(Node::Value(allowed)) => allowed,
            _ => Allowed::Fields,
        };
        let found = Found::HugeNumber;
        return problem(
            place(&Value::Null, &path),
            ProblemKind::Value { found, allowed },
            detail,
        );
    };
    if !root.is_object() {
        let found = Found::of(Some(&root));
        return problem(
            Place::default(),
            ProblemKind::NotAPartnership { found },
            detail,
        );
    }
    let kind = explain(&root, &mut path);
    problem(place(&root, &path), kind, detail)
}

fn problem(place: Place, kind: ProblemKind, detail: String) -> Problem {
    Problem {
        place,
        kind,
        detail,
    }
}

fn steps(path: &serde_path_to_error::Path) -> Vec<Step> {
    use serde_path_to_error::Segment;
    path.iter()
        .filter_map(|segment| match segment {
            Segment::Seq { index } => Some(Step::Index(*index)),
            Segment::Map { key } => Some(Step::Key(key.clone())),
            Segment::Enum { .. } | Segment::Unknown => None,
        })
        .collect()
}

/// The parts of a partnership that are objects of named fields.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Shape {
    Partnership,
    Partner,
    Board,
    Subject,
    GoalEntry,
    Reach,
    Round,
    GoalScore,
    Statement,
    Answer,
    Thresholds,
    Priority,
    Agreement,
    MatchRef,
    Match,
}

/// What the value at a place of the schema is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Node {
    Fields(Shape),
    ListOf(Shape),
    ListOfGoals,
    Value(Allowed),
}

/// A key of a shape: the field as the screens call it, and what it holds.
/// Keys the app does not read never stop a partnership, so they are not here.
fn child(shape: Shape, key: &str) -> Option<(Field, Node)> {
    use Allowed as A;
    use Node::{Fields, ListOf, Value as V};
    let text = V(A::Text);
    Some(match (shape, key) {
        (Shape::Partnership, "id") => (Field::Id, V(A::PartnershipId)),
        (Shape::Partnership, "name") => (Field::Name, text),
        (Shape::Partnership, "partners") => (Field::Partners, ListOf(Shape::Partner)),
        (Shape::Partnership, "boards") => (Field::Boards, ListOf(Shape::Board)),
        (Shape::Partnership, "rounds") => (Field::Rounds, ListOf(Shape::Round)),
        (Shape::Partnership, "thresholds") => (Field::Thresholds, Fields(Shape::Thresholds)),
        (Shape::Partnership, "priorities") => (Field::Priorities, ListOf(Shape::Priority)),
        (Shape::Partnership, "agreements") => (Field::Agreements, ListOf(Shape::Agreement)),
        (Shape::Partner, "name") => (Field::Municipality, text),
        (Shape::Partner, "country") => (Field::Country, text),
        (Shape::Partner, "language") => (Field::Language, V(A::Language)),
        (Shape::Board, "id") | (Shape::Round, "id") => (Field::Id, V(A::Id)),
        (Shape::Board, "kind") => (Field::Kind, V(A::BoardKind)),
        (Shape::Board, "subject") => (Field::Subject, Fields(Shape::Subject)),
        (Shape::Board, "date") => (Field::Date, text),
        (Shape::Board, "participants") => (Field::Participants, text),
        (Shape::Board, "scale") => (Field::Scale, V(A::Scale)),
        (Shape::Board, "goals") => (Field::Goals, ListOf(Shape::GoalEntry)),
        (Shape::Board, "derived_from") => (Field::DerivedFrom, text),
        (Shape::Board, "version") => (Field::Version, V(A::WholeNumber)),
        (Shape::Subject, "name") | (Shape::Round, "name") => (Field::Name, text),
        (Shape::Subject, "description") => (Field::Description, text),
        (Shape::Subject, "period") => (Field::Period, text),
        (Shape::GoalEntry, "level") => (Field::Level, V(A::WholeNumber)),
        (Shape::GoalEntry, "reach") => (Field::Reach, Fields(Shape::Reach)),
        (Shape::Reach, _) => (Field::Reach, V(A::YesNo)),
        (Shape::GoalEntry, "how") => (Field::How, text),
        (Shape::GoalEntry, "ideas") => (Field::Ideas, text),
        (Shape::GoalEntry, "opportunity") => (Field::Opportunity, V(A::YesNo)),
        (Shape::Round, "method") => (Field::Method, V(A::Method)),
        (Shape::Round, "visibility") => (Field::Visibility, V(A::Visibility)),
        (Shape::Round, "scores") => (Field::Scores, ListOf(Shape::GoalScore)),
        (Shape::Round, "questionnaire") => (Field::Questionnaire, ListOf(Shape::Statement)),
        (Shape::Round, "answers") => (Field::Answers, ListOf(Shape::Answer)),
        (Shape::GoalScore, "score") => (Field::Score, V(A::Score)),
        (Shape::GoalScore, "confidence") => (Field::Confidence, V(A::Confidence)),
        (Shape::GoalScore, "rationale") => (Field::Rationale, text),
        (Shape::Statement, "id") | (Shape::Answer, "statement") => (Field::Statement, text),
        (Shape::Statement, "text") => (Field::Statement, V(A::Texts)),
        (Shape::Answer, "answer") => (Field::Answer, V(A::Answer)),
        (Shape::Thresholds, "strong") => (Field::Strong, V(A::Level5)),
        (Shape::Thresholds, "weak") => (Field::Weak, V(A::Level5)),
        (Shape::Priority, "year") => (Field::Year, V(A::WholeNumber)),
        (Shape::Agreement, "id") => (Field::Id, text),
        (Shape::Agreement, "what") => (Field::What, text),
        (Shape::Agreement, "department") => (Field::Department, text),
        (Shape::Agreement, "due") => (Field::Due, text),
        (Shape::Agreement, "status") => (Field::Status, V(A::Status)),
        (Shape::Agreement, "goals") => (Field::Goals, Node::ListOfGoals),
        (Shape::Agreement, "answers") => (Field::Match, Fields(Shape::MatchRef)),
        (Shape::MatchRef, "round") => (Field::Match, text),
        (Shape::MatchRef, "match") => (Field::Match, Fields(Shape::Match)),
        (Shape::Match, "kind") => (Field::Match, V(A::MatchKind)),
        (Shape::Match, "from" | "to") => (Field::Side, V(A::Side)),
        (_, "created_at") => (Field::CreatedAt, text),
        (_, "side") => (Field::Side, V(A::Side)),
        (_, "goal") => (Field::Goal, V(A::Goal)),
        _ => return None,
    })
}

/// The keys a shape cannot do without (the others have defaults). A test
/// removes each key of a full example of each shape and checks this list
/// against what the reader accepts.
fn required(shape: Shape) -> &'static [&'static str] {
    match shape {
        Shape::Partnership => &["id", "name", "partners"],
        Shape::Partner => &["side", "name", "language"],
        Shape::Board => &["id", "kind", "subject"],
        Shape::Subject => &["name"],
        Shape::GoalEntry => &["goal"],
        Shape::Reach => &[],
        Shape::Round => &["id", "name"],
        Shape::GoalScore => &["side", "goal"],
        Shape::Statement => &["id", "goal", "text"],
        Shape::Answer => &["side", "statement", "answer"],
        Shape::Thresholds => &["strong", "weak"],
        Shape::Priority => &["year", "goal"],
        Shape::Agreement => &["id", "what", "side"],
        Shape::MatchRef => &["round", "match"],
        Shape::Match => &["goal", "kind"],
    }
}

/// The part's own check, for the shapes that have rules beyond their fields:
/// its wire form, read again, meets the same `TryFrom` that refused it.
fn check(shape: Shape, value: &Value) -> Option<Broken> {
    fn again<W: DeserializeOwned, T: TryFrom<W, Error = Broken>>(value: &Value) -> Option<Broken> {
        T::try_from(W::deserialize(value).ok()?).err()
    }
    match shape {
        Shape::Partnership => again::<WirePartnership, Partnership>(value),
        Shape::Board => again::<WireBoard, CircleBoard>(value),
        Shape::Round => again::<RoundWire, IndexRound>(value),
        Shape::Thresholds => again::<ThresholdsWire, Thresholds>(value),
        Shape::Match => again::<MatchWire, Match>(value),
        _ => None,
    }
}

/// What the schema says is at `path`.
fn node_at(path: &[Step]) -> Option<Node> {
    path.iter()
        .try_fold(Node::Fields(Shape::Partnership), |node, step| {
            match (node, step) {
                (Node::Fields(shape), Step::Key(key)) => child(shape, key).map(|(_, node)| node),
                (Node::ListOf(shape), Step::Index(_)) => Some(Node::Fields(shape)),
                (Node::ListOfGoals, Step::Index(_)) => Some(Node::Value(Allowed::Goal)),
                _ => None,
            }
        })
}

fn value_at<'v>(root: &'v Value, path: &[Step]) -> Option<&'v Value> {
    path.iter().try_fold(root, |v, step| match step {
        Step::Key(k) => v.get(k),
        Step::Index(i) => v.get(i),
    })
}

/// What is wrong at `path`, where the reader stopped; the path grows when the
/// problem is further in (a missing field, or the field a part's check names).
fn explain(root: &Value, path: &mut Vec<Step>) -> ProblemKind {
    let here = value_at(root, path);
    let found = Found::of(here);
    match node_at(path) {
        None => ProblemKind::Unexplained,
        Some(Node::Value(allowed)) => ProblemKind::Value { found, allowed },
        Some(Node::ListOf(_) | Node::ListOfGoals) => ProblemKind::Value {
            found,
            allowed: Allowed::List,
        },
        Some(Node::Fields(shape)) => {
            let (Some(here), Some(fields)) = (here, here.and_then(Value::as_object)) else {
                return ProblemKind::Value {
                    found,
                    allowed: Allowed::Fields,
                };
            };
            if let Some(key) = required(shape).iter().find(|k| !fields.contains_key(**k)) {
                path.push(Step::key(key));
                let allowed = match child(shape, key) {
                    Some((_, Node::Value(allowed))) => allowed,
                    Some((_, Node::ListOf(_) | Node::ListOfGoals)) => Allowed::List,
                    _ => Allowed::Fields,
                };
                return ProblemKind::Value {
                    found: Found::Missing,
                    allowed,
                };
            }
            match check(shape, here) {
                Some(broken) => {
                    path.extend(broken.at);
                    broken.kind
                }
                None => ProblemKind::Unexplained,
            }
        }
    }
}

/// The place of `path` in the screens' words, named from the file's own values.
fn place(root: &Value, path: &[Step]) -> Place {
    let mut place = Place::default();
    let mut node = Node::Fields(Shape::Partnership);
    let mut here = Some(root);
    for step in path {
        here = here.and_then(|v| match step {
            Step::Key(k) => v.get(k),
            Step::Index(i) => v.get(i),
        });
        node = match (node, step) {
            (Node::Fields(shape), Step::Key(key)) => {
                let Some((field, next)) = child(shape, key) else {
                    place.field = Some(Field::Other(key.clone()));
                    break;
                };
                if next == Node::Fields(Shape::Thresholds) {
                    place.part = Some(Part::Thresholds);
                }
                place.field = Some(field);
                next
            }
            (Node::ListOf(shape), Step::Index(i)) => {
                enter(&mut place, root, shape, *i + 1, here);
                Node::Fields(shape)
            }
            (Node::ListOfGoals, Step::Index(_)) => Node::Value(Allowed::Goal),
            _ => break,
        };
    }
    place
}

/// Names what a list entry is: a board or round by its name, a partner by its
/// municipality, the goal and partner a score or goal entry is about.
fn enter(place: &mut Place, root: &Value, shape: Shape, position: usize, entry: Option<&Value>) {
    let text = |v: Option<&Value>| {
        v.and_then(Value::as_str)
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .map(|s| s.chars().take(Found::TEXT_SHOWN).collect::<String>())
    };
    let get = |key: &str| entry.and_then(|e| e.get(key));
    place.field = None;
    match shape {
        Shape::Board => {
            let name = text(get("subject").and_then(|s| s.get("name")));
            place.part = Some(Part::Board { position, name });
        }
        Shape::Round => {
            let name = text(get("name"));
            place.part = Some(Part::Round { position, name });
        }
        Shape::Priority => {
            place.part = Some(Part::Priority { position });
            place.goal = get("goal").and_then(goal_of);
        }
        Shape::Agreement => {
            let what = text(get("what"));
            place.part = Some(Part::Agreement { position, what });
            place.partner = side_of(get("side")).map(|side| partner(root, side));
        }
        Shape::Partner => {
            place.partner = Some(PartnerRef {
                side: side_of(get("side")),
                name: text(get("name")),
                position: Some(position),
            });
        }
        _ => {
            if let Some(goal) = get("goal").and_then(goal_of) {
                place.goal = Some(goal);
            }
            if let Some(side) = side_of(get("side")) {
                place.partner = Some(partner(root, side));
            }
        }
    }
}

fn side_of(v: Option<&Value>) -> Option<Side> {
    match v?.as_str()? {
        "a" => Some(Side::A),
        "b" => Some(Side::B),
        _ => None,
    }
}

fn goal_of(v: &Value) -> Option<GoalNumber> {
    GoalNumber::new(u8::try_from(v.as_u64()?).ok()?)
}

/// The partner on `side`, by the municipality's name the file gives it.
fn partner(root: &Value, side: Side) -> PartnerRef {
    let name = root
        .get("partners")
        .and_then(Value::as_array)
        .and_then(|ps| ps.iter().find(|p| side_of(p.get("side")) == Some(side)))
        .and_then(|p| p.get("name"))
        .and_then(Value::as_str)
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(|s| s.chars().take(Found::TEXT_SHOWN).collect());
    PartnerRef {
        side: Some(side),
        name,
        position: None,
    }
}

#[cfg(test)]
mod tests;
