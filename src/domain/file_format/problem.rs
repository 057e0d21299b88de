//! The one list of what can be wrong with a part of a file, typed, with the
//! place it is in: the UI turns each into a sentence in the person's language
//! (`ui::problem_text`), tests name them, and nothing reads a parser's message.

use crate::domain::circle::BoardKind;
pub use crate::domain::consultation::EntryRule;
pub use crate::domain::indicator::IndicatorRule;
pub use crate::domain::live::KeptRule;
use crate::domain::text::TextError;
use crate::domain::{GoalNumber, Side};

/// One step into a partnership's JSON: a field by its key, or a list entry.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Step {
    Key(String),
    Index(usize),
}

impl Step {
    pub fn key(k: &str) -> Step {
        Step::Key(k.to_owned())
    }
}

/// A rule a part broke, found by that part's own check after it was read:
/// where in the part (relative to it), and what.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Broken {
    pub at: Vec<Step>,
    pub kind: ProblemKind,
}

impl Broken {
    pub fn new(at: &[&str], kind: ProblemKind) -> Broken {
        Broken {
            at: at.iter().map(|k| Step::key(k)).collect(),
            kind,
        }
    }

    /// The same rule, one list entry further in (`goals[3].level`).
    pub fn in_entry(list: &str, index: usize, field: &str, kind: ProblemKind) -> Broken {
        Broken {
            at: vec![Step::key(list), Step::Index(index), Step::key(field)],
            kind,
        }
    }
}

/// What the reader gets to say, for the technical details: where the rule is
/// broken (what, the app says itself). Not the kind's `Debug`, whose code
/// would ride along with every reader of the format.
impl std::fmt::Display for Broken {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("a rule of the part is broken at .")?;
        for step in &self.at {
            match step {
                Step::Key(k) => write!(f, "/{k}")?,
                Step::Index(i) => write!(f, "/{i}")?,
            }
        }
        Ok(())
    }
}

/// A part of a file that was left out, and why.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    pub place: Place,
    pub kind: ProblemKind,
    /// The parser's own words (with line and column), for whoever helps:
    /// shown only behind "technical details", never as the reason.
    pub detail: String,
}

impl Problem {
    /// A problem with a partnership as a whole.
    pub fn whole(kind: ProblemKind) -> Problem {
        Problem {
            place: Place::default(),
            kind,
            detail: String::new(),
        }
    }
}

/// Where a problem is, in the words of the screens: each part is named as the
/// app names it (the board by its name, the partner by the municipality's
/// name, the goal by number), as far as the file itself could say.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Place {
    pub part: Option<Part>,
    pub partner: Option<PartnerRef>,
    pub goal: Option<GoalNumber>,
    /// The field; `None` for the part (or the partnership) as a whole.
    pub field: Option<Field>,
}

/// The part of a partnership a problem is in. Positions count from 1.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Part {
    Board {
        position: usize,
        name: Option<String>,
    },
    Round {
        position: usize,
        name: Option<String>,
    },
    Thresholds,
    Priority {
        position: usize,
    },
    Agreement {
        position: usize,
        what: Option<String>,
    },
    Consultation {
        position: usize,
        question: Option<String>,
    },
    Indicator {
        position: usize,
        name: Option<String>,
    },
    /// A live session's kept proposals, by when it ended.
    LiveSession {
        position: usize,
        ended_at: Option<String>,
    },
}

/// A partner as the file names it: by its municipality's name when it has a
/// readable one, else by its side.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PartnerRef {
    pub side: Option<Side>,
    pub name: Option<String>,
    /// Its place in the partnership's `partners` list, from 1, when the
    /// problem is in the partner itself.
    pub position: Option<usize>,
}

/// A field, named as the screens name it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Field {
    // A partnership.
    Id,
    Name,
    Partners,
    CreatedAt,
    Boards,
    Rounds,
    Thresholds,
    Priorities,
    Agreements,
    // A partner.
    Side,
    Municipality,
    Country,
    Language,
    // A board and its goals.
    Kind,
    Subject,
    Description,
    Period,
    Date,
    Participants,
    Scale,
    Goals,
    DerivedFrom,
    Version,
    Goal,
    Level,
    Reach,
    How,
    Ideas,
    Opportunity,
    // A scoring round.
    Method,
    Visibility,
    Scores,
    Score,
    Confidence,
    Rationale,
    Questionnaire,
    Statement,
    Answers,
    Answer,
    Strong,
    Weak,
    // Priorities and agreements.
    Year,
    What,
    Department,
    Due,
    Status,
    Match,
    // A consultation.
    Consultations,
    Question,
    MaxPicks,
    OwnGoals,
    Colour,
    Places,
    Paper,
    Respondents,
    Ballots,
    Picks,
    Trend,
    Age,
    Gender,
    // An indicator.
    Indicators,
    SdgTarget,
    UnCode,
    Unit,
    Better,
    Source,
    Baseline,
    Target,
    Values,
    Value,
    Note,
    // A live session's kept proposals.
    LiveSessions,
    Exercise,
    EndedAt,
    Proposals,
    /// A key the app does not know, as the file wrote it.
    Other(String),
}

