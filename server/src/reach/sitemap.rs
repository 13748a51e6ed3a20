//! Sitemaps as the protocol (sitemaps.org) and Google's extensions write
//! them: the index, a set of URLs with `lastmod` and the lead photo
//! (`image:image`), and Google News's (`news:news`: the publication's name
//! and language, the W3C date with the portal's offset, the title). Pure:
//! entries in, the document out; every value through [`text`].

use super::xml::text;

const INDEX_HEAD: &str =
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n";
const URLSET_HEAD: &str = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" xmlns:image=\"http://www.google.com/schemas/sitemap-image/1.1\">\n";
const NEWS_HEAD: &str = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" xmlns:news=\"http://www.google.com/schemas/sitemap-news/0.9\">\n";

/// One address of a sitemap (or one sitemap of the index): absolute URLs,
/// `lastmod` in W3C format.
pub struct Entry {
    pub loc: String,
    pub lastmod: Option<String>,
    pub image: Option<String>,
}

/// The sitemap index of `sitemaps`.
pub fn index(sitemaps: &[Entry]) -> String {
    let mut out = String::from(INDEX_HEAD);
    for s in sitemaps {
        out.push_str("<sitemap><loc>");
        out.push_str(&text(&s.loc));
        out.push_str("</loc>");
        push_lastmod(&mut out, s);
        out.push_str("</sitemap>\n");
    }
    out.push_str("</sitemapindex>\n");
    out
}

/// A sitemap of `urls`, each with its photo when it has one.
pub fn urlset(urls: &[Entry]) -> String {
    let mut out = String::with_capacity(URLSET_HEAD.len() + urls.len() * 200);
    out.push_str(URLSET_HEAD);
    for u in urls {
        out.push_str("<url><loc>");
        out.push_str(&text(&u.loc));
        out.push_str("</loc>");
        push_lastmod(&mut out, u);
        if let Some(img) = &u.image {
            out.push_str("<image:image><image:loc>");
            out.push_str(&text(img));
            out.push_str("</image:loc></image:image>");
        }
        out.push_str("</url>\n");
    }
    out.push_str("</urlset>\n");
    out
}

/// One article of Google News's sitemap.
pub struct NewsItem {
    pub loc: String,
    /// W3C date-time with the portal's offset.
    pub published: String,
    pub title: String,
}

/// Google News's sitemap: `items` (the caller keeps the last two days,
/// at most 1,000) of the publication `name` in `language` (ISO 639).
pub fn news(name: &str, language: &str, items: &[NewsItem]) -> String {
    let mut out = String::from(NEWS_HEAD);
    let publication = format!(
        "<news:publication><news:name>{}</news:name><news:language>{}</news:language></news:publication>",
        text(name),
        text(language)
    );
    for i in items {
        out.push_str(&format!(
            "<url><loc>{}</loc><news:news>{publication}<news:publication_date>{}</news:publication_date><news:title>{}</news:title></news:news></url>\n",
            text(&i.loc),
            text(&i.published),
            text(&i.title)
        ));
    }
    out.push_str("</urlset>\n");
    out
}

fn push_lastmod(out: &mut String, e: &Entry) {
    if let Some(m) = &e.lastmod {
        out.push_str("<lastmod>");
        out.push_str(&text(m));
        out.push_str("</lastmod>");
    }
}
