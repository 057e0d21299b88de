//! The pure domain: no browser types, tested with plain `cargo test` on the host.

pub mod catalogue;
pub mod circle;
pub mod colour;
pub mod consultation;
pub mod csv;
pub mod export;
pub mod file_format;
pub mod history;
pub mod import;
pub mod index;
pub mod indicator;
pub mod lang;
pub mod live;
pub mod merge;
pub mod partnership;
pub mod plan;
pub mod programme;
pub mod shelf;
pub mod short_sort;
pub mod stored;
pub mod text;
pub mod workspace;

pub use catalogue::{Goal, GoalNumber, Pillar, GOALS};
pub use lang::Lang;
pub use partnership::{Partner, Partnership, PartnershipId, Side};
pub use shelf::{Shelf, Summary};
pub use workspace::Workspace;
