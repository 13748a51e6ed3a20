//! robots.txt, the sitemaps and the RSS feeds, through the server's router
//! against a contract backend that claims a million articles and whose data
//! is hostile (control characters, `]]>`, duplicates, a date RFC 822 cannot
//! write, one in the future, a photo URL that is a script), read back with
//! a strict XML parser and held to the protocols' and validators' rules.

use axum::body::Body;
use axum::extract::Query;
use axum::http::{header, Request, StatusCode};
use axum::routing::get;
use axum::{Json, Router};
use http_body_util::BodyExt;
use serde_json::{json, Value};
use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::Arc;
use tintuc_server::settings::Settings;
use tintuc_server::{app, AppState};
use tower::ServiceExt;

mod support;

const SITE: &str = "https://portal.example.vn";

fn now() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs() as i64
}

/// Article `i` of the backend (newest first, one an hour back from now):
/// some hostile.
fn article(i: u64) -> Value {
    let title = match i {
        1 => "Tin <b>đầu</b> & \"mới\" ]]> \u{1b}\u{0}xong\u{ffff}".to_string(),
        // The same article listed twice.
        3 => "Bài thứ hai".to_string(),
        _ => format!("Bài số {i}"),
    };
    let slug = if i == 3 {
        "bai-2".to_string()
    } else {
        format!("bai-{i}")
    };
    let published = match i {
        5 => "0099-01-01T00:00:00Z".to_string(),
        // A date in the future: not news yet.
        6 => rfc3339(now() + 86_400),
        // Half past: no article sits on the two days' edge.
        _ => rfc3339(now() - i as i64 * 3600 + 1800),
    };
    let mut a = json!({
        "slug": slug,
        "title": title,
        "summary": format!("Tóm tắt {i} \u{7}"),
        "published_at": published,
        "category": { "slug": "thong-bao", "name": "Thông báo" },
    });
    a["thumbnail"] = match i {
        2 => json!({ "url": "javascript:alert(1)" }),
        4 => json!({ "url": "/media/anh-4.jpg", "width": 800, "height": 533 }),
        _ => Value::Null,
    };
    a
}

fn rfc3339(unix: i64) -> String {
    tintuc::timefmt::Timestamp::from_unix(unix).to_rfc3339(tintuc::timefmt::Zone(0))
}

async fn backend() -> String {
    let articles = |Query(q): Query<HashMap<String, String>>| async move {
        let page: u64 = q.get("page").and_then(|p| p.parse().ok()).unwrap_or(1);
        let per_page: u64 = q.get("per_page").and_then(|p| p.parse().ok()).unwrap_or(10);
        if q.get("category").is_some_and(|c| c != "thong-bao") {
            return (StatusCode::NOT_FOUND, Json(json!({ "error": { "code": "not_found" } })));
        }
        // A backend that claims a million articles: the feed reads a few pages.
        let per_page = per_page.min(100);
        let items: Vec<Value> = ((page - 1) * per_page + 1..=page * per_page).map(article).collect();
        (
            StatusCode::OK,
            Json(json!({ "items": items, "page": page, "per_page": per_page, "total": 1_000_000 })),
        )
    };
    let router = Router::new()
        .route(
            "/api/categories",
            get(|| async { Json(json!({ "items": [{ "slug": "thong-bao", "name": "Thông báo", "count": 3 }] })) }),
        )
        .route("/api/articles", get(articles));
    support::serve(router).await
}

fn build() -> PathBuf {
    support::build(
        "reach",
        &[
            ("index.html", support::SHELL),
            (
                "config.json",
                r#"{"api_base": "/api/", "site_name": "Cổng <tin> & Quận", "time_zone": "+07:00"}"#,
            ),
        ],
    )
}

async fn state() -> Arc<AppState> {
    let backend = backend().await;
    let args = [
        "--dist",
        &build().display().to_string(),
        "--backend",
        &backend,
        "--site-url",
        SITE,
    ]
    .map(String::from);
    AppState::new(Settings::from_args(args).unwrap()).unwrap()
}

