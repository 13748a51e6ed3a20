#![cfg(not(target_arch = "wasm32"))]
//! Percent-encoding and the backend contract's URLs.

use tintuc::api::backend::tintuc::{article_url, articles_url, categories_url, other_news_url, ListQuery};
use tintuc::config::OtherNewsScope;
use tintuc::percent::{decode, encode, query_param};

#[test]
fn hostile_slugs_stay_one_segment() {
    assert_eq!(encode("a/b?c#d e"), "a%2Fb%3Fc%23d%20e");
    assert_eq!(encode("hoàn"), "ho%C3%A0n");
    assert_eq!(decode(&encode("Hoàn Kiếm/?#")), "Hoàn Kiếm/?#");
}

#[test]
fn decoding_bad_escapes_never_panics() {
    assert_eq!(decode("%"), "%");
    assert_eq!(decode("%4"), "%4");
    assert_eq!(decode("%zz"), "%zz");
    assert_eq!(decode("%FF%FE"), "\u{FFFD}\u{FFFD}");
    assert_eq!(decode("a%2"), "a%2");
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
fn query_params() {
    assert_eq!(
        query_param("?page=2&q=h%C3%A0+n%E1%BB%99i", "q").as_deref(),
        Some("hà nội")
    );
    assert_eq!(query_param("?page=2", "page").as_deref(), Some("2"));
    assert_eq!(query_param("page", "page").as_deref(), Some(""));
    assert_eq!(query_param("", "page"), None);
    assert_eq!(query_param("?pages=2", "page"), None);
}
