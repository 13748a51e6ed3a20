//! The address bar (browser only): the page's own address shown in it,
//! and the path the page was opened at.

use crate::route::Page;
use leptos::prelude::window;

/// Shows the page's own address in the address bar, without reloading: a
/// share click's `?fbclid=…`, `utm_*`, a trailing slash go (what the reader
/// copies or shares again is the article's address). Addresses that are no
/// page stay as they were typed.
pub fn clean() {
    let location = window().location();
    let (path, search) = (
        location.pathname().unwrap_or_default(),
        location.search().unwrap_or_default(),
    );
    let page = Page::parse(&path, &search);
    let href = page.href();
    if page == Page::NotFound || href == path + &search {
        return;
    }
    let hash = location.hash().unwrap_or_default();
    if let Ok(history) = window().history() {
        let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&(href + &hash)));
    }
}

thread_local! {
    static OPENED_AT: std::cell::RefCell<String> = const { std::cell::RefCell::new(String::new()) };
}

/// Notes the path the page was opened at (the boot does, once).
pub fn note_opened_at() {
    let path = window().location().pathname().unwrap_or_default();
    OPENED_AT.with(|o| *o.borrow_mut() = path);
}

/// Whether the reader is at the path the page was opened at: no
/// navigation in the app brought them here.
pub fn at_opened_path() -> bool {
    let here = window().location().pathname().unwrap_or_default();
    OPENED_AT.with(|o| *o.borrow() == here)
}
