//! Serving a built client as production would: `.br`/`.gz` siblings chosen by
//! `Accept-Encoding`, hashed assets cached for a year, `index.html` and
//! `config.json` revalidated, every unknown path answered with `index.html`
//! (the client routes it and shows its own 404), and the pages' security
//! headers as nginx (deploy/nginx/) and the server send them (`tintuc-headers`).

use axum::extract::{Request, State};
use axum::http::{header, HeaderValue};
use axum::middleware::{self, Next};
use axum::response::Response;
use axum::Router;
use std::path::PathBuf;
use std::sync::Arc;
use tower_http::services::{ServeDir, ServeFile};

/// Where the pages' policy comes from: the build and the config it serves.
struct Build {
    dist: PathBuf,
    config: PathBuf,
}

pub fn router(dir: PathBuf, config: Option<PathBuf>) -> Router {
    let index = ServeFile::new(dir.join("index.html"))
        .precompressed_br()
        .precompressed_gzip();
    let files = ServeDir::new(&dir)
        .precompressed_br()
        .precompressed_gzip()
        .fallback(index);
    let build = Arc::new(Build {
        dist: dir.clone(),
        config: config.clone().unwrap_or_else(|| dir.join("config.json")),
    });
    let mut router = Router::new();
    if let Some(config) = config {
        router = router.route_service("/config.json", ServeFile::new(config));
    }
    router
        .fallback_service(files)
        .layer(middleware::from_fn_with_state(build, headers))
}

async fn headers(State(build): State<Arc<Build>>, req: Request, next: Next) -> Response {
    let path = req.uri().path().to_string();
    let mut resp = next.run(req).await;
    let value = tintuc_headers::files::cache_control(&path);
    let h = resp.headers_mut();
    h.insert(header::CACHE_CONTROL, HeaderValue::from_static(value));
    h.insert(header::X_CONTENT_TYPE_OPTIONS, HeaderValue::from_static("nosniff"));
    let is_html = h
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("text/html"));
    if is_html {
        // Read for every page, so an edited config.json (the tests rewrite
        // it) is what the policy says. A config that cannot be read yields
        // no policy: the page then shows the config error, and a page whose
        // config is fixed while it is open can still reach the new API.
        match tintuc_headers::Policies::from_files(&build.dist, &build.config) {
            Ok(policies) => {
                for (name, value) in policies.headers(&path) {
                    if let Ok(v) = HeaderValue::from_str(value) {
                        h.insert(name, v);
                    }
                }
            }
            Err(e) => eprintln!("demo-backend: no Content-Security-Policy for {path}: {e}"),
        }
    }
    resp
}
