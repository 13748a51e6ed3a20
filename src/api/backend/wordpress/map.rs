//! WordPress's posts and categories as tintuc's models: titles and excerpts
//! as plain text, `date_gmt` as an instant, the featured image with its
//! sizes, categories as the menu's tree, tags as the article's topics.

use super::wire::{WpCategory, WpPost};
use crate::api::error::ApiError;
use crate::api::models::limits::MAX_CATEGORIES;
use crate::api::models::{Article, ArticlePage, ArticleSummary, Category, CategoryList, CategoryRef};
use crate::text::{html_to_text, without_more_marker};
use crate::timefmt::Timestamp;
use std::collections::HashMap;

/// The menu: categories with posts, each parent followed by its children
/// (the site's own tree), in the site's order; at most
/// [`MAX_CATEGORIES`]. WordPress can search.
///
/// The site's data is not trusted to be a tree: an id sent twice counts
/// once (its first copy), each category is visited once (a cycle ends
/// where it meets a category already placed; one no top-level category
/// leads to is placed at the top level), and the walk is linear in the
/// number of categories.
pub fn to_category_list(cats: &[WpCategory]) -> CategoryList {
    let mut first: HashMap<u64, usize> = HashMap::with_capacity(cats.len());
    for (i, c) in cats.iter().enumerate() {
        first.entry(c.id).or_insert(i);
    }
    // Each category once, as the first of its copies; its children in the
    // site's order. Top level: no parent, itself, or one the list doesn't have.
    let mut children: HashMap<u64, Vec<usize>> = HashMap::new();
    let mut roots = Vec::new();
    for (i, c) in cats.iter().enumerate() {
        if first[&c.id] != i {
            continue;
        }
        if c.parent == 0 || c.parent == c.id || !first.contains_key(&c.parent) {
            roots.push(i);
        } else {
            children.entry(c.parent).or_default().push(i);
        }
    }
    let mut placed = vec![false; cats.len()];
    let mut items = Vec::new();
    // Depth first, with a stack (a deep tree must not deepen the call
    // stack); what no top-level category leads to (a cycle) comes last.
    let starts = roots
        .into_iter()
        .chain((0..cats.len()).filter(|i| first[&cats[*i].id] == *i));
    let mut stack = Vec::new();
    for start in starts {
        stack.push(start);
        while let Some(i) = stack.pop() {
            if std::mem::replace(&mut placed[i], true) {
                continue;
            }
            let c = &cats[i];
            if c.count > 0 {
                if items.len() == MAX_CATEGORIES {
                    return menu(items);
                }
                items.push(Category {
                    slug: c.slug.clone(),
                    name: html_to_text(&c.name),
                    description: None,
                    count: Some(c.count),
                });
            }
            if let Some(kids) = children.get(&c.id) {
                stack.extend(kids.iter().rev().filter(|k| !placed[**k]));
            }
        }
    }
    menu(items)
}

fn menu(items: Vec<Category>) -> CategoryList {
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
    gmt("date_gmt", &post.date_gmt)
}

/// The post's last change (asked for with articles only).
#[cfg(feature = "ui")]
fn modified(post: &WpPost) -> Result<Option<Timestamp>, ApiError> {
    post.modified_gmt.as_deref().map(|m| gmt("modified_gmt", m)).transpose()
}

/// `date_gmt` and `modified_gmt` are UTC without an offset.
fn gmt(field: &str, s: &str) -> Result<Timestamp, ApiError> {
    let s = s.trim();
    let with_zone = if s.ends_with('Z') || s.contains('+') {
        s.to_string()
    } else {
        format!("{s}Z")
    };
    Timestamp::parse_rfc3339(&with_zone).map_err(|e| ApiError::Decode(format!("{field}: {e}")))
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
        // (The image's reading takes the embedded media, not the post: the
        // post's wire form embeds media, so media must not name the post.)
        thumbnail: post
            .embedded
            .as_ref()
            .and_then(|e| e.media.first())
            .and_then(super::media::thumbnail),
        found: None,
    })
}

pub fn to_article(post: &WpPost, cats: &[WpCategory]) -> Result<Article, ApiError> {
    let s = to_summary(post, cats)?;
    let author = post.embedded.as_ref().and_then(|e| e.author.first());
    Ok(Article {
        slug: s.slug,
        title: s.title,
        summary: s.summary,
        published_at: s.published_at,
        category: s.category,
        thumbnail: s.thumbnail,
        author: author.and_then(|a| a.name.clone()).filter(|n| !n.trim().is_empty()),
        #[cfg(feature = "ui")]
        author_url: author.and_then(|a| a.link.clone()),
        #[cfg(not(feature = "ui"))]
        author_url: None,
        // Only the reader shows articles (the widget lists them).
        #[cfg(feature = "ui")]
        modified_at: modified(post)?,
        #[cfg(not(feature = "ui"))]
        modified_at: None,
        #[cfg(feature = "ui")]
        tags: tags(post),
        #[cfg(not(feature = "ui"))]
        tags: Vec::new(),
        body_html: post.content.as_ref().map(|c| c.rendered.clone()).unwrap_or_default(),
    })
}

/// The post's tags (its embedded `post_tag` terms), its topics.
#[cfg(feature = "ui")]
fn tags(post: &WpPost) -> Vec<CategoryRef> {
    let mut tags = Vec::new();
    if let Some(e) = &post.embedded {
        for t in &e.tags {
            tags.push(CategoryRef {
                slug: t.slug.clone(),
                name: html_to_text(&t.name),
            });
        }
    }
    tags
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
        tag: None,
    })
}
