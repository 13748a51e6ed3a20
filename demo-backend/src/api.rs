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
        .route("/most-read", get(most_read))
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
    Json(json!({ "items": items, "capabilities": ["search", "most_read"] })).into_response()
}

#[derive(Deserialize)]
pub struct ListParams {
    page: Option<String>,
    per_page: Option<String>,
    category: Option<String>,
    /// A topic's slug: its articles only.
    tag: Option<String>,
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
    /// The topic a `tag` list is of.
    #[serde(skip_serializing_if = "Option::is_none")]
    tag: Option<&'a crate::data::CategoryRef>,
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
    let tag = match q.tag.as_deref().filter(|t| !t.is_empty()) {
        Some(t) => match news.tag(t) {
            Some(tag) => Some(tag),
            None => return error(StatusCode::NOT_FOUND, "not_found", "No such topic"),
        },
        None => None,
    };
    let words = tintuc_fold::words(q.q.as_deref().unwrap_or_default());
    // Newest first; a search's matches in titles and summaries before those
    // in bodies alone.
    let mut found: Vec<(u8, &crate::data::Article)> = news
        .list(category)
        .filter(|a| tag.is_none_or(|t| a.tags.iter().any(|u| u.slug == t.slug)))
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
        .skip(skip)
        .take(per_page as usize)
        .map(|(rank, a)| crate::data::Summary {
            // Found in the body alone: the sentence that holds the words.
            found: (rank > 0)
                .then(|| tintuc_fold::sentence_with(&a.body_text, &words))
                .flatten(),
            ..a.summary()
        })
        .collect();
    Json(PageOut {
        items,
        page,
        per_page,
        total,
        tag,
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

#[derive(Deserialize)]
pub struct MostReadParams {
    limit: Option<String>,
}

/// The most read (capability `most_read`): by the newsroom's counter, the
/// newest first among equals; never read, never listed.
async fn most_read(State(news): State<Arc<Newsroom>>, Query(q): Query<MostReadParams>) -> Response {
    let limit = number(q.limit.as_deref(), 5, 20) as usize;
    // `articles` is newest first, and the sort is stable.
    let mut read: Vec<&crate::data::Article> = news.articles.iter().filter(|a| a.views > 0).collect();
    read.sort_by_key(|a| std::cmp::Reverse(a.views));
    let items: Vec<Summary> = read.into_iter().take(limit).map(|a| a.summary()).collect();
    Json(json!({ "items": items })).into_response()
}

#[cfg(test)]
mod tests;
