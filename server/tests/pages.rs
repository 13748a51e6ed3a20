//! The cache of rendered pages: a page is served again only while what it
//! was rendered from is unchanged and it is young; errors are never kept.

use axum::http::StatusCode;
use std::io::Read;
use std::sync::Arc;
use std::time::Duration;
use tintuc_server::pages::{Pages, Rendered};

const TTL: Duration = Duration::from_secs(15);

fn page(status: StatusCode, html: &str, made_from: Vec<Option<u64>>) -> Arc<Rendered> {
    Arc::new(Rendered::new(status, None, html.to_string(), made_from))
}

#[tokio::test(start_paused = true)]
async fn a_page_is_kept_while_its_answers_are_the_same_and_it_is_young() {
    let pages = Pages::new(1 << 20, TTL);
    pages.put("/".into(), &page(StatusCode::OK, "<p>a</p>", vec![Some(1), Some(2)]));
    assert!(pages.get("/", &[Some(1), Some(2)]).is_some());
    assert!(pages.get("/", &[Some(1), Some(3)]).is_none(), "an answer changed");
    assert!(pages.get("/", &[Some(1), None]).is_none(), "an answer failed");
    assert!(pages.get("/?page=2", &[Some(1), Some(2)]).is_none());
    tokio::time::advance(TTL + Duration::from_secs(1)).await;
    assert!(pages.get("/", &[Some(1), Some(2)]).is_none(), "too old");
}

#[tokio::test(start_paused = true)]
async fn errors_are_never_kept_404s_are() {
    let pages = Pages::new(1 << 20, TTL);
    for status in [
        StatusCode::BAD_GATEWAY,
        StatusCode::SERVICE_UNAVAILABLE,
        StatusCode::GATEWAY_TIMEOUT,
    ] {
        pages.put("/x".into(), &page(status, "<p>lỗi</p>", vec![None]));
        assert!(pages.get("/x", &[None]).is_none(), "{status}");
    }
    pages.put("/khong-co".into(), &page(StatusCode::NOT_FOUND, "<p>404</p>", vec![]));
    assert!(pages.get("/khong-co", &[]).is_some());
}

#[test]
fn without_bytes_nothing_is_kept() {
    let pages = Pages::new(0, TTL);
    pages.put("/".into(), &page(StatusCode::OK, "<p>a</p>", vec![]));
    assert!(pages.get("/", &[]).is_none());
}

#[test]
fn a_rendered_page_is_compressed_once_both_ways() {
    let html = "<p>Hoàn Kiếm</p>".repeat(500);
    let p = page(StatusCode::OK, &html, vec![]);
    let mut from_br = String::new();
    brotli::Decompressor::new(&p.br[..], 4096)
        .read_to_string(&mut from_br)
        .unwrap();
    assert_eq!(from_br, html);
    let mut from_gz = String::new();
    flate2::read::GzDecoder::new(&p.gzip[..])
        .read_to_string(&mut from_gz)
        .unwrap();
    assert_eq!(from_gz, html);
    assert!(p.br.len() < html.len() / 10);
}
