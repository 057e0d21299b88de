//! The words the index shows for its domain values, in the UI language. Every
//! score is shown with its word, never as a bare number or colour.

use crate::domain::index::{Answer, Band, Confidence, Level, Method, Score, Step};
use crate::domain::plan::Status;
use crate::domain::{GoalNumber, Lang, Partnership, Side};
use crate::i18n::*;
pub use crate::ui::fill::fill;
use leptos_i18n::I18nContext;

pub type I18n = I18nContext<Locale>;

pub fn step_word(i18n: impl crate::ui::display::AsLocale, step: Step) -> &'static str {
    match step {
        Step::VeryWeak => td_string!(i18n.locale(), index.step.very_weak),
        Step::Weak => td_string!(i18n.locale(), index.step.weak),
        Step::Fair => td_string!(i18n.locale(), index.step.fair),
        Step::Strong => td_string!(i18n.locale(), index.step.strong),
        Step::VeryStrong => td_string!(i18n.locale(), index.step.very_strong),
    }
}

pub fn band_word(i18n: impl crate::ui::display::AsLocale, band: Band) -> &'static str {
    match band {
        Band::VeryWeak => td_string!(i18n.locale(), index.band.very_weak),
        Band::Weak => td_string!(i18n.locale(), index.band.weak),
        Band::Fair => td_string!(i18n.locale(), index.band.fair),
        Band::Strong => td_string!(i18n.locale(), index.band.strong),
    }
}

/// "4 – strong", "don't know", "not applicable".
pub fn score_text(i18n: I18n, score: Score) -> String {
    match score {
        Score::Level(l) => level_text(i18n, l),
        Score::DontKnow => t_string!(i18n, index.score.dont_know).to_owned(),
        Score::NotApplicable => t_string!(i18n, index.score.not_applicable).to_owned(),
    }
}

pub fn level_text(i18n: I18n, l: Level) -> String {
    format!("{} – {}", l.get(), step_word(i18n, l.step()))
}

/// A score or "not scored yet".
pub fn maybe_score_text(i18n: I18n, score: Option<Score>) -> String {
    score.map_or_else(
        || t_string!(i18n, index.score.none).to_owned(),
        |s| score_text(i18n, s),
    )
}

pub fn confidence_word(i18n: I18n, c: Confidence) -> &'static str {
    match c {
        Confidence::Low => t_string!(i18n, index.confidence.low),
        Confidence::Medium => t_string!(i18n, index.confidence.medium),
        Confidence::High => t_string!(i18n, index.confidence.high),
    }
}

pub fn answer_word(i18n: I18n, a: Answer) -> &'static str {
    match a {
        Answer::StronglyDisagree => t_string!(i18n, index.answer.strongly_disagree),
        Answer::Disagree => t_string!(i18n, index.answer.disagree),
        Answer::Neutral => t_string!(i18n, index.answer.neutral),
        Answer::Agree => t_string!(i18n, index.answer.agree),
        Answer::StronglyAgree => t_string!(i18n, index.answer.strongly_agree),
        Answer::DontKnow => t_string!(i18n, index.score.dont_know),
        Answer::NotApplicable => t_string!(i18n, index.score.not_applicable),
    }
}

pub fn method_word(i18n: I18n, m: Method) -> &'static str {
    match m {
        Method::Dialogue => t_string!(i18n, index.method.dialogue),
        Method::Questionnaire => t_string!(i18n, index.method.questionnaire),
    }
}

pub fn status_word(i18n: I18n, s: Status) -> &'static str {
    match s {
        Status::Planned => t_string!(i18n, index.plan.status.planned),
        Status::InProgress => t_string!(i18n, index.plan.status.in_progress),
        Status::Done => t_string!(i18n, index.plan.status.done),
        Status::Cancelled => t_string!(i18n, index.plan.status.cancelled),
    }
}

pub fn partner_name(p: &Partnership, side: Side) -> String {
    p.partner(side).name.clone()
}

/// "6 · Clean water and sanitation".
pub fn goal_label(goal: GoalNumber, lang: Lang) -> String {
    format!("{} · {}", goal.get(), goal.goal().title(lang))
}
