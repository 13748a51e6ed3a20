//! The headers every server of a tintuc build sends (the server, the demo
//! backend's `--static` mode, and nginx through what `tintuc-headers`
//! writes for it), computed in this one place:
//!
//! - [`policy`]: each page's Content-Security-Policy, from its inline
//!   scripts and styles ([`inline`]) and the config's origins ([`sources`]),
//!   and the other security headers of a document;
//! - [`files`]: which of the build's files never change (their names carry
//!   their content's hash) and may be cached for a year;
//! - [`nginx`]: the same values as nginx includes (`DIST/csp/*.conf`).
//!
//! The Content-Security-Policy allows scripts from the page's own origin,
//! WebAssembly, and each inline `<script>` of the page by its SHA-256 hash
//! (never `'unsafe-inline'`); the inline `<style>`s likewise by hash (style
//! attributes only on the reader's pages: see [`Page::Reader`]); images and
//! requests from the page's origin and the API's (from `config.json`),
//! images also from `data:` and from the origins in `config.json`'s
//! optional `image_origins`. Reader pages may not be framed; the iframe
//! embed page ([`EMBED_PAGE`]) may be, by any site.

#[cfg(feature = "policy")]
pub mod inline;
#[cfg(feature = "policy")]
pub mod nginx;
#[cfg(feature = "policy")]
pub mod policy;
#[cfg(feature = "policy")]
pub mod sources;

pub mod files;
pub mod origins;

pub use origins::partner_policy;

#[cfg(feature = "policy")]
pub use inline::{hash_source, inline_hashes, Inline};
#[cfg(feature = "policy")]
pub use policy::{is_embed_page, policy, Page, Policies};
#[cfg(feature = "policy")]
pub use sources::{sources, Sources};

/// Browser features no tintuc page uses, denied to it and to every frame
/// in it (clipboard-write and web-share stay: the builder copies snippets,
/// the reader shares articles). Only names Chromium knows: it prints an
/// error for any other.
pub const PERMISSIONS_POLICY: &str = "accelerometer=(), autoplay=(), browsing-topics=(), camera=(), \
display-capture=(), geolocation=(), gyroscope=(), hid=(), idle-detection=(), interest-cohort=(), \
magnetometer=(), microphone=(), midi=(), payment=(), serial=(), usb=(), xr-spatial-tracking=()";

pub const REFERRER_POLICY: &str = "strict-origin-when-cross-origin";

/// Where the portal passes the backend on (the server's proxy, nginx's
/// locations): its API, and its media.
pub const PROXIED: [&str; 2] = ["/api/", "/media/"];

/// The policy of every answer passed on from the backend: nothing in it may
/// run or load anything on the portal's origin (an SVG or HTML file among
/// the media would otherwise run script there, where it could rewrite the
/// service worker's caches). Images and JSON need none of it.
pub const PROXIED_POLICY: &str = "default-src 'none'; sandbox";

/// The headers of an answer passed on from the backend at `path`: the
/// policy above, and for the API, CORS for any origin without credentials
/// (partner sites' widgets read it from their own origin).
pub fn proxied_headers(path: &str) -> Vec<(&'static str, &'static str)> {
    let mut h = vec![
        ("content-security-policy", PROXIED_POLICY),
        ("x-content-type-options", "nosniff"),
        ("referrer-policy", REFERRER_POLICY),
        ("cross-origin-resource-policy", "cross-origin"),
    ];
    if path.starts_with(PROXIED[0]) {
        h.push(("access-control-allow-origin", "*"));
    }
    h
}

/// The iframe embed page, a page of the build (`tin-nhung/index.html`):
/// the one page any site may frame. The route model links it from here.
pub const EMBED_PAGE: &str = "/tin-nhung/";
