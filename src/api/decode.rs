//! tintuc's models from their JSON: the contract's wire form (what tintuc's
//! own backend sends) and the form the server embeds in the pages it
//! renders, whatever backend it read. A mismatch is a decode error ("the
//! content could not be read"), never a panic.

use super::error::ApiError;
use super::media::MediaBase;
use super::models::{Article, ArticlePage, ArticleSummary, CategoryList};
use super::request::{Erased, Request};
use serde::Deserialize;
use std::sync::Arc;

/// JSON text as one of the backends' wire types.
pub(crate) fn decode<T: serde::de::DeserializeOwned>(text: &str) -> Result<T, ApiError> {
    crate::json::from_str(text).map_err(ApiError::Decode)
}

#[derive(Deserialize)]
struct Items<T> {
    items: Vec<T>,
}

pub fn decode_categories(text: &str) -> Result<CategoryList, ApiError> {
    decode(text)
}

pub fn decode_article_page(text: &str) -> Result<ArticlePage, ApiError> {
    decode(text)
}

pub fn decode_article(text: &str) -> Result<Article, ApiError> {
    decode(text)
}

pub fn decode_other_news(text: &str) -> Result<Vec<ArticleSummary>, ApiError> {
    decode::<Items<ArticleSummary>>(text).map(|i| i.items)
}

/// Decodes a 2xx body into `req`'s model, with image URLs fixed.
pub fn decode_for(req: &Request, text: &str, media: &MediaBase) -> Result<Erased, ApiError> {
    Ok(match req {
        Request::Categories => Arc::new(decode_categories(text)?),
        Request::Articles { .. } | Request::Search { .. } => {
            let mut p = decode_article_page(text)?;
            media.fix_page(&mut p);
            Arc::new(p)
        }
        Request::Article(_) => {
            let mut a = decode_article(text)?;
            media.fix_article(&mut a);
            Arc::new(a)
        }
        Request::OtherNews(_) => {
            let mut items = decode_other_news(text)?;
            items.iter_mut().for_each(|a| media.fix_summary(a));
            Arc::new(items)
        }
    })
}
