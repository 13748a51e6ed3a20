//! tintuc: a news-portal client. The crate is a library so that its pure
//! parts (the route model, models, the cache, formatting, sanitizer rules)
//! are tested natively with `cargo test`; `main.rs` only calls
//! `boot::mount`. The reader's app (Leptos: the components, pages, router
//! and the cache that feeds them) is its `ui` feature; without it the
//! crate is the data layer the partner widget and the build's facts link.
//!
//! Layers, each importing only those below it:
//! `boot` → `app` → `shell` → `pages` → `components` → `context`/`nav` →
//! `route` → `api` (client → backend → transport) → `config`, `i18n`,
//! `timefmt`, `pagination`, `percent`, `clock`, `sanitize`.

#![recursion_limit = "256"]

pub mod api;
#[cfg(feature = "ui")]
pub mod app;
#[cfg(all(target_arch = "wasm32", feature = "ui"))]
pub mod boot;
#[cfg(feature = "ui")]
pub mod clipboard;
pub mod clock;
#[cfg(feature = "ui")]
pub mod components;
pub mod config;
#[cfg(feature = "ui")]
pub mod context;
pub mod embed;
pub mod html;
pub mod i18n;
pub mod json;
/// The articles' structured data: the server's (the reader's bundle needn't
/// carry it; the server's page keeps it when the app takes over).
#[cfg(not(target_arch = "wasm32"))]
pub mod jsonld;
pub mod log;
#[cfg(feature = "ui")]
pub mod nav;
#[cfg(feature = "ui")]
pub mod offline;
#[cfg(feature = "ui")]
pub mod pages;
pub mod pagination;
pub mod percent;
pub mod perf;
pub mod prefs;
pub mod route;
pub mod sanitize;
pub mod screen;
#[cfg(feature = "ui")]
pub mod shell;
pub mod snippet;
pub mod text;
pub mod timefmt;
#[cfg(target_arch = "wasm32")]
pub mod timer;
