//! The contract's field names (and one it doesn't have), shared by the
//! random-JSON generators of tests/properties.rs (native) and tests/browser.rs
//! (the wasm decoding path): keys mostly known, so decoding gets deep before
//! it fails.
pub const FIELDS: &[&str] = &[
    "slug",
    "title",
    "summary",
    "published_at",
    "category",
    "thumbnail",
    "author",
    "body_html",
    "items",
    "page",
    "per_page",
    "total",
    "name",
    "url",
    "alt",
    "width",
    "height",
    "variants",
    "count",
    "description",
    "x",
];
