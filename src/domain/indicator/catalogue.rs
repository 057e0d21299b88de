//! The UN global indicator framework as the picker offers it: each
//! indicator's code and official title, in the languages an open, licensed
//! translation has (`assets/un-indicators.json`, made from Open SDG's
//! `sdg-translations`, MIT; see the README). The asset is fetched when the
//! picker opens, never in the first load. A language it lacks shows the
//! English title, marked as such: an official title is never made up.

use crate::domain::{GoalNumber, Lang};
use serde::Deserialize;

/// One indicator of the framework.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
pub struct UnIndicator {
    /// "6.1.1".
    pub code: String,
    /// The English title and those of the other languages the source has.
    pub titles: Titles,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
pub struct Titles {
    pub en: String,
    #[serde(default)]
    pub fr: Option<String>,
    #[serde(default)]
    pub es: Option<String>,
    #[serde(default)]
    pub nl: Option<String>,
}

/// A title in a language, and whether it is the English one standing in.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Title<'a> {
    pub text: &'a str,
    pub in_english_instead: bool,
}

#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
pub struct Catalogue {
    /// Where the titles come from, and under which licence.
    pub source: String,
    pub indicators: Vec<UnIndicator>,
}

impl UnIndicator {
    pub fn title(&self, lang: Lang) -> Title<'_> {
        let own = match lang {
            Lang::En => Some(&self.titles.en),
            Lang::Fr => self.titles.fr.as_ref(),
            Lang::Es => self.titles.es.as_ref(),
            Lang::Nl => self.titles.nl.as_ref(),
        };
        match own.filter(|t| !t.is_empty()) {
            Some(text) => Title {
                text,
                in_english_instead: false,
            },
            None => Title {
                text: &self.titles.en,
                in_english_instead: lang != Lang::En,
            },
        }
    }

    /// The goal its code starts with.
    pub fn goal(&self) -> Option<GoalNumber> {
        self.code
            .split('.')
            .next()?
            .parse()
            .ok()
            .and_then(GoalNumber::new)
    }

    /// "6.1" of "6.1.1".
    pub fn sdg_target(&self) -> &str {
        self.code.rsplit_once('.').map_or("", |(t, _)| t)
    }
}

impl Catalogue {
    pub fn read(json: &str) -> Option<Catalogue> {
        serde_json::from_str(json).ok()
    }

    /// The indicators of `goal` (all goals: `None`) whose code or title in
    /// `lang` (or English) holds every word of `query`, in framework order.
    pub fn find(&self, goal: Option<GoalNumber>, query: &str, lang: Lang) -> Vec<&UnIndicator> {
        let words: Vec<String> = query.split_whitespace().map(str::to_lowercase).collect();
        self.indicators
            .iter()
            .filter(|i| goal.is_none() || i.goal() == goal)
            .filter(|i| {
                let hay = format!(
                    "{} {} {}",
                    i.code,
                    i.title(lang).text.to_lowercase(),
                    i.titles.en.to_lowercase()
                );
                words.iter().all(|w| hay.contains(w.as_str()))
            })
            .collect()
    }

    pub fn get(&self, code: &str) -> Option<&UnIndicator> {
        self.indicators.iter().find(|i| i.code == code)
    }
}
