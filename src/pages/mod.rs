//! One file per page of the route model. Pages read their typed params from
//! it, ask the client for the data it names, and hand models to
//! presentational components.

pub mod article;
pub mod category;
#[cfg(feature = "builder")]
pub mod embed_builder;
pub mod home;
mod list_view;
pub mod not_found;
pub mod saved;
pub mod search;
mod sections;
