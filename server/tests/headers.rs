//! The server's security headers on a small build: the policy is computed
//! from the shell it serves (its inline scripts and styles) and its config,
//! as tintuc-headers writes it for nginx; the iframe embed page may be
//! framed; files get nosniff but no page policy; the build's `nginx/` is not
//! served.

use axum::body::Body;
use axum::http::{Request, StatusCode};
use std::path::PathBuf;
use tintuc_server::settings::Settings;
use tintuc_server::{app, AppState};
use tower::ServiceExt;

mod support;

const INDEX: &str = "<!DOCTYPE html><html lang=\"vi\"><head><!--tt:meta--><title>T</title><!--/tt:meta-->\
<script>window.boot = 1;</script><script type=\"module\">import '/tintuc-0123456789abcdef.js';</script>\
<style>body{margin:0}</style></head><body><!--tt:app--><p>…</p><!--/tt:app--></body></html>";
const EMBED: &str = "<!DOCTYPE html><html><head><style>html{margin:0}</style></head><body>\
<tintuc-news></tintuc-news><script>document.title = 'x';</script><script src=\"../widget.js\"></script></body></html>";
const CONFIG: &str = r#"{"api_base": "https://api.example/api/", "image_origins": ["https://img.example"]}"#;

fn build() -> PathBuf {
    support::build(
        "headers",
        &[
            ("index.html", INDEX),
            ("tin-nhung/index.html", EMBED),
            ("config.json", CONFIG),
            ("tintuc-0123456789abcdef.js", "export default 1;"),
            ("nginx/reader.conf", "add_header …;"),
            ("sw.js", "self.x = 1;"),
            ("manifest.webmanifest", "{}"),
        ],
    )
}

async fn get(state: &std::sync::Arc<AppState>, path: &str) -> axum::response::Response {
    app(state.clone())
        .oneshot(Request::get(path).body(Body::empty()).unwrap())
        .await
        .unwrap()
}

#[tokio::test]
async fn the_policy_is_the_shells_and_the_configs() {
    let dist = build();
    let settings = Settings::from_args(["--dist".to_string(), dist.display().to_string()]).unwrap();
    let state = AppState::new(settings).unwrap();
    let expected = tintuc_headers::Policies::new(INDEX, Some(EMBED), CONFIG).unwrap();
    assert!(expected
        .reader
        .contains(&tintuc_headers::hash_source("window.boot = 1;")));
    assert!(expected.reader.contains("connect-src 'self' https://api.example;"));
    assert_eq!(state.security, expected);

    let embed = get(&state, "/tin-nhung/").await;
    assert_eq!(embed.status(), StatusCode::OK);
    let h = embed.headers();
    assert_eq!(h["content-security-policy"], expected.embed.as_str());
    assert!(h.get("x-frame-options").is_none());
    assert_eq!(h["permissions-policy"], tintuc_headers::PERMISSIONS_POLICY);
    assert_eq!(h["referrer-policy"], "strict-origin-when-cross-origin");
    assert_eq!(h["x-content-type-options"], "nosniff");

    let js = get(&state, "/tintuc-0123456789abcdef.js").await;
    assert_eq!(js.status(), StatusCode::OK);
    assert!(js.headers().get("content-security-policy").is_none());
    assert_eq!(js.headers()["x-content-type-options"], "nosniff");

    assert!(state.assets.get("/nginx/reader.conf").is_none());

    // Offline reading: the static shell (the service worker's fallback) as
    // a reader's page; the worker and the manifest revalidated, typed.
    let shell = get(&state, "/index.html").await;
    assert_eq!(shell.status(), StatusCode::OK);
    assert_eq!(shell.headers()["content-security-policy"], expected.reader.as_str());
    assert_eq!(shell.headers()["x-frame-options"], "DENY");
    assert_eq!(shell.headers()["cache-control"], "no-cache");
    // The home page is rendered, never the shell as a directory's page
    // (rendering spawns tasks: the executor main.rs starts).
    let _ = any_spawner::Executor::init_tokio();
    let home = get(&state, "/").await;
    // (No backend here: the rendered page's own error, not a panic.)
    assert_ne!(home.status(), StatusCode::INTERNAL_SERVER_ERROR);
    assert_ne!(
        home.headers().get("cache-control").map(|v| v.to_str().unwrap()),
        Some("no-cache")
    );
    let sw = get(&state, "/sw.js").await;
    assert_eq!(sw.headers()["cache-control"], "no-cache");
    assert!(sw.headers()["content-type"]
        .to_str()
        .unwrap()
        .starts_with("text/javascript"));
    let manifest = get(&state, "/manifest.webmanifest").await;
    assert_eq!(manifest.headers()["content-type"], "application/manifest+json");
    assert!(expected.reader.contains("worker-src 'self'; manifest-src 'self'"));
    std::fs::remove_dir_all(dist).ok();
}
