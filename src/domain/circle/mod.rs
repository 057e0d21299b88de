//! The circle exercise: boards on which a partnership checks, goal by goal,
//! whether and how its programme (or one project, or one partner's own
//! municipality) contributes.
//!
//! On the wire a board lists all 17 goals in order as objects with a `goal`
//! number; a goal not yet discussed has `"level": null` (never confused with
//! level 0, "no contribution").

mod analysis;
mod scale;

pub use analysis::{
    compare, gaps, negatives, not_discussed, pillar_coverage, Comparison, PillarCoverage, Status,
    StatusRow,
};
pub use scale::{Effect, Level, Scale, StepName};

use super::catalogue::GoalNumber;
use super::file_format::problem::{Allowed, Broken, Found, ProblemKind};
use super::partnership::Side;
use super::text::{clean_line, TextError, NAME_MAX};
use serde::{Deserialize, Serialize, Serializer};

/// Longest "how" or "ideas" note, and the longest description.
pub const NOTE_MAX: usize = 2000;
pub const DESCRIPTION_MAX: usize = 500;
pub const PERIOD_MAX: usize = 40;
pub const PARTICIPANTS_MAX: usize = 300;

/// What sits in the middle of the circle.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum BoardKind {
    /// The twinning programme as a whole.
    Programme,
    /// One project of the programme.
    Project,
    /// One partner's inventory of its own municipality.
    Inventory(Side),
}

/// The subject card in the middle of the board.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Subject {
    pub name: String,
    #[serde(default)]
    pub description: String,
    /// Free text such as "2025–2030".
    #[serde(default)]
    pub period: String,
}

/// At which levels a contribution happens.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Reach {
    /// Within the municipality's own administration.
    #[serde(default)]
    pub internal: bool,
    /// For the local population.
    #[serde(default)]
    pub local: bool,
    /// Through international cooperation.
    #[serde(default)]
    pub global: bool,
}

/// Everything a board says about one goal.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct GoalEntry {
    pub goal: GoalNumber,
    /// `None`: not discussed yet.
    pub level: Option<Level>,
    #[serde(default)]
    pub reach: Reach,
    /// How it contributes.
    #[serde(default)]
    pub how: String,
    /// How it could do better.
    #[serde(default)]
    pub ideas: String,
    /// "Opportunity: we will add this."
    #[serde(default)]
    pub opportunity: bool,
}

impl GoalEntry {
    pub fn untouched(goal: GoalNumber) -> GoalEntry {
        GoalEntry {
            goal,
            level: None,
            reach: Reach::default(),
            how: String::new(),
            ideas: String::new(),
            opportunity: false,
        }
    }
}

/// One board of the circle exercise. Always holds one entry per goal, in goal order.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(try_from = "WireBoard")]
pub struct CircleBoard {
    pub id: String,
    pub kind: BoardKind,
    pub subject: Subject,
    /// The day of the session, `YYYY-MM-DD` (may be empty).
    pub date: String,
    /// Who took part, free text.
    pub participants: String,
    pub scale: Scale,
    entries: Vec<GoalEntry>,
    /// The board this one was duplicated from, as a new version.
    pub derived_from: Option<String>,
    /// 1 for a new board, one more than its source for a duplicate.
    pub version: u32,
    /// RFC 3339, set by the caller.
    pub created_at: String,
}

/// What a person fills in to start a board.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BoardDraft {
    pub kind: BoardKind,
    pub name: String,
    pub description: String,
    pub period: String,
    pub date: String,
    pub participants: String,
    pub scale: Scale,
}

impl Default for BoardDraft {
    fn default() -> Self {
        BoardDraft {
            kind: BoardKind::Programme,
            name: String::new(),
            description: String::new(),
            period: String::new(),
            date: String::new(),
            participants: String::new(),
            scale: Scale::default(),
        }
    }
}

/// Multi-line text: capped, otherwise kept exactly as typed (it is saved on
/// every keystroke, so trimming here would eat the space before the next word).
pub fn clean_note(raw: &str, max: usize) -> String {
    // Copied whole, not char by char: every note of every board passes here on restore.
    match raw.char_indices().nth(max) {
        Some((end, _)) => raw[..end].to_owned(),
        None => raw.to_owned(),
    }
}

/// A single-line field that may be empty.
fn optional_line(raw: &str, max: usize) -> String {
    let folded = raw.split_whitespace().collect::<Vec<_>>().join(" ");
    folded.chars().take(max).collect()
}

