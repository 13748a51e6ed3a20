//! tintuc's own models: what pages and components see, whatever backend
//! served them. For tintuc's contract they are also the wire format.

use crate::sanitize::url_rules::srcset_url;
use crate::timefmt::Timestamp;
use serde::{Deserialize, Deserializer};

#[derive(Clone, Debug, PartialEq, Deserialize)]
pub struct Category {
    pub slug: String,
    pub name: String,
    #[serde(default)]
    pub description: Option<String>,
    #[serde(default)]
    pub count: Option<u32>,
}

/// The category menu, and what the backend can do beyond the contract's core.
#[derive(Clone, Debug, PartialEq, Deserialize)]
pub struct CategoryList {
    pub items: Vec<Category>,
    /// Optional features the backend offers, e.g. `"search"`.
    #[serde(default)]
    pub capabilities: Vec<String>,
}

impl CategoryList {
    pub fn can_search(&self) -> bool {
        self.capabilities.iter().any(|c| c == "search")
    }
}

/// The category an article belongs to, as embedded in the article.
#[derive(Clone, Debug, PartialEq, Deserialize)]
pub struct CategoryRef {
    pub slug: String,
    pub name: String,
}

#[derive(Clone, Debug, PartialEq, Deserialize)]
pub struct Image {
    pub url: String,
    #[serde(default)]
    pub alt: Option<String>,
    #[serde(default)]
    pub width: Option<u32>,
    #[serde(default)]
    pub height: Option<u32>,
    /// Other renditions (usually smaller), so a phone needn't load the big one.
    #[serde(default)]
    pub variants: Vec<ImageVariant>,
}

#[derive(Clone, Debug, PartialEq, Deserialize)]
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
#[derive(Clone, Debug, PartialEq, Deserialize)]
pub struct ArticleSummary {
    pub slug: String,
    pub title: String,
    #[serde(default)]
    pub summary: Option<String>,
    #[serde(deserialize_with = "timestamp")]
    pub published_at: Timestamp,
    #[serde(default)]
    pub category: Option<CategoryRef>,
    #[serde(default)]
    pub thumbnail: Option<Image>,
}

/// A whole article.
#[derive(Clone, Debug, PartialEq, Deserialize)]
pub struct Article {
    pub slug: String,
    pub title: String,
    #[serde(default)]
    pub summary: Option<String>,
    #[serde(deserialize_with = "timestamp")]
    pub published_at: Timestamp,
    #[serde(default)]
    pub category: Option<CategoryRef>,
    #[serde(default)]
    pub thumbnail: Option<Image>,
    #[serde(default)]
    pub author: Option<String>,
    /// Untrusted CMS HTML: only ever rendered through the sanitizer.
    pub body_html: String,
}

/// One page of a list.
#[derive(Clone, Debug, PartialEq, Deserialize)]
pub struct ArticlePage {
    pub items: Vec<ArticleSummary>,
    pub page: u32,
    pub per_page: u32,
    pub total: u64,
    /// False when the backend did not say how many there are (a WordPress
    /// whose CORS setup hides `X-WP-Total`): `total` is then a lower bound
    /// that lets the pager go one page further.
    #[serde(default = "yes")]
    pub total_known: bool,
}

fn yes() -> bool {
    true
}

fn timestamp<'de, D: Deserializer<'de>>(d: D) -> Result<Timestamp, D::Error> {
    let s = String::deserialize(d)?;
    Timestamp::parse_rfc3339(&s).map_err(serde::de::Error::custom)
}
