//! tintuc's own models: what pages and components see, whatever backend
//! served them. For tintuc's contract they are also the wire format: read by
//! `api::decode`, written (natively, by serde) by the server into the pages
//! it renders.

use crate::sanitize::url_rules::srcset_url;
use crate::timefmt::Timestamp;
#[cfg(not(target_arch = "wasm32"))]
use serde::{Serialize, Serializer};

/// The most of each list the reader shows, whatever a backend sends: one
/// that ignores `per_page` (or a hostile one) cannot make a page build
/// thousands of cards or menu entries. Lists are cut to these where they
/// are decoded (`api::decode`, WordPress's wire and menu), nowhere else.
pub mod limits {
    /// A page of a list (home, a category, search results): the most
    /// `page_size` may ask for.
    pub const MAX_LIST_ITEMS: usize = crate::config::PAGE_SIZE.max as usize;
    /// "Các tin tức khác": the most `other_news_limit` may ask for.
    pub const MAX_OTHER_NEWS: usize = 50;
    /// The category menu (a site may have more categories; past these the
    /// menu lists none, their pages still work).
    pub const MAX_CATEGORIES: usize = 100;
    /// The backend's capabilities (`"search"`, …).
    pub const MAX_CAPABILITIES: usize = 16;
    /// An image's renditions (`srcset`).
    pub const MAX_VARIANTS: usize = 16;
    /// An article's topics (tags).
    pub const MAX_TAGS: usize = 20;
}

#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(not(target_arch = "wasm32"), derive(Serialize))]
pub struct Category {
    pub slug: String,
    pub name: String,
    pub description: Option<String>,
    pub count: Option<u32>,
}

/// The category menu, and what the backend can do beyond the contract's core.
#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(not(target_arch = "wasm32"), derive(Serialize))]
pub struct CategoryList {
    pub items: Vec<Category>,
    /// Optional features the backend offers, e.g. `"search"`.
    pub capabilities: Vec<String>,
}

impl CategoryList {
    pub fn can_search(&self) -> bool {
        self.capabilities.iter().any(|c| c == "search")
    }

    /// Whether the backend lists the most read articles.
    pub fn can_most_read(&self) -> bool {
        self.capabilities.iter().any(|c| c == "most_read")
    }
}

/// The category an article belongs to, or one of its topics (tags), as
/// embedded in the article: what a link to its list needs.
#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(not(target_arch = "wasm32"), derive(Serialize))]
pub struct CategoryRef {
    pub slug: String,
    pub name: String,
}

#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(not(target_arch = "wasm32"), derive(Serialize))]
pub struct Image {
    pub url: String,
    pub alt: Option<String>,
    pub width: Option<u32>,
    pub height: Option<u32>,
    /// Other renditions (usually smaller), so a phone needn't load the big one.
    pub variants: Vec<ImageVariant>,
    /// What the newsroom says under the photo, as text (read for articles'
    /// lead photos: lists don't show it).
    pub caption: Option<String>,
    /// Who took it ("Ảnh: …"), as text.
    pub credit: Option<String>,
}

#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(not(target_arch = "wasm32"), derive(Serialize))]
pub struct ImageVariant {
    pub url: String,
    pub width: u32,
}

impl Image {
    /// A `srcset` of the image and its variants, when their widths are known.
    /// Built from validated URLs ([`srcset_url`]: nothing in one can start
    /// another candidate) and positive widths only.
    pub fn srcset(&self) -> Option<String> {
        let w = self.width.filter(|w| *w > 0)?;
        let main = srcset_url(&self.url)?;
        let mut parts: Vec<String> = self
            .variants
            .iter()
            .filter(|v| v.width > 0)
            .filter_map(|v| Some(format!("{} {}w", srcset_url(&v.url)?, v.width)))
            .collect();
        if parts.is_empty() {
            return None;
        }
        parts.push(format!("{main} {w}w"));
        Some(parts.join(", "))
    }
}

