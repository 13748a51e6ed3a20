//! One page, one cache entry, one render at a time: share clicks' tracking
//! parameters don't make new pages; renders of one page wait for each
//! other; renders across pages are bounded, and a request past the queue's
//! deadline is refused instead of piling up.

use std::time::Duration;
use tintuc::route::Page;
use tintuc_server::page::cache_key;
use tintuc_server::renders::{Busy, Renders};

fn key(url: &str) -> String {
    let (path, search) = url.split_once('?').map_or((url, ""), |(p, q)| (p, q));
    cache_key(&Page::parse(path, search))
}

#[test]
fn tracking_and_unknown_parameters_are_not_part_of_the_page() {
    let article = key("/tin-tuc/bai-viet");
    for url in [
        "/tin-tuc/bai-viet?fbclid=IwAR3x",
        "/tin-tuc/bai-viet?zarsrc=30&utm_source=zalo&utm_medium=zalo&utm_campaign=zalo",
        "/tin-tuc/bai-viet?gclid=1&page=4",
        "/tin-tuc/bai-viet/",
    ] {
        assert_eq!(key(url), article, "{url}");
    }
    assert_eq!(key("/?page=1&fbclid=x"), key("/"));
    assert_eq!(key("/?fbclid=x&page=2"), key("/?page=2"));
    assert_ne!(key("/?page=2"), key("/"), "the page number is read");
    assert_eq!(
        key("/tim-kiem?q=h%C3%A0+n%E1%BB%99i&utm_source=x"),
        key("/tim-kiem?q=h%C3%A0%20n%E1%BB%99i")
    );
    assert_ne!(key("/tim-kiem?q=a"), key("/tim-kiem?q=b"), "the query is read");
    assert_eq!(
        key("/khong-co-trang-nay"),
        key("/khac/x?fbclid=1"),
        "no page: one entry for all"
    );
    assert_ne!(key("/khong-co-trang-nay"), key("/"));
}

#[tokio::test(start_paused = true)]
async fn a_page_renders_once_at_a_time_and_its_waiters_follow() {
    let renders = Renders::new(4, Duration::from_secs(2));
    let first = renders.turn("/a").await.unwrap();
    assert_eq!(renders.in_flight(), 1);
    let second = tokio::time::timeout(Duration::from_millis(100), renders.turn("/a")).await;
    assert!(second.is_err(), "the second render of /a waits for the first");
    // Another page is not held up.
    let other = renders.turn("/b").await.unwrap();
    drop(other);
    drop(first);
    let second = renders.turn("/a").await.unwrap();
    drop(second);
    assert_eq!(renders.in_flight(), 0, "the map keeps only pages in flight");
    assert_eq!(renders.free_slots(), 4);
}

#[tokio::test(start_paused = true)]
async fn past_the_queues_deadline_a_render_is_refused() {
    let renders = Renders::new(1, Duration::from_secs(2));
    let running = renders.turn("/a").await.unwrap();
    // One slot, taken: another page waits, then is refused at the deadline.
    let started = tokio::time::Instant::now();
    assert_eq!(renders.turn("/b").await.err(), Some(Busy));
    assert_eq!(started.elapsed(), Duration::from_secs(2));
    // The same page's waiter too; the refused left nothing behind.
    assert_eq!(renders.turn("/a").await.err(), Some(Busy));
    assert_eq!(renders.in_flight(), 1);
    drop(running);
    assert!(renders.turn("/b").await.is_ok());
    assert_eq!(renders.in_flight(), 0);
}
