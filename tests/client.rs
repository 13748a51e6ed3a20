#![cfg(not(target_arch = "wasm32"))]
//! The client's cache, natively: a fake backend whose requests wait for the
//! test's answers, and a clock that moves only when the test moves it.

#[path = "support/fake.rs"]
mod fake;

use fake::{copy, text, value, World, FRESH_MS};
use std::cell::Cell;
use std::rc::Rc;
use tintuc::api::client::store::{Entry, Store, CAPACITY, FAILURE_HOLD_MS};
use tintuc::api::client::APP_SCOPE;
use tintuc::api::request::{self, Request};
use tintuc::api::ApiError;

fn article(slug: &str) -> Request {
    request::article(slug.into()).into_request()
}

fn busy_error() -> ApiError {
    ApiError::Status {
        code: 503,
        retry_after: None,
    }
}

#[test]
fn an_answer_is_asked_for_once_and_then_served_from_the_cache() {
    let w = World::new();
    let a = article("a");
    w.client.ensure(&a, "/a", false);
    w.client.ensure(&a, "/a", false);
    w.run();
    assert_eq!(w.asked(&a), 1, "two asks while one is under way: one request");
    assert_eq!(w.shown(&a), None);
    assert!(w.client.busy(&["/a"]));
    w.answer(&a, Ok(value("A")));
    assert_eq!(w.shown(&a), Some(Ok("A".into())));
    assert!(!w.client.busy(&["/a"]));
    w.client.ensure(&a, "/a", false);
    w.run();
    assert_eq!(w.asked(&a), 1, "a fresh answer is not asked again");
}

#[test]
fn a_copy_is_shown_as_one_and_replaced_by_a_live_answer() {
    let w = World::new();
    let a = article("a");
    w.client.ensure(&a, "/a", false);
    w.answer(&a, Ok(copy("A", 42.0)));
    assert_eq!(w.shown(&a), Some(Ok("A".into())));
    assert_eq!(w.client.copy_time(&a), Some(42.0), "the page says when it was fetched");
    let mut urls = String::new();
    w.client.sources(&a, &mut urls);
    assert_eq!(urls, "/api/A ");
    // A copy is never fresh: the next look at it asks the network again.
    w.client.ensure(&a, "/a", false);
    w.run();
    assert_eq!(w.asked(&a), 2);
    // The same answer, live now: the same value, no longer a copy.
    w.answer(&a, Ok(value("A")));
    assert_eq!(w.client.copy_time(&a), None);
    w.client.ensure(&a, "/a", false);
    w.run();
    assert_eq!(w.asked(&a), 2, "live and fresh: not asked again");
    // A failed refresh keeps the copy on screen, and says it is one.
    w.advance(f64::from(FRESH_MS) + 1.0);
    w.client.ensure(&a, "/a", false);
    w.answer(&a, Ok(copy("A2", 7.0)));
    assert_eq!(w.shown(&a), Some(Ok("A2".into())));
    w.client.ensure(&a, "/a", false);
    w.answer(&a, Err(ApiError::Network("offline".into())));
    assert_eq!(w.shown(&a), Some(Ok("A2".into())));
    assert_eq!(w.client.copy_time(&a), Some(7.0));
}

#[test]
fn a_stale_answer_is_shown_and_refreshed_in_the_background() {
    let w = World::new();
    let a = article("a");
    w.client.ensure(&a, "/a", false);
    w.answer(&a, Ok(value("A1")));
    w.advance(f64::from(FRESH_MS) - 1.0);
    w.client.ensure(&a, "/a", false);
    w.run();
    assert_eq!(w.asked(&a), 1, "still fresh");
    w.advance(2.0);
    w.client.ensure(&a, "/a", false);
    w.run();
    assert_eq!(w.asked(&a), 2, "stale: refreshed");
    // Meanwhile the reader sees the old answer, and waits for nothing.
    assert_eq!(w.shown(&a), Some(Ok("A1".into())));
    assert!(!w.client.busy(&["/a"]));
    w.answer(&a, Ok(value("A2")));
    assert_eq!(w.shown(&a), Some(Ok("A2".into())));
}

