//! A twinning partnership: two municipalities working on the SDGs together.

use super::circle::CircleBoard;
use super::consultation::{Consultation, Consultations};
use super::file_format::problem::{Broken, ProblemKind};
use super::index::{IndexRound, Thresholds};
use super::indicator::{Indicator, IndicatorRule, Indicators, MAX_INDICATORS};
use super::lang::Lang;
use super::live::kept::{self, KeptSession};
use super::plan::{Agreement, Priority};
use super::text::{clean_line, TextError, COUNTRY_MAX, NAME_MAX};
use serde::{Deserialize, Serialize, Serializer};

/// Stable identifier of a partnership, unique within a workspace and kept
/// across export and import so a partner's file merges into the same one.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct PartnershipId(String);

impl PartnershipId {
    pub const MAX_LEN: usize = 64;

    pub fn new(raw: &str) -> Option<PartnershipId> {
        let ok = !raw.is_empty()
            && raw.len() <= Self::MAX_LEN
            && raw
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_');
        ok.then(|| PartnershipId(raw.to_owned()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl TryFrom<String> for PartnershipId {
    type Error = String;
    fn try_from(s: String) -> Result<Self, String> {
        PartnershipId::new(&s).ok_or_else(|| "invalid partnership id".to_owned())
    }
}

impl From<PartnershipId> for String {
    fn from(id: PartnershipId) -> String {
        id.0
    }
}

impl std::fmt::Display for PartnershipId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

/// Which of the two partners. "A" is whoever was entered first; the app never
/// ranks one above the other.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Side {
    A,
    B,
}

impl Side {
    pub const BOTH: [Side; 2] = [Side::A, Side::B];

    pub fn other(self) -> Side {
        match self {
            Side::A => Side::B,
            Side::B => Side::A,
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Partner {
    pub name: String,
    pub country: String,
    /// The language the partner's delegation works in.
    pub language: Lang,
}

impl Partner {
    pub fn new(name: &str, country: &str, language: Lang) -> Result<Partner, TextError> {
        Ok(Partner {
            name: clean_line(name, NAME_MAX)?,
            country: optional_line(country, COUNTRY_MAX)?,
            language,
        })
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(try_from = "WirePartnership")]
pub struct Partnership {
    pub id: PartnershipId,
    pub name: String,
    pub a: Partner,
    pub b: Partner,
    /// RFC 3339, set by the caller (the domain has no clock).
    pub created_at: String,
    /// Circle exercise boards, in the order they were made.
    pub boards: Vec<CircleBoard>,
    /// SDG index scoring rounds, oldest first.
    pub rounds: Vec<IndexRound>,
    /// Strong/weak thresholds for matching.
    pub thresholds: Thresholds,
    /// Priority goals per programme year.
    pub priorities: Vec<Priority>,
    pub agreements: Vec<Agreement>,
    /// Citizen consultations on which goals people care about.
    pub consultations: Consultations,
    /// Indicators both partners follow, each against its own target.
    pub indicators: Indicators,
    /// What live sessions' participants proposed, where the facilitator kept it.
    pub live_sessions: Vec<KeptSession>,
}

/// The languages two partners work in, without repeats.
pub fn languages(a: &Partner, b: &Partner) -> Vec<Lang> {
    let mut langs = vec![a.language];
    if b.language != a.language {
        langs.push(b.language);
    }
    langs
}

impl Partnership {
    /// A new partnership with nothing recorded yet.
    pub fn new(
        id: PartnershipId,
        name: String,
        a: Partner,
        b: Partner,
        created_at: String,
    ) -> Self {
        Partnership {
            id,
            name,
            a,
            b,
            created_at,
            boards: Vec::new(),
            rounds: Vec::new(),
            thresholds: Thresholds::default(),
            priorities: Vec::new(),
            agreements: Vec::new(),
            consultations: Consultations::default(),
            indicators: Indicators::default(),
            live_sessions: Vec::new(),
        }
    }

    pub fn partner(&self, side: Side) -> &Partner {
        match side {
            Side::A => &self.a,
            Side::B => &self.b,
        }
    }

    pub fn partner_mut(&mut self, side: Side) -> &mut Partner {
        match side {
            Side::A => &mut self.a,
            Side::B => &mut self.b,
        }
    }

    /// The partners' languages, without repeats: what a bilingual display shows.
    pub fn languages(&self) -> Vec<Lang> {
        languages(&self.a, &self.b)
    }
}

// On the wire a partnership lists its partners as an array of two objects that
// each say their side, so a reader of the file never has to know which is which
// by position. In memory there are exactly two, one per side.

#[derive(Deserialize)]
pub(crate) struct WirePartner {
    side: Side,
    name: String,
    #[serde(default)]
    country: String,
    language: Lang,
}

/// A partnership as the file writes it. `C` is what the file's version holds
/// under `consultations` (version 1 had none), `I` under `indicators`
/// (versions 1 and 2 had none), `L` under `live_sessions` (versions 1 to 3
/// had none): `file_format::migrations`.
#[derive(Deserialize)]
pub(crate) struct WirePartnership<C = Vec<Consultation>, I = Vec<Indicator>, L = Vec<KeptSession>> {
    id: PartnershipId,
    name: String,
    partners: Vec<WirePartner>,
    #[serde(default)]
    created_at: String,
    #[serde(default)]
    boards: Vec<CircleBoard>,
    #[serde(default)]
    rounds: Vec<IndexRound>,
    #[serde(default)]
    thresholds: Thresholds,
    #[serde(default)]
    priorities: Vec<Priority>,
    #[serde(default)]
    agreements: Vec<Agreement>,
    #[serde(default)]
    pub(crate) consultations: C,
    #[serde(default)]
    pub(crate) indicators: I,
    #[serde(default)]
    pub(crate) live_sessions: L,
}

impl<C, I, L> WirePartnership<C, I, L> {
    /// The same partnership with its lists of other versions brought up to
    /// the current ones: how a migration reads an older version's partnership.
    pub(crate) fn with_lists<D, J, M>(
        self,
        consultations: impl FnOnce(C) -> D,
        indicators: impl FnOnce(I) -> J,
        live_sessions: impl FnOnce(L) -> M,
    ) -> WirePartnership<D, J, M> {
        WirePartnership {
            id: self.id,
            name: self.name,
            partners: self.partners,
            created_at: self.created_at,
            boards: self.boards,
            rounds: self.rounds,
            thresholds: self.thresholds,
            priorities: self.priorities,
            agreements: self.agreements,
            consultations: consultations(self.consultations),
            indicators: indicators(self.indicators),
            live_sessions: live_sessions(self.live_sessions),
        }
    }
}

// Written from borrows, in the same field order as read: autosave writes
// every partnership, and copying each one first doubled its work.

#[derive(Serialize)]
struct WirePartnerOut<'a> {
    side: Side,
    name: &'a str,
    country: &'a str,
    language: Lang,
}

#[derive(Serialize)]
struct WirePartnershipOut<'a> {
    id: &'a PartnershipId,
    name: &'a str,
    partners: [WirePartnerOut<'a>; 2],
    created_at: &'a str,
    boards: &'a [CircleBoard],
    rounds: &'a [IndexRound],
    thresholds: Thresholds,
    priorities: &'a [Priority],
    agreements: &'a [Agreement],
    consultations: &'a Consultations,
    indicators: &'a Indicators,
    live_sessions: &'a [KeptSession],
}

impl Serialize for Partnership {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        fn wire(side: Side, p: &Partner) -> WirePartnerOut<'_> {
            WirePartnerOut {
                side,
                name: &p.name,
                country: &p.country,
                language: p.language,
            }
        }
        WirePartnershipOut {
            id: &self.id,
            name: &self.name,
            partners: [wire(Side::A, &self.a), wire(Side::B, &self.b)],
            created_at: &self.created_at,
            boards: &self.boards,
            rounds: &self.rounds,
            thresholds: self.thresholds,
            priorities: &self.priorities,
            agreements: &self.agreements,
            consultations: &self.consultations,
            indicators: &self.indicators,
            live_sessions: &self.live_sessions,
        }
        .serialize(s)
    }
}

impl TryFrom<WirePartnership> for Partnership {
    type Error = Broken;
    /// The rules a partnership keeps beyond its fields' own types, for reading
    /// and for saying what a rejected one broke (`file_format::diagnose`).
    fn try_from(wire: WirePartnership) -> Result<Partnership, Broken> {
        let name = clean_line(&wire.name, NAME_MAX)
            .map_err(|e| Broken::new(&["name"], ProblemKind::Text(e)))?;
        if wire.partners.len() != 2 {
            return Err(Broken::new(
                &["partners"],
                ProblemKind::PartnerCount {
                    found: wire.partners.len(),
                },
            ));
        }
        let mut a = None;
        let mut b = None;
        for (i, p) in wire.partners.into_iter().enumerate() {
            let text =
                |field: &str, e| Broken::in_entry("partners", i, field, ProblemKind::Text(e));
            let partner = Partner {
                name: clean_line(&p.name, NAME_MAX).map_err(|e| text("name", e))?,
                country: optional_line(&p.country, COUNTRY_MAX).map_err(|e| text("country", e))?,
                language: p.language,
            };
            let slot = match p.side {
                Side::A => &mut a,
                Side::B => &mut b,
            };
            if slot.replace(partner).is_some() {
                return Err(Broken::in_entry(
                    "partners",
                    i,
                    "side",
                    ProblemKind::SameSide,
                ));
            }
        }
        // Two partners on two different sides: both are there.
        let (Some(a), Some(b)) = (a, b) else {
            return Err(Broken::new(&["partners"], ProblemKind::SameSide));
        };
        let indicator_rule = |r| Broken::new(&["indicators"], ProblemKind::Indicator(r));
        if wire.indicators.len() > MAX_INDICATORS {
            return Err(indicator_rule(IndicatorRule::TooMany));
        }
        for (i, ind) in wire.indicators.iter().enumerate() {
            if wire.indicators[..i].iter().any(|o| o.id == ind.id) {
                return Err(Broken::in_entry(
                    "indicators",
                    i,
                    "id",
                    ProblemKind::Indicator(IndicatorRule::IdTwice),
                ));
            }
        }
        kept::check(&wire.live_sessions)?;
        Ok(Partnership {
            id: wire.id,
            name,
            a,
            b,
            created_at: wire.created_at,
            boards: wire.boards,
            rounds: wire.rounds,
            thresholds: wire.thresholds,
            priorities: wire.priorities,
            agreements: wire.agreements,
            consultations: wire.consultations.into(),
            indicators: wire.indicators.into(),
            live_sessions: wire.live_sessions,
        })
    }
}

/// A country may be left empty; when given it is one line of at most `max`.
fn optional_line(raw: &str, max: usize) -> Result<String, TextError> {
    match clean_line(raw, max) {
        Err(TextError::Empty) => Ok(String::new()),
        other => other,
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    pub fn lommel_ongwediva() -> Partnership {
        Partnership::new(
            PartnershipId::new("p-lommel").unwrap(),
            "Lommel – Ongwediva".into(),
            Partner::new("Lommel", "België", Lang::Nl).unwrap(),
            Partner::new("Ongwediva", "Namibia", Lang::En).unwrap(),
            "2026-11-22T10:00:00Z".into(),
        )
    }

    #[test]
    fn round_trips_with_sided_partners() {
        let p = lommel_ongwediva();
        let json = serde_json::to_value(&p).unwrap();
        assert_eq!(json["partners"][0]["side"], "a");
        assert_eq!(json["partners"][1]["side"], "b");
        assert_eq!(json["partners"][1]["language"], "en");
        let back: Partnership = serde_json::from_value(json).unwrap();
        assert_eq!(back, p);
    }

    #[test]
    fn partners_in_any_order_land_on_their_side() {
        let mut json = serde_json::to_value(lommel_ongwediva()).unwrap();
        json["partners"].as_array_mut().unwrap().reverse();
        let back: Partnership = serde_json::from_value(json).unwrap();
        assert_eq!(back.a.name, "Lommel");
    }

    #[test]
    fn rejects_other_than_two_distinct_sides() {
        let mut json = serde_json::to_value(lommel_ongwediva()).unwrap();
        json["partners"][1]["side"] = "a".into();
        assert!(serde_json::from_value::<Partnership>(json.clone()).is_err());
        json["partners"].as_array_mut().unwrap().pop();
        assert!(serde_json::from_value::<Partnership>(json).is_err());
    }

    #[test]
    fn rejects_bad_ids_and_blank_names() {
        assert!(PartnershipId::new("").is_none());
        assert!(PartnershipId::new("a b").is_none());
        assert!(PartnershipId::new(&"x".repeat(65)).is_none());
        let mut json = serde_json::to_value(lommel_ongwediva()).unwrap();
        json["name"] = "   ".into();
        assert!(serde_json::from_value::<Partnership>(json).is_err());
    }

    #[test]
    fn languages_without_repeats() {
        let mut p = lommel_ongwediva();
        assert_eq!(p.languages(), [Lang::Nl, Lang::En]);
        p.b.language = Lang::Nl;
        assert_eq!(p.languages(), [Lang::Nl]);
    }
}
