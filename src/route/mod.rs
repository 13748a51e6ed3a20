//! The route model: which URLs the reader has, how each is written, and what
//! data each page needs. The shell renders by it, the navigation loader
//! waits for what it names, pages read their typed params from it, every
//! link is built by it, and the server and `web/boot.js` ask the backend for
//! exactly what it says (`tests/fixtures/routes.json` holds both to it).

use crate::pagination::parse_page;
use crate::percent::{decode, query_param};

mod documents;
mod links;
mod needs;

pub use documents::{feed, topic_feed, Document, ARTICLES_PER_SITEMAP};
pub use links::{article, category, clean_query, embed_builder, home, saved, search, search_action, topic};
pub use needs::{app_needs, not_found_latest, Needs};

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
}
