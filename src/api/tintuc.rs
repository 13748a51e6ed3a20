//! tintuc's own backend contract (see `openapi.yaml`): its URLs and JSON.
//! Pure functions, so both are tested natively.

use super::decode;
use super::error::ApiError;
use super::models::{Article, ArticlePage, ArticleSummary, CategoryList};
use crate::config::OtherNewsScope;
use crate::routes::encode_segment;
use serde::Deserialize;

/// A list request: which page, how many, optionally one category.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct ListQuery {
    pub category: Option<String>,
    pub page: u32,
    pub per_page: u32,
}

pub fn categories_url(base: &str) -> String {
    format!("{base}categories")
}

pub fn articles_url(base: &str, q: &ListQuery) -> String {
    let mut url = format!("{base}articles?page={}&per_page={}", q.page.max(1), q.per_page.max(1));
    if let Some(c) = &q.category {
        url.push_str("&category=");
        url.push_str(&encode_segment(c));
    }
    url
}

/// Search (the optional `search` capability): the list endpoint with `q`.
pub fn search_url(base: &str, q: &str, page: u32, per_page: u32) -> String {
    format!(
        "{base}articles?page={}&per_page={}&q={}",
        page.max(1),
        per_page.max(1),
        encode_segment(q)
    )
}

pub fn article_url(base: &str, slug: &str) -> String {
    format!("{base}articles/{}", encode_segment(slug))
}

pub fn other_news_url(base: &str, slug: &str, limit: u32, scope: OtherNewsScope) -> String {
    let scope = match scope {
        OtherNewsScope::Category => "category",
        OtherNewsScope::Latest => "latest",
    };
    format!(
        "{base}articles/{}/other?limit={limit}&scope={scope}",
        encode_segment(slug)
    )
}

#[derive(Deserialize)]
struct Items<T> {
    items: Vec<T>,
}

pub fn decode_categories(text: &str) -> Result<CategoryList, ApiError> {
    decode(text)
}

pub fn decode_article_page(text: &str) -> Result<ArticlePage, ApiError> {
    decode(text)
}

pub fn decode_article(text: &str) -> Result<Article, ApiError> {
    decode(text)
}

pub fn decode_other_news(text: &str) -> Result<Vec<ArticleSummary>, ApiError> {
    decode::<Items<ArticleSummary>>(text).map(|i| i.items)
}
