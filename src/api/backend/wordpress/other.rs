//! "Các tin tức khác" under an article: in the portal convention (scope
//! `category`), the posts sharing a topic (a tag) with it first, then its
//! category's, each once; else (`latest`) the latest posts.

use super::read::Read;
use super::urls::{post_ids_url, PostQuery};
use super::wire::{decode_post_ids, WpCategory};
use super::WordPress;
use crate::api::abort::Abort;
use crate::api::error::ApiError;
use crate::api::models::limits::MAX_OTHER_NEWS;
use crate::api::models::ArticleSummary;
use crate::api::transport::Transport;
use crate::config::OtherNewsScope;

impl<T: Transport> WordPress<T> {
    /// The other news of the article `slug` (an unknown one is
    /// [`ApiError::NotFound`]), at most `other_news_limit`.
    pub(super) async fn other_news(
        &self,
        cats: &[WpCategory],
        slug: &str,
        abort: &Abort,
    ) -> Result<(u64, Vec<ArticleSummary>, Read), ApiError> {
        let c = &self.config;
        let url = post_ids_url(&c.api_base, slug);
        let r = self.transport.get(&url, abort).await?;
        let mut read = Read::of(&url, &r);
        let ids = decode_post_ids(&r.text)?;
        let post = ids.first().ok_or(ApiError::NotFound)?;
        let limit = (c.other_news_limit as usize).min(MAX_OTHER_NEWS);
        let q = PostQuery {
            page: 1,
            per_page: c.other_news_limit,
            exclude: Some(post.id),
            ..PostQuery::default()
        };
        let by_category = c.other_news_scope == OtherNewsScope::Category;
        // The posts with any of its tags (WordPress ORs them); topics are
        // the reader's alone (the widget lists no other news).
        #[cfg(feature = "ui")]
        let tagged = (by_category && !post.tags.is_empty()).then(|| PostQuery {
            tags: &post.tags,
            ..q.clone()
        });
        #[cfg(not(feature = "ui"))]
        let tagged = None;
        // The category the article shows (the first the menu knows).
        let category = post
            .categories
            .iter()
            .copied()
            .find(|id| by_category && cats.iter().any(|c| c.id == *id));
        let (mut fp, mut items) = (0, Vec::new());
        // One list after the other, until there are enough (no adapter
        // over the array: ~200 B of the bundle).
        for q in [tagged, Some(PostQuery { category, ..q })] {
            let Some(q) = q.filter(|_| items.len() < limit) else {
                continue;
            };
            let (f, page, r) = self.list(q, cats, abort).await?;
            fp ^= f;
            read = read.and(r);
            for a in page.items {
                if !items.iter().any(|i: &ArticleSummary| i.slug == a.slug) {
                    items.push(a);
                }
            }
        }
        items.truncate(limit);
        Ok((fp, items, read))
    }
}
