//! The cache of this visit, by key: answers (and failures) with the time they
//! came, the requests under way with whom they are for, and who waits for
//! them. Pure bookkeeping, times passed in; the [`Client`](super::Client)
//! does the asking.

use crate::api::abort::Abort;
use crate::api::error::ApiError;
use crate::api::request::Erased;
use std::collections::HashMap;

/// How many answers to keep; the least recently used go first.
pub const CAPACITY: usize = 120;

pub enum Entry {
    Ready {
        value: Erased,
        fingerprint: u64,
        fetched_at: f64,
        /// A copy the service worker kept, fetched then (never fresh).
        copy: Option<f64>,
        /// What it was read from.
        urls: Vec<String>,
    },
    Failed {
        error: ApiError,
        at: f64,
    },
}

/// A failure this fresh is shown as it is, not asked again: it is the one the
/// navigation just waited for.
pub const FAILURE_HOLD_MS: f64 = 1_000.0;

struct Slot {
    entry: Entry,
    last_used: u64,
}

/// A request under way: for which page (its scope), how to stop it, and what
/// to run when it ends.
pub struct InFlight {
    pub id: u64,
    pub scope: String,
    pub abort: Abort,
    pub waiters: Vec<Box<dyn FnOnce()>>,
}

#[derive(Default)]
pub struct Store {
    slots: HashMap<String, Slot>,
    pub in_flight: HashMap<String, InFlight>,
    clock: u64,
}

impl Store {
    pub fn get(&mut self, key: &str) -> Option<&Entry> {
        self.clock += 1;
        let clock = self.clock;
        let slot = self.slots.get_mut(key)?;
        slot.last_used = clock;
        Some(&slot.entry)
    }

    pub fn peek(&self, url: &str) -> Option<&Entry> {
        self.slots.get(url).map(|s| &s.entry)
    }

    pub fn put(&mut self, url: String, entry: Entry) {
        self.clock += 1;
        if self.slots.len() >= CAPACITY && !self.slots.contains_key(&url) {
            if let Some(oldest) = self
                .slots
                .iter()
                .min_by_key(|(_, s)| s.last_used)
                .map(|(k, _)| k.clone())
            {
                self.slots.remove(&oldest);
            }
        }
        self.slots.insert(
            url,
            Slot {
                entry,
                last_used: self.clock,
            },
        );
    }

    pub fn remove(&mut self, url: &str) {
        self.slots.remove(url);
    }

    pub fn touch(&mut self, url: &str, now: f64) {
        if let Some(Slot {
            entry: Entry::Ready { fetched_at, .. },
            ..
        }) = self.slots.get_mut(url)
        {
            *fetched_at = now;
        }
    }

    /// The same answer came again, live or as a copy.
    pub fn came_again(&mut self, url: &str, now: f64, again: Option<f64>) {
        self.touch(url, now);
        if let Some(Slot {
            entry: Entry::Ready { copy, .. },
            ..
        }) = self.slots.get_mut(url)
        {
            *copy = again;
        }
    }
}
