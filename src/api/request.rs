//! What the app asks of the backend, as values: a request names its data,
//! knows its URL and how to decode the answer. Pages, the navigation loader
//! and the cache all speak in these.

use super::error::ApiError;
use super::media::MediaBase;
use super::tintuc::{self, ListQuery};
use crate::config::{BackendKind, Config};
use std::any::Any;
use std::sync::Arc;

/// A decoded answer, type-erased so one cache holds every kind (and one code
/// path, not one per model type, ends up in the WASM).
pub type Erased = Arc<dyn Any + Send + Sync>;

#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Request {
    Categories,
    /// A page of the latest articles, of one category or of all.
    Articles {
        category: Option<String>,
        page: u32,
    },
    Article(String),
    OtherNews(String),
    /// A page of search results (the backend's optional `search` capability).
    Search {
        q: String,
        page: u32,
    },
    /// WordPress only: its categories with their ids, which its posts name
    /// by id. Not asked for by pages.
    WpCategories,
}

impl Request {
    /// What identifies this request's answer in the cache (and in the boot
    /// script's early answers): the URL for tintuc's contract, whose requests
    /// are one URL each; a name for WordPress, whose may take several.
    pub fn key(&self, c: &Config) -> String {
        match c.backend {
            BackendKind::Tintuc => self.url(c),
            BackendKind::WordPress => match self {
                Request::Categories => "wp:categories".into(),
                Request::WpCategories => "wp:categories-raw".into(),
                Request::Articles { category, page } => {
                    format!("wp:articles:{}:{page}", category.as_deref().unwrap_or(""))
                }
                Request::Article(slug) => format!("wp:article:{slug}"),
                Request::OtherNews(slug) => format!("wp:other:{slug}"),
                Request::Search { q, page } => format!("wp:search:{page}:{q}"),
            },
        }
    }

    /// The URL of a request of tintuc's contract.
    pub fn url(&self, c: &Config) -> String {
        let base = &c.api_base;
        match self {
            Request::Categories => tintuc::categories_url(base),
            Request::Articles { category, page } => tintuc::articles_url(
                base,
                &ListQuery {
                    category: category.clone(),
                    page: *page,
                    per_page: c.page_size,
                },
            ),
            Request::Article(slug) => tintuc::article_url(base, slug),
            Request::OtherNews(slug) => tintuc::other_news_url(base, slug, c.other_news_limit, c.other_news_scope),
            Request::Search { q, page } => tintuc::search_url(base, q, *page, c.page_size),
            Request::WpCategories => tintuc::categories_url(base),
        }
    }

    /// Decodes a 2xx body into this request's model, with image URLs fixed.
    pub fn decode(&self, text: &str, media: &MediaBase) -> Result<Erased, ApiError> {
        Ok(match self {
            Request::Categories | Request::WpCategories => Arc::new(tintuc::decode_categories(text)?),
            Request::Articles { .. } | Request::Search { .. } => {
                let mut p = tintuc::decode_article_page(text)?;
                media.fix_page(&mut p);
                Arc::new(p)
            }
            Request::Article(_) => {
                let mut a = tintuc::decode_article(text)?;
                media.fix_article(&mut a);
                Arc::new(a)
            }
            Request::OtherNews(_) => {
                let mut items = tintuc::decode_other_news(text)?;
                items.iter_mut().for_each(|a| media.fix_summary(a));
                Arc::new(items)
            }
        })
    }
}
