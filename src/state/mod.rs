//! Browser-side state: storage, the store, and small browser helpers.

pub mod browser;
pub mod circle;
pub mod codec;
pub mod consultation;
pub mod exporter;
pub mod index;
pub mod indicators;
pub mod lifecycle;
pub mod live;
pub mod programmes;
pub mod report;
pub mod storage;
pub mod store;

pub use store::{provide_store, use_store, Store};
