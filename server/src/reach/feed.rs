//! RSS 2.0 feeds: the site's newest articles and each category's, as feed
//! readers and the aggregators Vietnamese readers use take them. Pure: the
//! channel and its articles in, the document out (the W3C Feed Validation
//! Service's rules: absolute links, RFC 822 dates, a `guid`, `atom:link`
//! to itself; media RSS for the photo, whose size in bytes nobody knows).

use super::dates::rfc822;
use super::xml::{absolute, text};
use tintuc::api::models::ArticleSummary;
use tintuc::timefmt::Zone;

/// How many articles a feed lists.
pub const ITEMS: usize = 20;
/// The most characters of an item's description (a summary, as text).
const DESCRIPTION_CHARS: usize = 500;

/// What a feed is about.
pub struct Channel {
    /// The portal's name, and the category's after it for a category.
    pub title: String,
    /// The page the feed follows (absolute).
    pub link: String,
    /// The feed's own address (absolute).
    pub feed: String,
    pub description: String,
    /// `vi` or `en`: the portal's language.
    pub language: &'static str,
    pub zone: Zone,
    /// Where links start: `https://portal` (no slash at the end).
    pub origin: String,
}

/// The feed of `items` (at most [`ITEMS`], newest first as the backend
/// lists them; an article listed twice appears once).
pub fn rss(channel: &Channel, items: &[ArticleSummary]) -> String {
    let mut out = String::with_capacity(4096 + items.len() * 1024);
    out.push_str("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    out.push_str(
        "<rss version=\"2.0\" xmlns:atom=\"http://www.w3.org/2005/Atom\" xmlns:media=\"http://search.yahoo.com/mrss/\">\n<channel>\n",
    );
    push_el(&mut out, "title", &channel.title);
    push_el(&mut out, "link", &channel.link);
    push_el(&mut out, "description", &channel.description);
    push_el(&mut out, "language", channel.language);
    out.push_str(&format!(
        "<atom:link href=\"{}\" rel=\"self\" type=\"application/rss+xml\"/>\n",
        text(&channel.feed)
    ));
    let mut seen = std::collections::HashSet::new();
    let items: Vec<&ArticleSummary> = items
        .iter()
        .filter(|a| !a.slug.is_empty() && seen.insert(a.slug.as_str()))
        .take(ITEMS)
        .collect();
    if let Some(newest) = items
        .iter()
        .map(|a| a.published_at)
        .max()
        .and_then(|t| rfc822(t, channel.zone))
    {
        push_el(&mut out, "lastBuildDate", &newest);
    }
    for a in items {
        item(&mut out, channel, a);
    }
    out.push_str("</channel>\n</rss>\n");
    out
}

fn item(out: &mut String, channel: &Channel, a: &ArticleSummary) {
    let link = format!("{}{}", channel.origin, tintuc::route::article(&a.slug));
    out.push_str("<item>\n");
    push_el(out, "title", &a.title);
    push_el(out, "link", &link);
    out.push_str(&format!("<guid isPermaLink=\"true\">{}</guid>\n", text(&link)));
    if let Some(date) = rfc822(a.published_at, channel.zone) {
        push_el(out, "pubDate", &date);
    }
    if let Some(summary) = a.summary.as_deref().map(str::trim).filter(|s| !s.is_empty()) {
        let short: String = summary.chars().take(DESCRIPTION_CHARS).collect();
        push_el(out, "description", &short);
    }
    if let Some(c) = &a.category {
        push_el(out, "category", &c.name);
    }
    if let Some(img) = &a.thumbnail {
        if let Some(url) = absolute(&channel.origin, &img.url) {
            let mut tag = format!("<media:content url=\"{}\" medium=\"image\"", text(&url));
            if let (Some(w), Some(h)) = (img.width, img.height) {
                tag.push_str(&format!(" width=\"{w}\" height=\"{h}\""));
            }
            tag.push_str("/>\n");
            out.push_str(&tag);
        }
    }
    out.push_str("</item>\n");
}

fn push_el(out: &mut String, name: &str, value: &str) {
    out.push_str(&format!("<{name}>{}</{name}>\n", text(value)));
}
