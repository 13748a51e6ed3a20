#![allow(dead_code)] // each test file uses part of it
//! A fake backend and a fake clock for the cache and loader tests: every
//! request waits until the test answers it, and time moves only when the
//! test says so.

use futures::channel::oneshot;
use futures::executor::LocalPool;
use futures::task::LocalSpawnExt;
use std::cell::{Cell, RefCell};
use std::rc::Rc;
use std::sync::Arc;
use tintuc::api::abort::Abort;
use tintuc::api::backend::{Backend, Fetched};
use tintuc::api::client::{Client, Env};
use tintuc::api::request::{Erased, Request};
use tintuc::api::ApiError;

/// One request the client made, waiting for the test's answer.
pub struct Call {
    pub key: String,
    pub abort: Abort,
    reply: Option<oneshot::Sender<Result<Fetched, ApiError>>>,
}

#[derive(Clone, Default)]
pub struct FakeBackend {
    pub calls: Rc<RefCell<Vec<Call>>>,
}

impl Backend for FakeBackend {
    fn key(&self, req: &Request) -> String {
        key(req)
    }

    async fn fetch(&self, req: &Request, abort: &Abort) -> Result<Fetched, ApiError> {
        let (tx, rx) = oneshot::channel();
        self.calls.borrow_mut().push(Call {
            key: key(req),
            abort: abort.clone(),
            reply: Some(tx),
        });
        // A dropped sender: the test never answered (the request hangs).
        rx.await.unwrap_or(Err(ApiError::Aborted))
    }
}

pub fn key(req: &Request) -> String {
    format!("{req:?}")
}

/// A value as a backend would decode it, with a fingerprint of its wire
/// form.
pub fn value(text: &str) -> Fetched {
    Fetched {
        value: Arc::new(text.to_string()),
        fingerprint: tintuc::api::backend::fingerprint(text),
        copy: None,
        urls: vec![format!("/api/{text}")],
    }
}

/// The same as a copy the service worker kept, fetched at `at`.
pub fn copy(text: &str, at: f64) -> Fetched {
    Fetched {
        copy: Some(at),
        ..value(text)
    }
}

/// The text of a value made by [`value`].
pub fn text(v: &Erased) -> String {
    v.clone().downcast::<String>().map(|s| (*s).clone()).unwrap_or_default()
}

/// A client on the fake backend, with the test's clock and executor.
pub struct World {
    pub client: Client,
    pub backend: FakeBackend,
    pub clock: Rc<Cell<f64>>,
    pub pool: Rc<RefCell<LocalPool>>,
}

pub const FRESH_MS: u32 = 15_000;

impl World {
    pub fn new() -> World {
        let backend = FakeBackend::default();
        let clock = Rc::new(Cell::new(1_000_000.0));
        let pool = Rc::new(RefCell::new(LocalPool::new()));
        let spawner = pool.borrow().spawner();
        let c = clock.clone();
        let env = Env {
            clock: Rc::new(move || c.get()),
            spawn: Rc::new(move |f| spawner.spawn_local(f).expect("the test's executor runs")),
            fresh_ms: FRESH_MS,
        };
        World {
            client: Client::new(backend.clone(), env),
            backend,
            clock,
            pool,
        }
    }

    /// Runs every task that can run now.
    pub fn run(&self) {
        self.pool.borrow_mut().run_until_stalled();
    }

    pub fn advance(&self, ms: f64) {
        self.clock.set(self.clock.get() + ms);
    }

    /// How many requests for `req` were made so far.
    pub fn asked(&self, req: &Request) -> usize {
        self.backend.calls.borrow().iter().filter(|c| c.key == key(req)).count()
    }

    /// Answers the oldest unanswered request for `req`.
    pub fn answer(&self, req: &Request, answer: Result<Fetched, ApiError>) {
        self.run();
        let sender = self
            .backend
            .calls
            .borrow_mut()
            .iter_mut()
            .find(|c| c.key == key(req) && c.reply.is_some())
            .and_then(|c| c.reply.take())
            .unwrap_or_else(|| panic!("no request for {req:?} is waiting"));
        let _ = sender.send(answer);
        self.run();
    }

    /// The abort handle of the latest request for `req`.
    pub fn abort_of(&self, req: &Request) -> Abort {
        self.run();
        self.backend
            .calls
            .borrow()
            .iter()
            .rev()
            .find(|c| c.key == key(req))
            .map(|c| c.abort.clone())
            .unwrap_or_else(|| panic!("{req:?} was never asked"))
    }

    /// What the cache shows for `req`, as text.
    pub fn shown(&self, req: &Request) -> Option<Result<String, ApiError>> {
        self.client.peek(req).map(|r| r.map(|v| text(&v)))
    }
}
