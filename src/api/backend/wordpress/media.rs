//! A post's featured image: as WordPress embeds it (`wp:featuredmedia`,
//! read leniently: WordPress embeds error objects there), and as tintuc's
//! [`Image`]: its sizes as `srcset` renditions, its alt text, caption and
//! credit.

use crate::api::models::limits::MAX_VARIANTS;
use crate::api::models::{Image, ImageVariant};
use crate::json::Value;
#[cfg(feature = "ui")]
use crate::text::html_to_text;

#[derive(Default)]
pub struct Media {
    pub source_url: Option<String>,
    pub alt_text: Option<String>,
    /// `caption.rendered` (HTML) and `media_details.image_meta.credit` (the
    /// photo's IPTC credit, which WordPress reads from the upload).
    #[cfg(feature = "ui")]
    pub caption: Option<String>,
    #[cfg(feature = "ui")]
    pub credit: Option<String>,
    pub media_details: Option<MediaDetails>,
}

#[derive(Default)]
pub struct MediaDetails {
    pub width: Option<u32>,
    pub height: Option<u32>,
    /// The intermediate sizes (WordPress keys them by name; the names don't
    /// matter here).
    pub sizes: Vec<Size>,
}

pub struct Size {
    pub source_url: String,
    pub width: Option<u32>,
}

pub(super) fn media(v: &Value) -> Media {
    let details = v.get("media_details").filter(Value::is_object).map(|d| MediaDetails {
        width: d.get("width").and_then(|w| w.as_u32()),
        height: d.get("height").and_then(|h| h.as_u32()),
        sizes: d
            .get("sizes")
            .and_then(|s| s.entries())
            .unwrap_or_default()
            .into_iter()
            .filter_map(|(_, s)| {
                Some(Size {
                    source_url: s.get("source_url")?.as_str()?,
                    width: s.get("width").and_then(|w| w.as_u32()),
                })
            })
            .collect(),
    });
    Media {
        source_url: v.get("source_url").and_then(|s| s.as_str()),
        alt_text: v.get("alt_text").and_then(|s| s.as_str()),
        #[cfg(feature = "ui")]
        caption: v.get("caption").and_then(|c| c.get("rendered")?.as_str()),
        #[cfg(feature = "ui")]
        credit: v
            .get("media_details")
            .and_then(|d| d.get("image_meta")?.get("credit")?.as_str()),
        media_details: details,
    }
}

/// An embedded featured image as tintuc's [`Image`], if it has a URL.
pub(super) fn thumbnail(media: &Media) -> Option<Image> {
    let url = media.source_url.clone()?;
    let details = media.media_details.as_ref();
    let mut variants: Vec<ImageVariant> = details
        .map(|d| {
            d.sizes
                .iter()
                .filter_map(|s| {
                    Some(ImageVariant {
                        url: s.source_url.clone(),
                        width: s.width?,
                    })
                })
                .filter(|v| v.url != url)
                .collect()
        })
        .unwrap_or_default();
    // By width (an insertion sort: a handful of sizes, and the standard
    // library's sort is ~1 KB of the partner widget's brotli'd WASM).
    for i in 1..variants.len() {
        let mut j = i;
        while j > 0 && variants[j - 1].width > variants[j].width {
            variants.swap(j - 1, j);
            j -= 1;
        }
    }
    variants.dedup_by_key(|v| v.width);
    variants.truncate(MAX_VARIANTS);
    Some(Image {
        url,
        alt: media.alt_text.clone().filter(|a| !a.is_empty()),
        width: details.and_then(|d| d.width),
        height: details.and_then(|d| d.height),
        variants,
        #[cfg(feature = "ui")]
        caption: media
            .caption
            .as_deref()
            .map(html_to_text)
            .filter(|c| !c.trim().is_empty()),
        #[cfg(feature = "ui")]
        credit: media.credit.clone().filter(|c| !c.trim().is_empty()),
        #[cfg(not(feature = "ui"))]
        caption: None,
        #[cfg(not(feature = "ui"))]
        credit: None,
    })
}
