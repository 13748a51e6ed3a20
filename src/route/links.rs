//! Every page's address, as the route model writes it: `Page::href` is
//! these, and components that hold a slug rather than a page call them (a
//! bundle links only the builders it uses: the partner widget's two).

use super::MAX_QUERY_CHARS;
use crate::percent::encode;

/// A search query as the page uses it: trimmed and length-capped.
pub fn clean_query(q: &str) -> String {
    q.trim()
        .chars()
        .take(MAX_QUERY_CHARS)
        .collect::<String>()
        .trim_end()
        .to_string()
}

fn with_page(mut href: String, sep: char, page: u32) -> String {
    if page > 1 {
        href.push(sep);
        href.push_str("page=");
        href.push_str(&page.to_string());
    }
    href
}

pub fn article(slug: &str) -> String {
    format!("/tin-tuc/{}", encode(slug))
}

pub fn category(slug: &str, page: u32) -> String {
    with_page(format!("/danh-muc/{}", encode(slug)), '?', page)
}

pub fn topic(slug: &str, page: u32) -> String {
    with_page(format!("/chu-de/{}", encode(slug)), '?', page)
}

pub fn home(page: u32) -> String {
    with_page("/".into(), '?', page)
}

pub fn search(q: &str, page: u32) -> String {
    with_page(format!("/tim-kiem?q={}", encode(q)), '&', page)
}

pub fn embed_builder() -> String {
    "/nhung".into()
}

pub fn saved() -> String {
    "/bai-da-luu".into()
}

/// Where the search form sends its `q` (a GET form: it works without the
/// app too).
pub fn search_action() -> &'static str {
    "/tim-kiem"
}
