//! WordPress's REST API (`/wp-json/wp/v2/`), mapped onto tintuc's models.
//! URL building and JSON mapping are pure functions here (tested natively
//! against answers captured from a real WordPress); the requests that need
//! more than one round trip are in `fetch`, in `api/mod.rs`.

use super::decode;
use super::error::ApiError;
use super::models::{Article, ArticlePage, ArticleSummary, Category, CategoryList, CategoryRef, Image, ImageVariant};
use crate::routes::encode_segment;
use crate::timefmt::Timestamp;
use serde::Deserialize;
use std::collections::HashMap;

/// What a list asks for.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct PostQuery<'a> {
    pub page: u32,
    pub per_page: u32,
    pub category: Option<u64>,
    pub search: Option<&'a str>,
    pub exclude: Option<u64>,
}

/// Lists embed only the featured image (for the card); articles also embed
/// the author. `_links` must be among the fields for `_embed` to work.
const LIST_FIELDS: &str = "id,slug,title,date_gmt,excerpt,categories,_links,_embedded";
const ARTICLE_FIELDS: &str = "id,slug,title,date_gmt,excerpt,content,categories,_links,_embedded";

/// WordPress lists at most this many per request.
pub const CATEGORIES_PER_PAGE: usize = 100;

pub fn categories_url(root: &str, page: u32) -> String {
    let page = if page > 1 {
        format!("&page={page}")
    } else {
        String::new()
    };
    format!("{root}wp/v2/categories?per_page=100{page}&orderby=id&order=asc&_fields=id,name,slug,count,parent")
}

/// Whether a site has categories past `page` (of [`CATEGORIES_PER_PAGE`]):
/// by `X-WP-Total` when the page may read it, else by a full page.
pub fn more_categories(page: u32, got: usize, total: Option<u64>) -> bool {
    got >= CATEGORIES_PER_PAGE && total.is_none_or(|t| t > u64::from(page).saturating_mul(CATEGORIES_PER_PAGE as u64))
}

pub fn posts_url(root: &str, q: &PostQuery) -> String {
    let mut url = format!(
        "{root}wp/v2/posts?page={}&per_page={}",
        q.page.max(1),
        q.per_page.clamp(1, 100)
    );
    if let Some(c) = q.category {
        url.push_str(&format!("&categories={c}"));
    }
    if let Some(s) = q.search {
        url.push_str("&search=");
        url.push_str(&encode_segment(s));
    }
    if let Some(e) = q.exclude {
        url.push_str(&format!("&exclude={e}"));
    }
    url.push_str("&_embed=wp:featuredmedia&_fields=");
    url.push_str(LIST_FIELDS);
    url
}

pub fn post_url(root: &str, slug: &str) -> String {
    format!(
        "{root}wp/v2/posts?slug={}&_embed=wp:featuredmedia,author&_fields={ARTICLE_FIELDS}",
        encode_segment(slug)
    )
}

// ------------------------------------------------------------------ wire

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
struct Rendered {
    #[serde(default)]
    rendered: String,
}

#[derive(Deserialize)]
pub struct WpPost {
    pub id: u64,
    slug: String,
    title: Rendered,
    date_gmt: String,
    #[serde(default)]
    excerpt: Option<Rendered>,
    #[serde(default)]
    content: Option<Rendered>,
    #[serde(default)]
    pub categories: Vec<u64>,
    #[serde(default, rename = "_embedded")]
    embedded: Option<Embedded>,
}

#[derive(Deserialize, Default)]
struct Embedded {
    #[serde(default, rename = "wp:featuredmedia")]
    media: Vec<Media>,
    #[serde(default)]
    author: Vec<Author>,
}

/// An embedded item may be an error object (a private image): every field
/// is optional and an item without a source is skipped.
#[derive(Deserialize, Default)]
struct Media {
    #[serde(default)]
    source_url: Option<String>,
    #[serde(default)]
    alt_text: Option<String>,
    #[serde(default)]
    media_details: Option<MediaDetails>,
}

#[derive(Deserialize, Default)]
struct MediaDetails {
    #[serde(default)]
    width: Option<u32>,
    #[serde(default)]
    height: Option<u32>,
    #[serde(default)]
    sizes: HashMap<String, Size>,
}

#[derive(Deserialize)]
struct Size {
    source_url: String,
    #[serde(default)]
    width: Option<u32>,
}

#[derive(Deserialize, Default)]
struct Author {
    #[serde(default)]
    name: Option<String>,
}

pub fn decode_categories(text: &str) -> Result<Vec<WpCategory>, ApiError> {
    decode(text)
}

pub fn decode_posts(text: &str) -> Result<Vec<WpPost>, ApiError> {
    decode(text)
}

