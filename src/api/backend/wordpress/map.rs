//! WordPress's posts and categories as tintuc's models: titles and excerpts
//! as plain text, `date_gmt` as an instant, the featured image with its
//! sizes, categories as the menu's tree.

use super::wire::{WpCategory, WpPost};
use crate::api::error::ApiError;
use crate::api::models::{
    Article, ArticlePage, ArticleSummary, Category, CategoryList, CategoryRef, Image, ImageVariant,
};
use crate::text::{html_to_text, without_more_marker};
use crate::timefmt::Timestamp;

/// The menu: categories with posts, each parent followed by its children
/// (the site's own tree), in the site's order. WordPress can search.
pub fn to_category_list(cats: &[WpCategory]) -> CategoryList {
    fn push_tree(cats: &[WpCategory], parent: Option<u64>, depth: u32, out: &mut Vec<Category>) {
        if depth > 8 {
            return; // a cycle in hostile data
        }
        let known = |id: u64| cats.iter().any(|c| c.id == id);
        for c in cats.iter().filter(|c| match parent {
            // Top level: no parent, or one the list doesn't have.
            None => c.parent == 0 || !known(c.parent),
            Some(p) => c.parent == p && c.id != p,
        }) {
            if c.count > 0 {
                out.push(Category {
                    slug: c.slug.clone(),
                    name: html_to_text(&c.name),
                    description: None,
                    count: Some(c.count),
                });
            }
            push_tree(cats, Some(c.id), depth + 1, out);
        }
    }
    let mut items = Vec::new();
    push_tree(cats, None, 0, &mut items);
    CategoryList {
        items,
        capabilities: vec!["search".into()],
    }
}

/// The category of a post: its first one that the menu knows.
fn category_of(post: &WpPost, cats: &[WpCategory]) -> Option<CategoryRef> {
    post.categories.iter().find_map(|id| {
        cats.iter().find(|c| c.id == *id).map(|c| CategoryRef {
            slug: c.slug.clone(),
            name: html_to_text(&c.name),
        })
    })
}

fn published(post: &WpPost) -> Result<Timestamp, ApiError> {
    // `date_gmt` is UTC without an offset.
    let s = post.date_gmt.trim();
    let with_zone = if s.ends_with('Z') || s.contains('+') {
        s.to_string()
    } else {
        format!("{s}Z")
    };
    Timestamp::parse_rfc3339(&with_zone).map_err(|e| ApiError::Decode(format!("date_gmt: {e}")))
}

fn thumbnail(post: &WpPost) -> Option<Image> {
    let media = post.embedded.as_ref()?.media.first()?;
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
    Some(Image {
        url,
        alt: media.alt_text.clone().filter(|a| !a.is_empty()),
        width: details.and_then(|d| d.width),
        height: details.and_then(|d| d.height),
        variants,
    })
}

/// The post's excerpt as text, without WordPress's "[…]" (posts without a
/// hand-written one get the body's first words and that marker).
fn excerpt(post: &WpPost) -> Option<String> {
    post.excerpt
        .as_ref()
        .map(|e| without_more_marker(&html_to_text(&e.rendered)).to_string())
        .filter(|s| !s.is_empty())
}

pub fn to_summary(post: &WpPost, cats: &[WpCategory]) -> Result<ArticleSummary, ApiError> {
    Ok(ArticleSummary {
        slug: post.slug.clone(),
        title: html_to_text(&post.title.rendered),
        summary: excerpt(post),
        published_at: published(post)?,
        category: category_of(post, cats),
        thumbnail: thumbnail(post),
    })
}

pub fn to_article(post: &WpPost, cats: &[WpCategory]) -> Result<Article, ApiError> {
    let s = to_summary(post, cats)?;
    Ok(Article {
        slug: s.slug,
        title: s.title,
        summary: s.summary,
        published_at: s.published_at,
        category: s.category,
        thumbnail: s.thumbnail,
        author: post
            .embedded
            .as_ref()
            .and_then(|e| e.author.first())
            .and_then(|a| a.name.clone())
            .filter(|n| !n.trim().is_empty()),
        body_html: post.content.as_ref().map(|c| c.rendered.clone()).unwrap_or_default(),
    })
}

/// Totals from `X-WP-Total`, when the site's CORS setup lets us read it.
/// Without it the pager still works forward and back: a full page implies a
/// next one.
pub fn to_page(
    posts: &[WpPost],
    cats: &[WpCategory],
    page: u32,
    per_page: u32,
    total: Option<u64>,
) -> Result<ArticlePage, ApiError> {
    let items = posts
        .iter()
        .map(|p| to_summary(p, cats))
        .collect::<Result<Vec<_>, _>>()?;
    let seen = u64::from(page.saturating_sub(1)) * u64::from(per_page) + items.len() as u64;
    let (total, total_known) = match total {
        Some(t) => (t, true),
        None if items.len() as u64 >= u64::from(per_page) => (seen + 1, false),
        None => (seen, false),
    };
    Ok(ArticlePage {
        items,
        page,
        per_page,
        total,
        total_known,
    })
}
