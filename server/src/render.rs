//! A page to HTML: the reader's own `App`, rendered by Leptos from answers
//! the server already has (the client's cache, seeded, answers every query
//! at once: nothing waits), written into the client build's `index.html`
//! between its markers, with the data it was rendered from.

use crate::answers::Answers;
use futures::StreamExt;
use hydration_context::SsrSharedContext;
use leptos::prelude::*;
use leptos_meta::ServerMetaContext;
use leptos_router::location::RequestUrl;
use std::sync::Arc;
use tintuc::api::backend::Backend;
use tintuc::api::client::{Client, Env};
use tintuc::api::request::Request;
use tintuc::api::ApiError;
use tintuc::app::{App, Setup};
use tintuc::config::Config;
use tintuc::i18n::Locale;

/// `index.html` cut at its markers: the page goes between them.
pub struct Shell {
    /// Up to `<!--tt:meta-->` (included).
    head_start: String,
    /// What every page's head starts with: the marker that tells the boot
    /// script the page is rendered (and which bundle to load), and that
    /// bundle's preloads.
    head_tags: String,
    /// The same for the snippet builder's page (its own bundle).
    builder_head_tags: String,
    /// From `<!--/tt:meta-->` to `<!--tt:app-->` (both included).
    middle: String,
    /// From `<!--/tt:app-->` (included) to the end.
    end: String,
}

impl Shell {
    /// `bundles` is the build's `bundles.json` (none in a development
    /// build, whose page loads its one bundle itself).
    pub fn parse(
        index: &str,
        language: Locale,
        backend: &str,
        bundles: Option<&serde_json::Value>,
    ) -> Result<Shell, String> {
        let cut = |s: &str, open: &str, close: &str| -> Result<(String, String), String> {
            let a = s.find(open).ok_or_else(|| format!("index.html has no {open} marker"))?;
            let b = s[a..]
                .find(close)
                .map(|b| a + b)
                .ok_or_else(|| format!("index.html has no {close} marker"))?;
            Ok((s[..a + open.len()].to_string(), s[b..].to_string()))
        };
        let (head_start, rest) = cut(index, META_START, "<!--/tt:meta-->")?;
        // (index.html is in Vietnamese.)
        let head_start = in_language(&head_start, Locale::Vi, language).into_owned();
        let (middle, end) = cut(&rest, "<!--tt:app-->", "<!--/tt:app-->")?;
        let attr = tintuc::html::escape_attr;
        let meta = format!(
            "<meta name=\"{}\" content=\"{}\">",
            tintuc::embed::RENDERED_META,
            attr(backend)
        );
        // The bundle web/boot.js will load, preloaded: the reader's; on the
        // snippet builder's page the one with the builder, if built.
        let preload = |name: &str| -> Result<String, String> {
            let Some(b) = bundles else {
                return Ok(String::new());
            };
            let b = b
                .get(name)
                .or_else(|| b.get(backend))
                .or_else(|| b.get("tintuc"))
                .ok_or("bundles.json names no bundle")?;
            let (js, wasm) = (
                b["js"].as_str().unwrap_or_default(),
                b["wasm"].as_str().unwrap_or_default(),
            );
            Ok(format!(
                "<link rel=\"modulepreload\" href=\"{}\" crossorigin=\"anonymous\"><link rel=\"preload\" href=\"{}\" as=\"fetch\" type=\"application/wasm\" crossorigin=\"anonymous\" fetchpriority=\"low\">",
                attr(js),
                attr(wasm)
            ))
        };
        Ok(Shell {
            head_start,
            head_tags: meta.clone() + &preload(backend)?,
            builder_head_tags: meta + &preload(&format!("{backend}-builder"))?,
            middle,
            end,
        })
    }
}

/// A backend for a render: it never fetches (every answer is seeded), and
/// files answers under plain names.
struct Seeded;

impl Backend for Seeded {
    fn key(&self, req: &Request) -> String {
        format!("{req:?}")
    }

