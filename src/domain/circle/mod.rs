//! The circle exercise: boards on which a partnership checks, goal by goal,
//! whether and how its programme (or one project, or one partner's own
//! municipality) contributes. Filled in by the circle-exercise work (issue 3).

use serde::{Deserialize, Serialize};

/// One board of the circle exercise. Placeholder until the circle work lands.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct CircleBoard {
    pub id: String,
}
