//! Serving a built client as production would: `.br`/`.gz` siblings chosen by
//! `Accept-Encoding`, hashed assets cached for a year, `index.html` and
//! `config.json` revalidated, and every unknown path answered with
//! `index.html` (the client routes it and shows its own 404).

use axum::extract::Request;
use axum::http::{header, HeaderValue};
use axum::middleware::{self, Next};
use axum::response::Response;
use axum::Router;
use std::path::PathBuf;
use tower_http::services::{ServeDir, ServeFile};

pub fn router(dir: PathBuf, config: Option<PathBuf>) -> Router {
    let index = ServeFile::new(dir.join("index.html"))
        .precompressed_br()
        .precompressed_gzip();
    let files = ServeDir::new(&dir)
        .precompressed_br()
        .precompressed_gzip()
        .fallback(index);
    let mut router = Router::new();
    if let Some(config) = config {
        router = router.route_service("/config.json", ServeFile::new(config));
    }
    router.fallback_service(files).layer(middleware::from_fn(cache_headers))
}

/// Trunk names built assets `name-<hash>.ext`: those never change.
fn is_hashed(path: &str) -> bool {
    let file = path.rsplit('/').next().unwrap_or("");
    let stem = file.split('.').next().unwrap_or("");
    stem.rsplit_once('-')
        .is_some_and(|(_, h)| h.len() >= 16 && h.bytes().all(|b| b.is_ascii_hexdigit()))
}

async fn cache_headers(req: Request, next: Next) -> Response {
    let path = req.uri().path().to_string();
    let mut resp = next.run(req).await;
    let value = if is_hashed(&path) {
        "public, max-age=31536000, immutable"
    } else {
        "no-cache"
    };
    resp.headers_mut()
        .insert(header::CACHE_CONTROL, HeaderValue::from_static(value));
    resp
}

#[cfg(test)]
mod tests {
    use super::is_hashed;

    #[test]
    fn hashed_names() {
        assert!(is_hashed("/tintuc-1c2f3a4b5c6d7e8f_bg.wasm") || is_hashed("/tintuc-1c2f3a4b5c6d7e8f.js"));
        assert!(is_hashed("/style-0123456789abcdef.css"));
        assert!(!is_hashed("/index.html"));
        assert!(!is_hashed("/config.json"));
        assert!(!is_hashed("/danh-muc/tin-tuc-su-kien"));
    }
}
