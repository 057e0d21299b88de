//! A goal of the community's own, next to the 17 on a consultation's ballot
//! (Nimlaha'kok's 18th: "connection between the 17 SDGs, expressed through
//! the Maya cosmovision"). It has a number from 18, a name and a description
//! in the partners' languages, and a colour white text reads on.

use super::ballot::BallotGoal;
use crate::domain::colour::{contrast, Rgb, AA_NORMAL, WHITE};
use crate::domain::file_format::problem::{Broken, ProblemKind};
use crate::domain::text::{clean_line, TextError};
use crate::domain::Lang;
use serde::{Deserialize, Serialize};

pub const FIRST_OWN: u8 = 18;
/// Room for a dozen; no ballot needs more.
pub const LAST_OWN: u8 = 29;
pub const OWN_NAME_MAX: usize = 120;
pub const OWN_DESCRIPTION_MAX: usize = 600;

/// The name and description in one language.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct OwnText {
    pub name: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub description: String,
}

/// The texts of an own goal per language; on the wire an object keyed by
/// language code. Four fields, not a map: the running app clones and compares
/// partnerships in its first-load code, where a map's code costs bytes.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OwnTexts {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    nl: Option<OwnText>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    en: Option<OwnText>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    fr: Option<OwnText>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    es: Option<OwnText>,
}

impl OwnTexts {
    fn slot(&mut self, lang: Lang) -> &mut Option<OwnText> {
        match lang {
            Lang::Nl => &mut self.nl,
            Lang::En => &mut self.en,
            Lang::Fr => &mut self.fr,
            Lang::Es => &mut self.es,
        }
    }

    pub fn get(&self, lang: Lang) -> Option<&OwnText> {
        match lang {
            Lang::Nl => self.nl.as_ref(),
            Lang::En => self.en.as_ref(),
            Lang::Fr => self.fr.as_ref(),
            Lang::Es => self.es.as_ref(),
        }
    }

    pub fn insert(&mut self, lang: Lang, text: OwnText) {
        *self.slot(lang) = Some(text);
    }

    /// The languages it has, with their texts, in the app's language order.
    pub fn iter(&self) -> impl Iterator<Item = (Lang, &OwnText)> {
        Lang::ALL
            .into_iter()
            .filter_map(|l| self.get(l).map(|t| (l, t)))
    }

    pub fn len(&self) -> usize {
        self.iter().count()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(try_from = "WireOwnGoal")]
pub struct OwnGoal {
    pub goal: BallotGoal,
    /// `#RRGGBB`.
    pub colour: String,
    /// At least one language.
    pub texts: OwnTexts,
}

impl OwnGoal {
    /// The name in `lang`, or else in the first language it has.
    pub fn text(&self, lang: Lang) -> &OwnText {
        self.texts
            .get(lang)
            .or_else(|| self.texts.iter().next().map(|(_, t)| t))
            .expect("an own goal has a text in at least one language")
    }

