//! What each page of the route model needs from the backend: the asks its
//! page makes, which the navigation loader waits for, the server fetches
//! to render it, and `web/boot.js` asks for early (`xtask facts`).

use super::Page;
use crate::api::models::{Article, ArticlePage, ArticleSummary};
use crate::api::request::{self, Ask, Request};

/// What a page needs from the backend: what a navigation waits for before
/// showing it (`primary`), and what may arrive after (`secondary`).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Needs {
    pub primary: Vec<Request>,
    pub secondary: Vec<Request>,
}

/// What every page needs, whichever it is: the category menu.
pub fn app_needs() -> Vec<Request> {
    vec![request::categories().into_request()]
}

/// The latest news a "not found" page offers, whichever page it stands
/// for (an unknown address, an article taken down, a list past its end).
pub fn not_found_latest() -> Ask<ArticlePage> {
    request::articles(None, 1)
}

impl Page {
    /// The list a list page shows; `None` for other pages and for a search
    /// without a query.
    pub fn list(&self) -> Option<Ask<ArticlePage>> {
        match self {
            Page::Home { page } => Some(request::articles(None, *page)),
            Page::Category { slug, page } => Some(request::articles(Some(slug.clone()), *page)),
            Page::Topic { slug, page } => Some(request::topic(slug.clone(), *page)),
            Page::Search { q, page } if !q.is_empty() => Some(request::search(q.clone(), *page)),
            _ => None,
        }
    }

    /// The article an article page shows.
    pub fn article(&self) -> Option<Ask<Article>> {
        match self {
            Page::Article { slug } => Some(request::article(slug.clone())),
            _ => None,
        }
    }

    /// The "other news" beside an article.
    pub fn other_news(&self) -> Option<Ask<Vec<ArticleSummary>>> {
        match self {
            Page::Article { slug } => Some(request::other_news(slug.clone())),
            _ => None,
        }
    }

    /// The most read beside an article (where the backend has them: the
    /// page asks only when its categories announce `most_read`).
    pub fn most_read(&self) -> Option<Ask<Vec<ArticleSummary>>> {
        matches!(self, Page::Article { .. }).then(request::most_read)
    }

    /// The latest news a 404 page offers (the home page's first page, so
    /// usually cached already).
    pub fn latest(&self) -> Option<Ask<ArticlePage>> {
        matches!(self, Page::NotFound).then(not_found_latest)
    }

    /// Everything a first visit to the page needs, the app's own first: what
    /// the server fetches to render it, in the order it embeds the answers.
    pub fn requests(&self) -> Vec<Request> {
        let mut all = app_needs();
        let needs = self.needs();
        all.extend(needs.primary);
        all.extend(needs.secondary);
        all
    }

    /// What the page needs, from the very asks the page itself makes.
    /// (Pushes, not iterator chains: each chain is code of its own in the
    /// bundle.)
    pub fn needs(&self) -> Needs {
        let mut needs = Needs::default();
        let mut add = |to_primary: bool, req: Option<Request>| {
            if let Some(r) = req {
                if to_primary {
                    &mut needs.primary
                } else {
                    &mut needs.secondary
                }
                .push(r);
            }
        };
        add(true, self.list().map(Ask::into_request));
        add(true, self.article().map(Ask::into_request));
        add(false, self.other_news().map(Ask::into_request));
        add(false, self.most_read().map(Ask::into_request));
        add(false, self.latest().map(Ask::into_request));
        needs
    }
}
