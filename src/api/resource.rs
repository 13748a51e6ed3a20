//! How pages get data: an async value keyed on whatever the fetch closure
//! reads (route params), aborted when it is superseded or its page goes away,
//! instant when the api cache has it, and re-run by a retry button.
//!
//! The value is type-erased inside: every resource shares one instantiation
//! of Leptos's async machinery, which otherwise is compiled again for each
//! model type (measured: several KB of WASM per type).

use super::{Abort, Api, ApiError};
use leptos::prelude::*;
use leptos_router::hooks::use_location;
use send_wrapper::SendWrapper;
use std::any::Any;
use std::future::Future;
use std::marker::PhantomData;
use std::pin::Pin;
use std::rc::Rc;
use std::sync::Arc;

/// Which requests a navigation may abort.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Scope {
    /// Belongs to the page at the current location.
    Page,
    /// Lives as long as the app (the category menu).
    App,
}

pub type ApiResult<T> = Result<Arc<T>, ApiError>;
type Erased = Arc<dyn Any + Send + Sync>;
type ErasedFuture = Pin<Box<dyn Future<Output = Result<Erased, ApiError>>>>;
type Fetcher = Rc<dyn Fn(Api, Abort) -> ErasedFuture>;

/// A page's data and its retry.
pub struct ApiResource<T: 'static> {
    data: AsyncDerived<Result<Erased, ApiError>>,
    retry: RwSignal<u32>,
    ty: PhantomData<fn() -> T>,
}

impl<T> Clone for ApiResource<T> {
    fn clone(&self) -> Self {
        *self
    }
}
impl<T> Copy for ApiResource<T> {}

fn typed<T: Send + Sync + 'static>(r: Result<Erased, ApiError>) -> ApiResult<T> {
    // Cannot fail: the value was made by this resource's own typed fetcher.
    r?.downcast::<T>()
        .map_err(|_| ApiError::Decode("internal: unexpected value type".into()))
}

impl<T: Send + Sync + 'static> ApiResource<T> {
    /// Waits for the value (inside `Suspend`).
    pub async fn value(self) -> ApiResult<T> {
        typed(self.data.await)
    }

    /// The value if it is there, tracking it.
    pub fn get(&self) -> Option<ApiResult<T>> {
        self.data.get().map(typed)
    }

    /// Asks again (errors are never cached, so this really refetches).
    pub fn retry(&self) {
        self.retry.update(|n| *n += 1);
    }

    /// A retry callback for error views.
    pub fn retry_callback(&self) -> Callback<()> {
        let this = *self;
        Callback::new(move |_| this.retry())
    }
}

/// Makes the api available to every page.
pub fn provide_api(api: Api) {
    provide_context(StoredValue::new_local(api));
}

pub fn use_api() -> Api {
    expect_context::<StoredValue<Api, LocalStorage>>().get_value()
}

/// Creates a resource: `fetch` runs now and again whenever a signal it reads
/// changes; it gets the api and an [`Abort`] for its requests.
pub fn use_resource<T, Fut>(scope: Scope, fetch: impl Fn(Api, Abort) -> Fut + 'static) -> ApiResource<T>
where
    T: Send + Sync + 'static,
    Fut: Future<Output = ApiResult<T>> + 'static,
{
    let fetcher: Fetcher = Rc::new(move |api, abort| {
        let fut = fetch(api, abort);
        Box::pin(async move { fut.await.map(|v| v as Erased) })
    });
    let (data, retry) = erased_resource(scope, fetcher);
    ApiResource {
        data,
        retry,
        ty: PhantomData,
    }
}

fn erased_resource(scope: Scope, fetch: Fetcher) -> (AsyncDerived<Result<Erased, ApiError>>, RwSignal<u32>) {
    let api = use_api();
    let retry = RwSignal::new(0u32);
    let location = use_location();
    // Thread-safe storage around a local future: the value need not be
    // `Send`, yet `Suspend` needs a `Send` future to await it.
    let data = AsyncDerived::new_unsync_threadsafe_storage(move || {
        retry.track();
        api.revision().track();
        let abort = Abort::new();
        if scope == Scope::Page {
            let here = location.pathname.get_untracked() + &location.search.get_untracked();
            api.track(here, abort.clone());
        }
        // Runs when this resource re-runs with new inputs or its page is
        // disposed: the answer would only be thrown away.
        let on_drop = SendWrapper::new(abort.clone());
        on_cleanup(move || on_drop.abort());
        fetch(api.clone(), abort)
    });
    (data, retry)
}
