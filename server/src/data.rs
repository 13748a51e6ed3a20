//! The server's backend answers: fetched through the same backends as the
//! client (the tintuc contract or WordPress) over the native transport, and
//! kept in a cache bounded in bytes. Concurrent requests for one answer make
//! one backend call; a stale answer is served at once while one refresh
//! runs behind it (stale-while-revalidate), and kept while the backend
//! fails (stale-if-error) until it expires.

pub use crate::source::Source;
use moka::future::Cache;
use std::collections::HashSet;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;
use tintuc::api::request::{Erased, Request};
use tintuc::api::ApiError;
use tintuc::embed::model_json;
// Tokio's clock, so tests can move time.
use tokio::time::Instant;

/// One answer, ready to render and to embed.
#[derive(Clone)]
pub struct Answer {
    pub value: Erased,
    pub fingerprint: u64,
    /// The model as the contract's JSON (what the page embeds).
    pub json: Arc<str>,
}

/// What the cache keeps: an answer, or the backend's "no such thing".
#[derive(Clone)]
struct Kept {
    at: Instant,
    answer: Result<Answer, ApiError>,
    /// The article it is (its slug), for one whose page alone it makes; a
    /// purge of another article keeps it.
    article: Option<String>,
}

impl Kept {
    /// What holding it costs: its key, its JSON, and the decoded model
    /// beside it (strings and vectors of the same text: counted as twice
    /// the JSON), and the entry's own bookkeeping.
    fn weight(&self, key: &str) -> u32 {
        let body = self.answer.as_ref().map_or(64, |a| a.json.len() * 3);
        u32::try_from(key.len() + body + 256).unwrap_or(u32::MAX)
    }
}

/// How long each kept answer lives: a "no such thing" briefly (a flood of
/// unknown addresses must not fill the cache; one asked for again soon is
/// still answered from it), an answer for a day, standing in for a
/// failing backend.
struct Lifetimes;

impl moka::Expiry<String, Arc<Kept>> for Lifetimes {
    fn expire_after_create(&self, _: &String, kept: &Arc<Kept>, _: std::time::Instant) -> Option<Duration> {
        Some(match kept.answer {
            Err(ApiError::NotFound) => NOT_FOUND_FOR,
            _ => KEEP_FOR,
        })
    }

    fn expire_after_update(
        &self,
        key: &String,
        kept: &Arc<Kept>,
        at: std::time::Instant,
        _: Option<Duration>,
    ) -> Option<Duration> {
        self.expire_after_create(key, kept, at)
    }
}

pub struct Data {
    source: Source,
    cache: Option<Cache<String, Arc<Kept>>>,
    /// How long an answer is served without asking again.
    fresh: Duration,
    /// Answers being refreshed behind a stale one: one refresh each.
    refreshing: Mutex<HashSet<String>>,
    /// Purges so far: a fetch that a purge overtook asks again, so what it
    /// read before the correction is never kept after it.
    purges: AtomicU64,
}

/// How long a kept answer may stand in for a failing backend.
const KEEP_FOR: Duration = Duration::from_secs(24 * 3600);
/// How long the backend's "no such thing" is kept.
pub const NOT_FOUND_FOR: Duration = Duration::from_secs(30);

impl Data {
    pub fn new(source: Source, cache_bytes: u64, fresh: Duration) -> Arc<Data> {
        let cache = (cache_bytes > 0).then(|| {
            Cache::builder()
                .max_capacity(cache_bytes)
                .weigher(|key: &String, k: &Arc<Kept>| k.weight(key))
                .expire_after(Lifetimes)
                .support_invalidation_closures()
                .build()
        });
        Arc::new(Data {
            source,
            cache,
            fresh,
            refreshing: Mutex::default(),
            purges: AtomicU64::new(0),
        })
    }

