//! What offline reading asks the cache (a build with the feature
//! `offline`): whether an answer shown is a copy the service worker kept,
//! and which URLs it was read from (saving an article keeps them).

use super::store::Entry;
use super::Client;
use crate::api::request::Request;
use leptos::prelude::Track;

impl Client {
    /// When the answer to `req` was fetched, if it is a copy the service
    /// worker kept rather than a live one. Reactive.
    pub fn copy_time(&self, req: &Request) -> Option<f64> {
        self.0.version.track();
        match self.0.store.borrow().peek(&self.key(req))? {
            Entry::Ready { copy, .. } => *copy,
            Entry::Failed { .. } => None,
        }
    }

    /// The URLs the answer to `req` was read from, each followed by a space,
    /// onto `out`; for one that came another way (the server's), its key
    /// when that is a URL (tintuc's contract).
    pub fn sources(&self, req: &Request, out: &mut String) {
        let key = self.key(req);
        let store = self.0.store.borrow();
        let urls = match store.peek(&key) {
            Some(Entry::Ready { urls, .. }) if !urls.is_empty() => urls.as_slice(),
            Some(Entry::Ready { .. }) if key.starts_with('/') || key.starts_with("http") => std::slice::from_ref(&key),
            _ => &[],
        };
        for u in urls {
            out.push_str(u);
            out.push(' ');
        }
    }
}
