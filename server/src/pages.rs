//! Rendered pages, kept while the answers they were rendered from stay the
//! same: a page asked for again within its time (the answers' freshness) is
//! sent as it was rendered, compressed once (brotli, gzip) when it was. The
//! key is the address; what it was made from is checked on every hit, so a
//! refreshed answer makes the next request render again. Errors are never
//! kept (their page says what went wrong now).

use axum::http::StatusCode;
use bytes::Bytes;
use moka::sync::Cache;
use std::io::Write;
use std::sync::Arc;
use std::time::Duration;
use tokio::time::Instant;

/// One rendered page, as it goes out.
pub struct Rendered {
    pub status: StatusCode,
    pub retry_after: Option<u32>,
    pub etag: String,
    pub html: Bytes,
    pub br: Bytes,
    pub gzip: Bytes,
    /// What it was rendered from (each answer's fingerprint, or none).
    made_from: Vec<Option<u64>>,
    at: Instant,
}

impl Rendered {
    pub fn new(status: StatusCode, retry_after: Option<u32>, html: String, made_from: Vec<Option<u64>>) -> Rendered {
        let etag = format!("\"{:016x}\"", tintuc::api::backend::fingerprint(&html));
        let mut br = Vec::with_capacity(html.len() / 4);
        {
            // Quality 5: most of 11's gain at a small part of its time.
            let mut w = brotli::CompressorWriter::new(&mut br, 4096, 5, 22);
            let _ = w.write_all(html.as_bytes());
        }
        let mut gz = flate2::write::GzEncoder::new(Vec::with_capacity(html.len() / 3), flate2::Compression::new(6));
        let _ = gz.write_all(html.as_bytes());
        let gzip = gz.finish().unwrap_or_default();
        Rendered {
            status,
            retry_after,
            etag,
            html: Bytes::from(html),
            br: Bytes::from(br),
            gzip: Bytes::from(gzip),
            made_from,
            at: Instant::now(),
        }
    }

    /// What holding it costs: its key, its three encodings, its
    /// bookkeeping.
    fn weight(&self, key: &str) -> u32 {
        let bytes = key.len() + self.html.len() + self.br.len() + self.gzip.len() + self.made_from.len() * 16 + 256;
        u32::try_from(bytes).unwrap_or(u32::MAX)
    }
}

pub struct Pages {
    cache: Option<Cache<String, Arc<Rendered>>>,
    ttl: Duration,
}

impl Pages {
    /// Up to `bytes` of pages, each kept `ttl` at most; `bytes == 0` keeps
    /// none.
    pub fn new(bytes: u64, ttl: Duration) -> Pages {
        let cache = (bytes > 0).then(|| {
            Cache::builder()
                .max_capacity(bytes)
                .weigher(|key: &String, r: &Arc<Rendered>| r.weight(key))
                .time_to_live(ttl)
                .build()
        });
        Pages { cache, ttl }
    }

    /// The page kept for `href`, if it was rendered from `made_from` and is
    /// young enough.
    pub fn get(&self, href: &str, made_from: &[Option<u64>]) -> Option<Arc<Rendered>> {
        let page = self.cache.as_ref()?.get(href)?;
        (page.made_from == made_from && page.at.elapsed() < self.ttl).then_some(page)
    }

    /// Forgets every page (a purge: they are rendered again from what the
    /// backend says now).
    pub fn clear(&self) {
        if let Some(c) = &self.cache {
            c.invalidate_all();
        }
    }

    /// Keeps `page` for `href` if it is one worth keeping (200 or 404).
    pub fn put(&self, href: String, page: &Arc<Rendered>) {
        if let Some(c) = &self.cache {
            if matches!(page.status, StatusCode::OK | StatusCode::NOT_FOUND) {
                c.insert(href, page.clone());
            }
        }
    }
}
