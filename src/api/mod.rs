//! The api layer: the only code that knows the backend's URLs, HTTP and JSON.
//! It hands pages tintuc's own models, or one [`ApiError`].

pub mod error;
pub mod http;
pub mod media;
pub mod models;
mod query;
pub mod request;
pub mod store;
pub mod tintuc;
pub mod wordpress;

pub use error::{ApiError, ErrorKind};
pub use http::Abort;
pub use query::{page_scope, provide_api, use_query, Query, Scope};
pub use request::{Erased, Request};

/// A backend's JSON text as one of its wire types; a mismatch is a decode
/// error ("the content could not be read"), never a panic.
fn decode<T: serde::de::DeserializeOwned>(text: &str) -> Result<T, ApiError> {
    crate::json::from_str(text).map_err(ApiError::Decode)
}

use crate::config::{BackendKind, Config};
use leptos::prelude::*;
use media::MediaBase;
use std::cell::{Cell, RefCell};
use std::rc::Rc;
use store::{fingerprint, Entry, InFlight, Store};

/// The scope of requests that live as long as the app (the category menu).
pub const APP_SCOPE: &str = "*";

/// The backend, as the app sees it. Cheap to clone.
#[derive(Clone)]
pub struct Api(Rc<Inner>);

struct Inner {
    config: Config,
    media: MediaBase,
    store: RefCell<Store>,
    /// Notified whenever the store changes, so what shows it reads it again.
    version: ArcTrigger,
    /// Notified when the network comes back: failed pages ask again.
    revive: ArcTrigger,
    revivals: Cell<u64>,
    next_id: Cell<u64>,
}

impl Api {
    pub fn new(config: Config, media: MediaBase) -> Self {
        Api(Rc::new(Inner {
            config,
            media,
            store: RefCell::default(),
            version: ArcTrigger::new(),
            revive: ArcTrigger::new(),
            revivals: Cell::new(0),
            next_id: Cell::new(0),
        }))
    }

    pub fn config(&self) -> &Config {
        &self.0.config
    }

    fn key(&self, req: &Request) -> String {
        req.key(&self.0.config)
    }

    pub(crate) fn media(&self) -> &MediaBase {
        &self.0.media
    }

    /// The browser is online again: what failed meanwhile is asked again by
    /// whoever shows it.
    pub fn revive(&self) {
        self.0.revivals.set(self.0.revivals.get() + 1);
        self.0.revive.notify();
    }

    /// How many times the network came back; subscribes the caller to
    /// [`Api::revive`].
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

    /// Whether a first answer to `req` is on its way. Reactive.
    pub fn is_loading(&self, req: &Request) -> bool {
        self.0.version.track();
        let url = self.key(req);
        let store = self.0.store.borrow();
        store.in_flight.contains_key(&url) && store.peek(&url).is_none()
    }

    /// Whether something the reader waits for is on its way: a first answer
    /// for one of `scopes` (the page shown, the page being opened); not
    /// background refreshes, not prefetches. Reactive.
    pub fn busy(&self, scopes: &[&str]) -> bool {
        self.0.version.track();
        let store = self.0.store.borrow();
        store
            .in_flight
            .iter()
            .any(|(url, f)| scopes.contains(&f.scope.as_str()) && store.peek(url).is_none())
    }

