//! Cancelling one request: when its page goes away, when the reader
//! navigates elsewhere, or when it has taken too long. In the browser it
//! holds the fetch's `AbortController`; natively (the server, the tests) it
//! is a flag the transport checks.

use std::sync::atomic::{AtomicBool, Ordering};

#[cfg(target_arch = "wasm32")]
type Shared<T> = std::rc::Rc<T>;
#[cfg(not(target_arch = "wasm32"))]
type Shared<T> = std::sync::Arc<T>;

#[derive(Clone, Default)]
pub struct Abort(Shared<State>);

#[derive(Default)]
struct State {
    aborted: AtomicBool,
    timed_out: AtomicBool,
    #[cfg(target_arch = "wasm32")]
    controller: Option<web_sys::AbortController>,
}

impl Abort {
    pub fn new() -> Self {
        Abort(Shared::new(State {
            #[cfg(target_arch = "wasm32")]
            controller: web_sys::AbortController::new().ok(),
            ..State::default()
        }))
    }

    /// Harmless on a request that has finished; one `Abort` may serve the
    /// several requests of one answer (WordPress's other news).
    pub fn abort(&self) {
        self.0.aborted.store(true, Ordering::Relaxed);
        #[cfg(target_arch = "wasm32")]
        if let Some(c) = &self.0.controller {
            c.abort();
        }
    }

    /// Aborts because the time ran out: the request then fails as a timeout.
    pub fn time_out(&self) {
        self.0.timed_out.store(true, Ordering::Relaxed);
        self.abort();
    }

    pub fn is_aborted(&self) -> bool {
        self.0.aborted.load(Ordering::Relaxed)
    }

    pub fn timed_out(&self) -> bool {
        self.0.timed_out.load(Ordering::Relaxed)
    }

    /// The browser's signal, for `fetch`.
    #[cfg(target_arch = "wasm32")]
    pub fn signal(&self) -> Option<web_sys::AbortSignal> {
        self.0.controller.as_ref().map(|c| c.signal())
    }

    /// The error a request that failed with `message` ends in: a timeout or
    /// an abort when this said so, else a network error.
    pub fn error(&self, message: impl std::fmt::Display) -> super::ApiError {
        if self.timed_out() {
            super::ApiError::Timeout
        } else if self.is_aborted() {
            super::ApiError::Aborted
        } else {
            super::ApiError::Network(message.to_string())
        }
    }
}
