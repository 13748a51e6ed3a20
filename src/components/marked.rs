//! Text with a search's words marked: how search results show what was
//! found in their titles, summaries and sentences. Text nodes and `<mark>`
//! elements only (the text is the backend's).

use leptos::prelude::*;
use std::sync::Arc;

/// The words a list marks ([`tintuc_fold::words`] of a search), or none.
pub type Terms = Option<Arc<Vec<String>>>;

/// `text`, its parts that are `terms` (whatever their accents or case) in
/// `<mark>`; plain text without terms.
pub fn marked(text: String, terms: &Terms) -> AnyView {
    let Some(words) = terms else {
        return text.into_any();
    };
    let mut parts = Vec::new();
    let mut at = 0;
    for r in tintuc_fold::marks(&text, words) {
        parts.push(text[at..r.start].to_string().into_any());
        parts.push(view! { <mark class="tt-mark">{text[r.clone()].to_string()}</mark> }.into_any());
        at = r.end;
    }
    parts.push(text[at..].to_string().into_any());
    parts.into_any()
}
