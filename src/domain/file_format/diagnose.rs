//! Why a partnership was refused, in the domain's words. Only for one that
//! was: the reader stays the authority on what is valid, and this module
//! finds where it stopped by reading the partnership's parts one by one with
//! the same readers (`serde_json::from_str` of each part's own type, the code
//! the whole read already has), descending into the first part that does not
//! read. The place is named from the file's own values (the round's name, the
//! partner's municipality, the goal), and the rule comes from the schema (`schema.rs`)
//! or from the part's own check: the same `TryFrom` that refused it.
//!
//! Nothing here builds a `serde_json::Value` or wraps the reader in another
//! deserializer: either would compile every reader of the format once more
//! into the code that reads stored data. A test over thousands of broken files
//! checks that every refusal is explained (`tests/bad_files.rs`).

mod json;
mod schema;

use super::problem::{
    Allowed, Broken, Field, Found, Part, PartnerRef, Place, Problem, ProblemKind, Step,
};
use crate::domain::circle::{CircleBoard, WireBoard};
use crate::domain::consultation::{Consultation, OwnGoal, WireConsultation, WireOwnGoal};
use crate::domain::index::matching::MatchWire;
use crate::domain::index::{IndexRound, Match, RoundWire, Thresholds, ThresholdsWire};
use crate::domain::indicator::{Indicator, WireIndicator};
use crate::domain::live::kept::{KeptProposal, KeptSession, WireProposal, WireSession};
use crate::domain::partnership::{Partnership, Side, WirePartnership};
use json::Json;
use schema::{child, goal_node, required, Node, Shape};
use serde::de::DeserializeOwned;

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
        Shape::Consultation => again::<WireConsultation, Consultation>(json),
        Shape::OwnGoal => again::<WireOwnGoal, OwnGoal>(json),
        Shape::Indicator => again::<WireIndicator, Indicator>(json),
        Shape::KeptSession => again::<WireSession, KeptSession>(json),
        Shape::KeptProposal => again::<WireProposal, KeptProposal>(json),
        _ => None,
    }
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
        Node::Texts => {
            let Some(texts) = json.entries() else {
                return ProblemKind::Value {
                    found: found(),
                    allowed: Allowed::Fields,
                };
            };
            for (key, value) in texts {
                if crate::domain::Lang::from_code(&key).is_none() {
                    return ProblemKind::Value {
                        found: Found::text(&key),
                        allowed: Allowed::Language,
                    };
                }
                let own_text = Node::Fields(Shape::OwnText);
                if !own_text.reads(value) {
                    path.push(Step::Key(key));
                    return explain(value, own_text, path);
                }
            }
            ProblemKind::Unexplained
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
                // An indicator's `a` and `b` are its partners' own follow-ups.
                if shape == Shape::Indicator {
                    let side = match key.as_str() {
                        "a" => Some(Side::A),
                        "b" => Some(Side::B),
                        _ => None,
                    };
                    if let Some(side) = side {
                        place.partner = Some(partner(root, side));
                    }
                }
                place.field = Some(field);
                next
            }
            (Node::ListOf(shape), Step::Index(i)) => {
                enter(&mut place, root, shape, *i + 1, here);
                Node::Fields(shape)
            }
            (Node::ListOfGoals, Step::Index(_)) => goal_node(),
            (Node::Texts, Step::Key(_)) => Node::Fields(Shape::OwnText),
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
        Shape::Consultation => {
            let question = get("question").and_then(Json::text);
            place.part = Some(Part::Consultation { position, question });
        }
        Shape::Indicator => {
            let name = get("name").and_then(Json::text);
            place.part = Some(Part::Indicator { position, name });
        }
        Shape::KeptSession => {
            // The day is what a person tells sessions apart by.
            let ended_at = get("ended_at")
                .and_then(Json::text)
                .map(|t| t.chars().take(10).collect());
            place.part = Some(Part::LiveSession { position, ended_at });
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
