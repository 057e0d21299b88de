//! Live sessions: each participant on their own device, the facilitator's
//! screen on the wall, synchronised through a Hocuspocus server (Yjs). The app
//! never depends on it: the facilitator's partnership stays on the device, and
//! what the session gathered is folded into it at the end.
//!
//! The browser side (the Yjs documents) is a facade in `live/client.mjs`; what
//! it holds arrives here as one JSON [`Snapshot`], and every decision (who may
//! see what, how proposals spread, what the end keeps) is made in plain Rust.

pub mod code;
pub mod fold;
pub mod kept;
pub mod proposal;
pub mod session;
pub mod snapshot;
pub mod spread;

pub use code::JoinCode;
pub use kept::{KeptProposal, KeptRule, KeptSession};
pub use proposal::{Answer, Proposal};
pub use session::{Exercise, Joined, LiveSession, Role};
pub use snapshot::{PartStatus, Snapshot};
pub use spread::{ScoreSpread, Spread};

use super::Side;

/// The session's three shared documents: what the facilitator puts up, and each
/// delegation's own. The server lets a delegation read the other's only after
/// the reveal (`sync/access.mjs`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Part {
    Room,
    Delegation(Side),
}

impl Part {
    pub fn as_str(self) -> &'static str {
        match self {
            Part::Room => "room",
            Part::Delegation(Side::A) => "a",
            Part::Delegation(Side::B) => "b",
        }
    }
}

/// Longest participant name kept.
pub const NAME_MAX: usize = 40;
/// Longest idea or reason kept from one proposal.
pub const NOTE_MAX: usize = 300;
