//! Why a partnership was refused, in the domain's words. Only for one that
//! was: the reader stays the authority on what is valid, and this module
//! finds where it stopped by reading the partnership's parts one by one with
//! the same readers (`serde_json::from_str` of each part's own type, the code
//! the whole read already has), descending into the first part that does not
//! read. The place is named from the file's own values (the round's name, the
//! partner's municipality, the goal), and the rule comes from the schema below
//! or from the part's own check: the same `TryFrom` that refused it.
//!
//! Nothing here builds a `serde_json::Value` or wraps the reader in another
//! deserializer: either would compile every reader of the format once more
//! into the code that reads stored data. A test over thousands of broken files
//! checks that every refusal is explained (`tests/bad_files.rs`).

use super::problem::{
    Allowed, Broken, Field, Found, Part, PartnerRef, Place, Problem, ProblemKind, Step,
};
use crate::domain::circle::{
    self, CircleBoard, GoalEntry, Reach, Scale, Subject, WireBoard, WireKind,
};
use crate::domain::index::matching::{KindWord, MatchWire};
use crate::domain::index::{
    Answer, AnswerEntry, Confidence, GoalScore, IndexRound, Level, Match, Method, RoundWire, Score,
    Statement, StatementText, Thresholds, ThresholdsWire, Visibility,
};
use crate::domain::lang::Lang;
use crate::domain::partnership::{Partnership, PartnershipId, Side, WirePartner, WirePartnership};
use crate::domain::plan::{Agreement, MatchRef, Priority, Status};
use crate::domain::GoalNumber;
use serde::de::DeserializeOwned;
use serde_json::value::RawValue;
use std::collections::BTreeMap;

/// The problem with one partnership's text, which the reader refused.
pub(super) fn diagnose(text: &str) -> Problem {
    let detail = serde_json::from_str::<Partnership>(text)
        .err()
        .map(|e| e.to_string())
        .unwrap_or_default();
    let root = Json(text);
    if root.entries().is_none() {
        let found = root.found();
        return problem(
            Place::default(),
            ProblemKind::NotAPartnership { found },
            detail,
        );
    }
    let mut path = Vec::new();
    let kind = explain(root, Node::Fields(Shape::Partnership), &mut path);
    problem(place(root, &path), kind, detail)
}

fn problem(place: Place, kind: ProblemKind, detail: String) -> Problem {
    Problem {
        place,
        kind,
        detail,
    }
}

/// A JSON value as its slice of the text, read only as far as asked.
#[derive(Clone, Copy, Debug)]
struct Json<'a>(&'a str);

impl<'a> Json<'a> {
    /// The fields of an object, or `None` if it is not one. A key given twice
    /// counts the last time, as in a JSON object.
    fn entries(self) -> Option<BTreeMap<String, Json<'a>>> {
        let map: BTreeMap<String, &'a RawValue> = serde_json::from_str(self.0).ok()?;
        Some(map.into_iter().map(|(k, v)| (k, Json(v.get()))).collect())
    }

    fn items(self) -> Option<Vec<Json<'a>>> {
        let items: Vec<&'a RawValue> = serde_json::from_str(self.0).ok()?;
        Some(items.into_iter().map(|v| Json(v.get())).collect())
    }

    fn get(self, key: &str) -> Option<Json<'a>> {
        self.entries()?.remove(key)
    }

    fn at(self, index: usize) -> Option<Json<'a>> {
        self.items()?.into_iter().nth(index)
    }

    fn step(self, step: &Step) -> Option<Json<'a>> {
        match step {
            Step::Key(k) => self.get(k),
            Step::Index(i) => self.at(*i),
        }
    }

    fn reads<T: DeserializeOwned>(self) -> bool {
        serde_json::from_str::<T>(self.0).is_ok()
    }

    fn read<T: DeserializeOwned>(self) -> Option<T> {
        serde_json::from_str(self.0).ok()
    }

    /// A text of the file, trimmed and cut for a message; `None` if empty or not text.
    fn text(self) -> Option<String> {
        let s = self.read::<String>()?;
        let s = s.trim();
        (!s.is_empty()).then(|| s.chars().take(Found::TEXT_SHOWN).collect())
    }

    fn found(self) -> Found {
        match self.0.trim_start().as_bytes().first() {
            Some(b'"') => self
                .read::<String>()
                .map_or(Found::Nothing, |s| Found::text(&s)),
            Some(b'[') => Found::List,
            Some(b'{') => Found::Fields,
            Some(b't') => Found::YesNo(true),
            Some(b'f') => Found::YesNo(false),
            Some(b'n') | None => Found::Nothing,
            Some(_) => Found::Number(self.0.trim().chars().take(Found::TEXT_SHOWN).collect()),
        }
    }
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

