//! The tintuc backend contract (`openapi.yaml`), served from a [`Newsroom`].

use crate::data::{Newsroom, Summary};
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::{Json, Router};
use serde::{Deserialize, Serialize};
use serde_json::json;
use std::sync::Arc;

pub const MAX_PER_PAGE: u32 = 100;
const DEFAULT_PER_PAGE: u32 = 10;

pub fn router(news: Arc<Newsroom>) -> Router {
    Router::new()
        .route("/categories", get(categories))
        .route("/articles", get(articles))
        .route("/articles/{slug}", get(article))
        .route("/articles/{slug}/other", get(other_news))
        .fallback(|| async { error(StatusCode::NOT_FOUND, "not_found", "No such endpoint") })
        .with_state(news)
}

pub fn error(status: StatusCode, code: &str, message: &str) -> Response {
    (status, Json(json!({ "error": { "code": code, "message": message } }))).into_response()
}

#[derive(Serialize)]
struct CategoryOut<'a> {
    slug: &'a str,
    name: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    description: Option<&'a str>,
    count: usize,
}

async fn categories(State(news): State<Arc<Newsroom>>) -> Response {
    let items: Vec<CategoryOut> = news
        .categories
        .iter()
        .map(|c| CategoryOut {
            slug: &c.slug,
            name: &c.name,
            description: c.description.as_deref(),
            count: news.count(&c.slug),
        })
        .collect();
    // Optional features beyond the core contract, so clients can offer them.
    Json(json!({ "items": items, "capabilities": ["search"] })).into_response()
}

#[derive(Deserialize)]
pub struct ListParams {
    page: Option<String>,
    per_page: Option<String>,
    category: Option<String>,
    /// Search words, matched without regard to case or Vietnamese diacritics.
    q: Option<String>,
}

/// Lenient with numbers, as public APIs are: a bad `page` is page 1.
fn number(raw: Option<&str>, default: u32, max: u32) -> u32 {
    raw.and_then(|s| s.parse::<u32>().ok())
        .filter(|&n| n >= 1)
        .map_or(default, |n| n.min(max))
}

#[derive(Serialize)]
struct PageOut<'a> {
    items: Vec<Summary<'a>>,
    page: u32,
    per_page: u32,
    total: usize,
}

async fn articles(State(news): State<Arc<Newsroom>>, Query(q): Query<ListParams>) -> Response {
    let page = number(q.page.as_deref(), 1, u32::MAX);
    let per_page = number(q.per_page.as_deref(), DEFAULT_PER_PAGE, MAX_PER_PAGE);
    let category = q.category.as_deref().filter(|c| !c.is_empty());
    if let Some(c) = category {
        if news.category(c).is_none() {
            return error(StatusCode::NOT_FOUND, "not_found", "No such category");
        }
    }
    let query = q.q.as_deref().map(crate::data::fold).unwrap_or_default();
    let words: Vec<&str> = query.split_whitespace().collect();
    // Newest first; a search's matches in titles and summaries before those
    // in bodies alone.
    let mut found: Vec<(u8, &crate::data::Article)> = news
        .list(category)
        .filter_map(|a| match words.is_empty() {
            true => Some((0, a)),
            false => crate::data::matches(a, &words).map(|rank| (rank, a)),
        })
        .collect();
    found.sort_by_key(|(rank, _)| *rank);
    let total = found.len();
    let skip = (page as usize - 1).saturating_mul(per_page as usize);
    let items = found
        .into_iter()
        .map(|(_, a)| a)
        .skip(skip)
        .take(per_page as usize)
        .map(|a| a.summary())
        .collect();
    Json(PageOut {
        items,
        page,
        per_page,
        total,
    })
    .into_response()
}

async fn article(State(news): State<Arc<Newsroom>>, Path(slug): Path<String>) -> Response {
    match news.article(&slug) {
        Some(a) => Json(a).into_response(),
        None => error(StatusCode::NOT_FOUND, "not_found", "No such article"),
    }
}

#[derive(Deserialize)]
pub struct OtherParams {
    limit: Option<String>,
    scope: Option<String>,
}