/// `YYYY-MM-DD` as an `<input type=date>` gives it, or empty.
pub fn clean_date(raw: &str) -> String {
    let b = raw.trim().as_bytes();
    let ok = b.len() == 10
        && b[4] == b'-'
        && b[7] == b'-'
        && b.iter()
            .enumerate()
            .all(|(i, c)| i == 4 || i == 7 || c.is_ascii_digit());
    if ok {
        raw.trim().to_owned()
    } else {
        String::new()
    }
}

impl BoardDraft {
    /// The subject needs a name; everything else may stay empty.
    pub fn build(&self, id: String, now: &str) -> Result<CircleBoard, TextError> {
        let mut board = CircleBoard::new(id, self.kind, self.scale);
        board.subject = Subject {
            name: clean_line(&self.name, NAME_MAX)?,
            description: clean_note(self.description.trim(), DESCRIPTION_MAX),
            period: optional_line(&self.period, PERIOD_MAX),
        };
        board.date = clean_date(&self.date);
        board.participants = optional_line(&self.participants, PARTICIPANTS_MAX);
        board.created_at = now.to_owned();
        Ok(board)
    }

    pub fn of(board: &CircleBoard) -> BoardDraft {
        BoardDraft {
            kind: board.kind,
            name: board.subject.name.clone(),
            description: board.subject.description.clone(),
            period: board.subject.period.clone(),
            date: board.date.clone(),
            participants: board.participants.clone(),
            scale: board.scale,
        }
    }
}

impl CircleBoard {
    pub fn new(id: String, kind: BoardKind, scale: Scale) -> CircleBoard {
        CircleBoard {
            id,
            kind,
            subject: Subject::default(),
            date: String::new(),
            participants: String::new(),
            scale,
            entries: GoalNumber::all().map(GoalEntry::untouched).collect(),
            derived_from: None,
            version: 1,
            created_at: String::new(),
        }
    }

    /// All 17 entries, in goal order.
    pub fn entries(&self) -> &[GoalEntry] {
        &self.entries
    }

    pub fn entry(&self, goal: GoalNumber) -> &GoalEntry {
        &self.entries[goal.index()]
    }

    pub fn level(&self, goal: GoalNumber) -> Option<Level> {
        self.entry(goal).level
    }

    /// What the board says about a goal, scale-independent.
    pub fn status(&self, goal: GoalNumber) -> Status {
        match self.level(goal) {
            None => Status::NotDiscussed,
            Some(l) => Status::Discussed(self.scale.effect(l)),
        }
    }

    /// Sets a goal's level; refuses a level that is not on the board's scale.
    pub fn set_level(&mut self, goal: GoalNumber, level: Option<Level>) -> bool {
        if level.is_some_and(|l| !self.scale.contains(l)) {
            return false;
        }
        self.entries[goal.index()].level = level;
        true
    }

    pub fn set_reach(&mut self, goal: GoalNumber, reach: Reach) {
        self.entries[goal.index()].reach = reach;
    }

    pub fn set_how(&mut self, goal: GoalNumber, text: &str) {
        self.entries[goal.index()].how = clean_note(text, NOTE_MAX);
    }

    pub fn set_ideas(&mut self, goal: GoalNumber, text: &str) {
        self.entries[goal.index()].ideas = clean_note(text, NOTE_MAX);
    }

    pub fn set_opportunity(&mut self, goal: GoalNumber, on: bool) {
        self.entries[goal.index()].opportunity = on;
    }

    /// Applies the edited subject, date and participants (not the kind or scale,
    /// which are fixed at creation so the levels keep their meaning).
    pub fn set_details(&mut self, draft: &BoardDraft) -> Result<(), TextError> {
        let built = draft.build(self.id.clone(), &self.created_at)?;
        self.subject = built.subject;
        self.date = built.date;
        self.participants = built.participants;
        Ok(())
    }

    /// A copy to carry on with after the programme changed: a new id, one
    /// version up, and a link back to this board.
    pub fn new_version(&self, id: String, now: &str) -> CircleBoard {
        CircleBoard {
            id,
            derived_from: Some(self.id.clone()),
            version: self.version + 1,
            created_at: now.to_owned(),
            ..self.clone()
        }
    }
}

// The wire form: the kind as a word with the side next to it for inventories,
// and the entries checked on the way in.

#[derive(Clone, Copy, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub(crate) enum WireKind {
    Programme,
    Project,
    Inventory,
}

