//! The words of the messages about files: each field as the screens label
//! it, and what each kind of value allows.

use crate::domain::file_format::problem::{Field, Part};
use crate::domain::file_format::Allowed;
use crate::i18n::{td_string, Locale};
use crate::ui::fill::fill;

pub fn allowed_text(allowed: Allowed, l: Locale) -> String {
    match allowed {
        Allowed::Score => td_string!(l, problem.allowed_score).to_string(),
        Allowed::Level5 => td_string!(l, problem.allowed_level5).to_string(),
        Allowed::Goal => td_string!(l, problem.allowed_goal).to_string(),
        Allowed::BallotGoal => td_string!(l, problem.allowed_ballot_goal).to_string(),
        Allowed::Trend => td_string!(l, problem.allowed_trend).to_string(),
        Allowed::AgeBand => td_string!(l, problem.allowed_age).to_string(),
        Allowed::Gender => td_string!(l, problem.allowed_gender).to_string(),
        Allowed::Channel => td_string!(l, problem.allowed_channel).to_string(),
        Allowed::Colour => td_string!(l, problem.allowed_colour).to_string(),
        Allowed::ScaleStep { min, max } => fill(
            td_string!(l, problem.allowed_scale_step),
            &[("min", min.to_string()), ("max", max.to_string())],
        ),
        Allowed::Side => td_string!(l, problem.allowed_side).to_string(),
        Allowed::Language => td_string!(l, problem.allowed_language).to_string(),
        Allowed::BoardKind => td_string!(l, problem.allowed_board_kind).to_string(),
        Allowed::Scale => td_string!(l, problem.allowed_scale).to_string(),
        Allowed::Confidence => td_string!(l, problem.allowed_confidence).to_string(),
        Allowed::Method => td_string!(l, problem.allowed_method).to_string(),
        Allowed::Visibility => td_string!(l, problem.allowed_visibility).to_string(),
        Allowed::Status => td_string!(l, problem.allowed_status).to_string(),
        Allowed::Answer => td_string!(l, problem.allowed_answer).to_string(),
        Allowed::MatchKind => td_string!(l, problem.allowed_match_kind).to_string(),
        Allowed::PartnershipId => td_string!(l, problem.allowed_partnership_id).to_string(),
        Allowed::Id => td_string!(l, problem.allowed_id).to_string(),
        Allowed::WholeNumber => td_string!(l, problem.allowed_whole_number).to_string(),
        Allowed::Text => td_string!(l, problem.allowed_text).to_string(),
        Allowed::Texts => td_string!(l, problem.allowed_texts).to_string(),
        Allowed::YesNo => td_string!(l, problem.allowed_yes_no).to_string(),
        Allowed::List => td_string!(l, problem.allowed_list).to_string(),
        Allowed::Fields => td_string!(l, problem.allowed_fields).to_string(),
    }
}

/// A field as the screens label it; those no screen shows have a label here.
pub fn field_label(field: &Field, part: Option<&Part>, l: Locale) -> String {
    let label = match field {
        Field::Id => td_string!(l, problem.field_id),
        Field::Name => match part {
            Some(Part::Board { .. }) => td_string!(l, circle.subject_name),
            Some(Part::Round { .. }) => td_string!(l, index.rounds.name),
            Some(Part::Consultation { .. }) => td_string!(l, consult.place_name),
            _ => td_string!(l, home.name),
        },
        Field::Partners => td_string!(l, problem.field_partners),
        Field::CreatedAt => td_string!(l, problem.field_created_at),
        Field::Boards => td_string!(l, problem.field_boards),
        Field::Rounds => td_string!(l, problem.field_rounds),
        Field::Thresholds => td_string!(l, index.thresholds.title),
        Field::Priorities => td_string!(l, problem.field_priorities),
        Field::Agreements => td_string!(l, problem.field_agreements),
        Field::Side => td_string!(l, problem.field_side),
        Field::Municipality => td_string!(l, home.partner_name),
        Field::Country => td_string!(l, home.country),
        Field::Language => td_string!(l, home.language),
        Field::Kind => td_string!(l, circle.kind),
        Field::Subject => td_string!(l, problem.field_subject),
        Field::Description => td_string!(l, circle.description),
        Field::Period => td_string!(l, circle.period),
        Field::Date => td_string!(l, circle.date),
        Field::Participants => td_string!(l, circle.participants),
        Field::Scale => td_string!(l, circle.scale),
        Field::Goals => td_string!(l, problem.field_goals),
        Field::DerivedFrom => td_string!(l, problem.field_derived_from),
        Field::Version => td_string!(l, problem.field_version),
        Field::Goal => td_string!(l, circle.goal),
        Field::Level => td_string!(l, circle.level),
        Field::Reach => td_string!(l, circle.reach),
        Field::How => td_string!(l, circle.how),
        Field::Ideas => td_string!(l, circle.ideas),
        Field::Opportunity => td_string!(l, circle.opportunity),
        Field::Method => td_string!(l, index.method.label),
        Field::Visibility => td_string!(l, problem.field_visibility),
        Field::Scores => td_string!(l, problem.field_scores),
        Field::Score => td_string!(l, index.score.label),
        Field::Confidence => td_string!(l, index.confidence.label),
        Field::Rationale => td_string!(l, index.rationale.label),
        Field::Questionnaire => td_string!(l, problem.field_questionnaire),
        Field::Statement => td_string!(l, problem.field_statement),
        Field::Answers => td_string!(l, problem.field_answers),
        Field::Answer => td_string!(l, problem.field_answer),
        Field::Strong => td_string!(l, index.thresholds.strong),
        Field::Weak => td_string!(l, index.thresholds.weak),
        Field::Year => td_string!(l, problem.field_year),
        Field::What => td_string!(l, report.what),
        Field::Department => td_string!(l, problem.field_department),
        Field::Due => td_string!(l, report.due),
        Field::Status => td_string!(l, report.status),
        Field::Match => td_string!(l, problem.field_match),
        Field::Consultations => td_string!(l, problem.field_consultations),
        Field::Question => td_string!(l, consult.question),
        Field::MaxPicks => td_string!(l, consult.max_picks),
        Field::OwnGoals => td_string!(l, consult.own_goals),
        Field::Colour => td_string!(l, consult.colour),
        Field::Places => td_string!(l, consult.places),
        Field::Paper => td_string!(l, consult.paper),
        Field::Respondents => td_string!(l, consult.respondents),
        Field::Ballots => td_string!(l, consult.stand),
        Field::Picks => td_string!(l, problem.field_picks),
        Field::Trend => td_string!(l, consult.trend),
        Field::Age => td_string!(l, consult.age),
        Field::Gender => td_string!(l, consult.gender),
        Field::Other(key) => {
            return fill(td_string!(l, problem.field_other), &[("key", key.clone())]);
        }
    };
    label.to_string()
}
