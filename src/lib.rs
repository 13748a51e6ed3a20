//! tintuc: a news-portal client. The crate is a library so that its pure
//! parts (models, formatting, URL building, sanitizer rules) are tested
//! natively with `cargo test`; `main.rs` only mounts [`app::App`].

pub mod api;
pub mod app;
pub mod clipboard;
pub mod components;
pub mod config;
pub mod i18n;
pub mod json;
pub mod jsonld;
pub mod nav;
pub mod pages;
pub mod pagination;
pub mod perf;
pub mod prefs;
pub mod routes;
pub mod sanitize;
pub mod snippet;
pub mod timefmt;
