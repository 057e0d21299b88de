//! Who holds which code: the facilitator's record of a session it started, and
//! a participant's record of the session it joined. Both are kept on their own
//! device only (never in the exchange file): a code is a key.

use super::code::JoinCode;
use crate::domain::{PartnershipId, Side};
use serde::{Deserialize, Serialize};

/// What the room does together.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", tag = "kind", content = "id")]
pub enum Exercise {
    /// The circle walk-round of one board.
    Walk(String),
    /// Scoring one round of the SDG index.
    Index(String),
}

/// An exercise's kind alone, as the file format's diagnosis reads `kind`.
#[derive(Deserialize)]
#[serde(rename_all = "snake_case")]
pub(crate) enum ExerciseKind {
    Walk,
    Index,
}

impl Exercise {
    /// The kind as the server's registry and the room document name it.
    pub fn kind(&self) -> &'static str {
        match self {
            Exercise::Walk(_) => "walk",
            Exercise::Index(_) => "index",
        }
    }
}

/// What a code lets its holder do.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Role {
    /// The facilitator who started it, and co-facilitators: everything.
    Facilitator,
    /// A member of one delegation: its own proposals.
    Delegation(Side),
}

/// The facilitator's record of a session it started.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct LiveSession {
    pub partnership: PartnershipId,
    pub exercise: Exercise,
    pub host: JoinCode,
    pub co: JoinCode,
    pub a: JoinCode,
    pub b: JoinCode,
}

impl LiveSession {
    /// A new session from five random strings of the code alphabet: one for its
    /// name, one per role. `None` if any is too short or two secrets are equal.
    pub fn start(
        partnership: PartnershipId,
        exercise: Exercise,
        random: [&str; 5],
    ) -> Option<LiveSession> {
        let [session, host, co, a, b] = random;
        let code = |r: &str| JoinCode::new(session, r);
        let s = LiveSession {
            partnership,
            exercise,
            host: code(host)?,
            co: code(co)?,
            a: code(a)?,
            b: code(b)?,
        };
        let all = [&s.host, &s.co, &s.a, &s.b];
        let distinct = all.iter().enumerate().all(|(i, c)| !all[..i].contains(c));
        distinct.then_some(s)
    }

    pub fn session(&self) -> &str {
        self.host.session()
    }

    /// The code a delegation's link carries.
    pub fn delegation(&self, side: Side) -> &JoinCode {
        match side {
            Side::A => &self.a,
            Side::B => &self.b,
        }
    }

    /// What the server registers when the session starts: the kind and the four
    /// codes (it keeps their hashes). Sent in the authentication message.
    pub fn create_request(&self) -> String {
        serde_json::json!({
            "kind": self.exercise.kind(),
            "host": self.host.as_str(),
            "co": self.co.as_str(),
            "a": self.a.as_str(),
            "b": self.b.as_str(),
        })
        .to_string()
    }

    /// A join link: the code in the fragment, which browsers never send to a server.
    pub fn link(base: &str, code: &JoinCode) -> String {
        format!("{}/join#{code}", base.trim_end_matches('/'))
    }
}

/// A participant's record of the session it joined on this device.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Joined {
    pub code: JoinCode,
    /// This device among the participants, so its answers are its own and a
    /// second answer replaces the first instead of counting twice.
    pub device: String,
    /// Empty: anonymous.
    #[serde(default)]
    pub name: String,
}

#[cfg(test)]
mod tests {
    use super::*;

    pub fn session() -> LiveSession {
        let pid = PartnershipId::new("p-lommel").unwrap();
        LiveSession::start(
            pid,
            Exercise::Walk("b-1".into()),
            ["K7M4", "AAAAAAAA", "BBBBBBBB", "CCCCCCCC", "DDDDDDDD"],
        )
        .unwrap()
    }

    #[test]
    fn a_session_has_four_codes_of_one_session() {
        let s = session();
        assert_eq!(s.session(), "K7M4");
        assert_eq!(s.delegation(Side::B).to_string(), "K7M4-DDDD-DDDD");
        let request: serde_json::Value = serde_json::from_str(&s.create_request()).unwrap();
        assert_eq!(request["kind"], "walk");
        assert_eq!(request["a"], "K7M4CCCCCCCC");
    }

    #[test]
    fn equal_secrets_are_refused() {
        let pid = PartnershipId::new("p-1").unwrap();
        let same = ["K7M4", "AAAAAAAA", "AAAAAAAA", "CCCCCCCC", "DDDDDDDD"];
        assert!(LiveSession::start(pid, Exercise::Index("r".into()), same).is_none());
    }

    #[test]
    fn the_code_is_in_the_fragment() {
        let s = session();
        let link = LiveSession::link("http://192.168.1.10:8080/", &s.a);
        assert_eq!(link, "http://192.168.1.10:8080/join#K7M4-CCCC-CCCC");
        assert_eq!(JoinCode::parse(&link), Some(s.a.clone()));
    }

    #[test]
    fn the_record_round_trips() {
        let s = session();
        let text = serde_json::to_string(&s).unwrap();
        assert_eq!(serde_json::from_str::<LiveSession>(&text).unwrap(), s);
    }
}
