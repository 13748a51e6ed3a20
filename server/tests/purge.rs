//! Corrections and takedowns: after a purge the server shows what the
//! backend says now, at once, and never again what it dropped, even while
//! the backend fails; only with the secret, and not without end.

use axum::body::Body;
use axum::extract::State;
use axum::http::{header, Request, StatusCode};
use axum::routing::get;
use axum::{Json, Router};
use http_body_util::BodyExt;
use serde_json::json;
use std::sync::{Arc, Mutex};
use tintuc_server::settings::Settings;
use tintuc_server::{app, AppState};
use tower::ServiceExt;

mod support;

const SECRET: &str = "a-secret-of-the-newsroom";

/// What the backend says of its one article.
#[derive(Clone)]
struct Newsroom {
    title: &'static str,
    published: bool,
    failing: bool,
}

type Shared = Arc<Mutex<Newsroom>>;

fn summary(title: &str) -> serde_json::Value {
    json!({ "slug": "bai-1", "title": title, "published_at": "2021-02-05T07:39:00Z" })
}

async fn backend(state: Shared) -> String {
    let router = Router::new()
        .route(
            "/api/categories",
            get(|State(s): State<Shared>| async move {
                let failing = s.lock().unwrap().failing;
                if failing {
                    return Err(StatusCode::INTERNAL_SERVER_ERROR);
                }
                Ok(Json(json!({ "items": [] })))
            }),
        )
        .route(
            "/api/articles",
            get(|State(s): State<Shared>| async move {
                let n = s.lock().unwrap().clone();
                if n.failing {
                    return Err(StatusCode::INTERNAL_SERVER_ERROR);
                }
                let items: Vec<_> = n.published.then(|| summary(n.title)).into_iter().collect();
                Ok(Json(
                    json!({ "items": items, "page": 1, "per_page": 10, "total": items.len() }),
                ))
            }),
        )
        .route(
            "/api/articles/bai-1",
            get(|State(s): State<Shared>| async move {
                let n = s.lock().unwrap().clone();
                match (n.failing, n.published) {
                    (true, _) => Err(StatusCode::INTERNAL_SERVER_ERROR),
                    (false, false) => Err(StatusCode::NOT_FOUND),
                    (false, true) => {
                        let mut a = summary(n.title);
                        a["body_html"] = json!("<p>Nội dung.</p>");
                        Ok(Json(a))
                    }
                }
            }),
        )
        .with_state(state);
    support::serve(router).await
}

