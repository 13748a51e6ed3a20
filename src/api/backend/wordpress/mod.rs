//! A WordPress site's REST API (`/wp-json/wp/v2/`) as a tintuc backend:
//! [`urls`] says what is asked, [`wire`] what comes back, [`map`] turns it
//! into tintuc's models. This file does
//! the asking: posts name their categories by id, so the site's categories
//! are read first and kept here (not in the app's cache) for as long as the
//! app keeps any answer fresh.

mod list;
pub mod map;
mod media;
mod other;
#[cfg(feature = "ui")]
mod popular;
mod read;
#[cfg(feature = "ui")]
mod topic;
pub mod urls;
pub mod wire;

use super::{fingerprint, Backend, Fetched};
use crate::api::abort::Abort;
use crate::api::error::ApiError;
use crate::api::media::MediaBase;
use crate::api::request::Request;
use crate::api::transport::Transport;
use crate::clock::now_ms;
use crate::config::Config;
use futures::lock::Mutex;
use map::{to_article, to_category_list};
use read::Read;
use std::sync::Arc;
use urls::{categories_url, more_categories, post_url, MAX_CATEGORY_PAGES};
use wire::{decode_categories, decode_posts, WpCategory};

/// The site's categories with their ids, and when they were read.
struct Kept {
    at: f64,
    fingerprint: u64,
    cats: Arc<Vec<WpCategory>>,
    read: Read,
}

pub struct WordPress<T> {
    config: Config,
    media: MediaBase,
    transport: T,
    /// Held while the categories are being read: requests that need them
    /// meanwhile wait for that one reading instead of starting their own.
    categories: Mutex<Option<Kept>>,
}

impl<T: Transport> WordPress<T> {
    pub fn new(config: &Config, media: MediaBase, transport: T) -> Self {
        WordPress {
            config: config.clone(),
            media,
            transport,
            categories: Mutex::new(None),
        }
    }

    /// The site's categories: kept ones while fresh, else read again (and
    /// the kept ones still served if that fails).
    async fn categories(&self, abort: &Abort) -> Result<(u64, Arc<Vec<WpCategory>>, Read), ApiError> {
        let mut kept = self.categories.lock().await;
        let fresh = f64::from(self.config.cache_fresh_ms);
        // A copy is kept no longer than it takes to ask again.
        if let Some(k) = kept.as_ref().filter(|k| now_ms() - k.at < fresh && k.read.is_live()) {
            return Ok((k.fingerprint, k.cats.clone(), k.read.clone()));
        }
        match self.read_categories(abort).await {
            Ok((fingerprint, cats, read)) => {
                let cats = Arc::new(cats);
                *kept = Some(Kept {
                    at: now_ms(),
                    fingerprint,
                    cats: cats.clone(),
                    read: read.clone(),
                });
                Ok((fingerprint, cats, read))
            }
            Err(e) => match kept.as_ref() {
                Some(k) if e != ApiError::Aborted => Ok((k.fingerprint, k.cats.clone(), k.read.clone())),
                _ => Err(e),
            },
        }
    }

    /// Page by page: a site with more than 100 categories would otherwise
    /// 404 every category past the hundredth.
    async fn read_categories(&self, abort: &Abort) -> Result<(u64, Vec<WpCategory>, Read), ApiError> {
        let root = &self.config.api_base;
        let (mut all, mut seen, mut read) = (Vec::new(), String::new(), Read::none());
        for page in 1..=MAX_CATEGORY_PAGES {
            let url = categories_url(root, page);
            let r = match self.transport.get(&url, abort).await {
                Ok(r) => r,
                // Past the end (a full last page and no X-WP-Total).
                Err(ApiError::Status { code: 400, .. }) if page > 1 => break,
                Err(e) => return Err(e),
            };
            let batch = decode_categories(&r.text)?;
            read = read.and(Read::of(&url, &r));
            let more = more_categories(page, batch.len(), r.total);
            seen.push_str(&r.text);
            all.extend(batch);
            if !more {
                break;
            }
        }
        Ok((fingerprint(&seen), all, read))
    }
}

impl<T: Transport> Backend for WordPress<T> {
    fn key(&self, req: &Request) -> String {
        match req {
            Request::Categories => "wp:categories".into(),
            Request::Articles { category, page } => {
                format!("wp:articles:{}:{page}", category.as_deref().unwrap_or(""))
            }
            Request::Article(slug) => format!("wp:article:{slug}"),
            Request::OtherNews(slug) => format!("wp:other:{slug}"),
            Request::Search { q, page } => format!("wp:search:{page}:{q}"),
            Request::Topic { slug, page } => format!("wp:topic:{page}:{slug}"),
            Request::MostRead => "wp:most-read".into(),
        }
    }

    async fn fetch(&self, req: &Request, abort: &Abort) -> Result<Fetched, ApiError> {
        let c = &self.config;
        let root = c.api_base.as_str();
        let (fp, cats, mut read) = self.categories(abort).await?;
        let (fingerprint, value): (u64, crate::api::request::Erased) = match req {
            Request::Categories => {
                #[allow(unused_mut)]
                let mut list = to_category_list(&cats);
                #[cfg(feature = "ui")]
                if c.wordpress_popular_posts {
                    list.capabilities.push("most_read".into());
                }
                (fp, Arc::new(list))
            }
            Request::Articles { .. } | Request::Search { .. } | Request::Topic { .. } => {
                let (fp, page, r) = self.list_of(&cats, req, abort).await?;
                read = read.and(r);
                (fp, Arc::new(page))
            }
            Request::Article(slug) => {
                let url = post_url(root, slug);
                let r = self.transport.get(&url, abort).await?;
                read = read.and(Read::of(&url, &r));
                // An unknown slug is an empty list, not a 404.
                let posts = decode_posts(&r.text)?;
                let post = posts.first().ok_or(ApiError::NotFound)?;
                let mut article = to_article(post, &cats)?;
                self.media.fix_article(&mut article);
                (fingerprint(&r.text), Arc::new(article))
            }
            Request::OtherNews(slug) => {
                let (fp, items, r) = self.other_news(&cats, slug, abort).await?;
                read = read.and(r);
                (fp, Arc::new(items))
            }
            // The reader's alone (the partner widget lists neither).
            #[cfg(feature = "ui")]
            Request::MostRead => {
                let (fp, items, r) = self.most_read(&cats, abort).await?;
                read = read.and(r);
                (fp, Arc::new(items))
            }
            #[cfg(not(feature = "ui"))]
            Request::MostRead => return Err(ApiError::NotFound),
        };
        let (copy, urls) = read.into_parts();
        Ok(Fetched {
            value,
            fingerprint,
            copy,
            urls,
        })
    }
}
