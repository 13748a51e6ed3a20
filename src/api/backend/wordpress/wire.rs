//! WordPress's JSON as it comes over the wire: only the fields tintuc asks
//! for, every optional one defaulted, so a site's odd answer is a decode
//! error or a missing image, never a panic.

use crate::api::decode::decode;
use crate::api::error::ApiError;
use serde::Deserialize;
use std::collections::HashMap;

#[derive(Deserialize)]
pub struct WpCategory {
    pub id: u64,
    pub name: String,
    pub slug: String,
    #[serde(default)]
    pub count: u32,
    #[serde(default)]
    pub parent: u64,
}

#[derive(Deserialize)]
pub struct Rendered {
    #[serde(default)]
    pub rendered: String,
}

#[derive(Deserialize)]
pub struct WpPost {
    pub id: u64,
    pub slug: String,
    pub title: Rendered,
    pub date_gmt: String,
    #[serde(default)]
    pub excerpt: Option<Rendered>,
    #[serde(default)]
    pub content: Option<Rendered>,
    #[serde(default)]
    pub categories: Vec<u64>,
    #[serde(default, rename = "_embedded")]
    pub embedded: Option<Embedded>,
}

#[derive(Deserialize, Default)]
pub struct Embedded {
    #[serde(default, rename = "wp:featuredmedia")]
    pub media: Vec<Media>,
    #[serde(default)]
    pub author: Vec<Author>,
}

/// An embedded item may be an error object (a private image): every field
/// is optional and an item without a source is skipped.
#[derive(Deserialize, Default)]
pub struct Media {
    #[serde(default)]
    pub source_url: Option<String>,
    #[serde(default)]
    pub alt_text: Option<String>,
    #[serde(default)]
    pub media_details: Option<MediaDetails>,
}

#[derive(Deserialize, Default)]
pub struct MediaDetails {
    #[serde(default)]
    pub width: Option<u32>,
    #[serde(default)]
    pub height: Option<u32>,
    #[serde(default)]
    pub sizes: HashMap<String, Size>,
}

#[derive(Deserialize)]
pub struct Size {
    pub source_url: String,
    #[serde(default)]
    pub width: Option<u32>,
}

#[derive(Deserialize, Default)]
pub struct Author {
    #[serde(default)]
    pub name: Option<String>,
}

pub fn decode_categories(text: &str) -> Result<Vec<WpCategory>, ApiError> {
    decode(text)
}

pub fn decode_posts(text: &str) -> Result<Vec<WpPost>, ApiError> {
    decode(text)
}

/// A post's id and categories (see [`super::urls::post_ids_url`]).
#[derive(Deserialize)]
pub struct WpPostIds {
    pub id: u64,
    #[serde(default)]
    pub categories: Vec<u64>,
}

pub fn decode_post_ids(text: &str) -> Result<Vec<WpPostIds>, ApiError> {
    decode(text)
}