async fn other_news(
    State(news): State<Arc<Newsroom>>,
    Path(slug): Path<String>,
    Query(q): Query<OtherParams>,
) -> Response {
    let limit = number(q.limit.as_deref(), 8, 50) as usize;
    let same_category = q.scope.as_deref() != Some("latest");
    match news.other_news(&slug, limit, same_category) {
        Some(list) => {
            let items: Vec<Summary> = list.into_iter().map(|a| a.summary()).collect();
            Json(json!({ "items": items })).into_response()
        }
        None => error(StatusCode::NOT_FOUND, "not_found", "No such article"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use axum::body::Body;
    use axum::http::Request;
    use http_body_util::BodyExt;
    use serde_json::Value;
    use std::path::Path;
    use tower::ServiceExt;

    async fn get(uri: &str) -> (StatusCode, Value) {
        let news = Newsroom::load(&Path::new(env!("CARGO_MANIFEST_DIR")).join("../data")).unwrap();
        let resp = router(Arc::new(news))
            .oneshot(Request::get(uri).body(Body::empty()).unwrap())
            .await
            .unwrap();
        let status = resp.status();
        let bytes = resp.into_body().collect().await.unwrap().to_bytes();
        (status, serde_json::from_slice(&bytes).unwrap())
    }

    #[tokio::test]
    async fn lists_paginate_and_filter() {
        let (s, all) = get("/articles?page=1&per_page=10").await;
        assert_eq!(s, StatusCode::OK);
        assert_eq!(all["items"].as_array().unwrap().len(), 10);
        assert_eq!((all["page"].as_u64(), all["per_page"].as_u64()), (Some(1), Some(10)));
        assert!(all["total"].as_u64().unwrap() >= 60);
        assert!(all["items"][0].get("body_html").is_none(), "lists carry no bodies");
        let (_, cat) = get("/articles?category=hoat-dong-mat-tran&page=2&per_page=10").await;
        assert!(cat["items"]
            .as_array()
            .unwrap()
            .iter()
            .all(|a| a["category"]["slug"] == "hoat-dong-mat-tran"));
        let (_, past) = get("/articles?page=999").await;
        assert_eq!(past["items"].as_array().unwrap().len(), 0);
        let (_, odd) = get("/articles?page=abc&per_page=100000").await;
        assert_eq!((odd["page"].as_u64(), odd["per_page"].as_u64()), (Some(1), Some(100)));
        let (s, e) = get("/articles?category=khong-co").await;
        assert_eq!(
            (s, e["error"]["code"].as_str()),
            (StatusCode::NOT_FOUND, Some("not_found"))
        );
    }

    #[tokio::test]
    async fn search_ignores_case_and_diacritics() {
        let (_, cats) = get("/categories").await;
        assert_eq!(cats["capabilities"], serde_json::json!(["search"]));
        let (_, plain) = get("/articles?q=hoan%20kiem&per_page=100").await;
        let (_, marked) = get("/articles?q=Ho%C3%A0n%20Ki%E1%BA%BFm&per_page=100").await;
        assert!(plain["total"].as_u64().unwrap() > 10);
        assert_eq!(plain["total"], marked["total"]);
        let (_, none) = get("/articles?q=xyzzyqwv").await;
        assert_eq!(none["total"], 0);
        let (_, d) = get("/articles?q=dai%20doan%20ket").await;
        assert!(d["total"].as_u64().unwrap() > 0, "đ is found by d");
        let (_, in_cat) = get("/articles?q=hoan&category=thong-bao").await;
        assert!(in_cat["items"]
            .as_array()
            .unwrap()
            .iter()
            .all(|a| a["category"]["slug"] == "thong-bao"));
    }

    #[tokio::test]
    async fn articles_categories_and_404s() {
        let (s, cats) = get("/categories").await;
        assert_eq!(s, StatusCode::OK);
        assert!(cats["items"]
            .as_array()
            .unwrap()
            .iter()
            .all(|c| c["count"].as_u64().unwrap() > 0));
        let (s, a) = get("/articles/ket-qua-binh-chon-hang-viet-nam-duoc-nguoi-tieu-dung-yeu-thich-2019").await;
        assert_eq!(s, StatusCode::OK);
        assert!(a["body_html"].as_str().unwrap().contains("<table"));
        assert_eq!(get("/articles/khong-co").await.0, StatusCode::NOT_FOUND);
        assert_eq!(get("/articles/khong-co/other").await.0, StatusCode::NOT_FOUND);
        assert_eq!(get("/khong-co").await.0, StatusCode::NOT_FOUND);
        let (_, o) =
            get("/articles/ket-qua-binh-chon-hang-viet-nam-duoc-nguoi-tieu-dung-yeu-thich-2019/other?limit=3").await;
        assert_eq!(o["items"].as_array().unwrap().len(), 3);
    }
}
