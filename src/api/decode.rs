//! tintuc's models from their JSON: the contract's wire form (what tintuc's
//! own backend sends) and the form the server embeds in the pages it
//! renders, whatever backend it read. Unknown fields are ignored; a missing
//! required field or a value of the wrong type is a decode error naming the
//! field ("the content could not be read"), never a panic. Lists are cut to
//! `models::limits` here (what is past a cap is not read).

use super::error::ApiError;
use super::media::MediaBase;
#[cfg(feature = "ui")]
use super::models::limits::MAX_TAGS;
use super::models::limits::{MAX_CAPABILITIES, MAX_CATEGORIES, MAX_LIST_ITEMS, MAX_OTHER_NEWS, MAX_VARIANTS};
use super::models::{Article, ArticlePage, ArticleSummary, Category, CategoryList, CategoryRef, Image, ImageVariant};
use super::request::{Erased, Request};
use crate::json::{parse, Value};
use crate::timefmt::Timestamp;
use std::sync::Arc;

/// `text` read by `read` from its root; any failure a decode error.
pub(crate) fn decode<T>(text: &str, read: impl Fn(&Value) -> Result<T, String>) -> Result<T, ApiError> {
    let doc = parse(text).map_err(ApiError::Decode)?;
    read(&doc.root()).map_err(ApiError::Decode)
}

fn timestamp(v: &Value, key: &str) -> Result<Timestamp, String> {
    let s = v.string(key)?;
    Timestamp::parse_rfc3339(&s).map_err(|e| format!("`{key}`: {e}"))
}

#[cfg(feature = "ui")]
fn opt_timestamp(v: &Value, key: &str) -> Result<Option<Timestamp>, String> {
    v.opt_string(key)?
        .map(|s| Timestamp::parse_rfc3339(&s).map_err(|e| format!("`{key}`: {e}")))
        .transpose()
}

fn category(v: &Value) -> Result<Category, String> {
    Ok(Category {
        slug: v.string("slug")?,
        name: v.string("name")?,
        description: v.opt_string("description")?,
        count: v.opt_u32("count")?,
    })
}

fn category_list(v: &Value) -> Result<CategoryList, String> {
    v.as_object_with(|v| {
        Ok(CategoryList {
            items: v
                .req("items", "an array", |_| Some(()))
                .and_then(|_| v.list("items", MAX_CATEGORIES, category))?,
            capabilities: v.list("capabilities", MAX_CAPABILITIES, |c| {
                c.as_str().ok_or_else(|| "expected a string".into())
            })?,
        })
    })
}

fn category_ref(v: &Value) -> Result<CategoryRef, String> {
    Ok(CategoryRef {
        slug: v.string("slug")?,
        name: v.string("name")?,
    })
}

fn image(v: &Value) -> Result<Image, String> {
    Ok(Image {
        url: v.string("url")?,
        alt: v.opt_string("alt")?,
        width: v.opt_u32("width")?,
        height: v.opt_u32("height")?,
        variants: v.list("variants", MAX_VARIANTS, |v| {
            Ok(ImageVariant {
                url: v.string("url")?,
                width: v.req("width", "a whole number", Value::as_u32)?,
            })
        })?,
        // Only the reader's article page shows them (the widget lists).
        #[cfg(feature = "ui")]
        caption: v.opt_string("caption")?,
        #[cfg(feature = "ui")]
        credit: v.opt_string("credit")?,
        #[cfg(not(feature = "ui"))]
        caption: None,
        #[cfg(not(feature = "ui"))]
        credit: None,
    })
}

/// The fields an article shares with its summary.
fn summary(v: &Value) -> Result<ArticleSummary, String> {
    v.as_object_with(|v| {
        Ok(ArticleSummary {
            slug: v.string("slug")?,
            title: v.string("title")?,
            summary: v.opt_string("summary")?,
            published_at: timestamp(v, "published_at")?,
            category: v.object("category", category_ref)?,
            thumbnail: v.object("thumbnail", image)?,
            // Only the reader shows search results.
            #[cfg(feature = "ui")]
            found: v.opt_string("found")?,
            #[cfg(not(feature = "ui"))]
            found: None,
        })
    })
}

fn article(v: &Value) -> Result<Article, String> {
    let s = summary(v)?;
    Ok(Article {
        author: v.opt_string("author")?,
        // Only the reader shows articles (the widget lists them).
        #[cfg(feature = "ui")]
        modified_at: opt_timestamp(v, "modified_at")?,
        #[cfg(not(feature = "ui"))]
        modified_at: None,
        #[cfg(feature = "ui")]
        author_url: v.opt_string("author_url")?,
        #[cfg(not(feature = "ui"))]
        author_url: None,
        // Only the reader shows topics (the widget lists articles).
        #[cfg(feature = "ui")]
        tags: v.list("tags", MAX_TAGS, category_ref)?,
        #[cfg(not(feature = "ui"))]
        tags: Vec::new(),
        body_html: v.string("body_html")?,
        slug: s.slug,
        title: s.title,
        summary: s.summary,
        published_at: s.published_at,
        category: s.category,
        thumbnail: s.thumbnail,
    })
}

fn article_page(v: &Value) -> Result<ArticlePage, String> {
    v.as_object_with(|v| {
        v.req("items", "an array", |_| Some(()))?;
        Ok(ArticlePage {
            items: v.list("items", MAX_LIST_ITEMS, summary)?,
            page: v.req("page", "a whole number", Value::as_u32)?,
            per_page: v.req("per_page", "a whole number", Value::as_u32)?,
            total: v.req("total", "a whole number", Value::as_u64)?,
            total_known: v.opt("total_known", "true or false", Value::as_bool)?.unwrap_or(true),
            #[cfg(feature = "ui")]
            tag: v.object("tag", category_ref)?,
            #[cfg(not(feature = "ui"))]
            tag: None,
        })
    })
}

pub fn decode_categories(text: &str) -> Result<CategoryList, ApiError> {
    decode(text, category_list)
}

pub fn decode_article_page(text: &str) -> Result<ArticlePage, ApiError> {
    decode(text, article_page)
}

pub fn decode_article(text: &str) -> Result<Article, ApiError> {
    decode(text, article)
}

pub fn decode_other_news(text: &str) -> Result<Vec<ArticleSummary>, ApiError> {
    decode(text, |v| {
        v.as_object_with(|v| {
            v.req("items", "an array", |_| Some(()))?;
            v.list("items", MAX_OTHER_NEWS, summary)
        })
    })
}

/// Decodes a 2xx body into `req`'s model, with image URLs fixed.
pub fn decode_for(req: &Request, text: &str, media: &MediaBase) -> Result<Erased, ApiError> {
    Ok(match req {
        Request::Categories => Arc::new(decode_categories(text)?),
        Request::Articles { .. } | Request::Search { .. } | Request::Topic { .. } => {
            let mut p = decode_article_page(text)?;
            // A topic's list names the topic asked for: a backend that
            // ignores `tag` (it has no topics) or answers another must not
            // make every `/chu-de/…` a page.
            if let Request::Topic { slug, .. } = req {
                if p.tag.as_ref().is_none_or(|t| &t.slug != slug) {
                    return Err(ApiError::NotFound);
                }
            }
            media.fix_page(&mut p);
            Arc::new(p)
        }
        Request::Article(_) => {
            let mut a = decode_article(text)?;
            media.fix_article(&mut a);
            Arc::new(a)
        }
        Request::OtherNews(_) | Request::MostRead => {
            let mut items = decode_other_news(text)?;
            items.iter_mut().for_each(|a| media.fix_summary(a));
            Arc::new(items)
        }
    })
}
