//! The languages SDG Circle speaks. The UI strings live in `locales/*.json`;
//! this enum is what the domain (catalogue texts, partner languages, the file
//! format) knows of them.

use serde::{Deserialize, Serialize};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, PartialOrd, Ord)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    Nl,
    En,
    Fr,
    Es,
}

impl Lang {
    pub const ALL: [Lang; 4] = [Lang::Nl, Lang::En, Lang::Fr, Lang::Es];

    /// BCP 47 code, as used in `<html lang>` and the file format.
    pub fn code(self) -> &'static str {
        match self {
            Lang::Nl => "nl",
            Lang::En => "en",
            Lang::Fr => "fr",
            Lang::Es => "es",
        }
    }

    pub fn from_code(code: &str) -> Option<Lang> {
        Lang::ALL.into_iter().find(|l| l.code() == code)
    }

    /// What separates a label from what it labels: French typography sets a
    /// narrow no-break space before the colon.
    pub fn colon(self) -> &'static str {
        match self {
            Lang::Fr => "\u{202F}: ",
            _ => ": ",
        }
    }

    /// The language's name in itself, so a visitor can find their own in any UI.
    pub fn endonym(self) -> &'static str {
        match self {
            Lang::Nl => "Nederlands",
            Lang::En => "English",
            Lang::Fr => "Français",
            Lang::Es => "Español",
        }
    }
}

/// A text in each of the four languages.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Texts {
    pub nl: &'static str,
    pub en: &'static str,
    pub fr: &'static str,
    pub es: &'static str,
}

impl Texts {
    pub fn get(&self, lang: Lang) -> &'static str {
        match lang {
            Lang::Nl => self.nl,
            Lang::En => self.en,
            Lang::Fr => self.fr,
            Lang::Es => self.es,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn french_spaces_its_colons() {
        assert_eq!(
            format!("Synthèse{}Programme", Lang::Fr.colon()),
            "Synthèse\u{202F}: Programme"
        );
        assert_eq!(
            format!("Summary{}Programme", Lang::En.colon()),
            "Summary: Programme"
        );
    }

    #[test]
    fn codes_round_trip() {
        for l in Lang::ALL {
            assert_eq!(Lang::from_code(l.code()), Some(l));
        }
        assert_eq!(Lang::from_code("de"), None);
    }

    #[test]
    fn serialises_as_code() {
        assert_eq!(serde_json::to_string(&Lang::Fr).unwrap(), "\"fr\"");
        assert_eq!(serde_json::from_str::<Lang>("\"nl\"").unwrap(), Lang::Nl);
    }
}
