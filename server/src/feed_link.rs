//! A list page's `<link rel="alternate">` to its RSS feed, written into
//! the head of the pages the server renders.

use crate::answers::{answer_to, Answers};
use tintuc::api::request::{self, Request};
use tintuc::api::ApiError;
use tintuc::config::Config;
use tintuc::route::Page;

/// Home's, a category's and a topic's `<link rel="alternate">` to their RSS feed
/// (`crate::reach`), for crawlers and feed readers: the server's alone (in
/// the head's part the app replaces when it takes over; the static client
/// has no feeds, and leptos_meta's `Link` would add ~1.4 KB brotli to the
/// reader's first download).
pub fn feed_link(config: &Config, href: &str, answers: &Answers) -> String {
    // No feed for a category the backend doesn't know (the page is a 404).
    let missing = answers.iter().any(|(req, a)| {
        matches!(
            (req, a),
            (
                Request::Articles { .. } | Request::Topic { .. },
                Some(Err(ApiError::NotFound))
            )
        )
    });
    if missing {
        return String::new();
    }
    let (path, search) = href.split_at(href.find('?').unwrap_or(href.len()));
    let site_name = config.portal_name();
    let (title, feed) = match Page::parse(path, search) {
        Page::Home { .. } => (site_name, tintuc::route::feed(None)),
        Page::Category { slug, .. } => {
            let name = answer_to(answers, &request::categories())
                .and_then(|m| m.items.iter().find(|c| c.slug == slug).map(|c| c.name.clone()));
            (
                format!("{} - {site_name}", name.unwrap_or_else(|| slug.clone())),
                tintuc::route::feed(Some(&slug)),
            )
        }
        Page::Topic { slug, page } => {
            let name = answer_to(answers, &request::topic(slug.clone(), page))
                .and_then(|p| p.tag.as_ref().map(|t| t.name.clone()));
            (
                format!("{} - {site_name}", name.unwrap_or_else(|| slug.clone())),
                tintuc::route::topic_feed(&slug),
            )
        }
        _ => return String::new(),
    };
    format!(
        "<link rel=\"alternate\" type=\"application/rss+xml\" title=\"{}\" href=\"{}\">",
        tintuc::html::escape_attr(&title),
        tintuc::html::escape_attr(&feed)
    )
}
