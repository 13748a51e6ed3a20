//! Reading without a network, the app's side (the service worker is
//! `web/sw.js`, registered by `web/boot.js`): the articles the reader saved
//! ("Lưu bài") and those read lately, listed from `localStorage` (the
//! contract's summary JSON, read back by its own decoder); saving one asks
//! the worker to keep its answers and photos; and whether a new release
//! waits ("Có phiên bản mới").
//!
//! Where service workers are missing (some private modes, old browsers)
//! nothing here shows: no button, no list, no prompt.

use crate::api::decode::decode_other_news;
use crate::api::models::{Article, ArticleSummary, Image};
use crate::prefs;
use crate::timefmt::Zone;
use leptos::prelude::*;

/// The saved articles' summaries, newest first.
pub const SAVED_KEY: &str = "tintuc.saved";
/// The articles read lately, newest first: what the offline page offers.
pub const READ_KEY: &str = "tintuc.read";
/// How many read articles are listed (the worker keeps more).
pub const MAX_READ: usize = 20;

/// The saved articles, for every page (the menu counts them).
#[derive(Clone, Copy)]
pub struct Saved(pub RwSignal<Vec<ArticleSummary>>);

pub fn provide_saved() {
    provide_context(Saved(RwSignal::new(list(SAVED_KEY))));
}

pub fn use_saved() -> RwSignal<Vec<ArticleSummary>> {
    use_context::<Saved>()
        .map(|s| s.0)
        .unwrap_or_else(|| RwSignal::new(Vec::new()))
}

/// Whether this browser can keep pages for offline reading: boot.js found
/// service workers (the server renders for none).
pub fn supported() -> bool {
    #[cfg(target_arch = "wasm32")]
    return tt("post").is_function();
    #[cfg(not(target_arch = "wasm32"))]
    false
}

#[cfg(target_arch = "wasm32")]
fn tt(name: &str) -> wasm_bindgen::JsValue {
    use js_sys::Reflect;
    Reflect::get(&window(), &"__tt".into())
        .and_then(|tt| Reflect::get(&tt, &name.into()))
        .unwrap_or_default()
}

/// Calls boot.js's `__tt[name](arg)`, if it is there.
#[cfg(target_arch = "wasm32")]
fn call(name: &str, arg: &wasm_bindgen::JsValue) {
    use wasm_bindgen::JsCast;
    if let Ok(f) = tt(name).dyn_into::<js_sys::Function>() {
        let _ = f.call1(&wasm_bindgen::JsValue::NULL, arg);
    }
}

/// A message for the worker: `{type, slug, …}`, lists of strings.
#[cfg(target_arch = "wasm32")]
fn message(kind: &str, fields: &[(&str, &wasm_bindgen::JsValue)]) -> wasm_bindgen::JsValue {
    let m = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&m, &"type".into(), &kind.into());
    for (k, v) in fields {
        let _ = js_sys::Reflect::set(&m, &(*k).into(), v);
    }
    m.into()
}

#[cfg(target_arch = "wasm32")]
fn strings(items: &[String]) -> wasm_bindgen::JsValue {
    items
        .iter()
        .map(|s| wasm_bindgen::JsValue::from_str(s))
        .collect::<js_sys::Array>()
        .into()
}

/// The list kept under `key` (empty when there is none or it is unreadable).
pub fn list(key: &str) -> Vec<ArticleSummary> {
    prefs::load(key)
        .and_then(|t| decode_other_news(&t).ok())
        .unwrap_or_default()
}

/// Keeps `items` under `key` (a full or forbidden storage keeps nothing).
fn keep(key: &str, items: &[ArticleSummary]) {
    prefs::save(key, &encode(items));
}

/// An article's card: what a list of saved or read articles shows. The
/// photo without its other sizes: the one kept is the one shown.
pub fn summary_of(a: &Article) -> ArticleSummary {
    ArticleSummary {
        slug: a.slug.clone(),
        title: a.title.clone(),
        summary: a.summary.clone(),
        published_at: a.published_at,
        category: a.category.clone(),
        thumbnail: a.thumbnail.as_ref().map(|i| Image {
            variants: Vec::new(),
            ..i.clone()
        }),
    }
}

/// `item` first in `items`, once, at most `max` of them.
pub fn put_first(items: &mut Vec<ArticleSummary>, item: ArticleSummary, max: usize) {
    items.retain(|i| i.slug != item.slug);
    items.insert(0, item);
    items.truncate(max);
}

/// Saves `a` for offline reading: listed here, and the worker keeps its
/// answers (`urls`) and photos (`images`) until it is removed.
pub fn save(saved: RwSignal<Vec<ArticleSummary>>, a: &Article, urls: Vec<String>, mut images: Vec<String>) {
    let summary = summary_of(a);
    if let Some(t) = &summary.thumbnail {
        images.push(t.url.clone());
    }
    saved.update(|s| put_first(s, summary, usize::MAX));
    keep(SAVED_KEY, &saved.get_untracked());
    #[cfg(target_arch = "wasm32")]
    call(
        "post",
        &message(
            "tt-save",
            &[
                ("slug", &a.slug.as_str().into()),
                ("urls", &strings(&urls)),
                ("images", &strings(&images)),
            ],
        ),
    );
    #[cfg(not(target_arch = "wasm32"))]
    let _ = (urls, images);
}

