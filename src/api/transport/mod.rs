//! The bottom of the data stack: one HTTP GET, with abort and timeout,
//! mapped to [`ApiError`]. Bodies come back as text; backends decode them so
//! a decode error can say what was wrong. `browser` is `fetch` (the
//! client); `native` is the server's HTTP client.

use super::abort::Abort;
use super::error::ApiError;
use std::future::Future;

#[cfg(target_arch = "wasm32")]
pub mod browser;
#[cfg(all(feature = "ssr", not(target_arch = "wasm32")))]
pub mod native;

/// Larger answers are refused (the largest real page is ~100 KB), counted
/// as they are read whatever `Content-Length` says: by both transports, the
/// widget (through [`browser::read_body`]) and `web/boot.js`, which repeats
/// the number (tests/js/boot.test.mjs holds it to this one).
pub const MAX_BODY_BYTES: u64 = 8 * 1024 * 1024;

/// A 2xx answer: its body, the item count WordPress sends as a header
/// (`X-WP-Total`) when the server lets the page read it, and, for a copy the
/// service worker kept (`web/sw.js`), when it was fetched
/// (`X-Tintuc-Cached-At`, ms since the epoch): a copy is never shown as if
/// it were live.
#[derive(Clone, Debug, PartialEq)]
pub struct Reply {
    pub text: String,
    pub total: Option<u64>,
    /// Offline reading's (a build without it never sees a copy; the field
    /// alone made the partner widget hundreds of bytes larger).
    #[cfg(feature = "offline")]
    pub copy: Option<f64>,
}

impl Reply {
    /// A live answer.
    pub fn live(text: String, total: Option<u64>) -> Self {
        Reply {
            text,
            total,
            #[cfg(feature = "offline")]
            copy: None,
        }
    }

    /// When it was fetched, if it is a copy the service worker kept.
    pub fn copy(&self) -> Option<f64> {
        #[cfg(feature = "offline")]
        return self.copy;
        #[cfg(not(feature = "offline"))]
        None
    }
}

/// The header the service worker stamps on the copies it serves.
pub const CACHED_AT: &str = "x-tintuc-cached-at";

/// A copy's time from its header: a positive whole number of milliseconds
/// (read as an integer: a float parser would be ~10 KB of the bundle).
#[cfg(feature = "offline")]
pub fn copy_time(header: Option<&str>) -> Option<f64> {
    header?.trim().parse::<u64>().ok().filter(|t| *t > 0).map(|t| t as f64)
}

/// How a backend reaches its server.
pub trait Transport {
    /// GETs `url`: the body of a 2xx answer; 404/410 as [`ApiError::NotFound`],
    /// other statuses as [`ApiError::Status`] with `Retry-After`.
    fn get(&self, url: &str, abort: &Abort) -> impl Future<Output = Result<Reply, ApiError>>;
}

/// A status and its `Retry-After` as the api's error, or `Ok` for a 2xx.
pub fn check_status(status: u16, retry_after: Option<&str>) -> Result<(), ApiError> {
    match status {
        200..=299 => Ok(()),
        404 | 410 => Err(ApiError::NotFound),
        code => Err(ApiError::Status {
            code,
            retry_after: super::error::parse_retry_after(retry_after),
        }),
    }
}
