#![cfg(not(target_arch = "wasm32"))]
//! The route model: every page's address, what parses back to it, and what
//! it asks the backend for.

use tintuc::api::request::{self, Request};
use tintuc::route::{self, app_needs, Needs, Page, PageKind};

/// Every kind of page, with a tricky value where it has params.
fn table() -> Vec<(Page, &'static str)> {
    vec![
        (Page::Home { page: 1 }, "/"),
        (Page::Home { page: 3 }, "/?page=3"),
        (
            Page::Category {
                slug: "tin-tuc-su-kien".into(),
                page: 1,
            },
            "/danh-muc/tin-tuc-su-kien",
        ),
        (
            Page::Category {
                slug: "a/b?c#d e".into(),
                page: 2,
            },
            "/danh-muc/a%2Fb%3Fc%23d%20e?page=2",
        ),
        (
            Page::Topic {
                slug: "tet".into(),
                page: 1,
            },
            "/chu-de/tet",
        ),
        (
            Page::Topic {
                slug: "tết a/b".into(),
                page: 4,
            },
            "/chu-de/t%E1%BA%BFt%20a%2Fb?page=4",
        ),
        (
            Page::Article {
                slug: "quan-hoan-kiem-tong-ket".into(),
            },
            "/tin-tuc/quan-hoan-kiem-tong-ket",
        ),
        (
            Page::Article {
                slug: "../../admin".into(),
            },
            "/tin-tuc/..%2F..%2Fadmin",
        ),
        (
            Page::Search {
                q: "hà nội".into(),
                page: 1,
            },
            "/tim-kiem?q=h%C3%A0%20n%E1%BB%99i",
        ),
        (
            Page::Search {
                q: "x&page=9".into(),
                page: 2,
            },
            "/tim-kiem?q=x%26page%3D9&page=2",
        ),
        (Page::Search { q: "".into(), page: 1 }, "/tim-kiem?q="),
        (Page::Embed, "/nhung"),
        (Page::Saved, "/bai-da-luu"),
    ]
}

fn parse_href(href: &str) -> Page {
    let (path, search) = href.split_once('?').unwrap_or((href, ""));
    Page::parse(path, search)
}

#[test]
fn every_page_has_one_address_that_parses_back() {
    for (page, href) in table() {
        assert_eq!(page.href(), href, "{page:?}");
        assert_eq!(parse_href(href), page, "{href}");
    }
}

#[test]
fn addresses_that_are_not_pages() {
    for href in [
        "/tin-tuc/",
        "/tin-tuc/a/b",
        "/danh-muc/",
        "/chu-de/",
        "/chu-de/a/b",
        "/chu-de/%2e%2e",
        "/khac",
        "//",
        "",
        "/nhung/x",
        "/tin-nhung/",
        // Dot segments (spelled or escaped: URL parsers read `%2e` as a dot)
        // would climb out of the backend's path: `/api/articles/..`.
        "/tin-tuc/%2E%2E",
        "/tin-tuc/%2e",
        "/danh-muc/%2e%2E",
    ] {
        assert_eq!(parse_href(href), Page::NotFound, "{href}");
    }
    let long = format!("/tin-tuc/{}", "a".repeat(route::MAX_SLUG_BYTES + 1));
    assert_eq!(parse_href(&long), Page::NotFound);
}

#[test]
fn lenient_spellings_name_the_canonical_page() {
    assert_eq!(parse_href("/?page=1"), Page::Home { page: 1 });
    assert_eq!(parse_href("/?page=-2"), Page::Home { page: 1 });
    assert_eq!(
        parse_href("/danh-muc/x/?page=2&utm=y"),
        Page::Category {
            slug: "x".into(),
            page: 2
        }
    );
    assert_eq!(
        parse_href("/tim-kiem?q=++hoàn+kiếm+"),
        Page::Search {
            q: "hoàn kiếm".into(),
            page: 1
        }
    );
    let long = "x".repeat(500);
    match parse_href(&format!("/tim-kiem?q={long}")) {
        Page::Search { q, .. } => assert_eq!(q.chars().count(), route::MAX_QUERY_CHARS),
        other => panic!("{other:?}"),
    }
}

#[test]
fn each_page_names_what_it_needs() {
    let cases: Vec<(Page, Needs)> = vec![
        (
            Page::Home { page: 2 },
            Needs {
                primary: vec![request::articles(None, 2).into_request()],
                secondary: vec![],
            },
        ),
        (
            Page::Category {
                slug: "x".into(),
                page: 1,
            },
            Needs {
                primary: vec![Request::Articles {
                    category: Some("x".into()),
                    page: 1,
                }],
                secondary: vec![],
            },
        ),
        (
            Page::Topic {
                slug: "x".into(),
                page: 2,
            },
            Needs {
                primary: vec![request::topic("x".into(), 2).into_request()],
                secondary: vec![],
            },
        ),
        (
            Page::Article { slug: "a b".into() },
            Needs {
                primary: vec![Request::Article("a b".into())],
                // The most read, asked where the backend announces them.
                secondary: vec![Request::OtherNews("a b".into()), Request::MostRead],
            },
        ),
        (
            Page::Search { q: "x".into(), page: 3 },
            Needs {
                primary: vec![Request::Search { q: "x".into(), page: 3 }],
                secondary: vec![],
            },
        ),
        (Page::Search { q: "".into(), page: 1 }, Needs::default()),
        (Page::Embed, Needs::default()),
        (Page::Saved, Needs::default()),
        // A 404 offers the latest news.
        (
            Page::NotFound,
            Needs {
                primary: vec![],
                secondary: vec![Request::Articles {
                    category: None,
                    page: 1,
                }],
            },
        ),
    ];
    for (page, needs) in cases {
        assert_eq!(page.needs(), needs, "{page:?}");
    }
    assert_eq!(app_needs(), vec![Request::Categories]);
}

#[test]
fn pages_keep_their_kind_and_number() {
    for (page, _) in table() {
        let next = page.at_page(page.page_number() + 1);
        assert_eq!(next.kind(), page.kind());
        let lists = matches!(
            page.kind(),
            PageKind::Home | PageKind::Category | PageKind::Topic | PageKind::Search
        );
        assert_eq!(next.page_number() == page.page_number() + 1, lists, "{page:?}");
    }
}

#[test]
fn link_builders_are_the_route_model() {
    assert_eq!(route::article("a/b"), "/tin-tuc/a%2Fb");
    assert_eq!(route::category("x", 2), "/danh-muc/x?page=2");
    assert_eq!(route::topic("x", 1), "/chu-de/x");
    assert_eq!(route::topic_feed("a b"), "/rss/chu-de/a%20b.xml");
    assert_eq!(route::home(1), "/");
    assert_eq!(route::search("a b", 2), "/tim-kiem?q=a%20b&page=2");
    assert_eq!(route::embed_builder(), "/nhung");
    assert_eq!(route::saved(), "/bai-da-luu");
}
