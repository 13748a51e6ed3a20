//! The most read, from the WordPress Popular Posts plugin (its REST list,
//! `wordpress-popular-posts/v1/popular-posts`), on a site the config says
//! runs it (`wordpress_popular_posts`); a site without it has none: the
//! categories announce no `most_read`, and asking is
//! [`ApiError::NotFound`] without a request.

use super::map::to_summary;
use super::read::Read;
use super::urls::popular_posts_url;
use super::wire::{decode_posts, WpCategory};
use super::WordPress;
use crate::api::abort::Abort;
use crate::api::backend::fingerprint;
use crate::api::error::ApiError;
use crate::api::models::ArticleSummary;
use crate::api::request::MOST_READ;
use crate::api::transport::Transport;

impl<T: Transport> WordPress<T> {
    /// The most viewed posts of the last seven days, most viewed first, at
    /// most [`MOST_READ`] (the plugin's `limit` is a wish).
    pub(super) async fn most_read(
        &self,
        cats: &[WpCategory],
        abort: &Abort,
    ) -> Result<(u64, Vec<ArticleSummary>, Read), ApiError> {
        if !self.config.wordpress_popular_posts {
            return Err(ApiError::NotFound);
        }
        let url = popular_posts_url(&self.config.api_base);
        let r = self.transport.get(&url, abort).await?;
        let mut items = Vec::new();
        for post in decode_posts(&r.text)?.iter().take(MOST_READ as usize) {
            let mut a = to_summary(post, cats)?;
            self.media.fix_summary(&mut a);
            items.push(a);
        }
        Ok((fingerprint(&r.text), items, Read::of(&url, &r)))
    }
}