async fn get_doc(state: &Arc<AppState>, path: &str, etag: Option<&str>) -> (StatusCode, axum::http::HeaderMap, String) {
    let mut req = Request::builder().uri(path);
    if let Some(e) = etag {
        req = req.header(header::IF_NONE_MATCH, e);
    }
    let r = app(state.clone())
        .oneshot(req.body(Body::empty()).unwrap())
        .await
        .unwrap();
    let (parts, body) = r.into_parts();
    let bytes = body.collect().await.unwrap().to_bytes();
    (parts.status, parts.headers, String::from_utf8(bytes.to_vec()).unwrap())
}

fn child<'a>(n: roxmltree::Node<'a, 'a>, name: &str) -> Option<roxmltree::Node<'a, 'a>> {
    n.children().find(|c| c.tag_name().name() == name)
}

fn text_of(n: roxmltree::Node, name: &str) -> String {
    child(n, name).and_then(|c| c.text()).unwrap_or_default().to_string()
}

/// RFC 822 as RSS uses it, with a four-digit year and a numeric offset.
fn is_rfc822(s: &str) -> bool {
    let parts: Vec<&str> = s.split(' ').collect();
    parts.len() == 6
        && ["Mon,", "Tue,", "Wed,", "Thu,", "Fri,", "Sat,", "Sun,"].contains(&parts[0])
        && parts[1].len() == 2
        && parts[3].len() == 4
        && parts[4].len() == 8
        && parts[5].len() == 5
        && (parts[5].starts_with('+') || parts[5].starts_with('-'))
}

/// The rules a feed validator holds every feed to.
fn check_feed(xml: &str, title: &str, link: &str, self_url: &str) -> Vec<(String, String)> {
    let doc = roxmltree::Document::parse(xml).expect("well-formed XML 1.0");
    let rss = doc.root_element();
    assert_eq!(rss.tag_name().name(), "rss");
    assert_eq!(rss.attribute("version"), Some("2.0"));
    let channel = child(rss, "channel").unwrap();
    assert_eq!(text_of(channel, "title"), title);
    assert_eq!(text_of(channel, "link"), link);
    assert!(!text_of(channel, "description").is_empty());
    assert_eq!(text_of(channel, "language"), "vi");
    let me = channel
        .children()
        .find(|c| c.tag_name().name() == "link" && c.tag_name().namespace() == Some("http://www.w3.org/2005/Atom"))
        .expect("atom:link rel=self");
    assert_eq!(me.attribute("href"), Some(self_url));
    assert_eq!(me.attribute("rel"), Some("self"));
    assert!(is_rfc822(&text_of(channel, "lastBuildDate")));
    let items: Vec<_> = channel.children().filter(|c| c.tag_name().name() == "item").collect();
    assert!(!items.is_empty() && items.len() <= 20, "{} items", items.len());
    let mut seen = std::collections::HashSet::new();
    items
        .iter()
        .map(|item| {
            let link = text_of(*item, "link");
            assert!(link.starts_with(&format!("{SITE}/tin-tuc/")), "{link}");
            assert!(seen.insert(link.clone()), "listed twice: {link}");
            let guid = child(*item, "guid").unwrap();
            assert_eq!(guid.text(), Some(link.as_str()));
            assert_eq!(guid.attribute("isPermaLink"), Some("true"));
            if let Some(d) = child(*item, "pubDate") {
                assert!(is_rfc822(d.text().unwrap()), "{:?}", d.text());
            }
            for m in item.children().filter(|c| c.tag_name().name() == "content") {
                let url = m.attribute("url").unwrap();
                assert!(url.starts_with("https://") || url.starts_with("http://"), "{url}");
            }
            (link, text_of(*item, "title"))
        })
        .collect()
}