#[test]
fn an_unchanged_answer_keeps_the_very_value_shown() {
    let w = World::new();
    let a = article("a");
    w.client.ensure(&a, "/a", false);
    w.answer(&a, Ok(value("same")));
    let before = w.client.peek(&a).unwrap().unwrap();
    w.advance(f64::from(FRESH_MS) + 1.0);
    w.client.ensure(&a, "/a", false);
    w.answer(&a, Ok(value("same")));
    let after = w.client.peek(&a).unwrap().unwrap();
    assert!(std::sync::Arc::ptr_eq(&before, &after), "nothing to re-render");
    // ...and it counts as fresh again from the refresh.
    w.advance(f64::from(FRESH_MS) - 1.0);
    w.client.ensure(&a, "/a", false);
    w.run();
    assert_eq!(w.asked(&a), 2);
}

#[test]
fn a_failure_is_held_briefly_then_asked_again() {
    let w = World::new();
    let a = article("a");
    w.client.ensure(&a, "/a", false);
    w.answer(&a, Err(busy_error()));
    assert_eq!(w.shown(&a), Some(Err(busy_error())));
    // The failure the navigation just waited for is shown, not re-asked...
    w.advance(FAILURE_HOLD_MS / 2.0);
    w.client.ensure(&a, "/a", false);
    w.run();
    assert_eq!(w.asked(&a), 1);
    // ...unless the reader retries...
    w.client.retry(&a, "/a");
    w.run();
    assert_eq!(w.asked(&a), 2);
    assert_eq!(w.shown(&a), None, "the failure is forgotten while asking again");
    w.answer(&a, Err(busy_error()));
    // ...or it is older than the hold.
    w.advance(FAILURE_HOLD_MS + 1.0);
    w.client.ensure(&a, "/a", false);
    w.run();
    assert_eq!(w.asked(&a), 3);
}

#[test]
fn a_failed_refresh_keeps_what_the_reader_sees() {
    let w = World::new();
    let a = article("a");
    w.client.ensure(&a, "/a", false);
    w.answer(&a, Ok(value("A")));
    w.advance(f64::from(FRESH_MS) + 1.0);
    w.client.ensure(&a, "/a", false);
    w.answer(&a, Err(ApiError::Timeout));
    assert_eq!(w.shown(&a), Some(Ok("A".into())));
}

#[test]
fn settle_runs_once_when_every_request_has_ended() {
    let w = World::new();
    let (a, b) = (article("a"), article("b"));
    let done = Rc::new(Cell::new(0));
    let d = done.clone();
    w.client
        .settle(&[a.clone(), b.clone()], "/x", Box::new(move || d.set(d.get() + 1)));
    w.answer(&a, Ok(value("A")));
    assert_eq!(done.get(), 0, "one of two");
    // A failure ends a request too: the page then shows it.
    w.answer(&b, Err(ApiError::NotFound));
    assert_eq!(done.get(), 1);
    // Everything here already: at once, without asking.
    let d = done.clone();
    w.client
        .settle(std::slice::from_ref(&a), "/x", Box::new(move || d.set(d.get() + 1)));
    assert_eq!(done.get(), 2);
    assert_eq!(w.asked(&a), 1);
}

#[test]
fn settle_asks_again_for_what_failed_before() {
    let w = World::new();
    let a = article("a");
    w.client.ensure(&a, "/a", false);
    w.answer(&a, Err(busy_error()));
    let done = Rc::new(Cell::new(false));
    let d = done.clone();
    w.client
        .settle(std::slice::from_ref(&a), "/a", Box::new(move || d.set(true)));
    w.run();
    assert_eq!(w.asked(&a), 2, "a fresh visit retries a failure");
    assert!(!done.get());
    w.answer(&a, Ok(value("A")));
    assert!(done.get());
}

#[test]
fn leaving_a_page_aborts_its_requests_but_not_the_apps() {
    let w = World::new();
    let (a, b, menu) = (article("a"), article("b"), Request::Categories);
    w.client.ensure(&a, "/a", false);
    w.client.ensure(&menu, APP_SCOPE, false);
    w.client.ensure(&b, "/b", false);
    w.run();
    w.client.abort_except(&["/b"]);
    assert!(w.abort_of(&a).is_aborted());
    assert!(!w.abort_of(&menu).is_aborted());
    assert!(!w.abort_of(&b).is_aborted());
    assert!(!w.client.busy(&["/a"]), "nothing is loading for the page left");
    assert!(w.client.busy(&["/b"]));
}

