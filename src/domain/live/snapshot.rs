//! What the session's documents hold right now, read from the JSON that
//! `live/client.mjs` hands over (`Session.snapshot()`). Everything in it may
//! come from any holder of a code: it is read leniently (a bad entry is
//! skipped, never the whole snapshot) and never trusted beyond its shape.

use super::proposal::Proposal;
use super::session::Role;
use super::{Part, NAME_MAX};
use crate::domain::circle::{Level as CircleLevel, Scale};
use crate::domain::index::score::Score;
use crate::domain::{GoalNumber, Side};
use serde::Deserialize;
use serde_json::{Map, Value};
use std::collections::BTreeMap;

/// How one document is doing on this device.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PartStatus {
    /// Not opened (yet): a delegation's document before the reveal, for the other.
    #[default]
    Absent,
    Live,
    /// Connected, changes on their way.
    Syncing,
    /// No connection: changes wait on this device.
    Offline,
    /// The server said no: a wrong or revoked code, or blind.
    Refused,
}

/// What the room is doing, once the facilitator's device has said so.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum RoomKind {
    /// Not known yet: the room has not arrived on this device.
    #[default]
    Unknown,
    Walk,
    Index,
}

/// What the facilitator puts up: the same for everyone.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Room {
    pub kind: RoomKind,
    pub goal: Option<GoalNumber>,
    pub revealed: bool,
    /// The board's or the round's name.
    pub title: String,
    pub scale: Scale,
    /// The two municipalities' names.
    pub partners: [String; 2],
    /// The walk-round's agreed levels.
    pub agreed: BTreeMap<GoalNumber, CircleLevel>,
}