    /// Makes sure an answer to `req` is here or on its way. A stale one is
    /// served and refreshed in the background. A failure is asked again when
    /// `force`d (a retry, a fresh navigation) or when it is not fresh.
    pub fn ensure(&self, req: &Request, scope: &str, force: bool) {
        let url = self.key(req);
        let now = js_sys::Date::now();
        let fresh = f64::from(self.0.config.cache_fresh_ms);
        let state = match self.0.store.borrow_mut().get(&url) {
            None => 0,
            Some(Entry::Ready { fetched_at, .. }) if now - *fetched_at < fresh => return,
            Some(Entry::Ready { .. }) => 1,
            Some(Entry::Failed { at, .. }) if force || now - *at > store::FAILURE_HOLD_MS => 2,
            Some(Entry::Failed { .. }) => return,
        };
        match state {
            1 => self.0.store.borrow_mut().touch(&url, now),
            2 => self.0.store.borrow_mut().remove(&url),
            _ => {}
        }
        self.start(url, req.clone(), scope);
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
                .filter(|u| store.in_flight.contains_key(u) && store.peek(u).is_none())
                .collect()
        };
        if waiting.is_empty() {
            done();
            return;
        }
        let left = Rc::new(Cell::new(waiting.len()));
        let done = Rc::new(RefCell::new(Some(done)));
        let mut store = self.0.store.borrow_mut();
        for url in waiting {
            let (left, done) = (left.clone(), done.clone());
            if let Some(f) = store.in_flight.get_mut(&url) {
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

    fn start(&self, url: String, req: Request, scope: &str) {
        if let Some(f) = self.0.store.borrow_mut().in_flight.get_mut(&url) {
            // Already on its way: it now serves the latest asker.
            if f.scope != APP_SCOPE {
                f.scope = scope.to_string();
            }
            return;
        }
        let id = self.0.next_id.get() + 1;
        self.0.next_id.set(id);
        let scope_owned = scope.to_string();
        let abort = Abort::new();
        self.0.store.borrow_mut().in_flight.insert(
            url.clone(),
            InFlight {
                id,
                scope: scope.to_string(),
                abort: abort.clone(),
                waiters: Vec::new(),
            },
        );
        self.0.version.notify();
        let api = self.clone();
        leptos::task::spawn_local(async move {
            let result = api.fetch(&req, &abort, scope_owned).await;
            api.finish(url, id, result);
        });
    }

    /// Asks the backend for `req`: the decoded answer and a fingerprint of
    /// what came over the wire.
    async fn fetch(&self, req: &Request, abort: &Abort, scope: String) -> Result<(u64, Erased), ApiError> {
        match self.0.config.backend {
            BackendKind::Tintuc => {
                let url = req.url(&self.0.config);
                let text = http::get_text(&url, abort, self.0.config.request_timeout_ms).await?;
                Ok((fingerprint(&text), req.decode(&text, &self.0.media)?))
            }
            BackendKind::WordPress => wordpress::fetch(self, req, abort, &scope).await,
        }
    }

    /// The answer to `req`, waiting for it if it has to be fetched.
    pub(crate) async fn load(&self, req: Request, scope: &str) -> Result<Erased, ApiError> {
        let key = self.key(&req);
        let ready = |api: &Api| match api.0.store.borrow().peek(&key) {
            Some(Entry::Ready { value, .. }) => Some(Ok(value.clone())),
            Some(Entry::Failed { error, .. }) => Some(Err(error.clone())),
            None => None,
        };
        if let Some(Ok(v)) = ready(self) {
            return Ok(v);
        }
        let promise = js_sys::Promise::new(&mut |resolve, _| {
            self.settle(
                std::slice::from_ref(&req),
                scope,
                Box::new(move || {
                    let _ = resolve.call0(&wasm_bindgen::JsValue::NULL);
                }),
            );
        });
        let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
        ready(self).unwrap_or(Err(ApiError::Aborted))
    }

    fn finish(&self, url: String, id: u64, result: Result<(u64, Erased), ApiError>) {
        let mut store = self.0.store.borrow_mut();
        // Aborted and replaced by a newer request for the same URL: not ours.
        if store.in_flight.get(&url).is_none_or(|f| f.id != id) {
            return;
        }
        let Some(flight) = store.in_flight.remove(&url) else {
            return;
        };
        let had_value = matches!(store.peek(&url), Some(Entry::Ready { .. }));
        match result {
            Err(ApiError::Aborted) => {}
            Ok((fp, value)) => {
                let same = matches!(store.peek(&url), Some(Entry::Ready { fingerprint, .. }) if *fingerprint == fp);
                if same {
                    // Unchanged: the shown value stays (no re-render).
                    store.touch(&url, js_sys::Date::now());
                } else {
                    store.put(
                        url,
                        Entry::Ready {
                            value,
                            fingerprint: fp,
                            fetched_at: js_sys::Date::now(),
                        },
                    );
                }
            }
            // A failed background refresh keeps what the reader sees.
            Err(error) if !had_value => store.put(
                url,
                Entry::Failed {
                    error,
                    at: js_sys::Date::now(),
                },
            ),
            Err(_) => {}
        }
        drop(store);
        self.0.version.notify();
        for w in flight.waiters {
            w();
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
/// Reads `config.json` from beside `index.html`.
pub async fn load_config() -> Result<Config, ApiError> {
    let abort = Abort::new();
    let text = http::get_text("/config.json", &abort, 10_000)
        .await
        .map_err(|e| match e {
            ApiError::NotFound => ApiError::Config("config.json is missing".into()),
            ApiError::Status { code, .. } => ApiError::Config(format!("config.json: HTTP {code}")),
            other => other,
        })?;
    Config::from_json(&text).map_err(ApiError::Config)
}
