#![cfg(not(target_arch = "wasm32"))]
//! Reader routes and backend URLs.

use tintuc::api::tintuc::{article_url, articles_url, categories_url, other_news_url, ListQuery};
use tintuc::config::OtherNewsScope;
use tintuc::routes::{self, decode_segment, encode_segment};

#[test]
fn reader_routes() {
    assert_eq!(
        routes::article("quan-hoan-kiem-tong-ket"),
        "/tin-tuc/quan-hoan-kiem-tong-ket"
    );
    assert_eq!(routes::category("tin-tuc-su-kien", 1), "/danh-muc/tin-tuc-su-kien");
    assert_eq!(
        routes::category("tin-tuc-su-kien", 2),
        "/danh-muc/tin-tuc-su-kien?page=2"
    );
    assert_eq!(routes::home(1), "/");
    assert_eq!(routes::home(3), "/?page=3");
}

#[test]
fn hostile_slugs_stay_one_segment() {
    assert_eq!(encode_segment("a/b?c#d e"), "a%2Fb%3Fc%23d%20e");
    assert_eq!(encode_segment("hoàn"), "ho%C3%A0n");
    assert_eq!(routes::article("../../admin"), "/tin-tuc/..%2F..%2Fadmin");
    assert_eq!(decode_segment(&encode_segment("Hoàn Kiếm/?#")), "Hoàn Kiếm/?#");
}

#[test]
fn decoding_bad_escapes_never_panics() {
    assert_eq!(decode_segment("%"), "%");
    assert_eq!(decode_segment("%4"), "%4");
    assert_eq!(decode_segment("%zz"), "%zz");
    assert_eq!(decode_segment("%FF%FE"), "\u{FFFD}\u{FFFD}");
    assert_eq!(decode_segment("a%2"), "a%2");
}

#[test]
fn backend_urls() {
    let base = "https://news.example/api/";
    assert_eq!(categories_url(base), "https://news.example/api/categories");
    let q = ListQuery {
        category: None,
        page: 2,
        per_page: 10,
    };
    assert_eq!(
        articles_url(base, &q),
        "https://news.example/api/articles?page=2&per_page=10"
    );
    let q = ListQuery {
        category: Some("tin tức&x=1".into()),
        page: 0,
        per_page: 0,
    };
    assert_eq!(
        articles_url(base, &q),
        "https://news.example/api/articles?page=1&per_page=1&category=tin%20t%E1%BB%A9c%26x%3D1"
    );
    assert_eq!(article_url("/api/", "a/b"), "/api/articles/a%2Fb");
    assert_eq!(
        other_news_url("/api/", "x", 8, OtherNewsScope::Category),
        "/api/articles/x/other?limit=8&scope=category"
    );
    assert_eq!(
        other_news_url("/api/", "x", 5, OtherNewsScope::Latest),
        "/api/articles/x/other?limit=5&scope=latest"
    );
}

#[test]
fn each_reader_page_names_what_it_needs() {
    use tintuc::api::Request;
    use tintuc::routes::requests_for;
    assert_eq!(
        requests_for("/", ""),
        Some((
            vec![Request::Articles {
                category: None,
                page: 1
            }],
            vec![]
        ))
    );
    assert_eq!(
        requests_for("/", "?page=3"),
        Some((
            vec![Request::Articles {
                category: None,
                page: 3
            }],
            vec![]
        ))
    );
    assert_eq!(
        requests_for("/danh-muc/thong-bao", "?x=1&page=2"),
        Some((
            vec![Request::Articles {
                category: Some("thong-bao".into()),
                page: 2
            }],
            vec![]
        ))
    );
    assert_eq!(
        requests_for(&routes::article("a b"), ""),
        Some((
            vec![Request::Article("a b".into())],
            vec![Request::OtherNews("a b".into())]
        ))
    );
    // Not the reader's pages: the router shows its 404.
    assert_eq!(requests_for("/tin-tuc/", ""), None);
    assert_eq!(requests_for("/tin-tuc/a/b", ""), None);
    assert_eq!(requests_for("/khac", ""), None);
    // What routes build, requests_for understands.
    for page in [1, 2, 9] {
        let url = routes::category("tin-tuc-su-kien", page);
        let (path, search) = url
            .split_once('?')
            .map(|(p, q)| (p.to_string(), format!("?{q}")))
            .unwrap_or((url, String::new()));
        let (primary, _) = requests_for(&path, &search).unwrap();
        assert_eq!(
            primary,
            vec![Request::Articles {
                category: Some("tin-tuc-su-kien".into()),
                page
            }]
        );
    }
}

#[test]
fn query_params() {
    use tintuc::routes::query_param;
    assert_eq!(
        query_param("?page=2&q=h%C3%A0+n%E1%BB%99i", "q").as_deref(),
        Some("hà nội")
    );
    assert_eq!(query_param("?page=2", "page").as_deref(), Some("2"));
    assert_eq!(query_param("page", "page").as_deref(), Some(""));
    assert_eq!(query_param("", "page"), None);
    assert_eq!(query_param("?pages=2", "page"), None);
}
