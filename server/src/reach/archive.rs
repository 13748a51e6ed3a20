//! The whole list of articles as the sitemaps read it: the backend's list,
//! newest first, [`PER_CALL`] articles a call (its own backend and cache,
//! [`crate::AppState::archive`], so a crawler reading every sitemap
//! neither evicts the pages' answers nor asks for them ten at a time).
//! Bounded: a file is [`CALLS_PER_SITEMAP`] calls, [`AT_ONCE`] at a time.

use super::get;
use crate::AppState;
use std::sync::Arc;
use tintuc::api::models::{ArticlePage, ArticleSummary};
use tintuc::api::request;
use tintuc::api::ApiError;
use tintuc::route::ARTICLES_PER_SITEMAP;

/// Articles a backend call lists (the contract's and WordPress's maximum).
pub const PER_CALL: u32 = 100;
/// Backend calls an article sitemap is made from.
pub const CALLS_PER_SITEMAP: u32 = ARTICLES_PER_SITEMAP / PER_CALL;
/// Calls made at once for one sitemap.
const AT_ONCE: usize = 4;
/// The most article sitemaps the index lists (the protocol allows 50,000;
/// a backend that claims more articles than this covers is not believed).
pub const MAX_SITEMAPS: u64 = 5_000;

/// Call `n` (from 1) of the archive.
pub async fn call(app: &Arc<AppState>, n: u32) -> Result<Arc<ArticlePage>, ApiError> {
    get(&app.archive, request::articles(None, n), app.settings.timeout).await
}

/// How many article sitemaps there are, from the first call's total (one
/// when the backend does not say).
pub fn sitemaps(first: &ArticlePage) -> u64 {
    if !first.total_known {
        return 1;
    }
    first
        .total
        .div_ceil(u64::from(ARTICLES_PER_SITEMAP))
        .clamp(1, MAX_SITEMAPS)
}

/// The articles of sitemap `n` (from 1), each once; none past the end. A
/// call that fails fails the sitemap (a crawler asks again; a short file
/// would look like removed articles).
pub async fn sitemap(app: &Arc<AppState>, n: u32) -> Result<Vec<ArticleSummary>, ApiError> {
    let first_call = (n - 1).saturating_mul(CALLS_PER_SITEMAP).saturating_add(1);
    let calls: Vec<u32> = (first_call..first_call.saturating_add(CALLS_PER_SITEMAP)).collect();
    let mut items: Vec<ArticleSummary> = Vec::new();
    let mut seen = std::collections::HashSet::new();
    for chunk in calls.chunks(AT_ONCE) {
        let pages = futures::future::join_all(chunk.iter().map(|c| call(app, *c))).await;
        let mut ended = false;
        for page in pages {
            match page {
                Ok(p) if p.items.is_empty() => ended = true,
                Ok(p) if !ended => {
                    for a in &p.items {
                        if seen.insert(a.slug.clone()) {
                            items.push(a.clone());
                        }
                    }
                }
                Ok(_) => {}
                // Nothing there: the end of the list.
                Err(ApiError::NotFound) => ended = true,
                Err(e) => return Err(e),
            }
        }
        if ended {
            break;
        }
    }
    Ok(items)
}
