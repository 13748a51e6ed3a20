//! Scroll memory: back and forward return the reader to where they were in
//! the list they came from. The browser can't do it for a client-rendered
//! page (on `popstate` the old page is still showing), so positions are
//! remembered per URL and restored once the page's content is in place.

use leptos::prelude::*;
use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use web_sys::ScrollRestoration;

/// The address in the browser's bar (path and query): positions are
/// remembered by it.
fn here() -> String {
    let l = window().location();
    l.pathname().unwrap_or_default() + &l.search().unwrap_or_default()
}

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
