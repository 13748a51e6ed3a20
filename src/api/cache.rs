//! The in-memory cache of this visit: decoded responses by URL, so pages
//! already seen render at once, and a fingerprint of each body so a
//! background refresh only re-renders when something changed.

use std::any::Any;
use std::collections::HashMap;
use std::sync::Arc;

/// How many responses to keep; the oldest-used go first.
pub const CAPACITY: usize = 120;

struct Entry {
    value: Arc<dyn Any + Send + Sync>,
    fingerprint: u64,
    fetched_at: f64,
    last_used: u64,
}

#[derive(Default)]
pub struct Cache {
    entries: HashMap<String, Entry>,
    clock: u64,
}

/// A cache hit: the value, and whether it should be refreshed.
pub struct Hit<T> {
    pub value: Arc<T>,
    pub stale: bool,
}

impl Cache {
    /// `fresh_ms`: after this long an entry is still served, but marked stale.
    pub fn get<T: Send + Sync + 'static>(&mut self, url: &str, now: f64, fresh_ms: f64) -> Option<Hit<T>> {
        self.clock += 1;
        let clock = self.clock;
        let e = self.entries.get_mut(url)?;
        e.last_used = clock;
        let value = Arc::clone(&e.value).downcast::<T>().ok()?;
        Some(Hit {
            value,
            stale: now - e.fetched_at >= fresh_ms,
        })
    }

    pub fn fingerprint(&self, url: &str) -> Option<u64> {
        self.entries.get(url).map(|e| e.fingerprint)
    }

    /// Marks `url` as just checked, without replacing its value.
    pub fn touch(&mut self, url: &str, now: f64) {
        if let Some(e) = self.entries.get_mut(url) {
            e.fetched_at = now;
        }
    }

    pub fn put<T: Send + Sync + 'static>(&mut self, url: String, value: Arc<T>, fingerprint: u64, now: f64) {
        self.clock += 1;
        if self.entries.len() >= CAPACITY && !self.entries.contains_key(&url) {
            if let Some(oldest) = self
                .entries
                .iter()
                .min_by_key(|(_, e)| e.last_used)
                .map(|(k, _)| k.clone())
            {
                self.entries.remove(&oldest);
            }
        }
        self.entries.insert(
            url,
            Entry {
                value,
                fingerprint,
                fetched_at: now,
                last_used: self.clock,
            },
        );
    }

    pub fn len(&self) -> usize {
        self.entries.len()
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }
}

/// FNV-1a: a fingerprint of a response body, to tell "changed" from "same".
pub fn fingerprint(text: &str) -> u64 {
    text.bytes().fold(0xcbf2_9ce4_8422_2325, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
    })
}