    /// The answer to `req`: from the cache while fresh, stale while one
    /// refresh runs, else from the backend (one call for all who ask).
    pub async fn get(self: &Arc<Self>, req: &Request) -> Result<Answer, ApiError> {
        let Some(cache) = &self.cache else {
            return self.fetch(req).await;
        };
        let key = (self.source.key)(req);
        if let Some(kept) = cache.get(&key).await {
            if kept.at.elapsed() >= self.fresh {
                self.refresh(key, req.clone());
            }
            return kept.answer.clone();
        }
        let (this, req) = (self.clone(), req.clone());
        let loaded = cache
            .try_get_with(key, async move {
                match this.fetch_current(&req).await {
                    // "No such article" is an answer too: kept, so unknown
                    // addresses don't reach the backend every time.
                    answer @ (Ok(_) | Err(ApiError::NotFound)) => Ok(Arc::new(Kept {
                        at: Instant::now(),
                        answer,
                        article: article_of(&req),
                    })),
                    Err(e) => Err(e),
                }
            })
            .await;
        match loaded {
            Ok(kept) => kept.answer.clone(),
            Err(e) => Err((*e).clone()),
        }
    }

    /// One refresh of `key` behind its stale answer; a failure keeps the
    /// stale one.
    fn refresh(self: &Arc<Self>, key: String, req: Request) {
        let Some(cache) = self.cache.clone() else { return };
        if !self.refreshing.lock().is_ok_and(|mut r| r.insert(key.clone())) {
            return;
        }
        let this = self.clone();
        tokio::spawn(async move {
            let answer = this.fetch_current(&req).await;
            if matches!(answer, Ok(_) | Err(ApiError::NotFound)) {
                cache
                    .insert(
                        key.clone(),
                        Arc::new(Kept {
                            at: Instant::now(),
                            answer,
                            article: article_of(&req),
                        }),
                    )
                    .await;
            }
            if let Ok(mut r) = this.refreshing.lock() {
                r.remove(&key);
            }
        });
    }

    /// Forgets what a correction or a takedown of `article` (a slug) may
    /// have changed: its own answers and every other answer that is not
    /// another article's (the lists that hold it, "Các tin tức khác", the
    /// menu's counts); with no slug, everything. Nothing forgotten is
    /// served again, not even while the backend fails.
    pub fn purge(&self, article: Option<&str>) {
        self.purges.fetch_add(1, Ordering::SeqCst);
        let Some(cache) = &self.cache else { return };
        match article {
            None => cache.invalidate_all(),
            Some(slug) => {
                let slug = slug.to_string();
                // Err only when the builder did not allow closures (it does).
                let _ = cache.invalidate_entries_if(move |_, kept| kept.article.as_ref().is_none_or(|a| *a == slug));
            }
        }
    }

    /// Asks the backend; asks once more when a purge came meanwhile (the
    /// first answer may predate the correction the purge announced).
    async fn fetch_current(&self, req: &Request) -> Result<Answer, ApiError> {
        let before = self.purges.load(Ordering::SeqCst);
        let answer = self.fetch(req).await;
        if self.purges.load(Ordering::SeqCst) == before {
            return answer;
        }
        self.fetch(req).await
    }

    /// Bytes the cache holds now (its own estimate), after pending upkeep.
    pub async fn cached_bytes(&self) -> u64 {
        match &self.cache {
            Some(c) => {
                c.run_pending_tasks().await;
                c.weighted_size()
            }
            None => 0,
        }
    }

    /// Asks the backend.
    async fn fetch(&self, req: &Request) -> Result<Answer, ApiError> {
        let fetched = (self.source.fetch)(req.clone()).await?;
        let json = model_json(req, &fetched.value)
            .map(|v| Arc::from(v.to_string()))
            .ok_or_else(|| ApiError::Decode("internal: unexpected value type".into()))?;
        Ok(Answer {
            value: fetched.value,
            fingerprint: fetched.fingerprint,
            json,
        })
    }
}

/// The slug of an answer that only its own article's page uses.
fn article_of(req: &Request) -> Option<String> {
    match req {
        Request::Article(slug) => Some(slug.clone()),
        _ => None,
    }
}
