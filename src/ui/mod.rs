//! Components: they render state and send intents to the store.

pub mod app;
pub mod banner;
pub mod circle;
pub mod consultation;
pub mod crash;
pub mod current_route;
pub mod data;
pub mod display;
pub mod fill;
pub mod geometry;
pub mod goal_steps;
pub mod goals;
pub mod hatch;
pub mod home;
pub mod index;
pub mod lazy;
pub mod locale;
pub mod narrow;
pub mod not_found;
pub mod page_styles;
pub mod partnership_form;
pub mod partnership_list;
pub mod partnership_page;
pub mod problem_text;
pub mod problem_view;
pub mod problem_words;
pub mod programme;
pub mod report;
pub mod rim;
pub mod select_value;
pub mod shortcuts;
pub mod slides;
pub mod stored_views;
pub mod text_width;
pub mod undo_bar;

pub use app::{start, App};