/// An article as listed: enough for a card.
#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(not(target_arch = "wasm32"), derive(Serialize))]
pub struct ArticleSummary {
    pub slug: String,
    pub title: String,
    pub summary: Option<String>,
    #[cfg_attr(not(target_arch = "wasm32"), serde(serialize_with = "rfc3339"))]
    pub published_at: Timestamp,
    pub category: Option<CategoryRef>,
    pub thumbnail: Option<Image>,
    /// A search result's sentence of the body that holds the words searched
    /// for, as text (`None` elsewhere, and where the backend has none).
    pub found: Option<String>,
}

/// A whole article.
#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(not(target_arch = "wasm32"), derive(Serialize))]
pub struct Article {
    pub slug: String,
    pub title: String,
    pub summary: Option<String>,
    #[cfg_attr(not(target_arch = "wasm32"), serde(serialize_with = "rfc3339"))]
    pub published_at: Timestamp,
    pub category: Option<CategoryRef>,
    pub thumbnail: Option<Image>,
    pub author: Option<String>,
    /// The author's page on the backend's site, if it has one (WordPress's
    /// author archive): the server's structured data names it.
    pub author_url: Option<String>,
    /// When it was last changed, if the backend says and it differs from
    /// `published_at` (a correction, an update).
    #[cfg_attr(not(target_arch = "wasm32"), serde(serialize_with = "opt_rfc3339"))]
    pub modified_at: Option<Timestamp>,
    /// Its topics (tags), each a list at `/chu-de/<slug>`; empty when the
    /// backend has none.
    pub tags: Vec<CategoryRef>,
    /// Untrusted CMS HTML: only ever rendered through the sanitizer.
    pub body_html: String,
}

/// One page of a list.
#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(not(target_arch = "wasm32"), derive(Serialize))]
pub struct ArticlePage {
    pub items: Vec<ArticleSummary>,
    pub page: u32,
    pub per_page: u32,
    pub total: u64,
    /// False when the backend did not say how many there are (a WordPress
    /// whose CORS setup hides `X-WP-Total`): `total` is then a lower bound
    /// that lets the pager go one page further.
    pub total_known: bool,
    /// The topic a topic's list is of, as the backend names it (its page's
    /// heading); `None` for other lists.
    pub tag: Option<CategoryRef>,
}

impl ArticlePage {
    /// Whether this answer to page `requested` is past the list's end: no
    /// article on it, and not the first page (an empty list's first page
    /// exists; its later ones don't).
    pub fn is_past_end(&self, requested: u32) -> bool {
        requested > 1 && self.items.is_empty()
    }
}

/// Written as the contract reads it (the server embeds the answers it
/// rendered from in that form).
#[cfg(not(target_arch = "wasm32"))]
fn rfc3339<S: Serializer>(t: &Timestamp, s: S) -> Result<S::Ok, S::Error> {
    s.serialize_str(&t.to_rfc3339(crate::timefmt::Zone(0)))
}

#[cfg(not(target_arch = "wasm32"))]
fn opt_rfc3339<S: Serializer>(t: &Option<Timestamp>, s: S) -> Result<S::Ok, S::Error> {
    match t {
        Some(t) => rfc3339(t, s),
        None => s.serialize_none(),
    }
}

impl Article {
    /// Whether readers should see "Cập nhật lúc …": changed a minute or more
    /// after it was published (saving twice while publishing is no update).
    pub fn updated_at(&self) -> Option<Timestamp> {
        self.modified_at.filter(|m| m.unix() >= self.published_at.unix() + 60)
    }

    /// The photo under its title: its thumbnail (the featured image),
    /// unless the body shows the same photo already.
    pub fn lead_photo(&self) -> Option<&Image> {
        self.thumbnail
            .as_ref()
            .filter(|i| !crate::text::shows_image(&self.body_html, &i.url))
    }

    /// What describes it to crawlers and share cards: its summary, else the
    /// opening of its body (`body_text`, `text::html_to_text` of it), else
    /// its title.
    pub fn description(&self, body_text: &str) -> String {
        self.summary
            .clone()
            .or_else(|| Some(crate::text::excerpt(body_text, 200)).filter(|d| !d.is_empty()))
            .unwrap_or_else(|| self.title.clone())
    }
}
