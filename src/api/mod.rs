//! The api layer: the only code that knows the backend's URLs, HTTP and JSON.
//! It hands pages tintuc's own models, or one [`ApiError`].

pub mod cache;
pub mod error;
pub mod http;
pub mod media;
pub mod models;
mod resource;
pub mod tintuc;

pub use error::{ApiError, ErrorKind};
pub use http::Abort;
pub use resource::{provide_api, use_api, use_resource, ApiResource, Scope};

use crate::config::Config;
use cache::Cache;
use leptos::prelude::*;
use media::MediaBase;
use models::{Article, ArticlePage, ArticleSummary, Category};
use std::cell::RefCell;
use std::rc::Rc;
use std::sync::Arc;
use tintuc::ListQuery;

/// The backend, as the app sees it. Cheap to clone.
#[derive(Clone)]
pub struct Api(Rc<Inner>);

struct Inner {
    config: Config,
    media: MediaBase,
    cache: RefCell<Cache>,
    /// Notified when a background refresh brought different data, so the
    /// resources showing it read the cache again.
    revision: ArcTrigger,
    /// Requests started for a page, with the location they were started for.
    in_flight: RefCell<Vec<(String, Abort)>>,
}

type Decoder<T> = fn(&str, &MediaBase) -> Result<T, ApiError>;

impl Api {
    pub fn new(config: Config, media: MediaBase) -> Self {
        Api(Rc::new(Inner {
            config,
            media,
            cache: RefCell::default(),
            revision: ArcTrigger::new(),
            in_flight: RefCell::default(),
        }))
    }

    pub fn config(&self) -> &Config {
        &self.0.config
    }

    pub fn revision(&self) -> &ArcTrigger {
        &self.0.revision
    }

    pub async fn categories(&self, abort: &Abort) -> Result<Arc<Vec<Category>>, ApiError> {
        let url = tintuc::categories_url(&self.0.config.api_base);
        self.get(url, abort, |t, _| tintuc::decode_categories(t)).await
    }

    /// One page of the latest articles, of one category or all.
    pub async fn articles(
        &self,
        category: Option<String>,
        page: u32,
        abort: &Abort,
    ) -> Result<Arc<ArticlePage>, ApiError> {
        let q = ListQuery {
            category,
            page,
            per_page: self.0.config.page_size,
        };
        let url = tintuc::articles_url(&self.0.config.api_base, &q);
        self.get(url, abort, |t, m| {
            let mut p = tintuc::decode_article_page(t)?;
            m.fix_page(&mut p);
            Ok(p)
        })
        .await
    }

    pub async fn article(&self, slug: &str, abort: &Abort) -> Result<Arc<Article>, ApiError> {
        let url = tintuc::article_url(&self.0.config.api_base, slug);
        self.get(url, abort, |t, m| {
            let mut a = tintuc::decode_article(t)?;
            m.fix_article(&mut a);
            Ok(a)
        })
        .await
    }

    pub async fn other_news(&self, slug: &str, abort: &Abort) -> Result<Arc<Vec<ArticleSummary>>, ApiError> {
        let c = &self.0.config;
        let url = tintuc::other_news_url(&c.api_base, slug, c.other_news_limit, c.other_news_scope);
        self.get(url, abort, |t, m| {
            let mut items = tintuc::decode_other_news(t)?;
            items.iter_mut().for_each(|a| m.fix_summary(a));
            Ok(items)
        })
        .await
    }

    /// Serves from the cache when it can (refreshing stale entries in the
    /// background), else fetches, decodes and caches. Errors are not cached,
    /// so a retry really asks again.
    async fn get<T: Send + Sync + 'static>(
        &self,
        url: String,
        abort: &Abort,
        decode: Decoder<T>,
    ) -> Result<Arc<T>, ApiError> {
        let now = js_sys::Date::now();
        let fresh = f64::from(self.0.config.cache_fresh_ms);
        let hit = self.0.cache.borrow_mut().get::<T>(&url, now, fresh);
        if let Some(hit) = hit {
            if hit.stale {
                self.0.cache.borrow_mut().touch(&url, now);
                self.refresh_in_background(url, decode);
            }
            return Ok(hit.value);
        }
        let text = http::get_text(&url, abort, self.0.config.request_timeout_ms).await?;
        let value = Arc::new(decode(&text, &self.0.media)?);
        let fp = cache::fingerprint(&text);
        self.0
            .cache
            .borrow_mut()
            .put(url, Arc::clone(&value), fp, js_sys::Date::now());
        Ok(value)
    }

    fn refresh_in_background<T: Send + Sync + 'static>(&self, url: String, decode: Decoder<T>) {
        let api = self.clone();
        leptos::task::spawn_local(async move {
            let abort = Abort::new();
            let Ok(text) = http::get_text(&url, &abort, api.0.config.request_timeout_ms).await else {
                return; // keep serving what we have; the next visit tries again
            };
            let fp = cache::fingerprint(&text);
            if api.0.cache.borrow().fingerprint(&url) == Some(fp) {
                return;
            }
            if let Ok(value) = decode(&text, &api.0.media) {
                api.0
                    .cache
                    .borrow_mut()
                    .put(url, Arc::new(value), fp, js_sys::Date::now());
                api.0.revision.notify();
            }
        });
    }

    /// Registers a page request, to be aborted if the reader leaves `location`.
    pub(crate) fn track(&self, location: String, abort: Abort) {
        let mut list = self.0.in_flight.borrow_mut();
        list.retain(|(_, a)| !a.is_done() && !a.is_aborted());
        list.push((location, abort));
    }

    /// The reader is now at `location`: requests made for other pages are moot.
    pub fn abort_except(&self, location: &str) {
        let mut list = self.0.in_flight.borrow_mut();
        list.retain(|(loc, a)| {
            if loc != location {
                a.abort();
                false
            } else {
                !a.is_done()
            }
        });
    }
}

/// Reads `config.json` from beside `index.html`.
pub async fn load_config() -> Result<Config, ApiError> {
    let abort = Abort::new();
    let text = http::get_text("/config.json", &abort, 10_000)
        .await
        .map_err(|e| match e {
            ApiError::NotFound => ApiError::Config("config.json is missing".into()),
            ApiError::Status { code, .. } => ApiError::Config(format!("config.json: HTTP {code}")),
            other => other,
        })?;
    Config::from_json(&text).map_err(ApiError::Config)
}