async fn server(secret: Option<&str>) -> (Arc<AppState>, Shared) {
    let shared = Arc::new(Mutex::new(Newsroom {
        title: "Tiêu đề sai",
        published: true,
        failing: false,
    }));
    let backend = backend(shared.clone()).await;
    let dist = support::build(
        "purge",
        &[
            ("index.html", support::SHELL),
            ("config.json", r#"{"api_base": "/api/"}"#),
        ],
    );
    let mut args = vec![
        "--dist".to_string(),
        dist.display().to_string(),
        "--backend".into(),
        backend,
    ];
    if let Some(s) = secret {
        let file = dist.join("secret");
        std::fs::write(&file, format!("{s}\n")).unwrap();
        args.extend(["--purge-secret-file".into(), file.display().to_string()]);
    }
    (AppState::new(Settings::from_args(args).unwrap()).unwrap(), shared)
}

async fn send(state: &Arc<AppState>, method: &str, path: &str, auth: Option<&str>) -> (StatusCode, String) {
    let mut req = Request::builder().method(method).uri(path);
    if let Some(a) = auth {
        req = req.header(header::AUTHORIZATION, format!("Bearer {a}"));
    }
    let r = app(state.clone())
        .oneshot(req.body(Body::empty()).unwrap())
        .await
        .unwrap();
    let status = r.status();
    let body = r.into_body().collect().await.unwrap().to_bytes();
    (status, String::from_utf8_lossy(&body).into_owned())
}

#[tokio::test]
async fn a_correction_shows_at_once_and_a_takedown_is_gone_even_while_the_backend_fails() {
    let _ = any_spawner::Executor::init_tokio();
    let (state, newsroom) = server(Some(SECRET)).await;
    let (status, page) = send(&state, "GET", "/tin-tuc/bai-1", None).await;
    assert_eq!(status, StatusCode::OK);
    assert!(page.contains("Tiêu đề sai"));
    assert!(send(&state, "GET", "/rss.xml", None).await.1.contains("Tiêu đề sai"));

    // Corrected in the CMS: the server's answers are still fresh.
    newsroom.lock().unwrap().title = "Tiêu đề đúng";
    assert!(send(&state, "GET", "/tin-tuc/bai-1", None)
        .await
        .1
        .contains("Tiêu đề sai"));
    let (purged, _) = send(&state, "POST", "/_tintuc/purge?slug=bai-1", Some(SECRET)).await;
    assert_eq!(purged, StatusCode::OK);
    let (_, page) = send(&state, "GET", "/tin-tuc/bai-1", None).await;
    assert!(page.contains("Tiêu đề đúng") && !page.contains("Tiêu đề sai"));
    let feed = send(&state, "GET", "/rss.xml", None).await.1;
    assert!(
        feed.contains("Tiêu đề đúng") && !feed.contains("Tiêu đề sai"),
        "the lists too"
    );

    // Taken down, then the backend fails: never the old copy.
    newsroom.lock().unwrap().published = false;
    send(&state, "POST", "/_tintuc/purge?slug=bai-1", Some(SECRET)).await;
    let (status, page) = send(&state, "GET", "/tin-tuc/bai-1", None).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    assert!(!page.contains("Tiêu đề đúng"));
    newsroom.lock().unwrap().failing = true;
    send(&state, "POST", "/_tintuc/purge", Some(SECRET)).await;
    let (status, page) = send(&state, "GET", "/tin-tuc/bai-1", None).await;
    assert_ne!(status, StatusCode::OK);
    assert!(!page.contains("Tiêu đề đúng"), "{status}");
}

#[tokio::test]
async fn only_the_secret_purges_and_not_without_end() {
    let _ = any_spawner::Executor::init_tokio();
    let (off, _) = server(None).await;
    assert_eq!(
        send(&off, "POST", "/_tintuc/purge", Some(SECRET)).await.0,
        StatusCode::NOT_FOUND
    );

    let (state, _) = server(Some(SECRET)).await;
    assert_eq!(
        send(&state, "POST", "/_tintuc/purge", None).await.0,
        StatusCode::UNAUTHORIZED
    );
    assert_eq!(
        send(&state, "POST", "/_tintuc/purge", Some("a-secret-of-the-newsroon"))
            .await
            .0,
        StatusCode::UNAUTHORIZED
    );
    assert_eq!(
        send(&state, "GET", "/_tintuc/purge", Some(SECRET)).await.0,
        StatusCode::METHOD_NOT_ALLOWED
    );
    assert_eq!(
        send(&state, "POST", "/_tintuc/purge?slug=..", Some(SECRET)).await.0,
        StatusCode::BAD_REQUEST
    );
    // The burst, then 429 (the bucket refills a few a second: far fewer
    // than a hundred more within this loop).
    let mut statuses = Vec::new();
    for _ in 0..200 {
        statuses.push(send(&state, "POST", "/_tintuc/purge?slug=bai-1", Some(SECRET)).await.0);
    }
    assert_eq!(statuses[0], StatusCode::OK);
    assert!(statuses.contains(&StatusCode::TOO_MANY_REQUESTS));
}

#[test]
fn a_short_secret_is_refused() {
    assert!(tintuc_server::purge::Purger::new(Some("short".into())).is_err());
    assert!(
        tintuc_server::purge::Purger::new(Some("   ".into())).is_ok(),
        "blank: no endpoint"
    );
}

#[tokio::test]
async fn pages_name_the_keys_a_cdn_purges_them_by() {
    let _ = any_spawner::Executor::init_tokio();
    let (state, _) = server(None).await;
    for (path, keys) in [
        ("/tin-tuc/bai-1", "article-bai-1 lists"),
        ("/", "lists"),
        ("/danh-muc/thong-bao", "category-thong-bao lists"),
    ] {
        let r = app(state.clone())
            .oneshot(Request::builder().uri(path).body(Body::empty()).unwrap())
            .await
            .unwrap();
        assert_eq!(r.headers()["surrogate-key"], keys, "{path}");
        assert_eq!(r.headers()["cache-tag"], keys.replace(' ', ","), "{path}");
    }
}
