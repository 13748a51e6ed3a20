//! The server's documents beside the pages, by address: what crawlers and
//! feed readers ask for (robots.txt, the sitemaps, the RSS feeds). The route model
//! writes their links (the pages' `<link rel="alternate">`, robots.txt's
//! lines) and parses them (the server's router), so the two cannot drift.

use super::is_slug;
use crate::percent::{decode, encode};

/// A document the server writes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Document {
    /// `/robots.txt`.
    Robots,
    /// `/rss.xml`: the newest articles; `/rss/<slug>.xml`: one category's.
    Feed { category: Option<String> },
    /// `/rss/chu-de/<slug>.xml`: one topic's (tag's) newest articles.
    TopicFeed(String),
    /// `/sitemap.xml`: the sitemap index.
    SitemapIndex,
    /// `/sitemaps/pages.xml`: home and the category pages.
    SitemapPages,
    /// `/sitemaps/news.xml`: Google News's, the last two days.
    SitemapNews,
    /// `/sitemaps/articles-<n>.xml`: the n-th [`ARTICLES_PER_SITEMAP`]
    /// articles, newest first (n from 1).
    SitemapArticles(u32),
}

/// Articles in one article sitemap (the protocol allows 50,000; fewer keep
/// each file a few backend calls and well under its 50 MB).
pub const ARTICLES_PER_SITEMAP: u32 = 1_000;

impl Document {
    /// The document at `path`, if it is one.
    pub fn parse(path: &str) -> Option<Document> {
        match path {
            "/robots.txt" => Some(Document::Robots),
            "/rss.xml" => Some(Document::Feed { category: None }),
            "/sitemap.xml" => Some(Document::SitemapIndex),
            "/sitemaps/pages.xml" => Some(Document::SitemapPages),
            "/sitemaps/news.xml" => Some(Document::SitemapNews),
            _ if path.starts_with("/sitemaps/") => {
                let n = path.strip_prefix("/sitemaps/articles-")?.strip_suffix(".xml")?;
                // One address per file: digits, no leading zero.
                let canonical = !n.is_empty() && !n.starts_with('0') && n.bytes().all(|b| b.is_ascii_digit());
                canonical
                    .then(|| n.parse().ok())
                    .flatten()
                    .map(Document::SitemapArticles)
            }
            _ => {
                let raw = path.strip_prefix("/rss/")?.strip_suffix(".xml")?;
                let (raw, topic) = match raw.strip_prefix("chu-de/") {
                    Some(rest) => (rest, true),
                    None => (raw, false),
                };
                let slug = decode(raw);
                (!raw.contains('/') && is_slug(&slug)).then_some(match topic {
                    true => Document::TopicFeed(slug),
                    false => Document::Feed { category: Some(slug) },
                })
            }
        }
    }

    /// Its address (a path).
    pub fn href(&self) -> String {
        match self {
            Document::Robots => "/robots.txt".into(),
            Document::Feed { category: None } => "/rss.xml".into(),
            Document::Feed { category: Some(s) } => format!("/rss/{}.xml", encode(s)),
            Document::TopicFeed(s) => format!("/rss/chu-de/{}.xml", encode(s)),
            Document::SitemapIndex => "/sitemap.xml".into(),
            Document::SitemapPages => "/sitemaps/pages.xml".into(),
            Document::SitemapNews => "/sitemaps/news.xml".into(),
            Document::SitemapArticles(n) => format!("/sitemaps/articles-{n}.xml"),
        }
    }
}

/// A topic's feed.
pub fn topic_feed(slug: &str) -> String {
    Document::TopicFeed(slug.into()).href()
}

/// The feed of the latest articles (`None`) or of a category.
pub fn feed(category: Option<&str>) -> String {
    Document::Feed {
        category: category.map(str::to_string),
    }
    .href()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_document_parses_back_from_its_href() {
        for d in [
            Document::Robots,
            Document::Feed { category: None },
            Document::Feed {
                category: Some("tin-tuc-su-kien".into()),
            },
            Document::SitemapIndex,
            Document::SitemapPages,
            Document::SitemapNews,
            Document::SitemapArticles(1),
            Document::SitemapArticles(200),
            Document::TopicFeed("tet".into()),
            Document::TopicFeed("chu-de".into()),
        ] {
            assert_eq!(Document::parse(&d.href()), Some(d));
        }
    }

    #[test]
    fn only_slugs_name_a_category_feed() {
        for path in [
            "/rss/.xml",
            "/rss/a/b.xml",
            "/rss/%2e%2e.xml",
            "/rss/.",
            "/rss/x",
            "/rss.xml/",
            "/rss/chu-de/.xml",
            "/rss/chu-de/a/b.xml",
            "/rss/chu-de/%2e.xml",
        ] {
            assert!(
                !matches!(
                    Document::parse(path),
                    Some(Document::Feed { category: Some(_) } | Document::TopicFeed(_))
                ),
                "{path}"
            );
        }
        assert_eq!(Document::parse("/tin-tuc/x"), None);
    }

    #[test]
    fn one_address_per_article_sitemap() {
        for path in [
            "/sitemaps/articles-0.xml",
            "/sitemaps/articles-01.xml",
            "/sitemaps/articles-.xml",
            "/sitemaps/articles-+1.xml",
            "/sitemaps/articles-99999999999.xml",
            "/sitemaps/x.xml",
        ] {
            assert_eq!(Document::parse(path), None, "{path}");
        }
    }
}
