//! Lists of posts: the latest, of a category by its slug, a page past the
//! end as an empty page (as tintuc's contract answers it).

use super::map::to_page;
use super::read::Read;
use super::urls::{posts_url, PostQuery};
use super::wire::{decode_posts, WpCategory};
use super::WordPress;
use crate::api::abort::Abort;
use crate::api::backend::fingerprint;
use crate::api::error::ApiError;
use crate::api::models::ArticlePage;
use crate::api::request::Request;
use crate::api::transport::Transport;

impl<T: Transport> WordPress<T> {
    /// A page of the latest posts, of one category (by its slug: an unknown
    /// one is [`ApiError::NotFound`]) or of all, and its fingerprint:
    /// [`Request::Articles`] alone (the partner widget's one question: it
    /// links nothing of the others).
    pub async fn articles(
        &self,
        category: Option<&str>,
        page: u32,
        abort: &Abort,
    ) -> Result<(u64, ArticlePage), ApiError> {
        let (_, cats, _) = self.read_categories(abort).await?;
        let (fp, page, _) = self.articles_in(&cats, category, page, abort).await?;
        Ok((fp, page))
    }

    /// The reader's lists ([`Request::Articles`], [`Request::Search`],
    /// [`Request::Topic`]) through one list call (each call is code of its
    /// own in the bundle): a topic's names its topic, and changes when the
    /// topic is renamed.
    pub(super) async fn list_of(
        &self,
        cats: &[WpCategory],
        req: &Request,
        abort: &Abort,
    ) -> Result<(u64, ArticlePage, Read), ApiError> {
        #[cfg(feature = "ui")]
        let mut tag = None;
        #[cfg(feature = "ui")]
        let ids: [u64; 1];
        let mut q = PostQuery {
            per_page: self.config.page_size,
            ..PostQuery::default()
        };
        match req {
            Request::Articles { category, page } => {
                q.page = *page;
                q.category = category_id(cats, category.as_deref())?;
            }
            Request::Search { q: words, page } => {
                q.page = *page;
                q.search = Some(words);
            }
            #[cfg(feature = "ui")]
            Request::Topic { slug, page } => {
                let t = self.tag(slug, abort).await?;
                ids = [t.id];
                q.page = *page;
                q.tags = &ids;
                tag = Some(t);
            }
            _ => return Err(ApiError::NotFound),
        }
        #[allow(unused_mut)]
        let (mut fp, mut list, mut read) = self.list(q, cats, abort).await?;
        #[cfg(feature = "ui")]
        if let Some(t) = tag {
            fp ^= t.fingerprint;
            read = t.read.and(read);
            list.tag = Some(t.topic);
        }
        Ok((fp, list, read))
    }

    pub(super) async fn articles_in(
        &self,
        cats: &[WpCategory],
        category: Option<&str>,
        page: u32,
        abort: &Abort,
    ) -> Result<(u64, ArticlePage, Read), ApiError> {
        let q = PostQuery {
            page,
            per_page: self.config.page_size,
            category: category_id(cats, category)?,
            ..PostQuery::default()
        };
        self.list(q, cats, abort).await
    }

    /// One list of posts, as a page. A page past the end is an error 400 in
    /// WordPress; here it is an empty page, as in tintuc's contract.
    pub(super) async fn list(
        &self,
        q: PostQuery<'_>,
        cats: &[WpCategory],
        abort: &Abort,
    ) -> Result<(u64, ArticlePage, Read), ApiError> {
        let url = posts_url(&self.config.api_base, &q);
        match self.transport.get(&url, abort).await {
            Ok(r) => {
                let posts = decode_posts(&r.text)?;
                if r.total.is_none() {
                    warn_hidden_total();
                }
                let mut page = to_page(&posts, cats, q.page, q.per_page, r.total)?;
                self.media.fix_page(&mut page);
                // A search's results carry the sentence of each body that
                // holds the words (WordPress matches them anywhere; a body
                // without them as a phrase has none).
                #[cfg(feature = "ui")]
                if let Some(s) = q.search {
                    let words = tintuc_fold::words(s);
                    for (item, post) in page.items.iter_mut().zip(&posts) {
                        item.found = post
                            .content
                            .as_ref()
                            .and_then(|c| tintuc_fold::sentence_with(&crate::text::html_to_text(&c.rendered), &words));
                    }
                }
                Ok((fingerprint(&r.text), page, Read::of(&url, &r)))
            }
            Err(ApiError::Status { code: 400, .. }) if q.page > 1 => Ok((
                0,
                ArticlePage {
                    items: vec![],
                    page: q.page,
                    per_page: q.per_page,
                    total: u64::from(q.page - 1) * u64::from(q.per_page),
                    total_known: false,
                    tag: None,
                },
                Read::none(),
            )),
            Err(e) => Err(e),
        }
    }
}

/// The id of the category `slug` names (an unknown one is
/// [`ApiError::NotFound`]); `None` for the latest of all.
fn category_id(cats: &[WpCategory], slug: Option<&str>) -> Result<Option<u64>, ApiError> {
    match slug {
        Some(slug) => cats
            .iter()
            .find(|c| c.slug == slug)
            .map(|c| Some(c.id))
            .ok_or(ApiError::NotFound),
        None => Ok(None),
    }
}

/// Said once a visit, not on every list.
fn warn_hidden_total() {
    static WARNED: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);
    if !WARNED.swap(true, std::sync::atomic::Ordering::Relaxed) {
        crate::log::warn(
            "tintuc: the WordPress site does not let this page read X-WP-Total (CORS \
             Access-Control-Expose-Headers); paging forward and back still works, without page numbers",
        );
    }
}
