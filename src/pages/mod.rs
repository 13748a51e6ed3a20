//! One page per route. Pages own their data (resources keyed on typed route
//! params) and hand models to presentational components.

pub mod article;
pub mod category;
pub mod embed_builder;
pub mod home;
mod list_view;
pub mod not_found;
pub mod search;
