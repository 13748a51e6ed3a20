//! The answers one render used, each beside its request: what the parts of
//! the server's page written outside the app (structured data, the feed
//! link, the photo preload, the status) read back.

use crate::data::Answer;
use std::sync::Arc;
use tintuc::api::request::{Ask, Request};
use tintuc::api::ApiError;

/// Each request a render made, with its answer (`None`: not waited for).
pub type Answers = [(Request, Option<Result<Answer, ApiError>>)];

/// The answer to `ask` among `answers`, typed; `None` when it wasn't asked
/// or failed.
pub fn answer_to<T: Send + Sync + 'static>(answers: &Answers, ask: &Ask<T>) -> Option<Arc<T>> {
    answers.iter().find_map(|(r, a)| match a {
        Some(Ok(a)) if r == ask.request() => ask.downcast(a.value.clone()).ok(),
        _ => None,
    })
}