#[tokio::test]
async fn the_sites_feed_is_valid_rss_with_the_newest_twenty() {
    let _ = any_spawner::Executor::init_tokio();
    let state = state().await;
    let (status, headers, xml) = get_doc(&state, "/rss.xml", None).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(headers[header::CONTENT_TYPE], "application/rss+xml; charset=utf-8");
    assert!(headers[header::CACHE_CONTROL].to_str().unwrap().contains("max-age="));
    assert_eq!(headers["surrogate-key"], "lists", "a CDN purges it with the lists");
    assert_eq!(headers["cache-tag"], "lists");
    let items = check_feed(
        &xml,
        "Cổng <tin> & Quận",
        &format!("{SITE}/"),
        &format!("{SITE}/rss.xml"),
    );
    assert_eq!(items.len(), 20, "20 of a million, the duplicate once");
    // The hostile title: as text, without what XML cannot hold.
    assert_eq!(items[0].1, "Tin <b>đầu</b> & \"mới\" ]]> xong");
    assert!(xml.contains(" +0700</pubDate>"), "the portal's zone");
    assert!(!xml.contains("javascript:"));
    assert!(xml.contains(&format!(
        "url=\"{SITE}/media/anh-4.jpg\" medium=\"image\" width=\"800\" height=\"533\""
    )));

    // Unchanged: 304 for its ETag.
    let etag = headers[header::ETAG].to_str().unwrap().to_string();
    let (again, _, body) = get_doc(&state, "/rss.xml", Some(&etag)).await;
    assert_eq!(again, StatusCode::NOT_MODIFIED);
    assert!(body.is_empty());
}

