//! The route model: which URLs the reader has, how each is written, and what
//! data each page needs. The shell renders by it, the navigation loader
//! waits for what it names, pages read their typed params from it, every
//! link is built by it, and the server and `web/boot.js` ask the backend for
//! exactly what it says (`tests/fixtures/routes.json` holds both to it).

use crate::api::models::{Article, ArticlePage, ArticleSummary};
use crate::api::request::{self, Ask, Request};
use crate::pagination::parse_page;
use crate::percent::{decode, query_param};

mod documents;
mod links;

pub use documents::{feed, topic_feed, Document, ARTICLES_PER_SITEMAP};
pub use links::{article, category, clean_query, embed_builder, home, saved, search, search_action, topic};

/// Search queries longer than this are cut (a heading echoes them).
pub const MAX_QUERY_CHARS: usize = 200;
/// Slugs longer than this name nothing (WordPress cuts its own at 200).
pub const MAX_SLUG_BYTES: usize = 400;

/// The iframe embed page: a static page of the build, not a route of the
/// app (see `widget/embed.html`).
pub const EMBED_FRAME: &str = tintuc_headers::EMBED_PAGE;

/// Whether `s` (decoded) can name an article or a category: not empty,
/// capped, and not a dot segment, which every URL parser (`%2e` included)
/// would resolve against the backend's path (`/api/articles/..` → `/api/`).
pub fn is_slug(s: &str) -> bool {
    !s.is_empty() && s.len() <= MAX_SLUG_BYTES && s != "." && s != ".."
}

/// One page of the reader, with its typed params.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Page {
    /// `/`, `/?page=N`: the latest articles.
    Home { page: u32 },
    /// `/danh-muc/<slug>`: one category's articles.
    Category { slug: String, page: u32 },
    /// `/chu-de/<slug>`: one topic's (tag's) articles.
    Topic { slug: String, page: u32 },
    /// `/tin-tuc/<slug>`: one article.
    Article { slug: String },
    /// `/tim-kiem?q=…`: search results (none asked for an empty query).
    Search { q: String, page: u32 },
    /// `/nhung`: the partners' snippet builder.
    Embed,
    /// `/bai-da-luu`: the articles the reader saved for offline reading
    /// (kept in the browser: nothing asked of the backend).
    Saved,
    /// Anything else.
    NotFound,
}

/// Which page, without its params: what the shell switches on.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PageKind {
    Home,
    Category,
    Topic,
    Article,
    Search,
    Embed,
    Saved,
    NotFound,
}

impl PageKind {
    /// Every kind of page.
    pub const ALL: [PageKind; 8] = [
        PageKind::Home,
        PageKind::Category,
        PageKind::Topic,
        PageKind::Article,
        PageKind::Search,
        PageKind::Embed,
        PageKind::Saved,
        PageKind::NotFound,
    ];
}

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
    /// The page at `path` (percent-encoded, as in a URL) with query `search`
    /// (with or without its `?`). Never fails: what is not a page is
    /// [`Page::NotFound`].
    pub fn parse(path: &str, search: &str) -> Page {
        let page = || parse_page(query_param(search, "page").as_deref());
        let trimmed = path.strip_suffix('/').unwrap_or(path);
        let segments: Vec<&str> = trimmed.split('/').skip(1).collect();
        let slug = |raw: &str| Some(decode(raw)).filter(|s| is_slug(s));
        match segments.as_slice() {
            [] if path.starts_with('/') => Page::Home { page: page() },
            ["danh-muc", s] => match slug(s) {
                Some(slug) => Page::Category { slug, page: page() },
                None => Page::NotFound,
            },
            ["chu-de", s] => match slug(s) {
                Some(slug) => Page::Topic { slug, page: page() },
                None => Page::NotFound,
            },
            ["tin-tuc", s] => match slug(s) {
                Some(slug) => Page::Article { slug },
                None => Page::NotFound,
            },
            ["tim-kiem"] => Page::Search {
                q: clean_query(&query_param(search, "q").unwrap_or_default()),
                page: page(),
            },
            ["nhung"] => Page::Embed,
            ["bai-da-luu"] => Page::Saved,
            _ => Page::NotFound,
        }
    }

    /// The page's address: path and query, percent-encoded, page 1 without
    /// `?page=`.
    pub fn href(&self) -> String {
        match self {
            Page::Home { page } => home(*page),
            Page::Category { slug, page } => category(slug, *page),
            Page::Topic { slug, page } => topic(slug, *page),
            Page::Article { slug } => article(slug),
            Page::Search { q, page } => search(q, *page),
            Page::Embed => embed_builder(),
            Page::Saved => saved(),
            // Nothing links to it; the home page is where a reader goes next.
            Page::NotFound => "/".into(),
        }
    }

    pub fn kind(&self) -> PageKind {
        match self {
            Page::Home { .. } => PageKind::Home,
            Page::Category { .. } => PageKind::Category,
            Page::Topic { .. } => PageKind::Topic,
            Page::Article { .. } => PageKind::Article,
            Page::Search { .. } => PageKind::Search,
            Page::Embed => PageKind::Embed,
            Page::Saved => PageKind::Saved,
            Page::NotFound => PageKind::NotFound,
        }
    }

    /// The page number of a list page (1 for every other page).
    pub fn page_number(&self) -> u32 {
        match self {
            Page::Home { page }
            | Page::Category { page, .. }
            | Page::Topic { page, .. }
            | Page::Search { page, .. } => *page,
            _ => 1,
        }
    }

    /// The same list at page `n`.
    pub fn at_page(&self, n: u32) -> Page {
        match self.clone() {
            Page::Home { .. } => Page::Home { page: n },
            Page::Category { slug, .. } => Page::Category { slug, page: n },
            Page::Topic { slug, .. } => Page::Topic { slug, page: n },
            Page::Search { q, .. } => Page::Search { q, page: n },
            other => other,
        }
    }

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

    /// The latest news a 404 page offers (the home page's first page, so
    /// usually cached already).
    pub fn latest(&self) -> Option<Ask<ArticlePage>> {
        matches!(self, Page::NotFound).then(not_found_latest)
    }

    /// Everything a first visit to the page needs, the app's own first: what
    /// the server fetches to render it, in the order it embeds the answers.
    pub fn requests(&self) -> Vec<Request> {
        let needs = self.needs();
        app_needs()
            .into_iter()
            .chain(needs.primary)
            .chain(needs.secondary)
            .collect()
    }

    /// What the page needs, from the very asks the page itself makes.
    pub fn needs(&self) -> Needs {
        let primary = self
            .list()
            .map(Ask::into_request)
            .into_iter()
            .chain(self.article().map(Ask::into_request))
            .collect();
        let secondary = self
            .other_news()
            .map(Ask::into_request)
            .into_iter()
            .chain(self.latest().map(Ask::into_request))
            .collect();
        Needs { primary, secondary }
    }
}