    async fn fetch(
        &self,
        _: &Request,
        _: &tintuc::api::abort::Abort,
    ) -> Result<tintuc::api::backend::Fetched, ApiError> {
        Err(ApiError::Aborted)
    }
}

/// Where the head's part that the app replaces starts.
const META_START: &str = "<!--tt:meta-->";

/// What a render needs besides the answers.
pub struct Site {
    pub config: Config,
    pub origin: String,
    pub api_origin: String,
    pub page_is_https: bool,
}

/// `head` (which starts `<html lang="{from}">`) in the language `to`.
fn in_language(head: &str, from: Locale, to: Locale) -> std::borrow::Cow<'_, str> {
    if from == to {
        return head.into();
    }
    let html = |l: Locale| format!("<html lang=\"{}\">", l.code());
    head.replacen(&html(from), &html(to), 1).into()
}

/// The whole document for `href` (path and query), rendered from `answers`
/// (for [`Page::requests`](tintuc::route::Page::requests), in order), with
/// `data` (the embedded JSON) at the end of the body. Blocking: run it off
/// the async workers.
pub fn document(shell: &Shell, site: &Site, lang: Locale, href: &str, answers: &Answers, data: &str) -> String {
    // The reader's language (`crate::language`), else the portal's: the
    // app's own (`tintuc::prefs::initial_locale`) on the server.
    tintuc::i18n::set_locale(lang);
    let head_start = in_language(&shell.head_start, site.config.language, lang);
    let owner = Owner::new_root(Some(Arc::new(SsrSharedContext::new())));
    let (meta, meta_out) = ServerMetaContext::new();
    let body = owner.with(|| {
        provide_context(RequestUrl::new(href));
        provide_context(meta);
        let env = Env {
            clock: std::rc::Rc::new(tintuc::clock::now_ms),
            spawn: std::rc::Rc::new(|_| {}),
            fresh_ms: site.config.cache_fresh_ms,
        };
        let client = Client::new(Seeded, env);
        for (req, answer) in answers {
            match answer {
                Some(Ok(a)) => client.seed(req, a.value.clone(), a.fingerprint, None),
                Some(Err(e)) => client.seed_error(req, e.clone()),
                None => {}
            }
        }
        let setup = Setup {
            config: site.config.clone(),
            client,
            origin: site.origin.clone(),
            api_origin: site.api_origin.clone(),
            page_is_https: site.page_is_https,
        };
        view! { <App setup on_locale=|| {} /> }.to_html()
    });
    let head = futures::executor::block_on(async {
        meta_out
            .inject_meta_context(futures::stream::iter(["</head>".to_string()]))
            .await
            .collect::<Vec<String>>()
            .await
            .concat()
    });
    drop(owner);
    let head = head.strip_suffix("</head>").unwrap_or(&head);
    let mut out = String::with_capacity(head_start.len() + head.len() + body.len() + data.len() + 4096);
    // The structured data before the part the app replaces: it stays.
    let ld = crate::structured::script(&site.config, &site.origin, answers);
    match head_start.strip_suffix(META_START) {
        Some(before) if !ld.is_empty() => {
            out.push_str(before);
            out.push_str(&ld);
            out.push_str(META_START);
        }
        _ => out.push_str(&head_start),
    }
    // The first screen's photo before the bundle: the reader's article
    // comes first (the WASM is asked for at low priority as well).
    out.push_str(&crate::lcp::preload(href, answers));
    // Before the boot script: it sees that the page is here already.
    out.push_str(if href == tintuc::route::embed_builder() {
        &shell.builder_head_tags
    } else {
        &shell.head_tags
    });
    out.push_str(head);
    out.push_str(&crate::feed_link::feed_link(&site.config, href, answers));
    out.push_str(&shell.middle);
    out.push_str(&body);
    out.push_str("<script type=\"application/json\" id=\"");
    out.push_str(tintuc::embed::SCRIPT_ID);
    out.push_str("\">");
    out.push_str(data);
    out.push_str("</script>");
    out.push_str(&shell.end);
    out
}
