//! What crawlers and feed readers ask of the portal beside its pages
//! (the route model's [`Document`]s): robots.txt, the sitemaps and the RSS
//! feeds, written from cached backend answers, with the pages' caching (an
//! ETag, `max-age` as pages, stale while revalidating).

pub mod archive;
pub mod dates;
pub mod feed;
pub mod robots;
pub mod sitemap;
pub mod sitemaps;
pub mod xml;

use crate::assets::etag_matches;
use crate::data::Data;
use crate::AppState;
use axum::http::{header, HeaderMap, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use feed::{Channel, ITEMS};
use std::sync::Arc;
use std::time::Duration;
use tintuc::api::backend::fingerprint;
use tintuc::api::models::{ArticleSummary, CategoryRef};
use tintuc::api::request::{self, Ask};
use tintuc::api::ApiError;
use tintuc::route::{Document, Page};

/// The most list pages one feed reads (a backend with tiny pages must not
/// turn one feed into many calls).
const MAX_LIST_PAGES: u32 = 4;

const XML: &str = "application/xml; charset=utf-8";

/// The answer to a request for `doc`.
pub async fn respond(app: &Arc<AppState>, doc: &Document, req: &HeaderMap) -> Response {
    let origin = app.settings.site_url.trim_end_matches('/').to_string();
    let result = match doc {
        Document::Robots => Ok((
            "text/plain; charset=utf-8",
            robots::robots(&origin, &[Document::SitemapIndex.href(), Document::SitemapNews.href()]),
        )),
        Document::Feed { category } => feed_of(app, &origin, category.as_deref(), false)
            .await
            .map(|xml| ("application/rss+xml; charset=utf-8", xml)),
        Document::TopicFeed(slug) => feed_of(app, &origin, Some(slug), true)
            .await
            .map(|xml| ("application/rss+xml; charset=utf-8", xml)),
        Document::SitemapIndex => sitemaps::index(app, &origin).await.map(|x| (XML, x)),
        Document::SitemapPages => sitemaps::pages(app, &origin).await.map(|x| (XML, x)),
        Document::SitemapNews => sitemaps::news(app, &origin).await.map(|x| (XML, x)),
        Document::SitemapArticles(n) => sitemaps::articles(app, &origin, *n).await.map(|x| (XML, x)),
    };
    match result {
        Ok((content_type, body)) => ok(content_type, body, req, app.settings.page_max_age),
        Err(ApiError::NotFound) => (
            StatusCode::NOT_FOUND,
            [(header::CACHE_CONTROL, "public, max-age=60")],
            "Not Found",
        )
            .into_response(),
        Err(e) => {
            eprintln!("tintuc-server: {}: the backend failed: {e}", doc.href());
            (
                StatusCode::SERVICE_UNAVAILABLE,
                [(header::CACHE_CONTROL, "no-store"), (header::RETRY_AFTER, "10")],
                "The news backend did not answer; try again shortly.",
            )
                .into_response()
        }
    }
}

/// The portal's name: the config's, or the catalog's default.
fn site_name(app: &AppState) -> String {
    app.settings.config.portal_name()
}

/// The feed of the latest articles, of `category`'s, or of a topic's
/// (`topic`: `category` is then the topic's slug).
async fn feed_of(app: &Arc<AppState>, origin: &str, category: Option<&str>, topic: bool) -> Result<String, ApiError> {
    let config = &app.settings.config;
    let catalog = config.language.catalog();
    let site = site_name(app);
    let list = match (category, topic) {
        (None, _) => Page::Home { page: 1 },
        (Some(slug), false) => Page::Category {
            slug: slug.to_string(),
            page: 1,
        },
        (Some(slug), true) => Page::Topic {
            slug: slug.to_string(),
            page: 1,
        },
    };
    let (items, tag) = newest(app, &list).await?;
    let (title, description, feed) = match &list {
        Page::Category { slug, .. } => {
            // The menu's name for it (the slug where the menu has none).
            let menu = get(&app.data, request::categories(), app.settings.timeout).await.ok();
            let found = menu.as_ref().and_then(|m| m.items.iter().find(|c| &c.slug == slug));
            let name = found.map_or_else(|| slug.to_string(), |c| c.name.clone());
            let description = found
                .and_then(|c| c.description.clone())
                .unwrap_or_else(|| (catalog.category_fallback_description)(&name));
            (format!("{name} - {site}"), description, tintuc::route::feed(category))
        }
        Page::Topic { slug, .. } => {
            // The backend's name for it, from its list's answer.
            let name = tag.map_or_else(|| slug.to_string(), |t| t.name);
            (
                format!("{name} - {site}"),
                (catalog.topic_description)(&name),
                tintuc::route::topic_feed(slug),
            )
        }
        _ => (
            site.clone(),
            (catalog.home_description)(&site),
            tintuc::route::feed(None),
        ),
    };
    let channel = Channel {
        title,
        link: format!("{origin}{}", list.href()),
        feed: format!("{origin}{feed}"),
        description,
        language: config.language.code(),
        zone: config.zone,
        origin: origin.to_string(),
    };
    Ok(feed::rss(&channel, &items))
}

/// The newest [`ITEMS`] articles of `list` (a list page), from its first
/// pages (an article listed twice, as a list that moved between two pages'
/// reads does, counts once), and the topic its first page names.
async fn newest(app: &Arc<AppState>, list: &Page) -> Result<(Vec<ArticleSummary>, Option<CategoryRef>), ApiError> {
    let mut items: Vec<ArticleSummary> = Vec::new();
    let mut tag = None;
    for n in 1..=MAX_LIST_PAGES {
        let Some(ask) = list.at_page(n).list() else {
            break;
        };
        let page = match get(&app.data, ask, app.settings.timeout).await {
            Ok(p) => p,
            // A later page that fails leaves the feed shorter, not missing.
            Err(_) if n > 1 => break,
            Err(e) => return Err(e),
        };
        if n == 1 {
            tag = page.tag.clone();
        }
        let more = !page.items.is_empty()
            && (!page.total_known || u64::from(n) * u64::from(page.per_page.max(1)) < page.total);
        for a in &page.items {
            if !items.iter().any(|b| b.slug == a.slug) {
                items.push(a.clone());
            }
        }
        if items.len() >= ITEMS || !more {
            break;
        }
    }
    Ok((items, tag))
}

/// `ask`'s answer through `data`'s cache, within `limit`.
async fn get<T: Send + Sync + 'static>(data: &Arc<Data>, ask: Ask<T>, limit: Duration) -> Result<Arc<T>, ApiError> {
    let answer = tokio::time::timeout(limit, data.get(ask.request()))
        .await
        .map_err(|_| ApiError::Timeout)??;
    ask.downcast(answer.value)
}

/// A document, cached as pages are: shared caches keep it `max_age`
/// seconds and may serve it stale while they ask again.
fn ok(content_type: &'static str, body: String, req: &HeaderMap, max_age: u32) -> Response {
    let etag = format!("\"{:016x}\"", fingerprint(&body));
    let mut headers = HeaderMap::new();
    headers.insert(header::CONTENT_TYPE, HeaderValue::from_static(content_type));
    if let Ok(v) = HeaderValue::from_str(&format!(
        "public, max-age={max_age}, s-maxage={max_age}, stale-while-revalidate=600, stale-if-error=86400"
    )) {
        headers.insert(header::CACHE_CONTROL, v);
    }
    if let Ok(v) = HeaderValue::from_str(&etag) {
        headers.insert(header::ETAG, v);
    }
    crate::page::surrogate_headers(&mut headers, "lists");
    if etag_matches(req, &etag) {
        return (StatusCode::NOT_MODIFIED, headers).into_response();
    }
    (StatusCode::OK, headers, body).into_response()
}
