//! How pages read data: a query follows an [`Ask`] (usually derived from the
//! route), shows what the cache has at once, asks the client for the rest,
//! and keeps the previous answer on screen while a new one loads.

use super::{Client, APP_SCOPE};
use crate::api::error::ApiError;
use crate::api::request::{Ask, Erased, Request};
use leptos::prelude::*;
use std::marker::PhantomData;
use std::sync::Arc;

/// Which requests a navigation may abort.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Scope {
    /// Belongs to the page being shown.
    Page,
    /// Lives as long as the app (the category menu).
    App,
}

/// The key every request of the page being shown is filed under (its
/// address), provided by the shell.
#[derive(Clone, Copy)]
pub struct PageScope(pub Signal<String>);

/// An answer as shown: equal when it is the very same answer, so a cache
/// refresh that changed nothing re-renders nothing.
#[derive(Clone)]
struct Shown(Result<Erased, ApiError>);

impl PartialEq for Shown {
    fn eq(&self, other: &Self) -> bool {
        match (&self.0, &other.0) {
            (Ok(a), Ok(b)) => Arc::ptr_eq(a, b),
            (Err(a), Err(b)) => a == b,
            _ => false,
        }
    }
}

/// A page's view of one request, whose answer is a `T`.
pub struct Query<T: 'static> {
    shown: Memo<Option<Shown>>,
    /// The request, untyped: one reactive code path for every model type.
    req: Memo<Option<Request>>,
    ty: PhantomData<fn() -> T>,
    scope: Scope,
    page_scope: Option<PageScope>,
    client: StoredValue<Client, LocalStorage>,
}

impl<T> Clone for Query<T> {
    fn clone(&self) -> Self {
        *self
    }
}
impl<T> Copy for Query<T> {}

impl<T: Send + Sync + 'static> Query<T> {
    /// The answer: `None` before the first one arrives. Reactive.
    pub fn get(&self) -> Option<Result<Arc<T>, ApiError>> {
        // Cannot fail: the request came from an `Ask<T>`.
        Some(self.shown.get()?.0.and_then(|v| {
            v.downcast::<T>()
                .map_err(|_| ApiError::Decode("internal: unexpected value type".into()))
        }))
    }

    /// Asks again after a failure.
    pub fn retry(&self) {
        if let Some(req) = self.req.get_untracked() {
            let scope = scope_key(self.scope, self.page_scope);
            self.client.with_value(|c| c.retry(&req, &scope));
        }
    }

    /// A retry callback for error views.
    pub fn retry_callback(&self) -> Callback<()> {
        let this = *self;
        Callback::new(move |_| this.retry())
    }
}

fn scope_key(scope: Scope, page: Option<PageScope>) -> String {
    match scope {
        Scope::App => APP_SCOPE.to_string(),
        Scope::Page => page.map(|s| s.0.get_untracked()).unwrap_or_default(),
    }
}

/// Makes the client available to every page.
pub fn provide_client(client: Client) {
    provide_context(StoredValue::new_local(client));
}

/// The client, from context.
pub fn use_client() -> StoredValue<Client, LocalStorage> {
    expect_context::<StoredValue<Client, LocalStorage>>()
}

/// A query for `ask` (nothing is asked while it is `None`), re-evaluated
/// whenever a signal it reads changes.
pub fn use_query<T: Send + Sync + 'static>(
    scope: Scope,
    ask: impl Fn() -> Option<Ask<T>> + Send + Sync + 'static,
) -> Query<T> {
    let req = Memo::new(move |_| ask().map(Ask::into_request));
    let (shown, page_scope, client) = follow(scope, req);
    Query {
        shown,
        req,
        ty: PhantomData,
        scope,
        page_scope,
        client,
    }
}

/// What a query does whatever its model: the answer shown, and asking for
/// it. Not generic: code inside a generic function is made again for each
/// of its callers (each query would cost the bundle a copy).
#[allow(clippy::type_complexity)]
fn follow(
    scope: Scope,
    req: Memo<Option<Request>>,
) -> (
    Memo<Option<Shown>>,
    Option<PageScope>,
    StoredValue<Client, LocalStorage>,
) {
    let client = use_client();
    // The answer to this request, or the previous one while it loads: the
    // page changes once, from one content to the next.
    let shown = Memo::new(move |prev: Option<&Option<Shown>>| {
        let answer = req.with(|r| r.as_ref().and_then(|r| client.with_value(|c| c.peek(r))));
        match answer {
            Some(answer) => Some(Shown(answer)),
            None => prev.cloned().flatten(),
        }
    });
    // The scope is read where the query is made (inside the shell).
    let page_scope = use_context::<PageScope>();
    Effect::new(move |seen: Option<u64>| {
        let r = req.get();
        client.with_value(|c| {
            // Back online since the last run: a failure is asked again now.
            let revivals = c.revivals();
            if let Some(r) = r.as_ref() {
                c.ensure(r, &scope_key(scope, page_scope), seen.is_some_and(|s| s != revivals));
            }
            revivals
        })
    });
    (shown, page_scope, client)
}
