//! Asking the backend: one request per key at a time (later askers join
//! it), and its answer into the store: kept, or the same as before (nothing
//! re-renders), or a failure that keeps what the reader sees.

use super::store::{Entry, InFlight};
use super::{Client, APP_SCOPE};
use crate::api::abort::Abort;
use crate::api::backend::Fetched;
use crate::api::error::ApiError;
use crate::api::request::Request;
use leptos::prelude::Notify;

impl Client {
    pub(super) fn start(&self, key: String, req: Request, scope: &str) {
        if let Some(f) = self.0.store.borrow_mut().in_flight.get_mut(&key) {
            // Already on its way: it now serves the latest asker.
            if f.scope != APP_SCOPE {
                f.scope = scope.to_string();
            }
            return;
        }
        let id = self.0.next_id.get() + 1;
        self.0.next_id.set(id);
        let abort = Abort::new();
        self.0.store.borrow_mut().in_flight.insert(
            key.clone(),
            InFlight {
                id,
                scope: scope.to_string(),
                abort: abort.clone(),
                waiters: Vec::new(),
            },
        );
        self.0.version.notify();
        let client = self.clone();
        let fetch = self.0.backend.clone().fetch(req, abort);
        (self.0.env.spawn)(Box::pin(async move {
            let result = fetch.await;
            client.finish(key, id, result);
        }));
    }

    pub(super) fn finish(&self, key: String, id: u64, result: Result<Fetched, ApiError>) {
        let now = self.now();
        let mut store = self.0.store.borrow_mut();
        // Aborted and replaced by a newer request for the same key: not ours.
        if store.in_flight.get(&key).is_none_or(|f| f.id != id) {
            return;
        }
        let Some(flight) = store.in_flight.remove(&key) else {
            return;
        };
        let had_value = matches!(store.peek(&key), Some(Entry::Ready { .. }));
        match result {
            Err(ApiError::Aborted) => {}
            Ok(Fetched {
                value,
                fingerprint,
                copy,
                urls,
            }) => {
                let same = matches!(store.peek(&key), Some(Entry::Ready { fingerprint: f, .. }) if *f == fingerprint);
                if same {
                    // Unchanged: the shown value stays (no re-render).
                    store.came_again(&key, now, copy);
                } else {
                    store.put(
                        key,
                        Entry::Ready {
                            value,
                            fingerprint,
                            fetched_at: now,
                            copy,
                            urls,
                        },
                    );
                }
            }
            // A failed background refresh keeps what the reader sees.
            Err(error) if !had_value => store.put(key, Entry::Failed { error, at: now }),
            Err(_) => {}
        }
        drop(store);
        self.0.version.notify();
        for w in flight.waiters {
            w();
        }
    }
}