/// Whether a value reads as the type a field has.
type Reads = fn(Json) -> bool;

/// What the value at a place of the schema is.
#[derive(Clone, Copy)]
enum Node {
    Fields(Shape),
    ListOf(Shape),
    /// A value of one field: what a message says it allows, and its reader.
    Value(Allowed, Reads),
    /// The goals an agreement is linked to.
    ListOfGoals,
}

impl Node {
    /// Whether `json` reads as this node's type, as the whole read would.
    fn reads(self, json: Json) -> bool {
        match self {
            Node::Fields(shape) => shape_reads(shape)(json),
            Node::ListOf(shape) => json
                .items()
                .is_some_and(|items| items.into_iter().all(shape_reads(shape))),
            Node::Value(_, reads) => reads(json),
            Node::ListOfGoals => json.reads::<Vec<GoalNumber>>(),
        }
    }
}

/// The reader of a shape: its own type, so reading it runs its own checks too.
fn shape_reads(shape: Shape) -> Reads {
    match shape {
        Shape::Partnership => reads::<Partnership>,
        Shape::Partner => reads::<WirePartner>,
        Shape::Board => reads::<CircleBoard>,
        Shape::Subject => reads::<Subject>,
        Shape::GoalEntry => reads::<GoalEntry>,
        Shape::Reach => reads::<Reach>,
        Shape::Round => reads::<IndexRound>,
        Shape::GoalScore => reads::<GoalScore>,
        Shape::Statement => reads::<Statement>,
        Shape::Answer => reads::<AnswerEntry>,
        Shape::Thresholds => reads::<Thresholds>,
        Shape::Priority => reads::<Priority>,
        Shape::Agreement => reads::<Agreement>,
        Shape::MatchRef => reads::<MatchRef>,
        Shape::Match => reads::<Match>,
    }
}

