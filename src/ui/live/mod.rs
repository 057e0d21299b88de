//! Live sessions in the app: the facilitator's panels beside the walk-round
//! and the index round, and the participant's screen at `/join`.

pub mod bridge;
pub mod connection;
pub mod host;
pub mod index;
pub mod join;
pub mod kept;
pub mod panel;
pub mod participant;
pub mod walk;
