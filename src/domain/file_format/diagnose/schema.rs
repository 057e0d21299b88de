//! The schema as the diagnosis reads it: each part of a partnership, its
//! fields as the screens name them, what each allows and the reader that
//! takes it (the type the format's own reader uses for it).

use super::super::problem::{Allowed, Field};
use super::json::Json;
use crate::domain::circle::{self, CircleBoard, GoalEntry, Reach, Scale, Subject, WireKind};
use crate::domain::consultation::{
    AgeBand, Ballot, BallotGoal, Channel, Consultation, Gender, GoalCount, OwnGoal, OwnText,
    OwnTexts, PaperTally, Pick, Place, Trend,
};
use crate::domain::index::matching::KindWord;
use crate::domain::index::{
    Answer, AnswerEntry, Confidence, GoalScore, IndexRound, Level, Match, Method, Score, Statement,
    StatementText, Thresholds, Visibility,
};
use crate::domain::indicator::{Better, Follow, Indicator, Measure, Point};
use crate::domain::lang::Lang;
use crate::domain::live::session::ExerciseKind;
use crate::domain::live::{Exercise, KeptProposal, KeptSession};
use crate::domain::partnership::{Partnership, PartnershipId, Side, WirePartner};
use crate::domain::plan::{Agreement, MatchRef, Priority, Status};
use crate::domain::GoalNumber;
use serde::de::DeserializeOwned;

/// The parts of a partnership that are objects of named fields.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Shape {
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
    Consultation,
    OwnGoal,
    OwnText,
    Place,
    PaperTally,
    GoalCount,
    Ballot,
    Pick,
    Indicator,
    Follow,
    Point,
    Measure,
    KeptSession,
    Exercise,
    KeptProposal,
}

/// Whether a value reads as the type a field has.
pub(super) type Reads = fn(Json) -> bool;

/// What the value at a place of the schema is.
#[derive(Clone, Copy)]
pub(super) enum Node {
    Fields(Shape),
    ListOf(Shape),
    /// A value of one field: what a message says it allows, and its reader.
    Value(Allowed, Reads),
    /// The goals an agreement is linked to.
    ListOfGoals,
    /// An own goal's name and description per language.
    Texts,
}

