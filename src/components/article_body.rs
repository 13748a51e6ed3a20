use crate::context::content_lang;
use crate::sanitize::Options;
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
#[component]
pub fn ArticleBody(html: String, author: Option<String>) -> impl IntoView {
    let env = use_context::<BodyEnv>();
    let (body, byline_in_body) = body(&html, env.as_ref(), author.as_deref());
    let byline = author
        .filter(|a| !a.trim().is_empty() && !byline_in_body)
        .map(|a| view! { <p class="tt-byline tt-byline--meta" lang=content_lang()>{a}</p> });
    view! {
        {body}
        {byline}
    }
}

fn options<'a>(env: &'a BodyEnv, author: Option<&'a str>) -> Options<'a> {
    Options {
        base: &env.base,
        page_origin: &env.page_origin,
        page_is_https: env.page_is_https,
        author,
    }
}

/// In the browser: the sanitizer's fresh DOM nodes, appended as they are.
#[cfg(target_arch = "wasm32")]
fn body(html: &str, env: Option<&BodyEnv>, author: Option<&str>) -> (impl IntoView, bool) {
    use crate::sanitize::dom::sanitize;
    let body_ref = NodeRef::<leptos::html::Div>::new();
    let sanitized = env.and_then(|env| match sanitize(html, &options(env, author)) {
        Ok(s) => Some(s),
        Err(e) => {
            leptos::logging::error!("sanitizer failed: {e:?}");
            None
        }
    });
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
        view! { <div class="tt-body" lang=content_lang() node_ref=body_ref></div> },
        byline_in_body,
    )
}

/// On the server: the sanitizer's HTML, which parses back to the DOM the
/// browser's sanitizer builds (tests/browser.rs compares them).
#[cfg(not(target_arch = "wasm32"))]
fn body(html: &str, env: Option<&BodyEnv>, author: Option<&str>) -> (impl IntoView, bool) {
    use crate::sanitize::html::sanitize_to_html;
    let s = env.map(|env| sanitize_to_html(html, &options(env, author)));
    let byline_in_body = s.as_ref().is_some_and(|s| s.byline_in_body);
    let html = s.map(|s| s.html).unwrap_or_default();
    (
        view! { <div class="tt-body" lang=content_lang() inner_html=html></div> },
        byline_in_body,
    )
}