/// What the file had where a value was expected.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Found {
    Missing,
    Nothing,
    YesNo(bool),
    /// The number as the file writes it.
    Number(String),
    /// The text, cut to [`Found::TEXT_SHOWN`] characters.
    Text(String),
    List,
    Fields,
}

impl Found {
    pub const TEXT_SHOWN: usize = 40;

    pub fn text(s: &str) -> Found {
        Found::Text(s.chars().take(Self::TEXT_SHOWN).collect())
    }
}

/// What a field allows, for the sentence that says it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Allowed {
    /// 1 to 5, "dont_know" or "not_applicable".
    Score,
    /// A whole number from 1 to 5 (thresholds).
    Level5,
    /// 1 to 17.
    Goal,
    /// 1 to 17, or one of the consultation's own goals (18 and on).
    BallotGoal,
    /// "better", "same" or "worse".
    Trend,
    /// One of the survey's age bands.
    AgeBand,
    /// "female", "male" or "other".
    Gender,
    /// "stand" or "phone".
    Channel,
    /// "higher" or "lower".
    Better,
    /// A year from 1900 to 2100.
    Year,
    /// A number.
    Number,
    /// `#RRGGBB`.
    Colour,
    /// The steps of a board's scale, lowest to highest.
    ScaleStep {
        min: i8,
        max: i8,
    },
    /// "a" or "b".
    Side,
    /// "nl", "en", "fr" or "es".
    Language,
    /// "programme", "project" or "inventory".
    BoardKind,
    /// "contribution" or "impact_rose".
    Scale,
    /// "walk" or "index".
    Exercise,
    /// "low", "medium" or "high".
    Confidence,
    /// "dialogue" or "questionnaire".
    Method,
    /// "open", "blind" or "revealed".
    Visibility,
    /// "planned", "in_progress", "done" or "cancelled".
    Status,
    /// One of the answers on the agreement scale.
    Answer,
    /// "peer_learning", "joint_learning" or "shared_strength".
    MatchKind,
    /// A partnership's id: 1 to 64 letters, digits, `-` or `_`.
    PartnershipId,
    /// A board's or round's id: 1 to 64 characters.
    Id,
    WholeNumber,
    Text,
    /// A text in each of the four languages, or one text.
    Texts,
    YesNo,
    List,
    /// An object of named fields (a board, a round, a partner…).
    Fields,
}

/// What is wrong. Each variant has its own sentence in every UI language.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ProblemKind {
    /// The field is missing, or holds a value it does not allow.
    Value { found: Found, allowed: Allowed },
    /// A text that must be filled in is empty, or is longer than its field takes.
    Text(TextError),
    /// A partnership lists other than two partners.
    PartnerCount { found: usize },
    /// Both partners say they are the same side.
    SameSide,
    /// An inventory board that does not say whose inventory it is.
    InventoryWithoutSide,
    /// A programme or project board that names a partner.
    SideWithoutInventory { kind: BoardKind },
    /// A board that holds a goal twice.
    GoalTwice { goal: GoalNumber },
    /// A round with two scores of one partner for one goal (place: partner and goal).
    ScoreTwice,
    /// Two statements of a round's questionnaire share an id.
    StatementTwice { id: String },
    /// Two answers of one partner to one statement.
    AnswerTwice { statement: String },
    /// An answer to a statement the questionnaire does not have.
    UnknownStatement { statement: String },
    /// "Weak up to" is not below "strong from".
    WeakNotBelowStrong { weak: u8, strong: u8 },
    /// Peer learning needs a partner it goes from and the other it goes to;
    /// the other kinds of match go in no direction.
    MatchDirection,
    /// Another partnership in the same file has this id.
    IdTwice { id: String },
    /// Somewhere in the partnership a text is longer than any field takes.
    TextLimit { max: usize },
    /// Somewhere in the partnership a list has more entries than any list takes.
    ListLimit { max: usize },
    /// The partnership nests deeper than any part of the format does.
    DepthLimit { max: usize },
    /// The entry in the list of partnerships is not a partnership at all.
    NotAPartnership { found: Found },
    /// Stored data: the partnership's own entry is gone.
    NotStored,
    /// Stored data: the entry holds another partnership than the list names.
    NotTheListed,
    /// Stored data: the partnership's entry is not a readable file at all.
    Unreadable(Box<super::RestoreError>),
    /// A consultation's ballot lists an own goal twice.
    BallotGoalTwice { goal: u8 },
    /// A consultation's "up to N goals" is 0 or more than its ballot has.
    MaxPicks { found: u8, max: usize },
    /// An own goal numbered from 1 to 17 (own goals start at 18).
    OwnGoalNumber { found: u8 },
    /// An own goal's colour is not `#RRGGBB`, or white text fails on it.
    OwnGoalColour { found: String },
    /// A paper tally that no set of ballots could give.
    Tally(EntryRule),
    /// A ballot the consultation cannot count.
    Ballot(EntryRule),
    /// An indicator that breaks a rule of its own.
    Indicator(IndicatorRule),
    /// A live session's kept proposals that break a rule of their own.
    Kept(KeptRule),
    /// A check this list does not name yet: only the technical detail says more.
    Unexplained,
}
