//! The article body, through the sanitizer, and its byline.

use crate::sanitize::dom::Options;
use leptos::prelude::*;

/// Where bodies are shown and where their relative URLs point; provided once
/// by the app.
#[derive(Clone, Debug)]
pub struct BodyEnv {
    pub base: String,
    pub page_origin: String,
    pub page_is_https: bool,
}

/// The article body exactly as the CMS wrote it, through the sanitizer; then
/// the byline, unless the editor already typed it at the end of the body.
/// In the browser the sanitizer builds DOM nodes; on the server it writes
/// the same DOM as HTML.
#[component]
pub fn ArticleBody(html: String, author: Option<String>) -> impl IntoView {
    let env = use_context::<BodyEnv>().unwrap_or(BodyEnv {
        base: String::new(),
        page_origin: String::new(),
        page_is_https: false,
    });
    let opts = Options {
        base: &env.base,
        page_origin: &env.page_origin,
        page_is_https: env.page_is_https,
        author: author.as_deref(),
    };
    let (body, byline_in_body) = body(&html, &opts);
    let byline = author
        .filter(|a| !a.trim().is_empty() && !byline_in_body)
        .map(|a| view! { <p class="tt-byline tt-byline--meta">{a}</p> });
    view! {
        {body}
        {byline}
    }
}

#[cfg(target_arch = "wasm32")]
fn body(html: &str, opts: &Options) -> (AnyView, bool) {
    let body_ref = NodeRef::<leptos::html::Div>::new();
    let sanitized = match crate::sanitize::dom::sanitize(html, opts) {
        Ok(s) => Some(s),
        Err(e) => {
            leptos::logging::error!("sanitizer failed: {e:?}");
            None
        }
    };
    let byline_in_body = sanitized.as_ref().is_some_and(|s| s.byline_in_body);
    if let Some(s) = sanitized {
        let fragment = s.fragment;
        body_ref.on_load(move |el| {
            // The renderer reuses this element when one article replaces
            // another: clear it, or the old body would stay above the new.
            el.set_text_content(None);
            let _ = el.append_child(&fragment);
        });
    }
    (
        view! { <div class="tt-body" node_ref=body_ref></div> }.into_any(),
        byline_in_body,
    )
}

#[cfg(not(target_arch = "wasm32"))]
fn body(html: &str, opts: &Options) -> (AnyView, bool) {
    let s = crate::sanitize::html::sanitize_to_html(html, opts);
    (
        view! { <div class="tt-body" inner_html=s.html></div> }.into_any(),
        s.byline_in_body,
    )
}
