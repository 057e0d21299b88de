//! From matches to a plan: priority goals per programme year, and agreements
//! (who does what by when). Filled in by the SDG-index work (issue 4).

use serde::{Deserialize, Serialize};

/// A priority goal for one programme year. Placeholder until the index work lands.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Priority {
    pub year: i32,
}

/// An agreement between the partners. Placeholder until the index work lands.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Agreement {
    pub id: String,
}
