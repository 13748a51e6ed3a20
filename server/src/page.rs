//! A page request: its address parsed by the route model, the answers it
//! needs fetched (all at once, each within the server's time limit), a
//! status that says what happened, and the rendered document with headers
//! that let a CDN or nginx in front serve most requests.

use crate::answers::{answer_to, Answers};
use crate::assets::{accepts_encoding, etag_matches};
use crate::data::Answer;
use crate::pages::Rendered;
use crate::render;
use crate::AppState;
use axum::http::{header, HeaderMap, HeaderValue, StatusCode, Uri};
use axum::response::{IntoResponse, Response};
use std::sync::Arc;
use tintuc::api::request::Request;
use tintuc::api::ApiError;
use tintuc::route::Page;

/// Longer addresses are refused (414) before anything is parsed.
pub const MAX_URL_BYTES: usize = 4096;

pub async fn page(app: Arc<AppState>, uri: Uri, req_headers: HeaderMap) -> Response {
    let path = uri.path();
    let search = uri.query().map(|q| format!("?{q}")).unwrap_or_default();
    if path.len() + search.len() > MAX_URL_BYTES {
        return (StatusCode::URI_TOO_LONG, "URI too long").into_response();
    }
    let page = Page::parse(path, &search);
    let route_key = cache_key(&page);
    // The reader's language (their choice in the app), one page each.
    let portal = app.settings.config.language;
    let lang = crate::language::chosen(&req_headers, portal);
    let key = crate::language::keyed(&route_key, lang, portal);
    let private = lang != portal;
    let keys = surrogate_keys(&page);
    let requests = page.requests();
    let limit = app.settings.timeout;
    let fetched = futures::future::join_all(requests.iter().map(|r| {
        let data = app.data.clone();
        async move {
            match tokio::time::timeout(limit, data.get(r)).await {
                Ok(answer) => answer,
                Err(_) => Err(ApiError::Timeout),
            }
        }
    }))
    .await;
    let answers: Vec<(Request, Option<Result<Answer, ApiError>>)> =
        requests.into_iter().zip(fetched.into_iter().map(Some)).collect();
    let (status, retry_after) = status_of(&page, &answers);
    // Rendered at the page's own address (what it reads, nothing else: a
    // share click's `fbclid` or `utm_*` is not part of the page); a page
    // that does not exist at the address asked for, all alike.
    let href = if route_key == NO_PAGE_KEY {
        path.to_string()
    } else {
        route_key.clone()
    };
    let made_from: Vec<Option<u64>> = answers
        .iter()
        .map(|(_, a)| a.as_ref().and_then(|a| a.as_ref().ok()).map(|a| a.fingerprint))
        .collect();
    let kept = || app.pages.get(&key, &made_from).filter(|p| p.status == status);
    if let Some(page) = kept() {
        return respond(&page, &req_headers, app.settings.page_max_age, &keys, private);
    }
    let Ok(_turn) = app.renders.turn(&key).await else {
        return busy(app.settings.config.language.catalog().error_busy);
    };
    let rendered = match kept() {
        // Rendered by the request whose turn came first.
        Some(page) => page,
        None => {
            let now_ms = tintuc::clock::now_ms();
            let embedded: Vec<Option<Result<(&str, u64), &ApiError>>> = answers
                .iter()
                .map(|(_, a)| {
                    a.as_ref().map(|a| match a {
                        Ok(a) => Ok((&*a.json, a.fingerprint)),
                        Err(e) => Err(e),
                    })
                })
                .collect();
            let data = tintuc::embed::write(&app.config_json, now_ms, &embedded);
            let state = app.clone();
            let at = href.clone();
            let made = tokio::task::spawn_blocking(move || {
                let html = tintuc::clock::frozen(now_ms, || {
                    render::document(&state.shell, &state.site, lang, &at, &answers, &data)
                });
                Arc::new(Rendered::new(status, retry_after, html, made_from))
            })
            .await;
            let Ok(page) = made else {
                return (StatusCode::INTERNAL_SERVER_ERROR, "the page could not be rendered").into_response();
            };
            // A 404 of an address that is no page is one entry for all; one
            // of a slug the backend doesn't know is rendered again (each
            // would be an entry of its own: a flood of unknown slugs would
            // push real pages out), from the data cache's brief copy.
            if page.status == StatusCode::OK || route_key == NO_PAGE_KEY {
                app.pages.put(key, &page);
            }
            page
        }
    };
    respond(&rendered, &req_headers, app.settings.page_max_age, &keys, private)
}

/// The keys a CDN may purge the page by (`Surrogate-Key`, `Cache-Tag`):
/// `article-<slug>` for an article's own page; `lists` for every page that
/// lists articles (an article's has "Các tin tức khác"), and the documents
/// (feeds, sitemaps); `category-<slug>` for a category's. A correction or
/// takedown purges `article-<slug>` and `lists`
/// (`deploy/wordpress/tintuc-purge.php` does).
pub fn surrogate_keys(page: &Page) -> String {
    let enc = tintuc::percent::encode;
    match page {
        Page::Article { slug } => format!("article-{} lists", enc(slug)),
        Page::Category { slug, .. } => format!("category-{} lists", enc(slug)),
        _ => "lists".into(),
    }
}

