//! What a [`Client`](super::Client) is made of besides its cache: the world
//! it runs in ([`Env`]), and its backend behind a pointer.

use crate::api::abort::Abort;
use crate::api::backend::{Backend, Fetched};
use crate::api::error::ApiError;
use crate::api::request::Request;
use std::future::Future;
use std::pin::Pin;
use std::rc::Rc;

pub(super) type LocalFuture<T> = Pin<Box<dyn Future<Output = T>>>;

/// What the client needs of the world: a clock, a way to run a task, and
/// how long an answer counts as fresh.
#[derive(Clone)]
pub struct Env {
    pub clock: Rc<dyn Fn() -> f64>,
    pub spawn: Rc<dyn Fn(LocalFuture<()>)>,
    /// An answer this young is shown without asking again.
    pub fresh_ms: u32,
}

impl Env {
    /// The real clock and Leptos's task spawner.
    pub fn system(fresh_ms: u32) -> Env {
        Env {
            clock: Rc::new(crate::clock::now_ms),
            spawn: Rc::new(|f| leptos::task::spawn_local(f)),
            fresh_ms,
        }
    }
}

/// A backend behind a pointer, its futures boxed: one cache code path for
/// every backend.
pub(super) trait DynBackend {
    fn key(&self, req: &Request) -> String;
    fn fetch(self: Rc<Self>, req: Request, abort: Abort) -> LocalFuture<Result<Fetched, ApiError>>;
}

impl<B: Backend + 'static> DynBackend for B {
    fn key(&self, req: &Request) -> String {
        Backend::key(self, req)
    }

    fn fetch(self: Rc<Self>, req: Request, abort: Abort) -> LocalFuture<Result<Fetched, ApiError>> {
        Box::pin(async move { Backend::fetch(&*self, &req, &abort).await })
    }
}
