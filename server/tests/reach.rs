//! robots.txt, the sitemaps and the pages' links to the feeds, through the
//! server's router against the hostile backend of `support::hostile`, read
//! back with a strict XML parser and held to the protocols' rules (the feeds
//! themselves: feeds.rs).

use axum::http::{header, StatusCode};

mod support;

use support::hostile::*;

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