/// The page cache's key of every address that is no page.
const NO_PAGE_KEY: &str = "404";

/// What the page cache keeps a page under: the route's own address (every
/// parameter the page reads, in one spelling, and no other), and one key
/// for every address that is no page.
pub fn cache_key(page: &Page) -> String {
    match page {
        Page::NotFound => NO_PAGE_KEY.into(),
        _ => page.href(),
    }
}

/// Too many renders waited already: come back in a second.
fn busy(message: &'static str) -> Response {
    (
        StatusCode::SERVICE_UNAVAILABLE,
        [
            (header::RETRY_AFTER, "1"),
            (header::CACHE_CONTROL, "no-store"),
            (header::CONTENT_TYPE, "text/plain; charset=utf-8"),
        ],
        message,
    )
        .into_response()
}

/// The page's status: 404 for what doesn't exist, the backend's trouble
/// with what the page waited for as 502/503/504; what a page shows beside
/// its content (the menu, other news) doesn't change it.
pub fn status_of(page: &Page, answers: &Answers) -> (StatusCode, Option<u32>) {
    if *page == Page::NotFound {
        return (StatusCode::NOT_FOUND, None);
    }
    let primary = page.needs().primary;
    let failure = answers
        .iter()
        .filter(|(r, _)| primary.contains(r))
        .find_map(|(_, a)| a.as_ref().and_then(|a| a.as_ref().err()));
    match failure {
        None if past_the_end(page, answers) => (StatusCode::NOT_FOUND, None),
        None => (StatusCode::OK, None),
        Some(ApiError::NotFound) => (StatusCode::NOT_FOUND, None),
        Some(ApiError::Timeout) => (StatusCode::GATEWAY_TIMEOUT, None),
        Some(ApiError::Status {
            code: 429 | 503,
            retry_after,
        }) => (StatusCode::SERVICE_UNAVAILABLE, *retry_after),
        Some(_) => (StatusCode::BAD_GATEWAY, None),
    }
}

/// Whether the page is a list's page past its end (`?page=99`, an old
/// link to a list that shrank): no page of that number exists, so 404,
/// though it shows the way back to the first page.
fn past_the_end(page: &Page, answers: &Answers) -> bool {
    let Some(list) = page.list() else {
        return false;
    };
    let requested = match list.request() {
        Request::Articles { page, .. } | Request::Search { page, .. } | Request::Topic { page, .. } => *page,
        _ => return false,
    };
    answer_to(answers, &list).is_some_and(|l| l.is_past_end(requested))
}

/// `private`: a page in the reader's language rather than the portal's,
/// which no shared cache may hand to others (`crate::language`).
fn respond(page: &Rendered, req: &HeaderMap, max_age: u32, keys: &str, private: bool) -> Response {
    let mut headers = HeaderMap::new();
    surrogate_headers(&mut headers, keys);
    headers.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("text/html; charset=utf-8"),
    );
    headers.insert(header::VARY, HeaderValue::from_static("Accept-Encoding"));
    let cache = match page.status {
        StatusCode::OK | StatusCode::NOT_FOUND if private => format!("private, max-age={max_age}"),
        // Shared caches keep a page briefly and may serve it stale while
        // they ask again, or while the server fails.
        StatusCode::OK => {
            format!("public, max-age={max_age}, s-maxage={max_age}, stale-while-revalidate=600, stale-if-error=86400")
        }
        StatusCode::NOT_FOUND => format!("public, max-age={max_age}, s-maxage={max_age}"),
        _ => "no-store".to_string(),
    };
    if let Ok(v) = HeaderValue::from_str(&cache) {
        headers.insert(header::CACHE_CONTROL, v);
    }
    if let Some(s) = page.retry_after {
        headers.insert(header::RETRY_AFTER, HeaderValue::from(s));
    }
    if let Ok(v) = HeaderValue::from_str(&page.etag) {
        headers.insert(header::ETAG, v);
    }
    if page.status == StatusCode::OK && etag_matches(req, &page.etag) {
        return (StatusCode::NOT_MODIFIED, headers).into_response();
    }
    let body = if accepts_encoding(req, "br") {
        headers.insert(header::CONTENT_ENCODING, HeaderValue::from_static("br"));
        page.br.clone()
    } else if accepts_encoding(req, "gzip") {
        headers.insert(header::CONTENT_ENCODING, HeaderValue::from_static("gzip"));
        page.gzip.clone()
    } else {
        page.html.clone()
    };
    (page.status, headers, body).into_response()
}

/// `keys` (space-separated) as Fastly's `Surrogate-Key` and Cloudflare's
/// `Cache-Tag` (comma-separated).
pub fn surrogate_headers(headers: &mut HeaderMap, keys: &str) {
    if let Ok(v) = HeaderValue::from_str(keys) {
        headers.insert("surrogate-key", v);
    }
    if let Ok(v) = HeaderValue::from_str(&keys.replace(' ', ",")) {
        headers.insert("cache-tag", v);
    }
}
