//! Scroll memory: back and forward return the reader to where they were in
//! the list they came from. The browser can't do it for a client-rendered
//! page (on `popstate` the old page is still showing), so positions are
//! remembered per URL and restored once the page's content is in place.

use crate::api::page_scope as here;
use leptos::prelude::*;
use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use web_sys::ScrollRestoration;

#[derive(Default)]
struct Memory {
    positions: HashMap<String, f64>,
    /// Set by a back/forward navigation until its content has rendered;
    /// scroll events meanwhile belong to no page and are ignored.
    pending: Option<String>,
}

/// Remembers positions; give it to [`content_ready`] through context.
#[derive(Clone)]
pub struct ScrollMemory(Rc<RefCell<Memory>>);

/// Installs the listeners; call once, before the router is created (on
/// `popstate` this must learn of the navigation before the router acts). `loading` is true
/// while a navigation is under way: the window then shows one page under
/// another's URL, so its scroll events are not recorded.
pub fn provide_scroll_memory(loading: Signal<bool>) {
    let memory = ScrollMemory(Rc::default());
    if let Ok(h) = window().history() {
        let _ = h.set_scroll_restoration(ScrollRestoration::Manual);
    }
    let m = memory.clone();
    let scroll = window_event_listener(leptos::ev::scroll, move |_| {
        if loading.get_untracked() {
            return;
        }
        let mut mem = m.0.borrow_mut();
        // A back/forward target that never reported ready (the reader moved
        // on) must not silence the memory for good.
        if mem.pending.as_ref().is_some_and(|p| *p != here()) {
            mem.pending = None;
        }
        if mem.pending.is_none() {
            let y = window().scroll_y().unwrap_or(0.0);
            mem.positions.insert(here(), y);
            if mem.positions.len() > 200 {
                mem.positions.clear();
            }
        }
    });
    let m = memory.clone();
    let pop = window_event_listener(leptos::ev::popstate, move |_| {
        m.0.borrow_mut().pending = Some(here());
    });
    on_cleanup(move || {
        scroll.remove();
        pop.remove();
    });
    provide_context(StoredValue::new_local(memory));
}

/// Pages call this once their main content is rendered: after a back/forward
/// navigation it restores the remembered position.
pub fn content_ready() {
    let Some(memory) = use_context::<StoredValue<ScrollMemory, LocalStorage>>() else {
        return;
    };
    let memory = memory.get_value();
    let target = {
        let mem = memory.0.borrow();
        match &mem.pending {
            Some(url) if *url == here() => mem.positions.get(url).copied().unwrap_or(0.0),
            _ => return,
        }
    };
    // From the next frame: the content is being put in place right now.
    let cb = Closure::once_into_js(move || restore(memory, target, 0));
    let _ = window().request_animation_frame(cb.unchecked_ref());
}

/// Scrolls to `y` once the document is tall enough; the router may swap the
/// new view in a frame or two after its data is ready.
fn restore(memory: ScrollMemory, y: f64, attempt: u32) {
    let w = window();
    w.scroll_to_with_x_and_y(0.0, y);
    let reached = (w.scroll_y().unwrap_or(0.0) - y).abs() < 2.0;
    if reached || attempt >= 30 {
        memory.0.borrow_mut().pending = None;
        return;
    }
    let cb = Closure::once_into_js(move || restore(memory, y, attempt + 1));
    let _ = w.request_animation_frame(cb.unchecked_ref());
}

/// The page a navigation is loading, if any.
#[derive(Clone, Copy)]
pub struct PendingNav(pub RwSignal<Option<String>>);

fn anchor_of(ev: &web_sys::Event) -> Option<web_sys::HtmlAnchorElement> {
    let path = ev.composed_path();
    (0..path.length()).find_map(|i| path.get(i).dyn_into::<web_sys::HtmlAnchorElement>().ok())
}

/// Where an in-app link leads (path and query, hash apart), or `None` when
/// the browser or the router should handle it: new tabs, downloads, other
/// origins, same-page anchors.
fn in_app_target(a: &web_sys::HtmlAnchorElement) -> Option<(String, String, String)> {
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
    if !hash.is_empty() && path.clone() + &search == here() {
        return None;
    }
    Some((path, search, hash))
}

