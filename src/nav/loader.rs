//! The navigation loader. Opening a page waits for its data before the
//! router shows it: the reader keeps the current page (with the progress
//! bar) until the next one can appear whole, a second click supersedes the
//! first (whose requests are aborted), and a link hovered or focused starts
//! loading early. What a page needs comes from the route model.

use crate::api::client::{Client, APP_SCOPE};
use crate::route::Page;
use leptos::prelude::*;
use std::cell::Cell;
use std::rc::Rc;

/// The page a navigation is loading (its address), if any.
#[derive(Clone, Copy)]
pub struct PendingNav(pub RwSignal<Option<String>>);

/// Opens in-app addresses the loader's way. In context; cheap to clone.
#[derive(Clone)]
pub struct Loader(Rc<Inner>);

struct Inner {
    client: Client,
    pending: RwSignal<Option<String>>,
    /// The address of the page shown.
    here: Box<dyn Fn() -> String>,
    /// Shows an address (the router's navigate).
    navigate: Box<dyn Fn(&str)>,
    /// Each navigation's number: only the latest may complete.
    seq: Cell<u64>,
}

/// `/path?query#hash` in its three parts (`?` and `#` kept).
pub fn split_href(href: &str) -> (&str, &str, &str) {
    let (rest, hash) = href.find('#').map_or((href, ""), |i| href.split_at(i));
    let (path, search) = rest.find('?').map_or((rest, ""), |i| rest.split_at(i));
    (path, search, hash)
}

impl Loader {
    pub fn new(
        client: Client,
        pending: RwSignal<Option<String>>,
        here: impl Fn() -> String + 'static,
        navigate: impl Fn(&str) + 'static,
    ) -> Self {
        Loader(Rc::new(Inner {
            client,
            pending,
            here: Box::new(here),
            navigate: Box::new(navigate),
            seq: Cell::new(0),
        }))
    }

    /// Opens `href` (a same-origin path, query and hash) once its page's data
    /// is here. False for addresses that are not the reader's pages: the
    /// browser should load those itself.
    pub fn go(&self, href: &str) -> bool {
        let (path, search, hash) = split_href(href);
        let page = Page::parse(path, search);
        if page == Page::NotFound {
            return false;
        }
        let inner = &self.0;
        let target = page.href();
        let id = inner.seq.get() + 1;
        inner.seq.set(id);
        inner.pending.set(Some(target.clone()));
        let needs = page.needs();
        inner.client.abort_except(&[&(inner.here)(), &target, APP_SCOPE]);
        for r in &needs.secondary {
            inner.client.ensure(r, &target, true);
        }
        let this = self.clone();
        let to = format!("{target}{hash}");
        let done = Box::new(move || {
            // A later navigation won: this one is abandoned.
            if this.0.seq.get() == id {
                this.0.pending.set(None);
                (this.0.navigate)(&to);
            }
        });
        inner.client.settle(&needs.primary, &target, done);
        true
    }

    /// Starts loading what `href`'s page needs first, without opening it.
    pub fn prefetch(&self, href: &str) {
        let (path, search, _) = split_href(href);
        let page = Page::parse(path, search);
        let target = page.href();
        for r in &page.needs().primary {
            self.0.client.ensure(r, &target, false);
        }
    }

    /// The reader went elsewhere (back or forward) while a page was loading:
    /// that navigation is abandoned.
    pub fn cancel(&self) {
        self.0.seq.set(self.0.seq.get() + 1);
        self.0.pending.set(None);
    }
}

/// Makes the loader available to the shell's components (the search box).
pub fn provide_loader(loader: Loader) {
    provide_context(StoredValue::new_local(loader));
}

/// The loader, when inside the shell.
pub fn use_loader() -> Option<StoredValue<Loader, LocalStorage>> {
    use_context::<StoredValue<Loader, LocalStorage>>()
}