#[tokio::test]
async fn a_categorys_feed_and_an_unknown_categorys_404() {
    let _ = any_spawner::Executor::init_tokio();
    let state = state().await;
    let (status, _, xml) = get_doc(&state, "/rss/thong-bao.xml", None).await;
    assert_eq!(status, StatusCode::OK);
    check_feed(
        &xml,
        "Thông báo - Cổng <tin> & Quận",
        &format!("{SITE}/danh-muc/thong-bao"),
        &format!("{SITE}/rss/thong-bao.xml"),
    );
    let (missing, _, _) = get_doc(&state, "/rss/khong-co.xml", None).await;
    assert_eq!(missing, StatusCode::NOT_FOUND);
    let (bad, _, _) = get_doc(&state, "/rss/%2e%2e.xml", None).await;
    assert_eq!(bad, StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn robots_allows_pages_and_keeps_crawlers_out_of_search_and_the_api() {
    let _ = any_spawner::Executor::init_tokio();
    let state = state().await;
    let (status, headers, body) = get_doc(&state, "/robots.txt", None).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(headers[header::CONTENT_TYPE], "text/plain; charset=utf-8");
    let lines: Vec<&str> = body.lines().collect();
    assert_eq!(lines[0], "User-agent: *");
    assert!(lines.contains(&"Disallow: /tim-kiem") && lines.contains(&"Disallow: /api/"));
    assert!(!lines
        .iter()
        .any(|l| *l == "Disallow: /" || l.starts_with("Disallow: /tin-tuc") || l.starts_with("Disallow: /danh-muc")));
    for s in lines.iter().filter_map(|l| l.strip_prefix("Sitemap: ")) {
        assert!(s.starts_with(SITE), "{s}");
    }
}

fn sitemap_locs(xml: &str, root: &str, entry: &str) -> Vec<String> {
    let doc = roxmltree::Document::parse(xml).expect("well-formed XML 1.0");
    let r = doc.root_element();
    assert_eq!(r.tag_name().name(), root);
    assert_eq!(
        r.tag_name().namespace(),
        Some("http://www.sitemaps.org/schemas/sitemap/0.9")
    );
    r.children()
        .filter(|c| c.tag_name().name() == entry)
        .map(|e| {
            for m in e.children().filter(|c| c.tag_name().name() == "lastmod") {
                let t = m.text().unwrap();
                assert!(
                    tintuc::timefmt::Timestamp::parse_rfc3339(t).is_ok(),
                    "W3C date-time: {t}"
                );
            }
            text_of(e, "loc")
        })
        .collect()
}

#[tokio::test]
async fn the_index_names_every_sitemap_and_each_holds_its_share() {
    let _ = any_spawner::Executor::init_tokio();
    let state = state().await;
    let (status, headers, xml) = get_doc(&state, "/sitemap.xml", None).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(headers[header::CONTENT_TYPE], "application/xml; charset=utf-8");
    let maps = sitemap_locs(&xml, "sitemapindex", "sitemap");
    assert!(maps.iter().all(|m| m.starts_with(SITE)));
    assert_eq!(maps[0], format!("{SITE}/sitemaps/pages.xml"));
    assert_eq!(maps[1], format!("{SITE}/sitemaps/news.xml"));
    // A million articles claimed: 1,000 a file, the index's own cap holds.
    assert_eq!(maps.len(), 2 + 1000);
    assert_eq!(maps.last().unwrap(), &format!("{SITE}/sitemaps/articles-1000.xml"));

    let (_, _, pages) = get_doc(&state, "/sitemaps/pages.xml", None).await;
    assert_eq!(
        sitemap_locs(&pages, "urlset", "url"),
        [format!("{SITE}/"), format!("{SITE}/danh-muc/thong-bao")]
    );

    let (_, _, first) = get_doc(&state, "/sitemaps/articles-1.xml", None).await;
    let urls = sitemap_locs(&first, "urlset", "url");
    assert_eq!(urls.len(), 999, "1,000 listed, the duplicate once");
    assert!(urls.iter().all(|u| u.starts_with(&format!("{SITE}/tin-tuc/bai-"))));
    assert_eq!(urls.iter().collect::<std::collections::HashSet<_>>().len(), urls.len());
    assert!(first.contains(&format!(
        "<image:image><image:loc>{SITE}/media/anh-4.jpg</image:loc></image:image>"
    )));
    assert!(!first.contains("javascript:"));

    let (_, _, second) = get_doc(&state, "/sitemaps/articles-2.xml", None).await;
    let urls2 = sitemap_locs(&second, "urlset", "url");
    assert_eq!(urls2.first().unwrap(), &format!("{SITE}/tin-tuc/bai-1001"));
    assert_eq!(urls2.len(), 1000);
    let (past, _, _) = get_doc(&state, "/sitemaps/articles-1001.xml", None).await;
    assert_eq!(past, StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn google_news_gets_the_last_two_days_with_the_publication() {
    let _ = any_spawner::Executor::init_tokio();
    let state = state().await;
    let (status, _, xml) = get_doc(&state, "/sitemaps/news.xml", None).await;
    assert_eq!(status, StatusCode::OK);
    let doc = roxmltree::Document::parse(&xml).expect("well-formed XML 1.0");
    const NEWS: &str = "http://www.google.com/schemas/sitemap-news/0.9";
    let urls: Vec<_> = doc
        .root_element()
        .children()
        .filter(|c| c.tag_name().name() == "url")
        .collect();
    let mut slugs = Vec::new();
    for u in &urls {
        let news = child(*u, "news").unwrap();
        assert_eq!(news.tag_name().namespace(), Some(NEWS));
        let publication = child(news, "publication").unwrap();
        assert_eq!(text_of(publication, "name"), "Cổng <tin> & Quận");
        assert_eq!(text_of(publication, "language"), "vi");
        let date = text_of(news, "publication_date");
        assert!(date.ends_with("+07:00"), "{date}");
        let t = tintuc::timefmt::Timestamp::parse_rfc3339(&date).unwrap().unix();
        assert!(t <= now() && t >= now() - 2 * 86_400 - 60, "{date}");
        assert!(!text_of(news, "title").is_empty());
        slugs.push(text_of(*u, "loc"));
    }
    // An hour apart: the 48 articles within two days, without the
    // duplicate, the one from year 99 and the one from tomorrow.
    assert_eq!(slugs.len(), 48 - 3, "{slugs:?}");
    assert_eq!(slugs.last().unwrap(), &format!("{SITE}/tin-tuc/bai-48"));
    assert!(!slugs.contains(&format!("{SITE}/tin-tuc/bai-6")), "not news yet");
}

#[tokio::test]
async fn home_and_category_pages_link_their_feeds_for_crawlers() {
    let _ = any_spawner::Executor::init_tokio();
    let state = state().await;
    let (_, _, home) = get_doc(&state, "/", None).await;
    assert!(
        home.contains(
            r#"<link rel="alternate" type="application/rss+xml" title="Cổng &lt;tin&gt; &amp; Quận" href="/rss.xml">"#
        ),
        "{home}"
    );
    let (_, _, category) = get_doc(&state, "/danh-muc/thong-bao", None).await;
    assert!(category.contains(r#"title="Thông báo - Cổng &lt;tin&gt; &amp; Quận" href="/rss/thong-bao.xml">"#));
    let (status, _, missing) = get_doc(&state, "/danh-muc/khong-co", None).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    assert!(!missing.contains("application/rss+xml"));
    let (_, _, article) = get_doc(&state, "/tin-tuc/bai-1", None).await;
    assert!(!article.contains("application/rss+xml"));
}
