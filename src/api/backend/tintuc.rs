//! tintuc's own backend contract (see `openapi.yaml`): its URLs, and the
//! backend that speaks it (its JSON is tintuc's models: `api::decode`).
//! URLs are pure functions, tested natively.

use super::{fingerprint, Backend, Fetched};
use crate::api::abort::Abort;
use crate::api::decode::{decode_article_page, decode_for};
use crate::api::error::ApiError;
use crate::api::media::MediaBase;
use crate::api::models::ArticlePage;
use crate::api::request::Request;
use crate::api::transport::Transport;
use crate::config::{Config, OtherNewsScope};
use crate::percent::encode;

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
        url.push_str(&encode(c));
    }
    url
}

/// Search (the optional `search` capability): the list endpoint with `q`.
pub fn search_url(base: &str, q: &str, page: u32, per_page: u32) -> String {
    format!(
        "{base}articles?page={}&per_page={}&q={}",
        page.max(1),
        per_page.max(1),
        encode(q)
    )
}

/// One topic's (tag's) list: the list endpoint with `tag`.
pub fn topic_url(base: &str, slug: &str, page: u32, per_page: u32) -> String {
    format!(
        "{base}articles?page={}&per_page={}&tag={}",
        page.max(1),
        per_page.max(1),
        encode(slug)
    )
}

pub fn article_url(base: &str, slug: &str) -> String {
    format!("{base}articles/{}", encode(slug))
}

pub fn other_news_url(base: &str, slug: &str, limit: u32, scope: OtherNewsScope) -> String {
    format!(
        "{base}articles/{}/other?limit={limit}&scope={}",
        encode(slug),
        scope.name()
    )
}

/// The most read articles (the optional `most_read` capability).
pub fn most_read_url(base: &str) -> String {
    format!("{base}most-read?limit={}", crate::api::request::MOST_READ)
}

/// The URL of `req` under `config`.
pub fn url(req: &Request, c: &Config) -> String {
    let base = &c.api_base;
    match req {
        Request::Categories => categories_url(base),
        Request::Articles { category, page } => articles_url(
            base,
            &ListQuery {
                category: category.clone(),
                page: *page,
                per_page: c.page_size,
            },
        ),
        Request::Article(slug) => article_url(base, slug),
        Request::OtherNews(slug) => other_news_url(base, slug, c.other_news_limit, c.other_news_scope),
        Request::Search { q, page } => search_url(base, q, *page, c.page_size),
        Request::Topic { slug, page } => topic_url(base, slug, *page, c.page_size),
        Request::MostRead => most_read_url(base),
    }
}

/// A backend of tintuc's contract: one URL, one answer per request.
pub struct Tintuc<T> {
    config: Config,
    media: MediaBase,
    transport: T,
}

impl<T> Tintuc<T> {
    pub fn new(config: &Config, media: MediaBase, transport: T) -> Self {
        Tintuc {
            config: config.clone(),
            media,
            transport,
        }
    }
}

impl<T: Transport> Tintuc<T> {
    /// A page of the latest articles, of one category or of all, and its
    /// fingerprint: [`Request::Articles`] alone (the partner widget's one
    /// request: it links nothing of the others).
    pub async fn articles(
        &self,
        category: Option<String>,
        page: u32,
        abort: &Abort,
    ) -> Result<(u64, ArticlePage), ApiError> {
        let q = ListQuery {
            category,
            page,
            per_page: self.config.page_size,
        };
        let reply = self
            .transport
            .get(&articles_url(&self.config.api_base, &q), abort)
            .await?;
        let mut p = decode_article_page(&reply.text)?;
        self.media.fix_page(&mut p);
        Ok((fingerprint(&reply.text), p))
    }
}

impl<T: Transport> Backend for Tintuc<T> {
    fn key(&self, req: &Request) -> String {
        url(req, &self.config)
    }

    async fn fetch(&self, req: &Request, abort: &Abort) -> Result<Fetched, ApiError> {
        let url = url(req, &self.config);
        let reply = self.transport.get(&url, abort).await?;
        Ok(Fetched {
            fingerprint: fingerprint(&reply.text),
            value: decode_for(req, &reply.text, &self.media)?,
            copy: reply.copy(),
            // Only offline reading asks (see `Fetched`).
            urls: if cfg!(feature = "offline") {
                vec![url]
            } else {
                Vec::new()
            },
        })
    }
}
