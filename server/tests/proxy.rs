//! `/api/` and `/media/` passed on to a backend: only paths that stay in
//! their prefix however a server decodes them, GET and HEAD only, no
//! cookies either way, no redirect followed, and every passed-on answer
//! sandboxed (an SVG among the media must not run script on the portal's
//! origin), the API readable by partner sites (CORS).

use axum::body::Body;
use axum::http::{header, Request, StatusCode};
use axum::response::IntoResponse;
use axum::routing::get;
use axum::Router;
use std::path::PathBuf;
use std::sync::Arc;
use tintuc_server::proxy::stays_inside;
use tintuc_server::settings::Settings;
use tintuc_server::{app, AppState};
use tower::ServiceExt;

mod support;

#[test]
fn dot_segments_backslashes_and_encoded_slashes_never_leave_the_prefix() {
    for ok in [
        "/api/categories",
        "/api/articles?page=2",
        "/media/anh-01.jpg",
        "/media/a%20b.jpg",
        "/api/x.y/..z",
    ] {
        let path = ok.split('?').next().unwrap();
        let prefix = if ok.starts_with("/api/") { "/api/" } else { "/media/" };
        assert!(stays_inside(path, prefix), "{ok}");
    }
    for bad in [
        "/api/../media/anh-01.jpg",
        "/api/%2e%2e/media/anh-01.jpg",
        "/api/%2E%2E/wp-login.php",
        "/api/.%2e/xmlrpc.php",
        "/api/%2e./x",
        "/api/./x",
        "/api/%2e/x",
        "/api/x/..",
        "/api/..%2fwp-login.php",
        "/api/..%2Fwp-login.php",
        "/api/..%5cwp-login.php",
        "/api/..\\wp-login.php",
        "/api/%252e%252e/wp-login.php",
        "/api/a%00b",
        "/api/a%0ab",
        "/api/%zz",
        "/api/%2",
        "/apix/../x",
        "/media",
    ] {
        let prefix = if bad.starts_with("/media") { "/media/" } else { "/api/" };
        assert!(!stays_inside(bad, prefix), "{bad}");
    }
}

/// A backend with a sandbox-worthy SVG, a cookie, a redirect elsewhere,
/// and what must never be reached.
async fn backend() -> String {
    let router = Router::new()
        .route(
            "/api/categories",
            get(|| async {
                (
                    [
                        (header::CONTENT_TYPE, "application/json"),
                        (header::SET_COOKIE, "wp=1"),
                        (header::ACCESS_CONTROL_ALLOW_ORIGIN, "https://only.example"),
                    ],
                    "[]",
                )
            }),
        )
        .route(
            "/media/x.svg",
            get(|| async {
                (
                    [(header::CONTENT_TYPE, "image/svg+xml")],
                    "<svg><script>alert(1)</script></svg>",
                )
            }),
        )
        .route(
            "/api/away",
            get(|| async { (StatusCode::FOUND, [(header::LOCATION, "http://169.254.169.254/")]).into_response() }),
        )
        .route("/wp-login.php", get(|| async { "login" }));
    support::serve(router).await
}

fn build() -> PathBuf {
    support::build(
        "proxy",
        &[
            ("index.html", support::SHELL),
            ("config.json", r#"{"api_base": "/api/"}"#),
        ],
    )
}

async fn send(state: &Arc<AppState>, method: &str, path: &str, cookie: bool) -> axum::response::Response {
    let mut req = Request::builder().method(method).uri(path);
    if cookie {
        req = req.header(header::COOKIE, "wordpress_logged_in=secret");
    }
    app(state.clone())
        .oneshot(req.body(Body::empty()).unwrap())
        .await
        .unwrap()
}

#[tokio::test]
async fn passed_on_answers_are_sandboxed_and_the_api_is_readable_by_partners() {
    let backend = backend().await;
    let args = ["--dist", &build().display().to_string(), "--backend", &backend].map(String::from);
    let state = AppState::new(Settings::from_args(args).unwrap()).unwrap();

    let svg = send(&state, "GET", "/media/x.svg", false).await;
    assert_eq!(svg.status(), StatusCode::OK);
    let h = svg.headers();
    assert_eq!(h["content-security-policy"], "default-src 'none'; sandbox");
    assert_eq!(h["x-content-type-options"], "nosniff");
    assert!(h.get("access-control-allow-origin").is_none(), "media needs no CORS");

    let api = send(&state, "GET", "/api/categories", true).await;
    assert_eq!(api.status(), StatusCode::OK);
    let h = api.headers();
    assert_eq!(h["access-control-allow-origin"], "*", "ours, not the backend's");
    assert!(h.get("access-control-allow-credentials").is_none());
    assert!(h.get(header::SET_COOKIE).is_none());
    assert_eq!(h["content-security-policy"], "default-src 'none'; sandbox");

    for path in [
        "/api/%2e%2e/wp-login.php",
        "/api/%2E%2E/wp-login.php",
        "/media/..%2fwp-login.php",
    ] {
        let r = send(&state, "GET", path, false).await;
        assert_eq!(r.status(), StatusCode::BAD_REQUEST, "{path}");
        assert_eq!(r.headers()["content-security-policy"], "default-src 'none'; sandbox");
    }
    let post = send(&state, "POST", "/api/categories", false).await;
    assert_eq!(post.status(), StatusCode::METHOD_NOT_ALLOWED);

    let away = send(&state, "GET", "/api/away", false).await;
    assert_eq!(
        away.status(),
        StatusCode::BAD_GATEWAY,
        "a redirect is the backend failing"
    );
    assert!(away.headers().get(header::LOCATION).is_none());
}

#[tokio::test]
async fn a_reader_never_sees_the_backends_address_when_it_fails() {
    use http_body_util::BodyExt;
    let _ = any_spawner::Executor::init_tokio();
    // A backend that refuses every connection: its address is in every
    // error the HTTP client makes.
    let dead = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let backend = format!("http://{}", dead.local_addr().unwrap());
    drop(dead);
    let args = ["--dist", &build().display().to_string(), "--backend", &backend].map(String::from);
    let state = AppState::new(Settings::from_args(args).unwrap()).unwrap();
    for path in ["/", "/tin-tuc/bai-nao-do", "/danh-muc/thong-bao"] {
        let r = send(&state, "GET", path, false).await;
        assert!(r.status().is_server_error(), "{path}: {}", r.status());
        let body = r.into_body().collect().await.unwrap().to_bytes();
        let page = String::from_utf8_lossy(&body);
        let host = backend.trim_start_matches("http://");
        assert!(!page.contains(host), "{path} shows the backend's address");
        assert!(
            page.contains("tt-error") || page.contains("role=\"alert\""),
            "{path}: an error state\n{page}"
        );
    }
}
