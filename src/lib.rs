//! tintuc: a news-portal client. The crate is a library so that its pure
//! parts (the route model, models, the cache, formatting, sanitizer rules)
//! are tested natively with `cargo test`; `main.rs` only calls
//! [`boot::mount`].
//!
//! Layers, each importing only those below it:
//! `boot` → `app` → `shell` → `pages` → `components` → `context`/`nav` →
//! `route` → `api` (client → backend → transport) → `config`, `i18n`,
//! `timefmt`, `pagination`, `percent`, `clock`, `sanitize`.

#![recursion_limit = "256"]

pub mod api;
pub mod app;
#[cfg(target_arch = "wasm32")]
pub mod boot;
pub mod clipboard;
pub mod clock;
pub mod components;
pub mod config;
pub mod context;
pub mod embed;
pub mod html;
pub mod i18n;
pub mod json;
pub mod jsonld;
pub mod nav;
pub mod offline;
pub mod pages;
pub mod pagination;
pub mod percent;
pub mod perf;
pub mod prefs;
pub mod route;
pub mod sanitize;
pub mod shell;
pub mod snippet;
pub mod text;
pub mod timefmt;