/// Removes `slug` from the saved articles; the worker lets go of what only
/// it needed.
pub fn unsave(saved: RwSignal<Vec<ArticleSummary>>, slug: &str) {
    saved.update(|s| s.retain(|i| i.slug != slug));
    let left = saved.get_untracked();
    keep(SAVED_KEY, &left);
    #[cfg(target_arch = "wasm32")]
    {
        let slugs: Vec<String> = left.iter().map(|i| i.slug.clone()).collect();
        call("post", &message("tt-keep", &[("slugs", &strings(&slugs))]));
    }
}

/// Notes that `a` was read (where pages can be kept for offline reading).
pub fn remember_read(a: &Article) {
    if supported() {
        let mut read = list(READ_KEY);
        put_first(&mut read, summary_of(a), MAX_READ);
        keep(READ_KEY, &read);
    }
}

/// Whether the service worker took this page over after it loaded (its
/// first install): what the page showed was fetched without it.
pub fn claimed() -> bool {
    #[cfg(target_arch = "wasm32")]
    return tt("claimed").is_truthy();
    #[cfg(not(target_arch = "wasm32"))]
    false
}

/// Whether a service worker controls this page (its requests go through
/// it, and what they fetch is kept).
pub fn controlled() -> bool {
    #[cfg(target_arch = "wasm32")]
    return js_sys::Reflect::get(&window().navigator(), &"serviceWorker".into())
        .and_then(|sw| js_sys::Reflect::get(&sw, &"controller".into()))
        .is_ok_and(|c| c.is_truthy());
    #[cfg(not(target_arch = "wasm32"))]
    false
}

/// Has the service worker keep what `page` shows: asked again through it
/// (an answer fetched before it controlled the page, or by the server, was
/// never seen by it). `delay_ms` lets the page settle first.
pub fn keep_page(client: &crate::api::client::Client, page: &crate::route::Page, delay_ms: u64) {
    let (client, reqs, scope) = (client.clone(), page.requests(), page.href());
    set_timeout(
        move || {
            for r in &reqs {
                client.refresh(r, &scope);
            }
        },
        std::time::Duration::from_millis(delay_ms),
    );
}

/// A new release of the app waits to take over: boot.js saw it installed,
/// now or later (`tt-update`). Reactive.
pub fn update_ready() -> Signal<bool> {
    #[cfg(target_arch = "wasm32")]
    {
        let ready = RwSignal::new(tt("waiting").is_truthy());
        let h = window_event_listener_untyped("tt-update", move |_| ready.set(true));
        on_cleanup(move || h.remove());
        ready.into()
    }
    #[cfg(not(target_arch = "wasm32"))]
    Signal::stored(false)
}

/// Lets the waiting release take over, and reloads into it.
pub fn update() {
    #[cfg(target_arch = "wasm32")]
    call("update", &wasm_bindgen::JsValue::UNDEFINED);
}

/// Whether a failure means: offline, and this was never kept here.
pub fn is_offline_miss(e: &crate::api::ApiError) -> bool {
    #[cfg(target_arch = "wasm32")]
    return supported() && e.kind() == crate::api::ErrorKind::Offline && !window().navigator().on_line();
    #[cfg(not(target_arch = "wasm32"))]
    {
        let _ = e;
        false
    }
}

/// Summaries as the contract writes a list of them (`{"items": […]}`), so
/// its own decoder reads them back.
pub fn encode(items: &[ArticleSummary]) -> String {
    let mut out = String::from("{\"items\":[");
    for (n, a) in items.iter().enumerate() {
        if n > 0 {
            out.push(',');
        }
        out.push('{');
        field(&mut out, "slug", &a.slug);
        out.push(',');
        field(&mut out, "title", &a.title);
        out.push(',');
        field(&mut out, "published_at", &a.published_at.to_rfc3339(Zone(0)));
        if let Some(s) = &a.summary {
            out.push(',');
            field(&mut out, "summary", s);
        }
        if let Some(c) = &a.category {
            out.push_str(",\"category\":{");
            field(&mut out, "slug", &c.slug);
            out.push(',');
            field(&mut out, "name", &c.name);
            out.push('}');
        }
        if let Some(i) = &a.thumbnail {
            out.push_str(",\"thumbnail\":{");
            field(&mut out, "url", &i.url);
            if let Some(alt) = &i.alt {
                out.push(',');
                field(&mut out, "alt", alt);
            }
            for (k, v) in [("width", i.width), ("height", i.height)] {
                if let Some(v) = v {
                    out.push_str(&format!(",\"{k}\":{v}"));
                }
            }
            out.push('}');
        }
        out.push('}');
    }
    out.push_str("]}");
    out
}

fn field(out: &mut String, key: &str, value: &str) {
    out.push('"');
    out.push_str(key);
    out.push_str("\":\"");
    for c in value.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            c if (c as u32) < 0x20 => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
}
