//! The reader's clicks, hovers and focus on in-app links, handed to the
//! [`Loader`]; listeners on the window, removed when the app is unmounted.

use super::loader::Loader;
use leptos::prelude::*;
use std::cell::RefCell;
use wasm_bindgen::prelude::*;

fn anchor_of(ev: &web_sys::Event) -> Option<web_sys::HtmlAnchorElement> {
    let path = ev.composed_path();
    (0..path.length()).find_map(|i| path.get(i).dyn_into::<web_sys::HtmlAnchorElement>().ok())
}

/// Where an in-app link leads (path, query and hash), or `None` when the
/// browser or the router should handle it: new tabs, downloads, other
/// origins, same-page anchors.
fn in_app_target(a: &web_sys::HtmlAnchorElement) -> Option<String> {
    if !a.target().is_empty() || a.has_attribute("download") {
        return None;
    }
    if a.get_attribute("rel")
        .is_some_and(|r| r.split_ascii_whitespace().any(|p| p == "external"))
    {
        return None;
    }
    let loc = window().location();
    let url = web_sys::Url::new_with_base(&a.href(), &loc.href().ok()?).ok()?;
    if url.origin() != loc.origin().ok()? {
        return None;
    }
    let (path, search, hash) = (url.pathname(), url.search(), url.hash());
    let here = loc.pathname().ok()? + &loc.search().ok()?;
    if !hash.is_empty() && path.clone() + &search == here {
        return None;
    }
    Some(path + &search + &hash)
}

type Listener = (&'static str, bool, js_sys::Function);

thread_local! {
    static LISTENERS: RefCell<Vec<Listener>> = const { RefCell::new(Vec::new()) };
}

/// Hands in-app link clicks to `loader` (and starts loading on hover and
/// focus). Capture phase: before the router's own click handler, which
/// leaves alone a click whose default was prevented.
pub fn install(loader: Loader) {
    let l = loader.clone();
    let click = Closure::<dyn Fn(web_sys::MouseEvent)>::new(move |ev: web_sys::MouseEvent| {
        if ev.default_prevented()
            || ev.button() != 0
            || ev.meta_key()
            || ev.alt_key()
            || ev.ctrl_key()
            || ev.shift_key()
        {
            return;
        }
        let Some(href) = anchor_of(&ev).as_ref().and_then(in_app_target) else {
            return;
        };
        ev.prevent_default();
        if !l.go(&href) {
            // Not one of the reader's pages (a static page of the portal,
            // say): the browser loads it.
            let _ = window().location().assign(&href);
        }
    });
    let l = loader.clone();
    let cancel = Closure::<dyn Fn()>::new(move || l.cancel());
    let prefetch = Closure::<dyn Fn(web_sys::Event)>::new(move |ev: web_sys::Event| {
        if let Some(href) = anchor_of(&ev).as_ref().and_then(in_app_target) {
            loader.prefetch(&href);
        }
    });
    // The closures belong to JS from here on, freed once their listeners
    // are removed.
    let prefetch: js_sys::Function = prefetch.into_js_value().unchecked_into();
    let listeners: Vec<Listener> = vec![
        ("click", true, click.into_js_value().unchecked_into()),
        ("pointerover", true, prefetch.clone()),
        ("focusin", true, prefetch),
        ("popstate", false, cancel.into_js_value().unchecked_into()),
    ];
    let w = window();
    for (name, capture, f) in &listeners {
        let _ = w.add_event_listener_with_callback_and_bool(name, f, *capture);
    }
    LISTENERS.with(|l| l.borrow_mut().extend(listeners));
    on_cleanup(remove);
}

/// Off again when the app is unmounted (a language switch remounts it): an
/// old handler would swallow clicks for a router that no longer exists.
fn remove() {
    for (name, capture, f) in LISTENERS.with(|l| l.take()) {
        let _ = window().remove_event_listener_with_callback_and_bool(name, &f, capture);
    }
}