/// A key of a shape: the field as the screens call it, and what it holds.
/// Keys the app does not read never stop a partnership, so they are not here.
fn child(shape: Shape, key: &str) -> Option<(Field, Node)> {
    use Allowed as A;
    use Node::{Fields, ListOf, Value as V};
    let text = V(A::Text, reads::<String>);
    let side = V(A::Side, reads::<Side>);
    let maybe_side = V(A::Side, reads::<Option<Side>>);
    Some(match (shape, key) {
        (Shape::Partnership, "id") => (Field::Id, V(A::PartnershipId, reads::<PartnershipId>)),
        (Shape::Partnership, "name") => (Field::Name, text),
        (Shape::Partnership, "partners") => (Field::Partners, ListOf(Shape::Partner)),
        (Shape::Partnership, "boards") => (Field::Boards, ListOf(Shape::Board)),
        (Shape::Partnership, "rounds") => (Field::Rounds, ListOf(Shape::Round)),
        (Shape::Partnership, "thresholds") => (Field::Thresholds, Fields(Shape::Thresholds)),
        (Shape::Partnership, "priorities") => (Field::Priorities, ListOf(Shape::Priority)),
        (Shape::Partnership, "agreements") => (Field::Agreements, ListOf(Shape::Agreement)),
        (Shape::Partner, "side") => (Field::Side, side),
        (Shape::Partner, "name") => (Field::Municipality, text),
        (Shape::Partner, "country") => (Field::Country, text),
        (Shape::Partner, "language") => (Field::Language, V(A::Language, reads::<Lang>)),
        (Shape::Board, "id") | (Shape::Round, "id") => (Field::Id, V(A::Id, reads::<String>)),
        (Shape::Board, "kind") => (Field::Kind, V(A::BoardKind, reads::<WireKind>)),
        (Shape::Board, "side") => (Field::Side, maybe_side),
        (Shape::Board, "subject") => (Field::Subject, Fields(Shape::Subject)),
        (Shape::Board, "date") => (Field::Date, text),
        (Shape::Board, "participants") => (Field::Participants, text),
        (Shape::Board, "scale") => (Field::Scale, V(A::Scale, reads::<Scale>)),
        (Shape::Board, "goals") => (Field::Goals, ListOf(Shape::GoalEntry)),
        (Shape::Board, "derived_from") => (Field::DerivedFrom, V(A::Text, reads::<Option<String>>)),
        (Shape::Board, "version") => (Field::Version, V(A::WholeNumber, reads::<u32>)),
        (Shape::Subject, "name") | (Shape::Round, "name") => (Field::Name, text),
        (Shape::Subject, "description") => (Field::Description, text),
        (Shape::Subject, "period") => (Field::Period, text),
        (Shape::GoalEntry, "level") => (
            Field::Level,
            V(A::WholeNumber, reads::<Option<circle::Level>>),
        ),
        (Shape::GoalEntry, "reach") => (Field::Reach, Fields(Shape::Reach)),
        (Shape::Reach, "internal" | "local" | "global") => {
            (Field::Reach, V(A::YesNo, reads::<bool>))
        }
        (Shape::GoalEntry, "how") => (Field::How, text),
        (Shape::GoalEntry, "ideas") => (Field::Ideas, text),
        (Shape::GoalEntry, "opportunity") => (Field::Opportunity, V(A::YesNo, reads::<bool>)),
        (Shape::Round, "method") => (Field::Method, V(A::Method, reads::<Method>)),
        (Shape::Round, "visibility") => (Field::Visibility, V(A::Visibility, reads::<Visibility>)),
        (Shape::Round, "scores") => (Field::Scores, ListOf(Shape::GoalScore)),
        (Shape::Round, "questionnaire") => (Field::Questionnaire, ListOf(Shape::Statement)),
        (Shape::Round, "answers") => (Field::Answers, ListOf(Shape::Answer)),
        (Shape::GoalScore, "side") | (Shape::Answer, "side") => (Field::Side, side),
        (Shape::GoalScore, "score") => (Field::Score, V(A::Score, reads::<Option<Score>>)),
        (Shape::GoalScore, "confidence") => (
            Field::Confidence,
            V(A::Confidence, reads::<Option<Confidence>>),
        ),
        (Shape::GoalScore, "rationale") => (Field::Rationale, text),
        (Shape::Statement, "id") | (Shape::Answer, "statement") => (Field::Statement, text),
        (Shape::Statement, "text") => (Field::Statement, V(A::Texts, reads::<StatementText>)),
        (Shape::Answer, "answer") => (Field::Answer, V(A::Answer, reads::<Answer>)),
        (Shape::Thresholds, "strong") => (Field::Strong, V(A::Level5, reads::<Level>)),
        (Shape::Thresholds, "weak") => (Field::Weak, V(A::Level5, reads::<Level>)),
        (Shape::Priority, "year") => (Field::Year, V(A::WholeNumber, reads::<i32>)),
        (Shape::Agreement, "id") => (Field::Id, text),
        (Shape::Agreement, "what") => (Field::What, text),
        (Shape::Agreement, "side") => (Field::Side, side),
        (Shape::Agreement, "department") => (Field::Department, text),
        (Shape::Agreement, "due") => (Field::Due, text),
        (Shape::Agreement, "status") => (Field::Status, V(A::Status, reads::<Status>)),
        (Shape::Agreement, "goals") => (Field::Goals, Node::ListOfGoals),
        (Shape::Agreement, "answers") => (Field::Match, Fields(Shape::MatchRef)),
        (Shape::MatchRef, "round") => (Field::Match, text),
        (Shape::MatchRef, "match") => (Field::Match, Fields(Shape::Match)),
        (Shape::Match, "kind") => (Field::Match, V(A::MatchKind, reads::<KindWord>)),
        (Shape::Match, "from" | "to") => (Field::Side, maybe_side),
        (_, "created_at") => (Field::CreatedAt, text),
        (_, "goal") => (Field::Goal, V(A::Goal, reads::<GoalNumber>)),
        _ => return None,
    })
}

