//! A topic (`/chu-de/<slug>`): a WordPress tag, looked up by its slug.
//! The reader's alone (the partner widget lists no topic).

use super::read::Read;
use super::urls::tag_url;
use super::wire::decode_tag;
use super::WordPress;
use crate::api::abort::Abort;
use crate::api::backend::fingerprint;
use crate::api::error::ApiError;
use crate::api::models::CategoryRef;
use crate::api::transport::Transport;
use crate::percent::decode;
use crate::text::html_to_text;

/// A tag: its id (what posts are filtered by), the topic as the page names
/// it, and the fingerprint and source of the answer it was read from.
pub(super) struct Tag {
    pub id: u64,
    pub topic: CategoryRef,
    pub fingerprint: u64,
    pub read: Read,
}

impl<T: Transport> WordPress<T> {
    /// The tag `slug` names; an unknown one is [`ApiError::NotFound`].
    pub(super) async fn tag(&self, slug: &str, abort: &Abort) -> Result<Tag, ApiError> {
        let url = tag_url(&self.config.api_base, slug);
        let r = self.transport.get(&url, abort).await?;
        // WordPress reads `slug=` loosely (split at commas, lowercased,
        // accents removed): only the tag spelled as asked is this topic, or
        // every spelling of an address would be a page of its own.
        let tag = decode_tag(&r.text)?
            .pop()
            .filter(|t| t.slug == slug || decode(&t.slug) == slug)
            .ok_or(ApiError::NotFound)?;
        Ok(Tag {
            id: tag.id,
            topic: CategoryRef {
                slug: tag.slug,
                name: html_to_text(&tag.name),
            },
            fingerprint: fingerprint(&r.text),
            read: Read::of(&url, &r),
        })
    }
}
