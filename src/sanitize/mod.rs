//! The article-body sanitizer. Bodies are HTML from a CMS we don't control,
//! so they are treated as hostile: parsed as an inert document (no scripts
//! run, nothing loads), then rebuilt as fresh nodes from an allowlist.
//!
//! One walk ([`walk`]) for both sides, over two small traits: the browser
//! ([`dom`], wasm32) reads a `DOMParser` document and builds DOM nodes,
//! never re-serialising; the server ([`html`], native) reads html5ever's
//! tree and serialises the result as HTML that parses back to the same
//! tree ([`nesting`] keeps the output where the parser would put it).
//! [`rules`], [`url_rules`] and [`nesting`] decide (pure, tested natively).

#[cfg(target_arch = "wasm32")]
pub mod dom;
#[cfg(not(target_arch = "wasm32"))]
pub mod html;
pub mod nesting;
pub mod rules;
pub mod url_rules;
pub mod walk;

pub use walk::Options;
