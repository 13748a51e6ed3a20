//! The middle of the data stack: a backend turns a [`Request`] into tintuc's
//! models, through a [`Transport`]. [`tintuc`] speaks the project's own
//! contract (`openapi.yaml`), [`wordpress`] WordPress's REST API; which one
//! is `backend` in `config.json`. Backends never call back up into the
//! cache: what they keep between requests (WordPress's category ids) they
//! keep themselves.

#[cfg(feature = "contract")]
pub mod tintuc;
#[cfg(feature = "wordpress")]
pub mod wordpress;

use super::abort::Abort;
use super::error::ApiError;
use super::media::MediaBase;
use super::models::ArticlePage;
use super::request::{Erased, Request};
use super::transport::Transport;
use crate::config::{BackendKind, Config};
use std::future::Future;

/// A decoded answer and a fingerprint of what came over the wire, to tell
/// "changed" from "same" when a page is refreshed; whether it is a copy the
/// service worker kept (when that was fetched: the oldest of the answers it
/// was made of), and the URLs it was read from (what saving an article for
/// offline reading keeps).
pub struct Fetched {
    pub value: Erased,
    pub fingerprint: u64,
    pub copy: Option<f64>,
    pub urls: Vec<String>,
}

pub trait Backend {
    /// What identifies the answer to `req` in the cache (and, for tintuc's
    /// contract, in the boot script's early answers): the URL for a backend
    /// whose answers are one request each, a name otherwise.
    fn key(&self, req: &Request) -> String;

    /// Asks the backend for `req`; the value is the model the request's
    /// [`Ask`](super::request::Ask) names.
    fn fetch(&self, req: &Request, abort: &Abort) -> impl Future<Output = Result<Fetched, ApiError>>;
}

/// FNV-1a: a fingerprint of a response body.
pub fn fingerprint(text: &str) -> u64 {
    fingerprint_bytes(text.as_bytes())
}

pub fn fingerprint_bytes(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |h, b| {
        (h ^ u64::from(*b)).wrapping_mul(0x0100_0000_01b3)
    })
}

/// The backend `config.json` names (among those this build reads).
pub enum AnyBackend<T> {
    #[cfg(feature = "contract")]
    Tintuc(tintuc::Tintuc<T>),
    #[cfg(feature = "wordpress")]
    WordPress(wordpress::WordPress<T>),
}

impl<T: Transport> AnyBackend<T> {
    /// The backend `config` names; an error if this build can't read it.
    pub fn new(config: &Config, media: MediaBase, transport: T) -> Result<Self, ApiError> {
        match config.backend {
            #[cfg(feature = "contract")]
            BackendKind::Tintuc => Ok(AnyBackend::Tintuc(tintuc::Tintuc::new(config, media, transport))),
            #[cfg(feature = "wordpress")]
            BackendKind::WordPress => Ok(AnyBackend::WordPress(wordpress::WordPress::new(
                config, media, transport,
            ))),
            #[allow(unreachable_patterns)]
            other => {
                let _ = (media, transport);
                Err(ApiError::Config(format!(
                    "this bundle does not read the {other:?} backend (backend in config.json)"
                )))
            }
        }
    }
}

impl<T: Transport> AnyBackend<T> {
    /// [`Request::Articles`] alone, of whichever backend this is (what the
    /// partner widget asks: it links neither backend's other requests).
    pub async fn articles(&self, category: Option<String>, page: u32, abort: &Abort) -> Result<ArticlePage, ApiError> {
        let (_, p) = match self {
            #[cfg(feature = "contract")]
            AnyBackend::Tintuc(b) => b.articles(category, page, abort).await?,
            #[cfg(feature = "wordpress")]
            AnyBackend::WordPress(b) => b.articles(category.as_deref(), page, abort).await?,
        };
        Ok(p)
    }
}

impl<T: Transport> Backend for AnyBackend<T> {
    fn key(&self, req: &Request) -> String {
        match self {
            #[cfg(feature = "contract")]
            AnyBackend::Tintuc(b) => b.key(req),
            #[cfg(feature = "wordpress")]
            AnyBackend::WordPress(b) => b.key(req),
        }
    }

    async fn fetch(&self, req: &Request, abort: &Abort) -> Result<Fetched, ApiError> {
        match self {
            #[cfg(feature = "contract")]
            AnyBackend::Tintuc(b) => b.fetch(req, abort).await,
            #[cfg(feature = "wordpress")]
            AnyBackend::WordPress(b) => b.fetch(req, abort).await,
        }
    }
}
