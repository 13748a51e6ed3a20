//! The article page's structured data (schema.org NewsArticle and its
//! BreadcrumbList, [`tintuc::jsonld`]), written into the server's page from
//! the answer it rendered: search engines read it there. It sits in the head
//! outside the part the app replaces (`<!--tt:meta-->`), so it stays when
//! the browser's app takes over, and the app drops it
//! ([`tintuc::embed::LD_ID`]) once it shows another page. The reader's
//! bundle carries none of it.

use crate::answers::{answer_to, Answers};
use tintuc::api::request::{self, Request};
use tintuc::config::Config;
use tintuc::jsonld::NewsArticle;
use tintuc::route;

/// The `<script type="application/ld+json">` of the article among
/// `answers`, if there is one (empty otherwise: other pages, failures).
/// `origin` is the portal's public one (absolute URLs).
pub fn script(config: &Config, origin: &str, answers: &Answers) -> String {
    let article = answers.iter().find_map(|(req, _)| match req {
        Request::Article(slug) => answer_to(answers, &request::article(slug.clone())),
        _ => None,
    });
    let Some(a) = article else {
        return String::new();
    };
    let absolute = |url: &str| {
        if url.starts_with('/') {
            format!("{origin}{url}")
        } else {
            url.to_string()
        }
    };
    let zone = config.zone;
    let catalog = config.language.catalog();
    let name = config.portal_name();
    // The lead photo in every size the backend has, largest first.
    let images = a
        .thumbnail
        .iter()
        .flat_map(|i| std::iter::once(&i.url).chain(i.variants.iter().rev().map(|v| &v.url)))
        .map(|u| absolute(u))
        .collect();
    let body_text = tintuc::text::html_to_text(&a.body_html);
    let category_url = a
        .category
        .as_ref()
        .map(|c| format!("{origin}{}", route::category(&c.slug, 1)));
    let json = NewsArticle {
        headline: &a.title,
        description: &a.description(&body_text),
        url: &format!("{origin}{}", route::article(&a.slug)),
        date_published: &a.published_at.to_rfc3339(zone),
        date_modified: &a.modified_at.unwrap_or(a.published_at).to_rfc3339(zone),
        author: a.author.as_deref(),
        author_url: a.author_url.as_deref(),
        images,
        publisher: &name,
        logo: &absolute(config.logo.as_deref().unwrap_or(DEFAULT_LOGO)),
        home: &format!("{origin}{}", route::home(1)),
        home_name: catalog.home,
        category: a
            .category
            .as_ref()
            .zip(category_url.as_deref())
            .map(|(c, u)| (c.name.as_str(), u)),
    }
    .to_json();
    format!(
        "<script type=\"application/ld+json\" id=\"{}\">{json}</script>",
        tintuc::embed::LD_ID
    )
}

/// The publisher's logo without config.json's `logo`: the icon the build
/// draws from the site's name (scripts/build/manifest.mjs).
pub const DEFAULT_LOGO: &str = "/icon-512.png";
