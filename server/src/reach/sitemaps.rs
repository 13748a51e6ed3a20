//! The sitemaps' content, from the backend: the index (from the archive's
//! first call: how many article sitemaps its total makes), the pages
//! (home and the menu's categories), each article sitemap, and Google
//! News's (the archive's newest, back two days, at most 1,000).

use super::archive::{self, PER_CALL};
use super::sitemap::{self, Entry, NewsItem};
use super::{get, site_name, xml::absolute};
use crate::AppState;
use std::sync::Arc;
use tintuc::api::models::ArticleSummary;
use tintuc::api::request;
use tintuc::api::ApiError;
use tintuc::route::{self, Document, Page};
use tintuc::timefmt::Timestamp;

/// Google News's window and its cap.
const NEWS_SECONDS: i64 = 2 * 24 * 3600;
const NEWS_MAX: usize = 1_000;

/// The sitemap index: the pages', Google News's, and one per
/// [`route::ARTICLES_PER_SITEMAP`] articles (the newest first, so the first
/// one's `lastmod` is the newest article's).
pub async fn index(app: &Arc<AppState>, origin: &str) -> Result<String, ApiError> {
    let first = archive::call(app, 1).await?;
    let zone = app.settings.config.zone;
    let newest = first.items.iter().map(|a| a.published_at).max();
    let mut entries = vec![
        Entry {
            loc: format!("{origin}{}", Document::SitemapPages.href()),
            lastmod: None,
            image: None,
        },
        Entry {
            loc: format!("{origin}{}", Document::SitemapNews.href()),
            lastmod: newest.map(|t| t.to_rfc3339(zone)),
            image: None,
        },
    ];
    for n in 1..=archive::sitemaps(&first) {
        entries.push(Entry {
            loc: format!("{origin}{}", Document::SitemapArticles(n as u32).href()),
            lastmod: (n == 1).then(|| newest.map(|t| t.to_rfc3339(zone))).flatten(),
            image: None,
        });
    }
    Ok(sitemap::index(&entries))
}

/// Home and every category of the menu.
pub async fn pages(app: &Arc<AppState>, origin: &str) -> Result<String, ApiError> {
    let menu = get(&app.data, request::categories(), app.settings.timeout).await?;
    let mut seen = std::collections::HashSet::new();
    let urls: Vec<Entry> = std::iter::once(Page::Home { page: 1 })
        .chain(
            menu.items
                .iter()
                .filter(|c| route::is_slug(&c.slug))
                .map(|c| Page::Category {
                    slug: c.slug.clone(),
                    page: 1,
                }),
        )
        .map(|p| p.href())
        .filter(|href| seen.insert(href.clone()))
        .map(|href| Entry {
            loc: format!("{origin}{href}"),
            lastmod: None,
            image: None,
        })
        .collect();
    Ok(sitemap::urlset(&urls))
}

/// Article sitemap `n`; past the last one, none (404).
pub async fn articles(app: &Arc<AppState>, origin: &str, n: u32) -> Result<String, ApiError> {
    let first = archive::call(app, 1).await?;
    if u64::from(n) > archive::sitemaps(&first) {
        return Err(ApiError::NotFound);
    }
    let items = archive::sitemap(app, n).await?;
    if items.is_empty() && n > 1 {
        return Err(ApiError::NotFound);
    }
    let zone = app.settings.config.zone;
    let urls: Vec<Entry> = items
        .iter()
        .filter(|a| route::is_slug(&a.slug))
        .map(|a| Entry {
            loc: format!("{origin}{}", route::article(&a.slug)),
            lastmod: a.published_at.civil(zone).map(|c| c.rfc3339()),
            image: a.thumbnail.as_ref().and_then(|i| absolute(origin, &i.url)),
        })
        .collect();
    Ok(sitemap::urlset(&urls))
}

/// Google News's sitemap: the articles published in the last two days
/// (none from the future), newest first, at most 1,000.
pub async fn news(app: &Arc<AppState>, origin: &str) -> Result<String, ApiError> {
    let now = Timestamp::from_unix(
        std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.as_secs() as i64),
    );
    let items = recent(app, now).await?;
    let zone = app.settings.config.zone;
    let news: Vec<NewsItem> = items
        .iter()
        .filter_map(|a| {
            Some(NewsItem {
                loc: format!("{origin}{}", route::article(&a.slug)),
                published: a.published_at.civil(zone)?.rfc3339(),
                title: a.title.clone(),
            })
        })
        .collect();
    let language = app.settings.config.language.code();
    Ok(sitemap::news(&site_name(app), language, &news))
}

/// The archive's articles of the last two days before `now`, newest first:
/// calls until one reaches older articles (or the cap).
async fn recent(app: &Arc<AppState>, now: Timestamp) -> Result<Vec<ArticleSummary>, ApiError> {
    let since = now.unix() - NEWS_SECONDS;
    let mut items: Vec<ArticleSummary> = Vec::new();
    let calls = u32::try_from(NEWS_MAX).unwrap_or(u32::MAX).div_ceil(PER_CALL);
    for n in 1..=calls {
        let page = match archive::call(app, n).await {
            Ok(p) => p,
            Err(_) if n > 1 => break,
            Err(e) => return Err(e),
        };
        let mut older = page.items.is_empty();
        for a in &page.items {
            let t = a.published_at.unix();
            if t < since {
                older = true;
            } else if t <= now.unix() && route::is_slug(&a.slug) && !items.iter().any(|b| b.slug == a.slug) {
                items.push(a.clone());
            }
        }
        if older || items.len() >= NEWS_MAX {
            break;
        }
    }
    items.truncate(NEWS_MAX);
    Ok(items)
}
