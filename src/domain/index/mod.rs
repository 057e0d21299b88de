//! The SDG index: scoring rounds in which each partner scores its own
//! municipality on the 17 goals, and the matching of strengths to weaknesses.
//! Filled in by the SDG-index work (issue 4).

use serde::{Deserialize, Serialize};

/// One scoring round ("2025", "mid-term 2027"). Placeholder until the index work lands.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct IndexRound {
    pub id: String,
}

/// Where "strong" and "weak" begin on the 1–5 scale, stored per partnership.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Thresholds {
    pub strong: u8,
    pub weak: u8,
}

impl Default for Thresholds {
    fn default() -> Self {
        Thresholds { strong: 4, weak: 2 }
    }
}
