//! The WordPress REST API's URLs as tintuc uses them: only the fields a page
//! shows (`_fields`), only the embeds it needs (`_embed`).

use crate::percent::encode;

/// What a list asks for.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct PostQuery<'a> {
    pub page: u32,
    pub per_page: u32,
    pub category: Option<u64>,
    pub search: Option<&'a str>,
    pub exclude: Option<u64>,
    /// Posts with any of these tags (WordPress ORs them): a topic's one,
    /// or an article's for its other news (the reader's alone: the partner
    /// widget lists neither).
    #[cfg(feature = "ui")]
    pub tags: &'a [u64],
}

/// Lists embed only the featured image (for the card); articles also embed
/// the author and their terms (`wp:term`: their tags are the topics).
/// `_links` must be among the fields for `_embed` to work.
const LIST_FIELDS: &str = "id,slug,title,date_gmt,excerpt,categories,_links,_embedded";
const ARTICLE_FIELDS: &str = "id,slug,title,date_gmt,modified_gmt,excerpt,content,categories,_links,_embedded";

/// WordPress lists at most this many per request.
pub const CATEGORIES_PER_PAGE: usize = 100;
/// Pages of categories read at most: a bound against a hostile server.
pub const MAX_CATEGORY_PAGES: u32 = 20;

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
        url.push_str(&encode(s));
    }
    if let Some(e) = q.exclude {
        url.push_str(&format!("&exclude={e}"));
    }
    #[cfg(feature = "ui")]
    for (i, t) in q.tags.iter().enumerate() {
        url.push_str(&format!("{}{t}", if i == 0 { "&tags=" } else { "," }));
    }
    url.push_str("&_embed=wp:featuredmedia&_fields=");
    url.push_str(LIST_FIELDS);
    // A search's results show the sentence of the body that holds the words.
    #[cfg(feature = "ui")]
    if q.search.is_some() {
        url.push_str(",content");
    }
    url
}

/// The WordPress Popular Posts plugin's list of the most viewed posts of
/// the last seven days (its REST route, public; each item a post as
/// `wp/v2/posts` writes it).
#[cfg(feature = "ui")]
pub fn popular_posts_url(root: &str) -> String {
    format!(
        "{root}wordpress-popular-posts/v1/popular-posts?limit={}&range=last7days&_embed=wp:featuredmedia&_fields={LIST_FIELDS}",
        crate::api::request::MOST_READ
    )
}

pub fn post_url(root: &str, slug: &str) -> String {
    format!(
        "{root}wp/v2/posts?slug={}&_embed=wp:featuredmedia,author,wp:term&_fields={ARTICLE_FIELDS}",
        encode(slug)
    )
}

/// A post's id, categories and tags only: what "other news" needs of it.
pub fn post_ids_url(root: &str, slug: &str) -> String {
    format!("{root}wp/v2/posts?slug={}&_fields=id,categories,tags", encode(slug))
}

/// A tag (a topic) by its slug: its id for the list, its name for the
/// page's heading.
pub fn tag_url(root: &str, slug: &str) -> String {
    format!("{root}wp/v2/tags?slug={}&_fields=id,name,slug", encode(slug))
}