// --------------------------------------------------------------- mapping

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
                .values()
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
    variants.sort_by_key(|v| v.width);
    variants.dedup_by_key(|v| v.width);
    Some(Image {
        url,
        alt: media.alt_text.clone().filter(|a| !a.is_empty()),
        width: details.and_then(|d| d.width),
        height: details.and_then(|d| d.height),
        variants,
    })
}

fn excerpt(post: &WpPost) -> Option<String> {
    post.excerpt
        .as_ref()
        .map(|e| html_to_text(&e.rendered))
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

/// Plain text of rendered HTML (titles, excerpts): tags dropped, entities
/// decoded, whitespace collapsed. Pure, so it is tested natively and works
/// the same everywhere.
pub fn html_to_text(html: &str) -> String {
    let mut text = String::with_capacity(html.len());
    let mut rest = html;
    while let Some(i) = rest.find(['<', '&']) {
        text.push_str(&rest[..i]);
        rest = &rest[i..];
        if rest.starts_with('<') {
            match rest.find('>') {
                Some(end) => {
                    text.push(' ');
                    rest = &rest[end + 1..];
                }
                None => rest = "",
            }
        } else {
            // Entities are short: looking further for the `;` would make a
            // title full of bare `&` quadratic.
            let end = rest.bytes().take(13).skip(1).position(|b| b == b';').map(|p| p + 1);
            match end.and_then(|e| entity(&rest[1..e]).map(|c| (e, c))) {
                Some((e, c)) => {
                    text.push(c);
                    rest = &rest[e + 1..];
                }
                None => {
                    text.push('&');
                    rest = &rest[1..];
                }
            }
        }
    }
    text.push_str(rest);
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// One entity, without `&` and `;`.
fn entity(name: &str) -> Option<char> {
    if let Some(num) = name.strip_prefix('#') {
        let code = match num.strip_prefix(['x', 'X']) {
            Some(hex) => u32::from_str_radix(hex, 16).ok()?,
            None => num.parse().ok()?,
        };
        return char::from_u32(code).filter(|c| *c != '\0');
    }
    Some(match name {
        "amp" => '&',
        "lt" => '<',
        "gt" => '>',
        "quot" => '"',
        "apos" => '\'',
        "nbsp" => '\u{a0}',
        "ndash" => '–',
        "mdash" => '—',
        "hellip" => '…',
        "lsquo" => '‘',
        "rsquo" => '’',
        "ldquo" => '“',
        "rdquo" => '”',
        "laquo" => '«',
        "raquo" => '»',
        "agrave" => 'à',
        "aacute" => 'á',
        "acirc" => 'â',
        "atilde" => 'ã',
        "egrave" => 'è',
        "eacute" => 'é',
        "ecirc" => 'ê',
        "igrave" => 'ì',
        "iacute" => 'í',
        "ograve" => 'ò',
        "oacute" => 'ó',
        "ocirc" => 'ô',
        "otilde" => 'õ',
        "ugrave" => 'ù',
        "uacute" => 'ú',
        "yacute" => 'ý',
        "Agrave" => 'À',
        "Aacute" => 'Á',
        "Acirc" => 'Â',
        "Ecirc" => 'Ê',
        "Ocirc" => 'Ô',
        "Eacute" => 'É',
        _ => return None,
    })
}

// ------------------------------------------------------------- requests

use super::http::{self, Abort};
use super::request::{Erased, Request};
use super::store::fingerprint;
use super::{Api, APP_SCOPE};
use crate::config::OtherNewsScope;
use std::sync::Arc;

/// Categories with their ids: posts name their categories by id.
async fn categories(api: &Api) -> Result<Arc<Vec<WpCategory>>, ApiError> {
    api.load(Request::WpCategories, APP_SCOPE)
        .await?
        .downcast::<Vec<WpCategory>>()
        .map_err(|_| ApiError::Decode("internal: unexpected value type".into()))
}

/// One list of posts, as a page. A page past the end is an error 400 in
/// WordPress; here it is an empty page, as in tintuc's contract.
async fn list(api: &Api, q: PostQuery<'_>, cats: &[WpCategory], abort: &Abort) -> Result<(u64, ArticlePage), ApiError> {
    let c = api.config();
    let url = posts_url(&c.api_base, &q);
    match http::get(&url, abort, c.request_timeout_ms).await {
        Ok(r) => {
            let posts = decode_posts(&r.text)?;
            // Said once a visit, not on every list.
            thread_local!(static WARNED: std::cell::Cell<bool> = const { std::cell::Cell::new(false) });
            if r.total.is_none() && !WARNED.with(|w| w.replace(true)) {
                leptos::logging::warn!(
                    "tintuc: the WordPress site does not let this page read X-WP-Total (CORS \
                     Access-Control-Expose-Headers); paging forward and back still works, without page numbers"
                );
            }
            let mut page = to_page(&posts, cats, q.page, q.per_page, r.total)?;
            api.media().fix_page(&mut page);
            Ok((fingerprint(&r.text), page))
        }
        Err(ApiError::Status { code: 400, .. }) if q.page > 1 => Ok((
            0,
            ArticlePage {
                items: vec![],
                page: q.page,
                per_page: q.per_page,
                total: u64::from(q.page - 1) * u64::from(q.per_page),
                total_known: false,
            },
        )),
        Err(e) => Err(e),
    }
}

/// Asks a WordPress for `req`: the answer and a fingerprint of what came
/// over the wire.
pub(super) async fn fetch(api: &Api, req: &Request, abort: &Abort, _scope: &str) -> Result<(u64, Erased), ApiError> {
    let c = api.config();
    let root = c.api_base.as_str();
    let timeout = c.request_timeout_ms;
    match req {
        Request::WpCategories => {
            // Page by page: a site with more than 100 categories would
            // otherwise 404 every category past the hundredth. (20 pages at
            // most: a bound against a hostile server.)
            let (mut all, mut seen) = (Vec::new(), String::new());
            for page in 1..=20 {
                let r = match http::get(&categories_url(root, page), abort, timeout).await {
                    Ok(r) => r,
                    // Past the end (a full last page and no X-WP-Total).
                    Err(ApiError::Status { code: 400, .. }) if page > 1 => break,
                    Err(e) => return Err(e),
                };
                let batch = decode_categories(&r.text)?;
                let more = more_categories(page, batch.len(), r.total);
                seen.push_str(&r.text);
                all.extend(batch);
                if !more {
                    break;
                }
            }
            Ok((fingerprint(&seen), Arc::new(all)))
        }
        Request::Categories => {
            let cats = categories(api).await?;
            let list = to_category_list(&cats);
            let fp = fingerprint(
                &list
                    .items
                    .iter()
                    .map(|c| format!("{}|{}|{:?};", c.slug, c.name, c.count))
                    .collect::<String>(),
            );
            Ok((fp, Arc::new(list)))
        }
        Request::Articles { category, page } => {
            let cats = categories(api).await?;
            let category = match category {
                Some(slug) => Some(
                    cats.iter()
                        .find(|c| c.slug == *slug)
                        .map(|c| c.id)
                        .ok_or(ApiError::NotFound)?,
                ),
                None => None,
            };
            let q = PostQuery {
                page: *page,
                per_page: c.page_size,
                category,
                ..PostQuery::default()
            };
            let (fp, page) = list(api, q, &cats, abort).await?;
            Ok((fp, Arc::new(page)))
        }
        Request::Search { q, page } => {
            let cats = categories(api).await?;
            let query = PostQuery {
                page: *page,
                per_page: c.page_size,
                search: Some(q),
                ..PostQuery::default()
            };
            let (fp, page) = list(api, query, &cats, abort).await?;
            Ok((fp, Arc::new(page)))
        }
        Request::Article(slug) => {
            let cats = categories(api).await?;
            let r = http::get(&post_url(root, slug), abort, timeout).await?;
            // An unknown slug is an empty list, not a 404.
            let posts = decode_posts(&r.text)?;
            let post = posts.first().ok_or(ApiError::NotFound)?;
            let mut article = to_article(post, &cats)?;
            api.media().fix_article(&mut article);
            Ok((fingerprint(&r.text), Arc::new(article)))
        }
        Request::OtherNews(slug) => {
            #[derive(Deserialize)]
            struct Ids {
                id: u64,
                #[serde(default)]
                categories: Vec<u64>,
            }
            let cats = categories(api).await?;
            let url = format!("{root}wp/v2/posts?slug={}&_fields=id,categories", encode_segment(slug));
            let ids: Vec<Ids> = decode(&http::get(&url, abort, timeout).await?.text)?;
            let post = ids.first().ok_or(ApiError::NotFound)?;
            let q = PostQuery {
                page: 1,
                per_page: c.other_news_limit,
                // The category the article shows (the first the menu knows).
                category: match c.other_news_scope {
                    OtherNewsScope::Category => post
                        .categories
                        .iter()
                        .copied()
                        .find(|id| cats.iter().any(|c| c.id == *id)),
                    OtherNewsScope::Latest => None,
                },
                exclude: Some(post.id),
                search: None,
            };
            let (fp, page) = list(api, q, &cats, abort).await?;
            Ok((fp, Arc::new(page.items)))
        }
    }
}
