//! The words and numbers the indicators show, in the UI language. A status
//! is always a word with a sign, never a colour alone.

use crate::domain::indicator::status::{Missing, Status};
use crate::domain::Lang;
use crate::i18n::*;
pub use crate::ui::fill::fill;
use crate::ui::index::words::I18n;

pub fn status_word(i18n: I18n, s: Status) -> &'static str {
    match s {
        Status::OnTrack => t_string!(i18n, ind.status.on_track),
        Status::Improving => t_string!(i18n, ind.status.improving),
        Status::Stagnating => t_string!(i18n, ind.status.stagnating),
        Status::Worsening => t_string!(i18n, ind.status.worsening),
        Status::TooFew(Missing::Baseline) => t_string!(i18n, ind.status.no_baseline),
        Status::TooFew(Missing::Target) => t_string!(i18n, ind.status.no_target),
        Status::TooFew(Missing::Values) => t_string!(i18n, ind.status.too_few),
    }
}

/// A sign beside the word, so the status reads without colour too.
pub fn status_sign(s: Status) -> &'static str {
    match s {
        Status::OnTrack => "✓",
        Status::Improving => "↗",
        Status::Stagnating => "→",
        Status::Worsening => "↘",
        Status::TooFew(_) => "…",
    }
}

/// The class a status is styled with.
pub fn status_class(s: Status) -> &'static str {
    match s {
        Status::OnTrack => "status on-track",
        Status::Improving => "status improving",
        Status::Stagnating => "status stagnating",
        Status::Worsening => "status worsening",
        Status::TooFew(_) => "status too-few",
    }
}

/// A number as the language writes it: a decimal comma but in English.
pub fn number(v: f64, lang: Lang) -> String {
    let s = crate::domain::indicator::export::number(v);
    if lang == Lang::En {
        s
    } else {
        s.replace('.', ",")
    }
}

/// "93 %" or "12,5 km".
pub fn with_unit(v: f64, unit: &str, lang: Lang) -> String {
    if unit.is_empty() {
        number(v, lang)
    } else {
        format!("{} {unit}", number(v, lang))
    }
}

/// "Latest: 93.5 % (2022)", "Target: 100 % by 2030": a value and its year
/// in one of the texts that take them.
pub fn point_text(template: &str, year: i32, value: f64, unit: &str, lang: Lang) -> String {
    fill(
        template,
        &[
            ("value", with_unit(value, unit, lang)),
            ("year", year.to_string()),
        ],
    )
}
