//! The top of the data stack: the client owns this visit's cache. It serves
//! answers at once (a stale one is refreshed in the background), asks the
//! [`Backend`] for the rest, merges requests for the same answer, keeps what
//! the reader sees when a refresh fails, and aborts what a navigation left
//! behind. Time and task spawning come in through [`Env`], so all of it is
//! tested natively with a fake clock and a fake backend (`tests/client.rs`).

mod env;
mod fetch;
#[cfg(feature = "offline")]
mod offline;
pub mod query;
pub mod store;

use super::backend::Backend;
use super::error::ApiError;
use super::request::{Erased, Request};
use env::DynBackend;
pub use env::Env;
use leptos::prelude::*;
use std::cell::{Cell, RefCell};
use std::rc::Rc;
use store::{Entry, Store, FAILURE_HOLD_MS};

/// The scope of requests that live as long as the app (the category menu).
pub const APP_SCOPE: &str = "*";

/// The app's handle to its data. Cheap to clone.
#[derive(Clone)]
pub struct Client(Rc<Inner>);

struct Inner {
    backend: Rc<dyn DynBackend>,
    env: Env,
    store: RefCell<Store>,
    /// Notified whenever the store changes, so what shows it reads it again.
    version: ArcTrigger,
    /// Notified when the network comes back: failed pages ask again.
    revive: ArcTrigger,
    revivals: Cell<u64>,
    next_id: Cell<u64>,
}

impl Client {
    pub fn new(backend: impl Backend + 'static, env: Env) -> Self {
        Client(Rc::new(Inner {
            backend: Rc::new(backend),
            env,
            store: RefCell::default(),
            version: ArcTrigger::new(),
            revive: ArcTrigger::new(),
            revivals: Cell::new(0),
            next_id: Cell::new(0),
        }))
    }

    fn key(&self, req: &Request) -> String {
        self.0.backend.key(req)
    }

    fn now(&self) -> f64 {
        (self.0.env.clock)()
    }

    /// The browser is online again: what failed meanwhile is asked again by
    /// whoever shows it.
    pub fn revive(&self) {
        self.0.revivals.set(self.0.revivals.get() + 1);
        self.0.revive.notify();
    }

    /// How many times the network came back; subscribes the caller to
    /// [`Client::revive`].
    pub fn revivals(&self) -> u64 {
        self.0.revive.track();
        self.0.revivals.get()
    }

    /// The answer to `req`, if there is one. Reactive.
    pub fn peek(&self, req: &Request) -> Option<Result<Erased, ApiError>> {
        self.0.version.track();
        match self.0.store.borrow_mut().get(&self.key(req))? {
            Entry::Ready { value, .. } => Some(Ok(value.clone())),
            Entry::Failed { error, .. } => Some(Err(error.clone())),
        }
    }

    /// Asks for `req` again, whatever the cache holds (the service worker
    /// then keeps what the server's page was rendered from); what is shown
    /// changes only if the answer did.
    pub fn refresh(&self, req: &Request, scope: &str) {
        self.start(self.key(req), req.clone(), scope);
    }

    /// Whether something the reader waits for is on its way: a first answer
    /// for one of `scopes` (the page shown, the page being opened); not
    /// background refreshes, not prefetches of other pages. Reactive.
    pub fn busy(&self, scopes: &[&str]) -> bool {
        self.0.version.track();
        let store = self.0.store.borrow();
        store
            .in_flight
            .iter()
            .any(|(key, f)| scopes.contains(&f.scope.as_str()) && store.peek(key).is_none())
    }

    /// An answer that came another way (the server's, embedded in its
    /// page): shown at once, fresh from now; or, when that page was a copy
    /// the service worker kept (`copy`: when it came), shown as a copy and
    /// asked again.
    pub fn seed(&self, req: &Request, value: Erased, fingerprint: u64, copy: Option<f64>) {
        let now = self.now();
        self.0.store.borrow_mut().put(
            self.key(req),
            Entry::Ready {
                value,
                fingerprint,
                fetched_at: now,
                copy,
                urls: Vec::new(),
            },
        );
        self.0.version.notify();
    }

    /// A failure that came another way (the server's): shown as it is, and
    /// asked again only after the usual hold.
    pub fn seed_error(&self, req: &Request, error: ApiError) {
        let now = self.now();
        self.0
            .store
            .borrow_mut()
            .put(self.key(req), Entry::Failed { error, at: now });
        self.0.version.notify();
    }

    /// Makes sure an answer to `req` is here or on its way. A stale one (or
    /// a copy, which is never fresh) is served and refreshed in the
    /// background. A failure is asked again when
    /// `force`d (a retry, a fresh navigation) or when it is not fresh.
    pub fn ensure(&self, req: &Request, scope: &str, force: bool) {
        let key = self.key(req);
        let now = self.now();
        let fresh = f64::from(self.0.env.fresh_ms);
        let mut store = self.0.store.borrow_mut();
        match store.get(&key) {
            None => {}
            Some(Entry::Ready {
                fetched_at, copy: None, ..
            }) if now - *fetched_at < fresh => return,
            Some(Entry::Ready { .. }) => store.touch(&key, now),
            Some(Entry::Failed { at, .. }) if force || now - *at > FAILURE_HOLD_MS => store.remove(&key),
            Some(Entry::Failed { .. }) => return,
        }
        drop(store);
        self.start(key, req.clone(), scope);
    }

    /// Forgets a failure and asks again.
    pub fn retry(&self, req: &Request, scope: &str) {
        self.ensure(req, scope, true);
    }

    /// Runs `done` once each of `reqs` has an answer or a failure. Failures
    /// from before are asked again: this is a fresh visit to the page.
    pub fn settle(&self, reqs: &[Request], scope: &str, done: Box<dyn FnOnce()>) {
        for r in reqs {
            self.ensure(r, scope, true);
        }
        let waiting: Vec<String> = {
            let store = self.0.store.borrow();
            reqs.iter()
                .map(|r| self.key(r))
                .filter(|k| store.in_flight.contains_key(k) && store.peek(k).is_none())
                .collect()
        };
        if waiting.is_empty() {
            done();
            return;
        }
        let left = Rc::new(Cell::new(waiting.len()));
        let done = Rc::new(RefCell::new(Some(done)));
        let mut store = self.0.store.borrow_mut();
        for key in waiting {
            let (left, done) = (left.clone(), done.clone());
            if let Some(f) = store.in_flight.get_mut(&key) {
                f.waiters.push(Box::new(move || {
                    left.set(left.get() - 1);
                    if left.get() == 0 {
                        if let Some(d) = done.borrow_mut().take() {
                            d();
                        }
                    }
                }));
            }
        }
    }

    /// The reader is now on (or headed for) the pages in `keep`: requests made
    /// for any other page are moot and are aborted.
    pub fn abort_except(&self, keep: &[&str]) {
        let mut store = self.0.store.borrow_mut();
        let before = store.in_flight.len();
        store.in_flight.retain(|_, f| {
            let keep = f.scope == APP_SCOPE || keep.contains(&f.scope.as_str());
            if !keep {
                f.abort.abort();
            }
            keep
        });
        let changed = store.in_flight.len() != before;
        drop(store);
        if changed {
            self.0.version.notify();
        }
    }
}
