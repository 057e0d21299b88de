//! The questionnaire way to a score: per goal a few statements, each answered
//! on an agreement scale; the goal's score is computed from the answers.

use super::score::{Level, Score};
use crate::domain::lang::{Lang, Texts};
use crate::domain::GoalNumber;
use serde::{Deserialize, Serialize};

/// Longest statement a partner can write.
pub const STATEMENT_MAX: usize = 300;

/// One statement of a round's questionnaire. The round keeps its own copy, so
/// editing it later never changes how an old round was scored.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Statement {
    /// Unique within the round; answers refer to it.
    pub id: String,
    pub goal: GoalNumber,
    pub text: StatementText,
}

/// The starter statements come in all four languages; a statement the partners
/// wrote or edited is their own text, in whatever language they wrote it.
///
/// On the wire: `"text": "…"` or `"text": {"nl": "…", "en": "…", "fr": "…", "es": "…"}`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum StatementText {
    Own(String),
    Translated(Translations),
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Translations {
    pub nl: String,
    pub en: String,
    pub fr: String,
    pub es: String,
}

impl From<&Texts> for Translations {
    fn from(t: &Texts) -> Translations {
        Translations {
            nl: t.nl.into(),
            en: t.en.into(),
            fr: t.fr.into(),
            es: t.es.into(),
        }
    }
}

impl StatementText {
    /// The text to show in `lang` (a partner's own text shows as written).
    pub fn get(&self, lang: Lang) -> &str {
        match self {
            StatementText::Own(s) => s,
            StatementText::Translated(t) => match lang {
                Lang::Nl => &t.nl,
                Lang::En => &t.en,
                Lang::Fr => &t.fr,
                Lang::Es => &t.es,
            },
        }
    }
}

/// An answer to a statement: five steps of agreement, or no opinion.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Answer {
    StronglyDisagree,
    Disagree,
    Neutral,
    Agree,
    StronglyAgree,
    DontKnow,
    NotApplicable,
}

impl Answer {
    pub const ALL: [Answer; 7] = [
        Answer::StronglyDisagree,
        Answer::Disagree,
        Answer::Neutral,
        Answer::Agree,
        Answer::StronglyAgree,
        Answer::DontKnow,
        Answer::NotApplicable,
    ];

    /// Strongly disagree counts 1, strongly agree 5; no opinion does not count.
    pub fn value(self) -> Option<Level> {
        let n = match self {
            Answer::StronglyDisagree => 1,
            Answer::Disagree => 2,
            Answer::Neutral => 3,
            Answer::Agree => 4,
            Answer::StronglyAgree => 5,
            Answer::DontKnow | Answer::NotApplicable => return None,
        };
        Level::new(n)
    }

    pub fn code(self) -> &'static str {
        match self {
            Answer::StronglyDisagree => "strongly_disagree",
            Answer::Disagree => "disagree",
            Answer::Neutral => "neutral",
            Answer::Agree => "agree",
            Answer::StronglyAgree => "strongly_agree",
            Answer::DontKnow => "dont_know",
            Answer::NotApplicable => "not_applicable",
        }
    }

    pub fn from_code(code: &str) -> Option<Answer> {
        Answer::ALL.into_iter().find(|a| a.code() == code)
    }
}

/// How a goal's score was computed from its answers, so the UI can show it:
/// "(4 + 5 + 3) / 3 = 4.0 → 4".
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Computation {
    /// The answers that count, as 1–5, in statement order.
    pub values: Vec<u8>,
    /// Answers given as "don't know" or "not applicable".
    pub skipped: usize,
    /// The mean in tenths (45 = 4.5), when anything counts.
    pub mean_tenths: Option<u32>,
    /// `None` when nothing was answered yet.
    pub score: Option<Score>,
}