impl Node {
    /// Whether `json` reads as this node's type, as the whole read would.
    pub(super) fn reads(self, json: Json) -> bool {
        match self {
            Node::Fields(shape) => shape_reads(shape)(json),
            Node::ListOf(shape) => json
                .items()
                .is_some_and(|items| items.into_iter().all(shape_reads(shape))),
            Node::Value(_, reads) => reads(json),
            Node::ListOfGoals => json.reads::<Vec<GoalNumber>>(),
            Node::Texts => json.reads::<OwnTexts>(),
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
        Shape::Consultation => reads::<Consultation>,
        Shape::OwnGoal => reads::<OwnGoal>,
        Shape::OwnText => reads::<OwnText>,
        Shape::Place => reads::<Place>,
        Shape::PaperTally => reads::<PaperTally>,
        Shape::GoalCount => reads::<GoalCount>,
        Shape::Ballot => reads::<Ballot>,
        Shape::Pick => reads::<Pick>,
        Shape::Indicator => reads::<Indicator>,
        Shape::Follow => reads::<Follow>,
        Shape::Point => reads::<Point>,
        Shape::Measure => reads::<Measure>,
        Shape::KeptSession => reads::<KeptSession>,
        Shape::Exercise => reads::<Exercise>,
        Shape::KeptProposal => reads::<KeptProposal>,
    }
}

/// A key of a shape: the field as the screens call it, and what it holds.
/// Keys the app does not read never stop a partnership, so they are not here.
pub(super) fn child(shape: Shape, key: &str) -> Option<(Field, Node)> {
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
        (Shape::GoalScore | Shape::Answer | Shape::KeptProposal, "side") => (Field::Side, side),
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
        (Shape::Partnership, "consultations") => {
            (Field::Consultations, ListOf(Shape::Consultation))
        }
        (Shape::Consultation, "id") | (Shape::Place, "id") | (Shape::Ballot, "id") => {
            (Field::Id, V(A::Id, reads::<String>))
        }
        (Shape::Consultation, "question") => (Field::Question, text),
        (Shape::Consultation, "max_picks") => (Field::MaxPicks, V(A::WholeNumber, reads::<u8>)),
        (Shape::Consultation, "own_goals") => (Field::OwnGoals, ListOf(Shape::OwnGoal)),
        (Shape::Consultation, "places") => (Field::Places, ListOf(Shape::Place)),
        (Shape::OwnGoal, "colour") => (Field::Colour, V(A::Colour, reads::<String>)),
        (Shape::OwnGoal, "texts") => (Field::Name, Node::Texts),
        (Shape::OwnText, "name") => (Field::Name, text),
        (Shape::OwnText, "description") => (Field::Description, text),
        (Shape::Place, "side") => (Field::Side, side),
        (Shape::Place, "name") => (Field::Name, text),
        (Shape::Place, "date") => (Field::Date, text),
        (Shape::Place, "paper") => (Field::Paper, Fields(Shape::PaperTally)),
        (Shape::Place, "ballots") => (Field::Ballots, ListOf(Shape::Ballot)),
        (Shape::PaperTally, "respondents") => (Field::Respondents, V(A::WholeNumber, reads::<u32>)),
        (Shape::PaperTally, "counts") => (Field::Paper, ListOf(Shape::GoalCount)),
        (Shape::GoalCount, "count") => (Field::Paper, V(A::WholeNumber, reads::<u32>)),
        (Shape::Ballot, "via") => (Field::Ballots, V(A::Channel, reads::<Channel>)),
        (Shape::Ballot, "picks") => (Field::Picks, ListOf(Shape::Pick)),
        (Shape::Ballot, "age") => (Field::Age, V(A::AgeBand, reads::<AgeBand>)),
        (Shape::Ballot, "gender") => (Field::Gender, V(A::Gender, reads::<Gender>)),
        (Shape::Pick, "trend") => (Field::Trend, V(A::Trend, reads::<Trend>)),
        (Shape::OwnGoal | Shape::GoalCount | Shape::Pick, "goal") => {
            (Field::Goal, V(A::BallotGoal, reads::<BallotGoal>))
        }
        (Shape::Partnership, "indicators") => (Field::Indicators, ListOf(Shape::Indicator)),
        (Shape::Indicator, "id") => (Field::Id, V(A::PartnershipId, reads::<String>)),
        (Shape::Indicator, "name") => (Field::Name, text),
        (Shape::Indicator, "goals") => (Field::Goals, Node::ListOfGoals),
        (Shape::Indicator, "sdg_target") => (Field::SdgTarget, text),
        (Shape::Indicator, "un_code") => (Field::UnCode, text),
        (Shape::Indicator, "unit") => (Field::Unit, text),
        (Shape::Indicator, "better") => (Field::Better, V(A::Better, reads::<Better>)),
        (Shape::Indicator | Shape::Measure, "source") => (Field::Source, text),
        (Shape::Indicator, "a" | "b") => (Field::Values, Fields(Shape::Follow)),
        (Shape::Follow, "baseline") => (Field::Baseline, Fields(Shape::Point)),
        (Shape::Follow, "target") => (Field::Target, Fields(Shape::Point)),
        (Shape::Follow, "values") => (Field::Values, ListOf(Shape::Measure)),
        (Shape::Point | Shape::Measure, "year") => (Field::Year, V(A::Year, reads::<i32>)),
        (Shape::Point | Shape::Measure, "value") => (Field::Value, V(A::Number, reads::<f64>)),
        (Shape::Measure, "note") => (Field::Note, text),
        (Shape::Partnership, "live_sessions") => (Field::LiveSessions, ListOf(Shape::KeptSession)),
        (Shape::KeptSession | Shape::KeptProposal, "id") => {
            (Field::Id, V(A::PartnershipId, reads::<String>))
        }
        (Shape::KeptSession, "exercise") => (Field::Exercise, Fields(Shape::Exercise)),
        (Shape::Exercise, "kind") => (Field::Exercise, V(A::Exercise, reads::<ExerciseKind>)),
        (Shape::Exercise, "id") => (Field::Id, V(A::Id, reads::<String>)),
        (Shape::KeptSession, "ended_at") => (Field::EndedAt, text),
        (Shape::KeptSession, "proposals") => (Field::Proposals, ListOf(Shape::KeptProposal)),
        (Shape::KeptProposal, "name") => (Field::Name, text),
        (Shape::KeptProposal, "note") => (Field::Note, text),
        (Shape::KeptProposal, "level") => (Field::Level, V(A::WholeNumber, reads::<i8>)),
        (Shape::KeptProposal, "score") => (Field::Score, V(A::Score, reads::<Score>)),
        (Shape::KeptProposal, "confidence") => {
            (Field::Confidence, V(A::Confidence, reads::<Confidence>))
        }
        (_, "created_at") => (Field::CreatedAt, text),
        (_, "goal") => (Field::Goal, V(A::Goal, reads::<GoalNumber>)),
        _ => return None,
    })
}

pub(super) fn reads<T: DeserializeOwned>(json: Json) -> bool {
    json.reads::<T>()
}

/// The keys a shape cannot do without (the others have defaults). A test
/// removes each key of a full example of each shape and checks this list
/// against what the reader accepts.
pub(super) fn required(shape: Shape) -> &'static [&'static str] {
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
        Shape::Consultation => &["id", "question"],
        Shape::OwnGoal => &["goal", "colour", "texts"],
        Shape::OwnText => &["name"],
        Shape::Place => &["id", "side", "name"],
        Shape::PaperTally => &["respondents"],
        Shape::GoalCount => &["goal", "count"],
        Shape::Ballot => &["id", "picks"],
        Shape::Pick => &["goal"],
        Shape::Indicator => &["id", "name", "goals"],
        Shape::Follow => &[],
        Shape::Point | Shape::Measure => &["year", "value"],
        Shape::KeptSession => &["id", "exercise"],
        Shape::Exercise => &["kind", "id"],
        Shape::KeptProposal => &["id", "side", "goal"],
    }
}

pub(super) fn goal_node() -> Node {
    Node::Value(Allowed::Goal, reads::<GoalNumber>)
}