#[derive(Serialize, Deserialize)]
pub(crate) struct WireBoard {
    id: String,
    kind: WireKind,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    side: Option<Side>,
    subject: Subject,
    #[serde(default)]
    date: String,
    #[serde(default)]
    participants: String,
    #[serde(default)]
    scale: Scale,
    #[serde(default)]
    goals: Vec<GoalEntry>,
    #[serde(default)]
    derived_from: Option<String>,
    #[serde(default = "one")]
    version: u32,
    #[serde(default)]
    created_at: String,
}

fn one() -> u32 {
    1
}

impl Serialize for CircleBoard {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let (kind, side) = match self.kind {
            BoardKind::Programme => (WireKind::Programme, None),
            BoardKind::Project => (WireKind::Project, None),
            BoardKind::Inventory(side) => (WireKind::Inventory, Some(side)),
        };
        WireBoard {
            id: self.id.clone(),
            kind,
            side,
            subject: self.subject.clone(),
            date: self.date.clone(),
            participants: self.participants.clone(),
            scale: self.scale,
            goals: self.entries.clone(),
            derived_from: self.derived_from.clone(),
            version: self.version,
            created_at: self.created_at.clone(),
        }
        .serialize(s)
    }
}

impl TryFrom<WireBoard> for CircleBoard {
    type Error = Broken;
    /// The rules a board keeps beyond its fields' own types, for reading and
    /// for saying what a rejected one broke (`file_format::diagnose`).
    fn try_from(wire: WireBoard) -> Result<CircleBoard, Broken> {
        if wire.id.is_empty() || wire.id.len() > 64 {
            let found = Found::text(&wire.id);
            return Err(Broken::new(
                &["id"],
                ProblemKind::Value {
                    found,
                    allowed: Allowed::Id,
                },
            ));
        }
        let kind = match (wire.kind, wire.side) {
            (WireKind::Programme, None) => BoardKind::Programme,
            (WireKind::Project, None) => BoardKind::Project,
            (WireKind::Inventory, Some(side)) => BoardKind::Inventory(side),
            (WireKind::Inventory, None) => {
                return Err(Broken::new(&["kind"], ProblemKind::InventoryWithoutSide))
            }
            (other, Some(_)) => {
                let kind = match other {
                    WireKind::Project => BoardKind::Project,
                    _ => BoardKind::Programme,
                };
                return Err(Broken::new(
                    &["side"],
                    ProblemKind::SideWithoutInventory { kind },
                ));
            }
        };
        let mut board = CircleBoard::new(wire.id, kind, wire.scale);
        board.subject = Subject {
            name: clean_line(&wire.subject.name, NAME_MAX)
                .map_err(|e| Broken::new(&["subject", "name"], ProblemKind::Text(e)))?,
            description: clean_note(&wire.subject.description, DESCRIPTION_MAX),
            period: optional_line(&wire.subject.period, PERIOD_MAX),
        };
        board.date = clean_date(&wire.date);
        board.participants = optional_line(&wire.participants, PARTICIPANTS_MAX);
        board.derived_from = wire.derived_from;
        board.version = wire.version.max(1);
        board.created_at = wire.created_at;
        let mut seen = [false; GoalNumber::COUNT as usize];
        for (i, entry) in wire.goals.into_iter().enumerate() {
            let g = entry.goal;
            if std::mem::replace(&mut seen[g.index()], true) {
                return Err(Broken::in_entry(
                    "goals",
                    i,
                    "goal",
                    ProblemKind::GoalTwice { goal: g },
                ));
            }
            if !board.set_level(g, entry.level) {
                let steps = board.scale.steps();
                let (min, max) = (steps[0].0, steps[steps.len() - 1].0);
                let found = entry
                    .level
                    .map_or(Found::Nothing, |l| Found::Number(l.0.to_string()));
                return Err(Broken::in_entry(
                    "goals",
                    i,
                    "level",
                    ProblemKind::Value {
                        found,
                        allowed: Allowed::ScaleStep { min, max },
                    },
                ));
            }
            board.set_reach(g, entry.reach);
            board.set_how(g, &entry.how);
            board.set_ideas(g, &entry.ideas);
            board.set_opportunity(g, entry.opportunity);
        }
        Ok(board)
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    pub fn g(n: u8) -> GoalNumber {
        GoalNumber::new(n).unwrap()
    }

    /// Lommel–Ongwediva's five-year programme: every goal but 5, 6, 7, 12, 14.
    pub fn lommel_programme() -> CircleBoard {
        let draft = BoardDraft {
            name: "Five-year programme".into(),
            period: "2025–2030".into(),
            date: "2026-11-22".into(),
            ..BoardDraft::default()
        };
        let mut b = draft.build("b-1".into(), "2026-11-22T10:00:00Z").unwrap();
        for goal in GoalNumber::all() {
            let level = if [5, 6, 7, 12, 14].contains(&goal.get()) {
                0
            } else {
                1 + goal.get() % 3
            };
            assert!(b.set_level(goal, Some(Level(level as i8))));
        }
        b.set_how(g(4), "Teacher exchange\nand school twinning");
        b.set_ideas(g(6), "Water purification with the utility");
        b.set_opportunity(g(6), true);
        b.set_reach(
            g(4),
            Reach {
                internal: false,
                local: true,
                global: true,
            },
        );
        b
    }

    #[test]
    fn a_new_board_has_every_goal_not_discussed() {
        let b = CircleBoard::new("b".into(), BoardKind::Project, Scale::ImpactRose);
        assert_eq!(b.entries().len(), 17);
        assert!(b.entries().iter().all(|e| e.level.is_none()));
        assert_eq!(b.status(g(3)), Status::NotDiscussed);
    }

    #[test]
    fn levels_off_the_scale_are_refused() {
        let mut b = CircleBoard::new("b".into(), BoardKind::Programme, Scale::Contribution);
        assert!(!b.set_level(g(1), Some(Level(-1))));
        assert!(b.set_level(g(1), Some(Level(0))));
        assert_eq!(b.status(g(1)), Status::Discussed(Effect::None));
        assert!(b.set_level(g(1), None));
        assert_eq!(b.status(g(1)), Status::NotDiscussed);
    }

    #[test]
    fn round_trips_exactly_with_readable_fields() {
        let mut b = lommel_programme();
        b.kind = BoardKind::Inventory(Side::B);
        b.set_level(g(2), None);
        let json = serde_json::to_value(&b).unwrap();
        assert_eq!(json["kind"], "inventory");
        assert_eq!(json["side"], "b");
        assert_eq!(json["scale"], "contribution");
        assert_eq!(json["goals"][5]["goal"], 6);
        assert_eq!(json["goals"][5]["level"], 0);
        assert_eq!(json["goals"][5]["opportunity"], true);
        assert!(json["goals"][1]["level"].is_null());
        assert_eq!(
            json["goals"][3]["how"],
            "Teacher exchange\nand school twinning"
        );
        assert_eq!(json["goals"][3]["reach"]["global"], true);
        let back: CircleBoard = serde_json::from_value(json).unwrap();
        assert_eq!(back, b);
    }

    #[test]
    fn missing_goals_read_as_not_discussed_and_bad_ones_are_refused() {
        let text = r#"{"id":"b","kind":"programme","subject":{"name":"P"},"goals":[{"goal":6,"level":0}]}"#;
        let b: CircleBoard = serde_json::from_str(text).unwrap();
        assert_eq!(b.level(g(6)), Some(Level(0)));
        assert_eq!(b.level(g(7)), None);
        for bad in [
            r#"{"id":"b","kind":"programme","subject":{"name":"P"},"goals":[{"goal":6,"level":0},{"goal":6,"level":1}]}"#,
            r#"{"id":"b","kind":"programme","subject":{"name":"P"},"goals":[{"goal":6,"level":-1}]}"#,
            r#"{"id":"b","kind":"programme","subject":{"name":"P"},"goals":[{"goal":18,"level":1}]}"#,
            r#"{"id":"b","kind":"inventory","subject":{"name":"P"}}"#,
            r#"{"id":"b","kind":"programme","side":"a","subject":{"name":"P"}}"#,
            r#"{"id":"b","kind":"programme","subject":{"name":"  "}}"#,
        ] {
            assert!(serde_json::from_str::<CircleBoard>(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn a_new_version_links_back_and_keeps_the_scores() {
        let b = lommel_programme();
        let v2 = b.new_version("b-2".into(), "2027-01-01T00:00:00Z");
        assert_eq!(v2.derived_from.as_deref(), Some("b-1"));
        assert_eq!(v2.version, 2);
        assert_eq!(v2.entries(), b.entries());
        assert_eq!(v2.subject, b.subject);
    }

    #[test]
    fn draft_needs_a_name_and_cleans_the_rest() {
        let mut d = BoardDraft::default();
        assert_eq!(d.build("b".into(), ""), Err(TextError::Empty));
        d.name = " Water  project ".into();
        d.date = "22/11/2026".into();
        let b = d.build("b".into(), "").unwrap();
        assert_eq!(b.subject.name, "Water project");
        assert_eq!(b.date, "");
    }
}
