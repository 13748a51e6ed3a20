//! A contract backend for the reach tests (robots, sitemaps, feeds): it
//! claims a million articles, and its data is hostile (control characters,
//! `]]>`, duplicates, a date RFC 822 cannot write, one in the future, a photo
//! URL that is a script); and a server in front of it.

use axum::body::Body;
use axum::extract::Query;
use axum::http::{header, Request, StatusCode};
use axum::routing::get;
use axum::{Json, Router};
use http_body_util::BodyExt;
use serde_json::{json, Value};
use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::Arc;
use tintuc_server::settings::Settings;
use tintuc_server::{app, AppState};
use tower::ServiceExt;

pub const SITE: &str = "https://portal.example.vn";

/// How many articles the backend has (what its lists say, and where they end).
pub const TOTAL: u64 = 1_000_000;

pub fn now() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs() as i64
}

/// Article `i` of the backend (newest first, one an hour back from now):
/// some hostile.
pub fn article(i: u64) -> Value {
    let title = match i {
        1 => "Tin <b>đầu</b> & \"mới\" ]]> \u{1b}\u{0}xong\u{ffff}".to_string(),
        // The same article listed twice.
        3 => "Bài thứ hai".to_string(),
        _ => format!("Bài số {i}"),
    };
    let slug = if i == 3 {
        "bai-2".to_string()
    } else {
        format!("bai-{i}")
    };
    let published = match i {
        5 => "0099-01-01T00:00:00Z".to_string(),
        // A date in the future: not news yet.
        6 => rfc3339(now() + 86_400),
        // Half past: no article sits on the two days' edge.
        _ => rfc3339(now() - i as i64 * 3600 + 1800),
    };
    let mut a = json!({
        "slug": slug,
        "title": title,
        "summary": format!("Tóm tắt {i} \u{7}"),
        "published_at": published,
        "category": { "slug": "thong-bao", "name": "Thông báo" },
    });
    a["thumbnail"] = match i {
        2 => json!({ "url": "javascript:alert(1)" }),
        4 => json!({ "url": "/media/anh-4.jpg", "width": 800, "height": 533 }),
        _ => Value::Null,
    };
    a
}

pub fn rfc3339(unix: i64) -> String {
    tintuc::timefmt::Timestamp::from_unix(unix).to_rfc3339(tintuc::timefmt::Zone(0))
}

pub async fn backend() -> String {
    let articles = |Query(q): Query<HashMap<String, String>>| async move {
        let page: u64 = q.get("page").and_then(|p| p.parse().ok()).unwrap_or(1);
        let per_page: u64 = q.get("per_page").and_then(|p| p.parse().ok()).unwrap_or(10);
        if q.get("category").is_some_and(|c| c != "thong-bao") {
            return (StatusCode::NOT_FOUND, Json(json!({ "error": { "code": "not_found" } })));
        }
        // A backend that claims a million articles: the feed reads a few pages.
        let per_page = per_page.min(100);
        let items: Vec<Value> = ((page - 1) * per_page + 1..=page * per_page)
            .filter(|i| *i <= TOTAL)
            .map(article)
            .collect();
        (
            StatusCode::OK,
            Json(json!({ "items": items, "page": page, "per_page": per_page, "total": TOTAL })),
        )
    };
    let router = Router::new()
        .route(
            "/api/categories",
            get(|| async { Json(json!({ "items": [{ "slug": "thong-bao", "name": "Thông báo", "count": 3 }] })) }),
        )
        .route("/api/articles", get(articles));
    super::serve(router).await
}

pub fn build() -> PathBuf {
    super::build(
        "reach",
        &[
            ("index.html", super::SHELL),
            (
                "config.json",
                r#"{"api_base": "/api/", "site_name": "Cổng <tin> & Quận", "time_zone": "+07:00"}"#,
            ),
        ],
    )
}

pub async fn state() -> Arc<AppState> {
    let backend = backend().await;
    let args = [
        "--dist",
        &build().display().to_string(),
        "--backend",
        &backend,
        "--site-url",
        SITE,
    ]
    .map(String::from);
    AppState::new(Settings::from_args(args).unwrap()).unwrap()
}

pub async fn get_doc(
    state: &Arc<AppState>,
    path: &str,
    etag: Option<&str>,
) -> (StatusCode, axum::http::HeaderMap, String) {
    let mut req = Request::builder().uri(path);
    if let Some(e) = etag {
        req = req.header(header::IF_NONE_MATCH, e);
    }
    let r = app(state.clone())
        .oneshot(req.body(Body::empty()).unwrap())
        .await
        .unwrap();
    let (parts, body) = r.into_parts();
    let bytes = body.collect().await.unwrap().to_bytes();
    (parts.status, parts.headers, String::from_utf8(bytes.to_vec()).unwrap())
}

pub fn child<'a>(n: roxmltree::Node<'a, 'a>, name: &str) -> Option<roxmltree::Node<'a, 'a>> {
    n.children().find(|c| c.tag_name().name() == name)
}

pub fn text_of(n: roxmltree::Node, name: &str) -> String {
    child(n, name).and_then(|c| c.text()).unwrap_or_default().to_string()
}
