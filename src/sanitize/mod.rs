//! The article-body sanitizer. Bodies are HTML from a CMS we don't control,
//! so they are treated as hostile: parsed in an inert `DOMParser` document
//! (no scripts run, nothing loads), then rebuilt as fresh nodes from an
//! allowlist. Markup is never re-serialised, so there is no second parse for
//! an attacker to aim at.
//!
//! [`rules`] and [`url_rules`] decide (pure, tested natively); [`dom`]
//! walks and builds (browser only).

pub mod dom;
#[cfg(not(target_arch = "wasm32"))]
pub mod html;
pub mod rules;
pub mod url_rules;
