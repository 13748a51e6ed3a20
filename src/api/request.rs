//! What the app asks of a backend, as values. A [`Request`] names its data
//! whatever backend answers it; an [`Ask<T>`] is a request whose answer is a
//! `T`, made only by the constructors below, so "this request decodes to
//! that model" is checked by the compiler, not at run time.

use super::models::{Article, ArticlePage, ArticleSummary, CategoryList};
use std::any::Any;
use std::marker::PhantomData;
use std::sync::Arc;

/// A decoded answer, type-erased so one cache holds every kind (and one code
/// path, not one per model type, ends up in the WASM).
pub type Erased = Arc<dyn Any + Send + Sync>;

#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Request {
    /// The category menu ([`CategoryList`]).
    Categories,
    /// A page of the latest articles, of one category or of all ([`ArticlePage`]).
    Articles { category: Option<String>, page: u32 },
    /// A page of one topic's (tag's) articles, newest first ([`ArticlePage`]).
    Topic { slug: String, page: u32 },
    /// One whole article ([`Article`]).
    Article(String),
    /// "Các tin tức khác" for an article (`Vec<ArticleSummary>`).
    OtherNews(String),
    /// A page of search results, the backend's optional `search`
    /// capability ([`ArticlePage`]).
    Search { q: String, page: u32 },
    /// The most read articles, the backend's optional `most_read`
    /// capability (`Vec<ArticleSummary>`, the [`MOST_READ`] first).
    MostRead,
}

/// How many of the most read articles the reader shows.
pub const MOST_READ: u32 = 5;

/// A request whose answer is a `T`.
pub struct Ask<T> {
    request: Request,
    ty: PhantomData<fn() -> T>,
}

impl<T> Clone for Ask<T> {
    fn clone(&self) -> Self {
        Ask {
            request: self.request.clone(),
            ty: PhantomData,
        }
    }
}

impl<T> PartialEq for Ask<T> {
    fn eq(&self, other: &Self) -> bool {
        self.request == other.request
    }
}

impl<T> std::fmt::Debug for Ask<T> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.request.fmt(f)
    }
}

impl<T> Ask<T> {
    fn new(request: Request) -> Self {
        Ask {
            request,
            ty: PhantomData,
        }
    }

    pub fn request(&self) -> &Request {
        &self.request
    }

    pub fn into_request(self) -> Request {
        self.request
    }
}

impl<T: Send + Sync + 'static> Ask<T> {
    /// The typed answer from an erased one. Cannot fail for an answer that a
    /// backend decoded for this request (tested for every backend).
    pub fn downcast(&self, value: Erased) -> Result<Arc<T>, super::ApiError> {
        value
            .downcast::<T>()
            .map_err(|_| super::ApiError::Decode("internal: unexpected value type".into()))
    }
}

pub fn categories() -> Ask<CategoryList> {
    Ask::new(Request::Categories)
}

pub fn articles(category: Option<String>, page: u32) -> Ask<ArticlePage> {
    Ask::new(Request::Articles { category, page })
}

pub fn topic(slug: String, page: u32) -> Ask<ArticlePage> {
    Ask::new(Request::Topic { slug, page })
}

pub fn article(slug: String) -> Ask<Article> {
    Ask::new(Request::Article(slug))
}

pub fn other_news(slug: String) -> Ask<Vec<ArticleSummary>> {
    Ask::new(Request::OtherNews(slug))
}

pub fn most_read() -> Ask<Vec<ArticleSummary>> {
    Ask::new(Request::MostRead)
}

pub fn search(q: String, page: u32) -> Ask<ArticlePage> {
    Ask::new(Request::Search { q, page })
}