#[test]
fn a_late_answer_of_a_superseded_request_is_ignored() {
    let w = World::new();
    let a = article("a");
    w.client.ensure(&a, "/a", false);
    w.run();
    w.client.abort_except(&[]);
    // The reader comes back: asked again, a new request.
    w.client.ensure(&a, "/a", false);
    w.run();
    assert_eq!(w.asked(&a), 2);
    w.answer(&a, Ok(value("old")));
    assert_eq!(w.shown(&a), None, "the first request's answer is not this one's");
    assert!(w.client.busy(&["/a"]));
    w.answer(&a, Ok(value("new")));
    assert_eq!(w.shown(&a), Some(Ok("new".into())));
}

#[test]
fn an_aborted_request_leaves_no_answer_and_no_failure() {
    let w = World::new();
    let a = article("a");
    w.client.ensure(&a, "/a", false);
    w.answer(&a, Err(ApiError::Aborted));
    assert_eq!(w.shown(&a), None);
    w.client.ensure(&a, "/a", false);
    w.run();
    assert_eq!(w.asked(&a), 2, "asked again next time");
}

#[test]
fn a_request_serves_its_latest_asker() {
    let w = World::new();
    let a = article("a");
    // Prefetched for /x, then opened from /y: /y's navigation waits for it.
    w.client.ensure(&a, "/x", false);
    w.client.ensure(&a, "/y", false);
    w.run();
    assert_eq!(w.asked(&a), 1);
    w.client.abort_except(&["/y"]);
    assert!(!w.abort_of(&a).is_aborted());
    assert!(w.client.busy(&["/y"]));
}

#[test]
fn seeded_answers_are_shown_and_fresh() {
    let w = World::new();
    let a = article("a");
    let seeded = value("from the server");
    w.client.seed(&a, seeded.value, seeded.fingerprint, None);
    assert_eq!(w.shown(&a), Some(Ok("from the server".into())));
    w.client.ensure(&a, "/a", false);
    w.run();
    assert_eq!(w.asked(&a), 0);
}

#[test]
fn seeded_copies_are_shown_and_asked_again() {
    // A server's page the service worker kept, opened again: its answers
    // are shown at once, and asked for again since they are a copy.
    let w = World::new();
    let a = article("a");
    let seeded = value("from the kept page");
    w.client.seed(&a, seeded.value, seeded.fingerprint, Some(1_000.0));
    assert_eq!(w.shown(&a), Some(Ok("from the kept page".into())));
    w.client.ensure(&a, "/a", false);
    w.run();
    assert_eq!(w.asked(&a), 1);
}

#[test]
fn the_store_evicts_the_least_recently_used() {
    let mut store = Store::default();
    let entry = |n: usize| Entry::Ready {
        value: std::sync::Arc::new(n),
        fingerprint: n as u64,
        fetched_at: 0.0,
        copy: None,
        urls: Vec::new(),
    };
    for n in 0..CAPACITY {
        store.put(format!("k{n}"), entry(n));
    }
    // k0 is read, so k1 is now the least recently used.
    assert!(store.get("k0").is_some());
    store.put("new".into(), entry(999));
    assert!(store.peek("k0").is_some());
    assert!(store.peek("k1").is_none());
    assert!(store.peek("new").is_some());
    // Replacing a key evicts nothing.
    store.put("new".into(), entry(1000));
    assert!(store.peek("k2").is_some());
    let kept = (0..CAPACITY).filter(|n| store.peek(&format!("k{n}")).is_some()).count();
    assert_eq!(kept, CAPACITY - 1);
}

#[test]
fn text_helper_reads_values() {
    assert_eq!(text(&value("x").value), "x");
}

/// The worker's stamp comes over the wire like any header: only a positive
/// whole number of milliseconds makes an answer a copy; anything else is
/// read as live, never as a failure.
#[test]
fn a_copy_stamp_is_a_positive_whole_number_of_milliseconds() {
    use tintuc::api::transport::copy_time;
    assert_eq!(copy_time(Some("1764540000000")), Some(1_764_540_000_000.0));
    assert_eq!(copy_time(Some(" 42 ")), Some(42.0));
    for bad in ["", "0", "-5", "1.5", "1e12", "abc", "18446744073709551616", "42ms"] {
        assert_eq!(copy_time(Some(bad)), None, "{bad:?}");
    }
    assert_eq!(copy_time(None), None);
}
