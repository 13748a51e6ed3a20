//! How pages read data: a query names a [`Request`] (keyed on route params),
//! shows what the cache has at once, asks the api for the rest, and keeps
//! the previous answer on screen while a new one loads.

use super::{Api, ApiError, Erased, Request, APP_SCOPE};
use leptos::prelude::*;
use leptos_router::hooks::use_location;
use std::marker::PhantomData;
use std::sync::Arc;

/// Which requests a navigation may abort.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Scope {
    /// Belongs to the page at the current location.
    Page,
    /// Lives as long as the app (the category menu).
    App,
}

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

/// A page's view of one request.
pub struct Query<T: 'static> {
    shown: Memo<Option<Shown>>,
    req: Memo<Request>,
    scope: Scope,
    api: StoredValue<Api, LocalStorage>,
    ty: PhantomData<fn() -> T>,
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
        self.shown.get().map(|s| {
            // Cannot fail: the request decodes into this query's type.
            s.0?.downcast::<T>()
                .map_err(|_| ApiError::Decode("internal: unexpected value type".into()))
        })
    }

    /// Whether the answer to the current request is still on its way. Reactive.
    pub fn loading(&self) -> bool {
        let req = self.req.get();
        self.api.with_value(|a| a.is_loading(&req))
    }

    /// Asks again after a failure.
    pub fn retry(&self) {
        let req = self.req.get_untracked();
        let scope = scope_key(self.scope);
        self.api.with_value(|a| a.retry(&req, &scope));
    }

    /// A retry callback for error views.
    pub fn retry_callback(&self) -> Callback<()> {
        let this = *self;
        Callback::new(move |_| this.retry())
    }
}

fn scope_key(scope: Scope) -> String {
    match scope {
        Scope::App => APP_SCOPE.to_string(),
        Scope::Page => page_scope(),
    }
}

/// The scope of the page at the browser's current URL: its path and query
/// (`/tim-kiem?q=x`), the key every request of that page is filed under.
pub fn page_scope() -> String {
    let l = window().location();
    l.pathname().unwrap_or_default() + &l.search().unwrap_or_default()
}

/// Makes the api available to every page.
pub fn provide_api(api: Api) {
    provide_context(StoredValue::new_local(api));
}

/// A query for `req`, re-evaluated whenever a signal it reads changes.
pub fn use_query<T: Send + Sync + 'static>(
    scope: Scope,
    req: impl Fn() -> Request + Send + Sync + 'static,
) -> Query<T> {
    let api = expect_context::<StoredValue<Api, LocalStorage>>();
    let req = Memo::new(move |_| req());
    // The answer to this request, or the previous one while it loads: the
    // page changes once, from one content to the next.
    let shown = Memo::new(move |prev: Option<&Option<Shown>>| {
        let r = req.get();
        match api.with_value(|a| a.peek(&r)) {
            Some(answer) => Some(Shown(answer)),
            None => prev.cloned().flatten(),
        }
    });
    let _ = use_location(); // only inside the router
    Effect::new(move |seen: Option<u64>| {
        let r = req.get();
        api.with_value(|a| {
            // Back online since the last run: a failure is asked again now.
            let revivals = a.revivals();
            a.ensure(&r, &scope_key(scope), seen.is_some_and(|s| s != revivals));
            revivals
        })
    });
    Query {
        shown,
        req,
        scope,
        api,
        ty: PhantomData,
    }
}