    pub fn rgb(&self) -> Rgb {
        parse_colour(&self.colour).unwrap_or(Rgb(0x44, 0x44, 0x44))
    }
}

/// What the organisers fill in.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct OwnGoalDraft {
    pub colour: String,
    /// Name and description per language; a language left blank is left out.
    pub texts: Vec<(Lang, String, String)>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum OwnGoalError {
    /// No name in any language.
    NoName,
    Name(TextError),
    Description {
        max: usize,
    },
    /// Not `#RRGGBB`, or white text on it fails WCAG AA (4.5:1).
    Colour,
    /// The ballot already has its last own goal.
    Full,
}

impl OwnGoalDraft {
    pub fn build(&self, goal: BallotGoal) -> Result<OwnGoal, OwnGoalError> {
        let mut texts = OwnTexts::default();
        for (lang, name, description) in &self.texts {
            if name.trim().is_empty() && description.trim().is_empty() {
                continue;
            }
            let name = clean_line(name, OWN_NAME_MAX).map_err(OwnGoalError::Name)?;
            let description = description.trim();
            if description.chars().count() > OWN_DESCRIPTION_MAX {
                return Err(OwnGoalError::Description {
                    max: OWN_DESCRIPTION_MAX,
                });
            }
            texts.insert(
                *lang,
                OwnText {
                    name,
                    description: description.to_owned(),
                },
            );
        }
        if texts.is_empty() {
            return Err(OwnGoalError::NoName);
        }
        let colour = self.colour.trim().to_ascii_uppercase();
        if !colour_passes(&colour) {
            return Err(OwnGoalError::Colour);
        }
        Ok(OwnGoal {
            goal,
            colour,
            texts,
        })
    }
}

fn parse_colour(s: &str) -> Option<Rgb> {
    let hex = s.strip_prefix('#')?;
    if hex.len() != 6 || !hex.bytes().all(|b| b.is_ascii_hexdigit()) {
        return None;
    }
    u32::from_str_radix(hex, 16).ok().map(Rgb::hex)
}

/// White text reads on it at WCAG AA, as on the UN's own goal tiles; such a
/// colour also stands out from the white page (well above 3:1).
pub fn colour_passes(s: &str) -> bool {
    parse_colour(s).is_some_and(|rgb| contrast(WHITE, rgb) >= AA_NORMAL)
}

#[derive(Deserialize)]
pub(crate) struct WireOwnGoal {
    goal: BallotGoal,
    colour: String,
    texts: OwnTexts,
}

impl TryFrom<WireOwnGoal> for OwnGoal {
    type Error = Broken;
    fn try_from(w: WireOwnGoal) -> Result<OwnGoal, Broken> {
        if !matches!(w.goal, BallotGoal::Own(_)) {
            let found = w.goal.number();
            return Err(Broken::new(&["goal"], ProblemKind::OwnGoalNumber { found }));
        }
        let draft = OwnGoalDraft {
            colour: w.colour.clone(),
            texts: w
                .texts
                .iter()
                .map(|(l, t)| (l, t.name.clone(), t.description.clone()))
                .collect(),
        };
        draft.build(w.goal).map_err(|e| match e {
            OwnGoalError::Colour => Broken::new(
                &["colour"],
                ProblemKind::OwnGoalColour {
                    found: w.colour.chars().take(12).collect(),
                },
            ),
            OwnGoalError::Name(e) => Broken::new(&["texts"], ProblemKind::Text(e)),
            OwnGoalError::Description { max } => {
                Broken::new(&["texts"], ProblemKind::Text(TextError::TooLong { max }))
            }
            OwnGoalError::NoName | OwnGoalError::Full => {
                Broken::new(&["texts"], ProblemKind::Text(TextError::Empty))
            }
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_colour_passes_when_white_text_reads_on_it() {
        assert!(colour_passes("#5B2C83"));
        assert!(colour_passes("#5b2c83"));
        // SDG 7's yellow needs dark text: too light for an own goal.
        assert!(!colour_passes("#FCC30B"));
        assert!(!colour_passes("#FFFFFF"));
        assert!(!colour_passes("5B2C83"));
        assert!(!colour_passes("#5B2C8"));
        assert!(!colour_passes("#GGGGGG"));
    }

    #[test]
    fn needs_a_name_in_one_language_and_keeps_only_those_given() {
        let g = BallotGoal::Own(18);
        let draft = |texts: Vec<(Lang, &str, &str)>| OwnGoalDraft {
            colour: "#5B2C83".into(),
            texts: texts
                .into_iter()
                .map(|(l, n, d)| (l, n.into(), d.into()))
                .collect(),
        };
        assert_eq!(
            draft(vec![(Lang::Nl, " ", "")]).build(g),
            Err(OwnGoalError::NoName)
        );
        let own = draft(vec![
            (Lang::Es, "Cosmovisión maya", "La conexión entre los 17 ODS"),
            (Lang::Nl, "", ""),
        ])
        .build(g)
        .unwrap();
        assert_eq!(own.texts.len(), 1);
        // Asked in Dutch, it shows the Spanish it has.
        assert_eq!(own.text(Lang::Nl).name, "Cosmovisión maya");
        assert_eq!(
            draft(vec![(Lang::Es, "", "only a description")]).build(g),
            Err(OwnGoalError::Name(TextError::Empty))
        );
    }

    #[test]
    fn reads_back_only_as_an_own_goal_with_a_passing_colour() {
        let ok = r##"{"goal":18,"colour":"#5B2C83","texts":{"es":{"name":"Cosmovisión"}}}"##;
        assert!(serde_json::from_str::<OwnGoal>(ok).is_ok());
        for bad in [
            r##"{"goal":6,"colour":"#5B2C83","texts":{"es":{"name":"x"}}}"##,
            r##"{"goal":18,"colour":"#FFFF00","texts":{"es":{"name":"x"}}}"##,
            r##"{"goal":18,"colour":"#5B2C83","texts":{}}"##,
            r##"{"goal":30,"colour":"#5B2C83","texts":{"es":{"name":"x"}}}"##,
        ] {
            assert!(serde_json::from_str::<OwnGoal>(bad).is_err(), "{bad}");
        }
    }
}
