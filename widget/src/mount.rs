//! Mounting and unmounting widgets: what widget.js calls.

use crate::render::{render, render_errors, State};
use crate::{data, options, transport};
use std::cell::{Cell, RefCell};
use std::rc::Rc;
use std::sync::Arc;
use tintuc::i18n::Locale;
use wasm_bindgen::prelude::*;
use web_sys::{Element, HtmlElement};

/// The retry button's handler, kept alive while its widget is.
type RetrySlot = Rc<RefCell<Option<Closure<dyn FnMut()>>>>;

/// A mounted widget: where it draws, and its retry handler.
struct Instance {
    id: u32,
    container: HtmlElement,
    alive: Rc<Cell<bool>>,
    retry: RetrySlot,
}

thread_local! {
    static MOUNTED: RefCell<Vec<Instance>> = const { RefCell::new(Vec::new()) };
    static NEXT: Cell<u32> = const { Cell::new(1) };
}

/// Loads and draws; the retry button does it again.
fn run(container: HtmlElement, opts: Arc<options::WidgetOptions>, alive: Rc<Cell<bool>>, retry: RetrySlot) {
    render(&container, &opts, State::Loading);
    let (o, c, a, r) = (opts.clone(), container.clone(), alive.clone(), retry.clone());
    data::load(opts, move |result| {
        // The widget may have been removed meanwhile.
        if !a.get() {
            return;
        }
        let button = match &result {
            Ok(l) => render(&c, &o, State::Ready(l)),
            Err(e) => render(&c, &o, State::Failed(e)),
        };
        if let Some(b) = button {
            let (o2, c2, a2, r2) = (o.clone(), c.clone(), a.clone(), r.clone());
            let handler = Closure::<dyn FnMut()>::new(move || {
                // A retry asks again, for everything.
                transport::forget();
                run(c2.clone(), o2.clone(), a2.clone(), r2.clone())
            });
            let _ = b.add_event_listener_with_callback("click", handler.as_ref().unchecked_ref());
            *r.borrow_mut() = Some(handler);
        }
    });
}

/// Renders the widget for `host` (the `<tintuc-news>` element) into
/// `container` (an element of its shadow root). `script_portal` is where
/// widget.js came from. Returns an id for [`unmount`].
#[wasm_bindgen]
pub fn mount(host: Element, container: HtmlElement, script_portal: String) -> u32 {
    let id = NEXT.with(|n| {
        let id = n.get();
        n.set(id.wrapping_add(1));
        id
    });
    let alive = Rc::new(Cell::new(true));
    let retry = Rc::new(RefCell::new(None));
    match options::parse(|name| host.get_attribute(name), &script_portal) {
        Ok(opts) => run(container.clone(), Arc::new(opts), alive.clone(), retry.clone()),
        Err(errors) => {
            let lang = host
                .get_attribute("lang")
                .and_then(|l| Locale::from_tag(&l))
                .unwrap_or_default();
            render_errors(&container, &errors, lang);
        }
    }
    MOUNTED.with(|m| {
        m.borrow_mut().push(Instance {
            id,
            container,
            alive,
            retry,
        })
    });
    id
}

/// Removes a widget's content and everything it held.
#[wasm_bindgen]
pub fn unmount(id: u32) {
    let gone = MOUNTED.with(|m| {
        let mut m = m.borrow_mut();
        let i = m.iter().position(|w| w.id == id)?;
        Some(m.swap_remove(i))
    });
    if let Some(w) = gone {
        w.alive.set(false);
        w.container.set_text_content(None);
        drop(w.retry.borrow_mut().take());
    }
}

/// How many widgets are mounted (for tests: removal cleans up).
#[wasm_bindgen]
pub fn mounted() -> u32 {
    MOUNTED.with(|m| m.borrow().len() as u32)
}

/// Keeps `text` as the answer at `url`: the portal's config.json, which
/// widget.js read to choose this build, is not asked for again.
#[wasm_bindgen]
pub fn keep(url: String, text: String) {
    transport::keep(url, text);
}
