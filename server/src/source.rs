//! The backend as the server's cache (data.rs) uses it: a key
//! per request, and fetches that can run on any worker (tests give their
//! own).

use futures::future::BoxFuture;
use std::sync::Arc;
use tintuc::api::abort::Abort;
use tintuc::api::backend::{AnyBackend, Backend, Fetched};
use tintuc::api::request::Request;
use tintuc::api::transport::native::Native;
use tintuc::api::ApiError;

/// A backend as the server uses it: a key per request, and fetches that
/// can run on any worker.
pub struct Source {
    pub key: Box<dyn Fn(&Request) -> String + Send + Sync>,
    pub fetch: Box<dyn Fn(Request) -> BoxFuture<'static, Result<Fetched, ApiError>> + Send + Sync>,
}

impl Source {
    /// The backend `config.json` names, over the native transport.
    pub fn backend(backend: AnyBackend<Native>) -> Source {
        let backend = Arc::new(backend);
        let b = backend.clone();
        Source {
            key: Box::new(move |req| b.key(req)),
            fetch: Box::new(move |req| {
                let b = backend.clone();
                Box::pin(async move { b.fetch(&req, &Abort::new()).await })
            }),
        }
    }
}