/// Someone connected, as their device says.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Present {
    pub device: String,
    pub name: String,
    pub side: Side,
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Delegation {
    /// Each device's latest answer per goal, in key order.
    pub proposals: Vec<Proposal>,
    /// The index round's agreed scores.
    pub agreed: BTreeMap<GoalNumber, Score>,
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Snapshot {
    pub ended: bool,
    /// What the server says this device's code is (`None` until it has).
    pub role: Option<Role>,
    pub room_status: PartStatus,
    pub status: [PartStatus; 2],
    pub room: Room,
    pub delegations: [Delegation; 2],
    /// Each delegation's connected participants, one entry per device.
    pub present: [Vec<Present>; 2],
}

#[derive(Deserialize, Default)]
struct Wire {
    #[serde(default)]
    ended: bool,
    #[serde(default)]
    role: Option<String>,
    #[serde(default)]
    status: BTreeMap<String, PartStatus>,
    #[serde(default)]
    parts: BTreeMap<String, BTreeMap<String, Map<String, Value>>>,
    #[serde(default)]
    presence: BTreeMap<String, Vec<Value>>,
}

fn goal_key(key: &str) -> Option<GoalNumber> {
    GoalNumber::new(key.parse().ok()?)
}

fn text(v: Option<&Value>, max: usize) -> String {
    super::proposal::capped(v.and_then(Value::as_str).unwrap_or(""), max)
}

impl Snapshot {
    /// Reads the facade's JSON; anything unreadable is an empty snapshot.
    pub fn parse(json: &str) -> Snapshot {
        let wire: Wire = serde_json::from_str(json).unwrap_or_default();
        let empty = Map::new();
        let map = |part: Part, name: &str| {
            wire.parts
                .get(part.as_str())
                .and_then(|p| p.get(name))
                .unwrap_or(&empty)
        };
        let state = map(Part::Room, "state");
        let room = Room {
            kind: match state.get("kind").and_then(Value::as_str) {
                Some("walk") => RoomKind::Walk,
                Some("index") => RoomKind::Index,
                _ => RoomKind::Unknown,
            },
            goal: state
                .get("goal")
                .and_then(Value::as_u64)
                .and_then(|n| GoalNumber::new(u8::try_from(n).ok()?)),
            revealed: state.get("revealed").and_then(Value::as_bool) == Some(true),
            title: text(state.get("title"), 120),
            scale: state
                .get("scale")
                .and_then(|s| Scale::deserialize(s).ok())
                .unwrap_or_default(),
            partners: [text(state.get("a"), 120), text(state.get("b"), 120)],
            agreed: map(Part::Room, "agreed")
                .iter()
                .filter_map(|(k, v)| {
                    let level = CircleLevel(i8::try_from(v.as_i64()?).ok()?);
                    Some((goal_key(k)?, level))
                })
                .collect(),
        };
        let delegation = |side: Side| {
            let part = Part::Delegation(side);
            Delegation {
                proposals: map(part, "proposals")
                    .iter()
                    .filter_map(|(k, v)| Proposal::read(k, v))
                    .collect(),
                agreed: map(part, "agreed")
                    .iter()
                    .filter_map(|(k, v)| Some((goal_key(k)?, Score::deserialize(v).ok()?)))
                    .collect(),
            }
        };
        let status = |part: Part| wire.status.get(part.as_str()).copied().unwrap_or_default();
        let present = |side: Side| {
            let mut seen: Vec<Present> = Vec::new();
            for who in wire.presence.values().flatten() {
                let Some(device) = who.get("device").and_then(Value::as_str) else {
                    continue;
                };
                let their_side = match who.get("side").and_then(Value::as_str) {
                    Some("a") => Side::A,
                    Some("b") => Side::B,
                    _ => continue,
                };
                let known = seen.iter().any(|p| p.device == device);
                if their_side == side && !known && device.len() <= 16 {
                    seen.push(Present {
                        device: device.to_owned(),
                        name: text(who.get("name"), NAME_MAX),
                        side,
                    });
                }
            }
            seen
        };
        let role = match wire.role.as_deref() {
            Some("host" | "co") => Some(Role::Facilitator),
            Some("a") => Some(Role::Delegation(Side::A)),
            Some("b") => Some(Role::Delegation(Side::B)),
            _ => None,
        };
        Snapshot {
            ended: wire.ended,
            role,
            room_status: status(Part::Room),
            status: [
                status(Part::Delegation(Side::A)),
                status(Part::Delegation(Side::B)),
            ],
            room,
            delegations: [delegation(Side::A), delegation(Side::B)],
            present: [present(Side::A), present(Side::B)],
        }
    }

    pub fn delegation(&self, side: Side) -> &Delegation {
        &self.delegations[side as usize]
    }

    pub fn present(&self, side: Side) -> &[Present] {
        &self.present[side as usize]
    }

    /// Everything in the room's and both delegations' documents reached the
    /// server: what the end folds in is complete.
    pub fn settled(&self) -> bool {
        let done = |s: PartStatus| matches!(s, PartStatus::Live | PartStatus::Absent);
        done(self.room_status) && self.status.iter().all(|s| done(*s))
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::domain::live::proposal::Answer;
    use serde_json::json;

    pub fn walk_snapshot() -> String {
        json!({
            "ended": false,
            "role": "host",
            "status": {"room": "live", "a": "live", "b": "offline"},
            "parts": {
                "room": {
                    "state": {"kind": "walk", "goal": 6, "title": "Programme 2026", "scale": "contribution",
                              "a": "Lommel", "b": "Ongwediva", "revealed": false},
                    "agreed": {"5": 2, "x": 1, "99": 3}
                },
                "a": {"proposals": {
                    "d1:6": {"name": "Awa", "level": 2, "note": "taps"},
                    "d2:6": {"level": 3},
                    "d2:7": {"level": 1},
                    "bad": {"level": 1}
                }, "agreed": {}},
                "b": {"proposals": {"d3:6": {"name": "Ana", "level": 2}}, "agreed": {"6": 4, "7": "dont_know", "8": 9}}
            },
            "presence": {
                "room": [{"device": "d1", "name": "Awa", "side": "a"}, {"device": "d4", "side": "b"}],
                "a": [{"device": "d1", "name": "Awa", "side": "a"}, {"device": "d2", "side": "a"}, {"name": "no device", "side": "a"}],
                "b": [{"device": "d3", "name": "Ana", "side": "b"}, {"device": "host"}]
            }
        })
        .to_string()
    }

    #[test]
    fn reads_room_proposals_and_presence() {
        let s = Snapshot::parse(&walk_snapshot());
        assert_eq!(s.room.kind, RoomKind::Walk);
        assert_eq!(s.role, Some(Role::Facilitator));
        assert_eq!(s.room.goal, GoalNumber::new(6));
        assert_eq!(s.room.partners[1], "Ongwediva");
        assert_eq!(s.room.agreed.len(), 1, "only goal 5 is a goal");
        assert_eq!(s.delegation(Side::A).proposals.len(), 3);
        assert_eq!(s.delegation(Side::B).agreed.len(), 2, "9 is not a score");
        let names: Vec<&str> = s.present(Side::A).iter().map(|p| p.name.as_str()).collect();
        assert_eq!(names, ["Awa", ""]);
        assert_eq!(s.present(Side::B).len(), 2);
        assert_eq!(s.status, [PartStatus::Live, PartStatus::Offline]);
        assert!(!s.settled());
        let d1 = &s.delegation(Side::A).proposals[0];
        assert_eq!(d1.answer, Answer::Level(CircleLevel(2)));
    }

    #[test]
    fn nonsense_is_an_empty_snapshot() {
        for bad in [
            "",
            "null",
            "[1,2]",
            "{\"parts\": 3}",
            "{\"status\": {\"room\": \"dancing\"}}",
        ] {
            assert_eq!(Snapshot::parse(bad), Snapshot::default(), "{bad}");
        }
    }
}
