//! The RSS feeds (the site's and a category's), through the server's router
//! against the hostile backend of `support::hostile`, read back with a
//! strict XML parser and held to the feed validators' rules.

use axum::http::{header, StatusCode};

mod support;

use support::hostile::*;

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
