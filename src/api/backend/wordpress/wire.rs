//! WordPress's JSON as it comes over the wire: only the fields tintuc asks
//! for. A post or category without its core fields is a decode error; the
//! embedded media, author and terms are read leniently (an embedded item
//! may be an error object, a private image, or PHP's `[]` for an empty
//! object): at worst a missing image, byline or topic, never a failed
//! page, never a panic.
//! Lists are read up to a cap (`models::limits`): what is past it is not read.

use super::urls::CATEGORIES_PER_PAGE;
use crate::api::decode::decode;
use crate::api::error::ApiError;
use crate::api::models::limits::{MAX_LIST_ITEMS, MAX_TAGS};
use crate::json::Value;

/// A post's categories (and an embedded taxonomy's terms), and its embedded
/// items (featured image, author, taxonomies), read at most: WordPress
/// gives one featured image and one author.
const MAX_IDS: usize = 100;
const MAX_EMBEDDED: usize = 4;

pub struct WpCategory {
    pub id: u64,
    pub name: String,
    pub slug: String,
    pub count: u32,
    pub parent: u64,
}

/// A field WordPress renders (`{"rendered": "…"}`).
pub struct Rendered {
    pub rendered: String,
}

pub struct WpPost {
    pub id: u64,
    pub slug: String,
    pub title: Rendered,
    pub date_gmt: String,
    /// Asked for with articles only (lists leave it out); only the reader
    /// shows articles.
    #[cfg(feature = "ui")]
    pub modified_gmt: Option<String>,
    pub excerpt: Option<Rendered>,
    pub content: Option<Rendered>,
    pub categories: Vec<u64>,
    pub embedded: Option<Embedded>,
}

#[derive(Default)]
pub struct Embedded {
    pub media: Vec<super::media::Media>,
    pub author: Vec<Author>,
    /// The post's tags (embedded with articles only; only the reader shows
    /// articles).
    #[cfg(feature = "ui")]
    pub tags: Vec<Tag>,
}

/// A term of `wp:term` whose `taxonomy` is `post_tag`.
#[cfg(feature = "ui")]
pub struct Tag {
    pub name: String,
    pub slug: String,
}

#[derive(Default)]
pub struct Author {
    pub name: Option<String>,
    /// The author's archive page on the WordPress site.
    #[cfg(feature = "ui")]
    pub link: Option<String>,
}

/// A post's id, categories and tags (see [`super::urls::post_ids_url`]).
pub struct WpPostIds {
    pub id: u64,
    pub categories: Vec<u64>,
    pub tags: Vec<u64>,
}

fn id(v: &Value) -> Result<u64, String> {
    v.req("id", "a whole number", Value::as_u64)
}

fn ids(v: &Value, key: &str, max: usize) -> Result<Vec<u64>, String> {
    v.list(key, max, |n| n.as_u64().ok_or_else(|| "expected a whole number".into()))
}

fn rendered(v: &Value) -> Result<Rendered, String> {
    Ok(Rendered {
        rendered: v.opt_string("rendered")?.unwrap_or_default(),
    })
}

fn category(v: &Value) -> Result<WpCategory, String> {
    Ok(WpCategory {
        id: id(v)?,
        name: v.string("name")?,
        slug: v.string("slug")?,
        count: v.opt_u32("count")?.unwrap_or(0),
        parent: v.opt("parent", "a whole number", Value::as_u64)?.unwrap_or(0),
    })
}

/// An array of `read`s at `v`, or nothing.
fn lenient<T>(v: &Value, key: &str, read: impl Fn(&Value) -> T) -> Vec<T> {
    v.get(key)
        .and_then(|a| a.items(MAX_EMBEDDED))
        .map(|items| items.iter().filter(|i| i.is_object()).map(read).collect())
        .unwrap_or_default()
}

fn post(v: &Value) -> Result<WpPost, String> {
    v.as_object_with(|v| {
        Ok(WpPost {
            id: id(v)?,
            slug: v.string("slug")?,
            title: v.object("title", rendered)?.ok_or("missing field `title`")?,
            date_gmt: v.string("date_gmt")?,
            #[cfg(feature = "ui")]
            modified_gmt: v.opt_string("modified_gmt")?,
            excerpt: v.object("excerpt", rendered)?,
            content: v.object("content", rendered)?,
            categories: ids(v, "categories", MAX_IDS)?,
            embedded: v.get("_embedded").filter(Value::is_object).map(|e| Embedded {
                media: lenient(&e, "wp:featuredmedia", super::media::media),
                author: lenient(&e, "author", |a| Author {
                    name: a.get("name").and_then(|n| n.as_str()),
                    #[cfg(feature = "ui")]
                    link: a.get("link").and_then(|n| n.as_str()),
                }),
                #[cfg(feature = "ui")]
                tags: tags(&e),
            }),
        })
    })
}

/// The tags of `wp:term` (an array per taxonomy, each an array of terms),
/// at most [`MAX_TAGS`]: the terms of taxonomy `post_tag` (categories and
/// others are not topics); what is not an array, or not a term with a name
/// and a slug, is left out. (Loops, not iterator adapters: fewer bytes.)
#[cfg(feature = "ui")]
fn tags(e: &Value) -> Vec<Tag> {
    let mut tags = Vec::new();
    for list in e.get("wp:term").and_then(|t| t.items(MAX_EMBEDDED)).unwrap_or_default() {
        for t in list.items(MAX_IDS).unwrap_or_default() {
            let s = |key| t.get(key).and_then(|v| v.as_str());
            if let (Some(name), Some(slug), Some("post_tag")) = (s("name"), s("slug"), s("taxonomy").as_deref()) {
                if tags.len() < MAX_TAGS {
                    tags.push(Tag { name, slug });
                }
            }
        }
    }
    tags
}

/// An array of `read`s at the root, its first `max` only.
fn array<T>(v: &Value, max: usize, read: impl Fn(&Value) -> Result<T, String>) -> Result<Vec<T>, String> {
    let items = v.items(max).ok_or("expected an array")?;
    items
        .iter()
        .enumerate()
        .map(|(i, item)| read(item).map_err(|e| format!("[{i}]: {e}")))
        .collect()
}

pub fn decode_categories(text: &str) -> Result<Vec<WpCategory>, ApiError> {
    decode_terms(text, CATEGORIES_PER_PAGE)
}

/// A tag by its slug (see [`super::urls::tag_url`]): a term as a category
/// is (its id, name and slug); none when the site has no such tag.
pub fn decode_tag(text: &str) -> Result<Vec<WpCategory>, ApiError> {
    decode_terms(text, 1)
}

/// Categories and tags, one decoder (one copy of it in the bundle).
fn decode_terms(text: &str, max: usize) -> Result<Vec<WpCategory>, ApiError> {
    decode(text, |v| array(v, max, |c| c.as_object_with(category)))
}

pub fn decode_posts(text: &str) -> Result<Vec<WpPost>, ApiError> {
    decode(text, |v| array(v, MAX_LIST_ITEMS, post))
}

pub fn decode_post_ids(text: &str) -> Result<Vec<WpPostIds>, ApiError> {
    decode(text, |v| {
        array(v, 1, |p| {
            p.as_object_with(|p| {
                Ok(WpPostIds {
                    id: id(p)?,
                    categories: ids(p, "categories", MAX_IDS)?,
                    tags: ids(p, "tags", MAX_TAGS)?,
                })
            })
        })
    })
}