/// Opens in-app URLs the loader's way; see [`install_loader`]. In context.
#[derive(Clone, Copy)]
pub struct Loader(StoredValue<GoFn, LocalStorage>);

type GoFn = Rc<dyn Fn(&str) -> bool>;

impl Loader {
    /// Opens `href` (path, query and hash) once its page's data is here.
    /// Returns false for URLs that are not the reader's pages.
    pub fn go(&self, href: &str) -> bool {
        let f = self.0.get_value();
        f(href)
    }
}

/// Link clicks (and [`Loader::go`]) wait for the next page's data before the
/// router shows it: the reader keeps the current page (with the progress
/// bar) until the next one can appear whole, a second click supersedes the
/// first (whose requests are aborted), and a link hovered or focused starts
/// loading early.
pub fn install_loader() {
    let api = expect_context::<StoredValue<crate::api::Api, LocalStorage>>();
    let pending = expect_context::<PendingNav>().0;
    let navigate = leptos_router::hooks::use_navigate();
    let seq = Rc::new(std::cell::Cell::new(0u64));
    let go_seq = seq.clone();
    let go: Rc<dyn Fn(&str) -> bool> = Rc::new(move |href: &str| {
        let Ok(url) = web_sys::Url::new_with_base(href, &window().location().href().unwrap_or_default()) else {
            return false;
        };
        let (path, search, hash) = (url.pathname(), url.search(), url.hash());
        let Some((primary, secondary)) = crate::routes::requests_for(&path, &search) else {
            return false; // not a reader page: the router shows its 404
        };
        let target = path + &search;
        let id = go_seq.get() + 1;
        go_seq.set(id);
        pending.set(Some(target.clone()));
        api.with_value(|a| {
            a.abort_except(&[&here(), &target]);
            for r in &secondary {
                a.ensure(r, &target, true);
            }
        });
        let scope = target.clone();
        let (seq, navigate) = (go_seq.clone(), navigate.clone());
        let done = Box::new(move || {
            // A later navigation won: this one is abandoned.
            if seq.get() == id {
                pending.set(None);
                navigate(&(target + &hash), Default::default());
            }
        });
        api.with_value(|a| a.settle(&primary, &scope, done));
        true
    });
    let loader = Loader(StoredValue::new_local(go.clone()));
    provide_context(loader);
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
        let Some((path, search, hash)) = anchor_of(&ev).as_ref().and_then(in_app_target) else {
            return;
        };
        if go(&(path + &search + &hash)) {
            ev.prevent_default();
        }
    });
    // Back or forward while a page is loading: the reader went elsewhere, so
    // that navigation is abandoned (and its requests aborted by the shell).
    let cancel = {
        let seq = seq.clone();
        Closure::<dyn Fn()>::new(move || {
            seq.set(seq.get() + 1);
            pending.set(None);
        })
    };
    let prefetch = Closure::<dyn Fn(web_sys::Event)>::new(move |ev: web_sys::Event| {
        let Some((path, search, _)) = anchor_of(&ev).as_ref().and_then(in_app_target) else {
            return;
        };
        if let Some((primary, _)) = crate::routes::requests_for(&path, &search) {
            let target = path + &search;
            api.with_value(|a| primary.iter().for_each(|r| a.ensure(r, &target, false)));
        }
    });
    // Capture phase: before the router's own click handler, which leaves
    // alone a click whose default was prevented. The closures belong to JS
    // from here on, freed once their listeners are removed.
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
    LOADER_LISTENERS.with(|l| l.borrow_mut().extend(listeners));
    on_cleanup(remove_loader_listeners);
}

type Listener = (&'static str, bool, js_sys::Function);

thread_local! {
    static LOADER_LISTENERS: RefCell<Vec<Listener>> = const { RefCell::new(Vec::new()) };
}

/// Off again when the app is unmounted (a language switch remounts it): an
/// old handler would swallow clicks for a router that no longer exists.
fn remove_loader_listeners() {
    for (name, capture, f) in LOADER_LISTENERS.with(|l| l.take()) {
        let _ = window().remove_event_listener_with_callback_and_bool(name, &f, capture);
    }
}
