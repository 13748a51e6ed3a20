//! The purge endpoint: a newsroom's CMS tells the server that an article
//! was corrected, unpublished or trashed, and readers see it at once.
//!
//!   POST /_tintuc/purge?slug=<slug>      (no slug: everything)
//!   Authorization: Bearer <secret>
//!
//! The secret comes from `--purge-secret-file FILE` or the environment
//! (`TINTUC_PURGE_SECRET`); without one the endpoint does not exist (404).
//! It is compared in constant time, and purges are rate-limited (a burst of
//! [`BURST`], then [`PER_SECOND`] a second: 429 with Retry-After). A purge
//! drops the article's answers, every list's, and the rendered pages
//! ([`crate::data::Data::purge`]); what was dropped is never served again,
//! even while the backend fails.

use crate::AppState;
use axum::http::{header, HeaderMap, Method, StatusCode, Uri};
use axum::response::{IntoResponse, Response};
use std::sync::Mutex;
use tintuc::percent::query_param;
use tintuc::route::is_slug;
use tokio::time::Instant;

/// Where the endpoint is (nginx's recipes pass it on uncached).
pub const PATH: &str = "/_tintuc/purge";
/// Purges accepted at once, and refilled per second after.
pub const BURST: f64 = 60.0;
pub const PER_SECOND: f64 = 5.0;
/// The environment variable that may hold the secret.
pub const SECRET_ENV: &str = "TINTUC_PURGE_SECRET";

pub struct Purger {
    secret: Option<Vec<u8>>,
    bucket: Mutex<(f64, Instant)>,
}

impl Purger {
    /// A purger for `secret` (none: the endpoint is off). A secret shorter
    /// than 16 bytes is refused: it would be guessed.
    pub fn new(secret: Option<String>) -> Result<Purger, String> {
        let secret = secret.map(|s| s.trim().to_string()).filter(|s| !s.is_empty());
        if secret.as_ref().is_some_and(|s| s.len() < 16) {
            return Err("the purge secret needs 16 characters or more".into());
        }
        Ok(Purger {
            secret: secret.map(String::into_bytes),
            bucket: Mutex::new((BURST, Instant::now())),
        })
    }

    /// The answer to a request for [`PATH`].
    pub fn handle(&self, app: &AppState, method: &Method, uri: &Uri, headers: &HeaderMap) -> Response {
        let Some(secret) = &self.secret else {
            return StatusCode::NOT_FOUND.into_response();
        };
        if method != Method::POST {
            return (StatusCode::METHOD_NOT_ALLOWED, [(header::ALLOW, "POST")]).into_response();
        }
        let given = headers
            .get(header::AUTHORIZATION)
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.strip_prefix("Bearer "))
            .unwrap_or("");
        if !same(given.trim().as_bytes(), secret) {
            return (StatusCode::UNAUTHORIZED, [(header::WWW_AUTHENTICATE, "Bearer")]).into_response();
        }
        if !self.take() {
            return (StatusCode::TOO_MANY_REQUESTS, [(header::RETRY_AFTER, "1")]).into_response();
        }
        let search = uri.query().map(|q| format!("?{q}")).unwrap_or_default();
        let slug = query_param(&search, "slug");
        if slug.as_deref().is_some_and(|s| !is_slug(s)) {
            return (StatusCode::BAD_REQUEST, "slug: not an article's slug").into_response();
        }
        app.data.purge(slug.as_deref());
        app.archive.purge(slug.as_deref());
        app.pages.clear();
        let what = slug.as_deref().unwrap_or("everything");
        eprintln!("tintuc-server: purged {what}");
        (
            StatusCode::OK,
            [(header::CACHE_CONTROL, "no-store")],
            format!("purged {what}\n"),
        )
            .into_response()
    }

    /// One purge from the bucket, if it has one.
    fn take(&self) -> bool {
        let Ok(mut b) = self.bucket.lock() else { return false };
        let now = Instant::now();
        let tokens = (b.0 + now.duration_since(b.1).as_secs_f64() * PER_SECOND).min(BURST);
        *b = (tokens, now);
        if tokens >= 1.0 {
            b.0 -= 1.0;
            true
        } else {
            false
        }
    }
}

/// `a == b`, in a time that does not depend on where they differ.
fn same(a: &[u8], b: &[u8]) -> bool {
    let mut diff = a.len() ^ b.len();
    for (i, y) in b.iter().enumerate() {
        let x = a.get(i).copied().unwrap_or(0);
        diff |= usize::from(x ^ y);
    }
    diff == 0
}

#[cfg(test)]
mod tests {
    use super::same;

    #[test]
    fn same_only_for_equal_bytes() {
        assert!(same(b"0123456789abcdef", b"0123456789abcdef"));
        assert!(!same(b"0123456789abcdeg", b"0123456789abcdef"));
        assert!(!same(b"0123456789abcde", b"0123456789abcdef"));
        assert!(!same(b"0123456789abcdef0", b"0123456789abcdef"));
        assert!(!same(b"", b"0123456789abcdef"));
    }
}
