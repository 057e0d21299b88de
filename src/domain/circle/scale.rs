//! The scales a board can be scored on. Every scale is a list of signed steps
//! in which 0 means "no contribution", positive steps contribute and negative
//! steps work against the goal. Adding a scale means adding a variant here, its
//! steps, names and key mapping, and its labels in the locales: nothing else
//! in the domain changes.

use serde::{Deserialize, Serialize};

/// How a board is scored, chosen when the board is created.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Scale {
    /// VVSG's default: none, indirect/limited, direct, core aim (0..=3).
    #[default]
    Contribution,
    /// The impact rose: strongly negative to strongly positive (-2..=2).
    ImpactRose,
}

/// One step on a scale, stored as its signed value. Whether a value is valid
/// depends on the board's scale, which the board checks.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct Level(pub i8);

impl Level {
    pub const NONE: Level = Level(0);
}

/// What a level means for the summary, whatever the scale.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Effect {
    Negative,
    /// No contribution: a gap.
    None,
    Contributing,
}

/// The name of a step, for the UI to translate (one locale key each).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum StepName {
    None,
    Limited,
    Direct,
    Core,
    StronglyNegative,
    Negative,
    NoEffect,
    Positive,
    StronglyPositive,
}

impl Scale {
    pub const ALL: [Scale; 2] = [Scale::Contribution, Scale::ImpactRose];

    /// The steps from lowest to highest.
    pub fn steps(self) -> &'static [Level] {
        match self {
            Scale::Contribution => &[Level(0), Level(1), Level(2), Level(3)],
            Scale::ImpactRose => &[Level(-2), Level(-1), Level(0), Level(1), Level(2)],
        }
    }

    pub fn contains(self, level: Level) -> bool {
        self.steps().contains(&level)
    }

    pub fn lowest(self) -> Level {
        self.steps()[0]
    }

    pub fn highest(self) -> Level {
        self.steps()[self.steps().len() - 1]
    }

    pub fn effect(self, level: Level) -> Effect {
        match level.0 {
            n if n < 0 => Effect::Negative,
            0 => Effect::None,
            _ => Effect::Contributing,
        }
    }

    pub fn step_name(self, level: Level) -> Option<StepName> {
        if !self.contains(level) {
            return None;
        }
        Some(match (self, level.0) {
            (Scale::Contribution, 0) => StepName::None,
            (Scale::Contribution, 1) => StepName::Limited,
            (Scale::Contribution, 2) => StepName::Direct,
            (Scale::Contribution, _) => StepName::Core,
            (Scale::ImpactRose, -2) => StepName::StronglyNegative,
            (Scale::ImpactRose, -1) => StepName::Negative,
            (Scale::ImpactRose, 0) => StepName::NoEffect,
            (Scale::ImpactRose, 1) => StepName::Positive,
            (Scale::ImpactRose, _) => StepName::StronglyPositive,
        })
    }

    /// The digit key that sets `level`, shown next to each step.
    /// Contribution: 0-3 as the level itself. Impact rose: 1-5 from -2 to +2
    /// (3 is "no effect"), because a facilitator cannot type a minus sign in one key.
    pub fn key_for(self, level: Level) -> Option<char> {
        let pos = self.steps().iter().position(|l| *l == level)?;
        let first = match self {
            Scale::Contribution => 0,
            Scale::ImpactRose => 1,
        };
        char::from_digit(pos as u32 + first, 10)
    }

    /// The level a digit key sets, if any: the inverse of [`Scale::key_for`].
    pub fn level_for_key(self, key: char) -> Option<Level> {
        self.steps()
            .iter()
            .copied()
            .find(|l| self.key_for(*l) == Some(key))
    }

    /// How many bands of the board a level fills, 0 to [`Scale::bands`].
    pub fn filled_bands(self, level: Level) -> u8 {
        level.0.unsigned_abs()
    }

    /// How many bands each goal's segment is divided into.
    pub fn bands(self) -> u8 {
        self.highest()
            .0
            .unsigned_abs()
            .max(self.lowest().0.unsigned_abs())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn contribution_scale_has_four_steps_and_no_negatives() {
        let s = Scale::Contribution;
        assert_eq!(s.steps().len(), 4);
        assert_eq!(s.effect(Level(0)), Effect::None);
        assert_eq!(s.effect(Level(1)), Effect::Contributing);
        assert!(!s.contains(Level(-1)));
        assert!(!s.contains(Level(4)));
        assert_eq!(s.step_name(Level(3)), Some(StepName::Core));
        assert_eq!(s.bands(), 3);
    }

    #[test]
    fn rose_scale_has_real_negatives() {
        let s = Scale::ImpactRose;
        assert_eq!(s.lowest(), Level(-2));
        assert_eq!(s.highest(), Level(2));
        assert_eq!(s.effect(Level(-1)), Effect::Negative);
        assert_eq!(s.step_name(Level(0)), Some(StepName::NoEffect));
        assert_eq!(s.step_name(Level(3)), None);
        assert_eq!(s.bands(), 2);
        assert_eq!(s.filled_bands(Level(-2)), 2);
    }

    #[test]
    fn digit_keys_map_both_ways() {
        assert_eq!(Scale::Contribution.level_for_key('2'), Some(Level(2)));
        assert_eq!(Scale::Contribution.level_for_key('4'), None);
        assert_eq!(Scale::ImpactRose.level_for_key('1'), Some(Level(-2)));
        assert_eq!(Scale::ImpactRose.level_for_key('3'), Some(Level(0)));
        assert_eq!(Scale::ImpactRose.level_for_key('5'), Some(Level(2)));
        assert_eq!(Scale::ImpactRose.level_for_key('0'), None);
        for s in Scale::ALL {
            for l in s.steps() {
                assert_eq!(s.level_for_key(s.key_for(*l).unwrap()), Some(*l));
            }
        }
    }

    #[test]
    fn scales_serialise_in_snake_case() {
        assert_eq!(
            serde_json::to_string(&Scale::ImpactRose).unwrap(),
            "\"impact_rose\""
        );
    }
}