fn reads<T: DeserializeOwned>(json: Json) -> bool {
    json.reads::<T>()
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
fn check(shape: Shape, json: Json) -> Option<Broken> {
    fn again<W: DeserializeOwned, T: TryFrom<W, Error = Broken>>(json: Json) -> Option<Broken> {
        T::try_from(json.read::<W>()?).err()
    }
    match shape {
        Shape::Partnership => again::<WirePartnership, Partnership>(json),
        Shape::Board => again::<WireBoard, CircleBoard>(json),
        Shape::Round => again::<RoundWire, IndexRound>(json),
        Shape::Thresholds => again::<ThresholdsWire, Thresholds>(json),
        Shape::Match => again::<MatchWire, Match>(json),
        _ => None,
    }
}

fn goal_node() -> Node {
    Node::Value(Allowed::Goal, reads::<GoalNumber>)
}

/// What is wrong with `json`, a value at `node` that does not read: the first
/// part of it that does not read, further in, or the rule it breaks itself.
/// `path` grows to where the problem is.
fn explain(json: Json, node: Node, path: &mut Vec<Step>) -> ProblemKind {
    let found = || json.found();
    match node {
        Node::Value(allowed, _) => ProblemKind::Value {
            found: found(),
            allowed,
        },
        Node::ListOf(_) | Node::ListOfGoals => {
            let item = match node {
                Node::ListOf(shape) => Node::Fields(shape),
                _ => goal_node(),
            };
            let Some(items) = json.items() else {
                return ProblemKind::Value {
                    found: found(),
                    allowed: Allowed::List,
                };
            };
            match items.into_iter().enumerate().find(|(_, i)| !item.reads(*i)) {
                Some((i, bad)) => {
                    path.push(Step::Index(i));
                    explain(bad, item, path)
                }
                None => ProblemKind::Unexplained,
            }
        }
        Node::Fields(shape) => {
            let Some(fields) = json.entries() else {
                return ProblemKind::Value {
                    found: found(),
                    allowed: Allowed::Fields,
                };
            };
            if let Some(key) = required(shape).iter().find(|k| !fields.contains_key(**k)) {
                path.push(Step::key(key));
                let allowed = match child(shape, key) {
                    Some((_, Node::Value(allowed, _))) => allowed,
                    Some((_, Node::ListOf(_) | Node::ListOfGoals)) => Allowed::List,
                    _ => Allowed::Fields,
                };
                return ProblemKind::Value {
                    found: Found::Missing,
                    allowed,
                };
            }
            let bad = fields.into_iter().find_map(|(key, value)| {
                let (_, node) = child(shape, &key)?;
                (!node.reads(value)).then_some((key, value, node))
            });
            if let Some((key, value, node)) = bad {
                path.push(Step::Key(key));
                return explain(value, node, path);
            }
            match check(shape, json) {
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
fn place(root: Json, path: &[Step]) -> Place {
    let mut place = Place::default();
    let mut node = Node::Fields(Shape::Partnership);
    let mut here = Some(root);
    for step in path {
        here = here.and_then(|json| json.step(step));
        node = match (node, step) {
            (Node::Fields(shape), Step::Key(key)) => {
                let Some((field, next)) = child(shape, key) else {
                    place.field = Some(Field::Other(key.clone()));
                    break;
                };
                if matches!(next, Node::Fields(Shape::Thresholds)) {
                    place.part = Some(Part::Thresholds);
                }
                place.field = Some(field);
                next
            }
            (Node::ListOf(shape), Step::Index(i)) => {
                enter(&mut place, root, shape, *i + 1, here);
                Node::Fields(shape)
            }
            (Node::ListOfGoals, Step::Index(_)) => goal_node(),
            _ => break,
        };
    }
    place
}

/// Names what a list entry is: a board or round by its name, a partner by its
/// municipality, the goal and partner a score or goal entry is about.
fn enter(place: &mut Place, root: Json, shape: Shape, position: usize, entry: Option<Json>) {
    let get = |key: &str| entry.and_then(|e| e.get(key));
    place.field = None;
    match shape {
        Shape::Board => {
            let name = get("subject")
                .and_then(|s| s.get("name"))
                .and_then(Json::text);
            place.part = Some(Part::Board { position, name });
        }
        Shape::Round => {
            let name = get("name").and_then(Json::text);
            place.part = Some(Part::Round { position, name });
        }
        Shape::Priority => {
            place.part = Some(Part::Priority { position });
            place.goal = get("goal").and_then(|g| g.read());
        }
        Shape::Agreement => {
            let what = get("what").and_then(Json::text);
            place.part = Some(Part::Agreement { position, what });
            place.partner = get("side")
                .and_then(|s| s.read())
                .map(|side| partner(root, side));
        }
        Shape::Partner => {
            place.partner = Some(PartnerRef {
                side: get("side").and_then(|s| s.read()),
                name: get("name").and_then(Json::text),
                position: Some(position),
            });
        }
        _ => {
            if let Some(goal) = get("goal").and_then(|g| g.read()) {
                place.goal = Some(goal);
            }
            if let Some(side) = get("side").and_then(|s| s.read()) {
                place.partner = Some(partner(root, side));
            }
        }
    }
}

/// The partner on `side`, by the municipality's name the file gives it.
fn partner(root: Json, side: Side) -> PartnerRef {
    let name = root
        .get("partners")
        .and_then(Json::items)
        .and_then(|ps| {
            ps.into_iter()
                .find(|p| p.get("side").and_then(|s| s.read::<Side>()) == Some(side))
        })
        .and_then(|p| p.get("name"))
        .and_then(Json::text);
    PartnerRef {
        side: Some(side),
        name,
        position: None,
    }
}

#[cfg(test)]
mod tests;
