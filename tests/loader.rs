#![cfg(not(target_arch = "wasm32"))]
//! The navigation loader, natively: it opens a page only once what the
//! route model says it needs is here, lets a later click win, and aborts
//! what the reader left behind.

#[path = "support/fake.rs"]
mod fake;

use fake::{value, World};
use leptos::prelude::*;
use std::cell::RefCell;
use std::rc::Rc;
use tintuc::api::client::APP_SCOPE;
use tintuc::api::request::Request;
use tintuc::api::ApiError;
use tintuc::nav::loader::{split_href, Loader};

struct Nav {
    world: World,
    loader: Loader,
    pending: RwSignal<Option<String>>,
    shown: Rc<RefCell<Vec<String>>>,
}

fn nav(here: &str) -> Nav {
    let world = World::new();
    let pending = RwSignal::new(None);
    let shown = Rc::new(RefCell::new(Vec::new()));
    let here = here.to_string();
    let s = shown.clone();
    let loader = Loader::new(
        world.client.clone(),
        pending,
        move || here.clone(),
        move |to| s.borrow_mut().push(to.to_string()),
    );
    Nav {
        world,
        loader,
        pending,
        shown,
    }
}

fn article(slug: &str) -> Request {
    Request::Article(slug.into())
}

fn other(slug: &str) -> Request {
    Request::OtherNews(slug.into())
}

#[test]
fn a_page_opens_once_its_primary_data_is_here() {
    let n = nav("/");
    assert!(n.loader.go("/tin-tuc/a#binh-luan"));
    n.world.run();
    assert_eq!(n.pending.get_untracked().as_deref(), Some("/tin-tuc/a"));
    assert_eq!(n.world.asked(&article("a")), 1);
    assert_eq!(n.world.asked(&other("a")), 1, "other news is asked for at once too");
    assert!(
        n.shown.borrow().is_empty(),
        "the old page stays until the new one can show"
    );
    // Other news does not hold the page back.
    n.world.answer(&article("a"), Ok(value("A")));
    assert_eq!(*n.shown.borrow(), vec!["/tin-tuc/a#binh-luan".to_string()]);
    assert_eq!(n.pending.get_untracked(), None);
}

#[test]
fn a_failure_opens_the_page_too_which_then_shows_it() {
    let n = nav("/");
    n.loader.go("/danh-muc/x?page=2");
    n.world.answer(
        &Request::Articles {
            category: Some("x".into()),
            page: 2,
        },
        Err(ApiError::NotFound),
    );
    assert_eq!(*n.shown.borrow(), vec!["/danh-muc/x?page=2".to_string()]);
}

#[test]
fn a_later_click_wins_and_the_first_is_aborted() {
    let n = nav("/");
    n.loader.go("/tin-tuc/a");
    n.world.run();
    n.loader.go("/tin-tuc/b");
    n.world.run();
    assert!(n.world.abort_of(&article("a")).is_aborted());
    assert!(n.world.abort_of(&other("a")).is_aborted());
    assert_eq!(n.pending.get_untracked().as_deref(), Some("/tin-tuc/b"));
    n.world.answer(&article("b"), Ok(value("B")));
    assert_eq!(*n.shown.borrow(), vec!["/tin-tuc/b".to_string()]);
}

#[test]
fn a_superseded_navigation_never_completes_even_if_its_data_arrives() {
    let n = nav("/");
    // The first target's data is under way for the app (not aborted) and
    // arrives after the reader clicked elsewhere.
    n.world.client.ensure(&Request::Categories, APP_SCOPE, false);
    n.loader.go("/tin-tuc/a");
    n.loader.go("/tin-tuc/b");
    n.world.run();
    n.world.answer(&article("b"), Ok(value("B")));
    assert_eq!(*n.shown.borrow(), vec!["/tin-tuc/b".to_string()]);
    n.loader.go("/tin-tuc/c");
    n.loader.cancel();
    n.world.answer(&article("c"), Ok(value("C")));
    assert_eq!(n.shown.borrow().len(), 1, "back/forward cancelled the load");
    assert_eq!(n.pending.get_untracked(), None);
}

#[test]
fn what_is_cached_opens_at_once() {
    let n = nav("/");
    n.world.client.ensure(&article("a"), "/tin-tuc/a", false);
    n.world.answer(&article("a"), Ok(value("A")));
    n.loader.go("/tin-tuc/a");
    assert_eq!(*n.shown.borrow(), vec!["/tin-tuc/a".to_string()]);
}

#[test]
fn addresses_that_are_no_page_are_left_to_the_browser() {
    let n = nav("/");
    assert!(!n.loader.go("/tin-nhung/?limit=5"));
    assert!(!n.loader.go("/widget.js"));
    assert_eq!(n.pending.get_untracked(), None);
    // Pages without data open at once.
    assert!(n.loader.go("/nhung"));
    assert!(n.loader.go("/tim-kiem?q="));
    assert_eq!(
        *n.shown.borrow(),
        vec!["/nhung".to_string(), "/tim-kiem?q=".to_string()]
    );
}

#[test]
fn addresses_open_in_their_canonical_spelling() {
    let n = nav("/");
    n.loader.go("/danh-muc/x/?page=1&utm_source=zalo");
    n.world.answer(
        &Request::Articles {
            category: Some("x".into()),
            page: 1,
        },
        Ok(value("X")),
    );
    assert_eq!(*n.shown.borrow(), vec!["/danh-muc/x".to_string()]);
}

#[test]
fn a_prefetch_asks_without_opening_and_the_click_reuses_it() {
    let n = nav("/");
    n.loader.prefetch("/tin-tuc/a");
    n.world.run();
    assert_eq!(n.world.asked(&article("a")), 1);
    assert_eq!(n.world.asked(&other("a")), 0, "only what the page waits for");
    assert_eq!(n.pending.get_untracked(), None);
    n.loader.go("/tin-tuc/a");
    n.world.run();
    assert_eq!(n.world.asked(&article("a")), 1, "the click waits for the prefetch");
    n.world.answer(&article("a"), Ok(value("A")));
    assert_eq!(*n.shown.borrow(), vec!["/tin-tuc/a".to_string()]);
}

#[test]
fn hrefs_split_into_path_query_and_hash() {
    assert_eq!(split_href("/a?b=1#c"), ("/a", "?b=1", "#c"));
    assert_eq!(split_href("/a#c?d"), ("/a", "", "#c?d"));
    assert_eq!(split_href("/a"), ("/a", "", ""));
}