/// The score a set of answers gives.
///
/// - The mean of the answers that carry a value, rounded half up (4.5 → 5):
///   partners who agree with most statements score strong.
/// - Without any such answer: "not applicable" when every answer says so,
///   otherwise "don't know": the questionnaire never invents a number.
/// - No answers at all: not scored yet (`None`).
pub fn aggregate(answers: &[Answer]) -> Computation {
    let values: Vec<u8> = answers
        .iter()
        .filter_map(|a| a.value().map(Level::get))
        .collect();
    let skipped = answers.len() - values.len();
    let n = values.len() as u32;
    let sum: u32 = values.iter().map(|&v| u32::from(v)).sum();
    let (mean_tenths, score) = if n > 0 {
        // Integer arithmetic: round(sum / n) half up = (2·sum + n) / (2·n).
        let rounded = ((2 * sum + n) / (2 * n)) as u8;
        (
            Some((20 * sum + n) / (2 * n)),
            Level::new(rounded).map(Score::Level),
        )
    } else if answers.is_empty() {
        (None, None)
    } else if answers.iter().all(|a| *a == Answer::NotApplicable) {
        (None, Some(Score::NotApplicable))
    } else {
        (None, Some(Score::DontKnow))
    };
    Computation {
        values,
        skipped,
        mean_tenths,
        score,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use Answer::*;

    fn level(n: u8) -> Option<Score> {
        Some(Score::Level(Level::new(n).unwrap()))
    }

    #[test]
    fn mean_rounded_half_up() {
        assert_eq!(aggregate(&[Agree, StronglyAgree]).score, level(5));
        assert_eq!(aggregate(&[Agree, StronglyAgree]).mean_tenths, Some(45));
        assert_eq!(aggregate(&[Disagree, Neutral, Neutral]).score, level(3));
        assert_eq!(
            aggregate(&[Disagree, Neutral, Neutral]).mean_tenths,
            Some(27)
        );
        assert_eq!(aggregate(&[StronglyDisagree, Disagree]).score, level(2));
        assert_eq!(aggregate(&[StronglyDisagree]).score, level(1));
    }

    #[test]
    fn no_opinion_does_not_count_but_is_reported() {
        let c = aggregate(&[Agree, DontKnow, NotApplicable, Agree]);
        assert_eq!(c.values, [4, 4]);
        assert_eq!(c.skipped, 2);
        assert_eq!(c.score, level(4));
    }

    #[test]
    fn never_invents_a_number() {
        assert_eq!(aggregate(&[]).score, None);
        assert_eq!(aggregate(&[DontKnow]).score, Some(Score::DontKnow));
        assert_eq!(
            aggregate(&[NotApplicable, NotApplicable]).score,
            Some(Score::NotApplicable)
        );
        assert_eq!(
            aggregate(&[NotApplicable, DontKnow]).score,
            Some(Score::DontKnow)
        );
    }

    #[test]
    fn every_combination_stays_within_the_answers() {
        // All pairs and triples of valued answers: the score lies between the
        // lowest and the highest answer, and is the rounded mean.
        let valued = &Answer::ALL[..5];
        for a in valued {
            for b in valued {
                for c in valued {
                    let answers = [*a, *b, *c];
                    let vals: Vec<u8> = answers.iter().map(|x| x.value().unwrap().get()).collect();
                    let got = aggregate(&answers).score.unwrap().level().unwrap().get();
                    assert!(got >= *vals.iter().min().unwrap());
                    assert!(got <= *vals.iter().max().unwrap());
                    let mean = f64::from(vals.iter().map(|&v| u32::from(v)).sum::<u32>()) / 3.0;
                    assert!((f64::from(got) - mean).abs() <= 0.5, "{vals:?}");
                }
            }
        }
    }

    #[test]
    fn statement_texts_round_trip_in_both_forms() {
        let own = Statement {
            id: "s-1".into(),
            goal: GoalNumber::new(6).unwrap(),
            text: StatementText::Own("We test the water monthly.".into()),
        };
        let json = serde_json::to_value(&own).unwrap();
        assert_eq!(json["text"], "We test the water monthly.");
        assert_eq!(json["goal"], 6);
        assert_eq!(serde_json::from_value::<Statement>(json).unwrap(), own);

        let translated = Statement {
            text: StatementText::Translated(Translations {
                nl: "nl".into(),
                en: "en".into(),
                fr: "fr".into(),
                es: "es".into(),
            }),
            ..own
        };
        let json = serde_json::to_value(&translated).unwrap();
        assert_eq!(json["text"]["fr"], "fr");
        assert_eq!(translated.text.get(Lang::Es), "es");
        assert_eq!(
            serde_json::from_value::<Statement>(json).unwrap(),
            translated
        );
    }

    #[test]
    fn answer_codes_round_trip() {
        for a in Answer::ALL {
            assert_eq!(Answer::from_code(a.code()), Some(a));
            let json = serde_json::to_string(&a).unwrap();
            assert_eq!(json, format!("\"{}\"", a.code()));
        }
    }
}
