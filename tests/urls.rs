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
