//! The data a server-rendered page was rendered from, embedded in it as
//! JSON (`<script type="application/json" id="tt-data">`), so that the
//! browser's app starts from exactly that (no second fetch, the same DOM):
//!
//! ```json
//! {"now": 1612510740000, "config": {…config.json…},
//!  "answers": [{"ok": {…model…}, "fp": "9f3a…"}, {"err": {"kind": "status", "code": 503}}, null]}
//! ```
//!
//! `answers` follow [`Page::requests`](crate::route::Page::requests) for the
//! page's address; models are in tintuc's contract form whatever backend
//! the server used. The server writes it ([`write`]), the client reads it
//! ([`read`], browser only).

#[cfg(target_arch = "wasm32")]
use crate::api::error::ErrorParts;
#[cfg(not(target_arch = "wasm32"))]
use crate::api::request::{Erased, Request};

use crate::api::ApiError;

/// The id of the script element that carries the data.
pub const SCRIPT_ID: &str = "tt-data";
/// The id of the server page's structured data (`application/ld+json`),
/// which the app keeps when it takes over and drops on its first
/// navigation (it describes the page the server rendered).
pub const LD_ID: &str = "tt-ld";

/// The `<meta name>` that says a page was rendered by the server, and for
/// which backend (the boot script then asks nothing early).
pub const RENDERED_META: &str = "tintuc-rendered";

/// The `<meta name>` the service worker adds to a server's page it kept and
/// serves without a network: when the page came (ms since the epoch). Its
/// data is then shown as a copy ("Cập nhật lúc …") and asked for again.
pub const COPY_META: &str = "tintuc-copy";

/// One embedded answer: the model's JSON text (contract form) and the
/// fingerprint of what the backend sent, or the failure.
pub type Answer = Option<Result<(String, u64), ApiError>>;

/// What a server-rendered page says about itself.
pub struct Start {
    pub now_ms: f64,
    /// config.json as the server read it.
    pub config: String,
    pub answers: Vec<Answer>,
    /// When the page came, if it is a copy the service worker kept.
    pub copy_at: Option<f64>,
}

/// JSON text made safe inside `<script>`: nothing in it can close the
/// element or open a comment, and U+2028/2029 are escaped as old parsers
/// want (all of these can only occur inside JSON strings, where `\uXXXX` is
/// the same character).
pub fn script_safe(json: &str) -> String {
    let mut out = String::with_capacity(json.len() + 16);
    for c in json.chars() {
        match c {
            '<' => out.push_str("\\u003c"),
            '>' => out.push_str("\\u003e"),
            '&' => out.push_str("\\u0026"),
            '\u{2028}' => out.push_str("\\u2028"),
            '\u{2029}' => out.push_str("\\u2029"),
            c => out.push(c),
        }
    }
    out
}

/// The model of `value` (an answer to `req`) as the contract's JSON.
#[cfg(not(target_arch = "wasm32"))]
pub fn model_json(req: &Request, value: &Erased) -> Option<serde_json::Value> {
    use crate::api::models::{Article, ArticlePage, ArticleSummary, CategoryList};
    use serde_json::to_value;
    match req {
        Request::Categories => to_value(value.downcast_ref::<CategoryList>()?).ok(),
        Request::Articles { .. } | Request::Search { .. } | Request::Topic { .. } => {
            to_value(value.downcast_ref::<ArticlePage>()?).ok()
        }
        Request::Article(_) => to_value(value.downcast_ref::<Article>()?).ok(),
        Request::OtherNews(_) | Request::MostRead => {
            let items = value.downcast_ref::<Vec<ArticleSummary>>()?;
            Some(serde_json::json!({ "items": to_value(items).ok()? }))
        }
    }
}

/// The data script's content for a page rendered at `now_ms` from
/// `answers` (in [`Page::requests`](crate::route::Page::requests) order;
/// each a model's JSON text, as [`model_json`] writes it, and its
/// fingerprint).
#[cfg(not(target_arch = "wasm32"))]
pub fn write(config: &serde_json::Value, now_ms: f64, answers: &[Option<Result<(&str, u64), &ApiError>>]) -> String {
    use serde_json::json;
    let mut out = format!("{{\"now\":{},\"config\":{config},\"answers\":[", now_ms.round());
    for (i, answer) in answers.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        match answer {
            Some(Ok((model, fp))) => {
                out.push_str("{\"ok\":");
                out.push_str(model);
                out.push_str(&format!(",\"fp\":\"{fp:x}\"}}"));
            }
            Some(Err(e)) => {
                let p = e.to_parts();
                let err = json!({ "kind": p.kind, "code": p.code, "retry_after": p.retry_after, "message": p.message });
                out.push_str(&format!("{{\"err\":{err}}}"));
            }
            None => out.push_str("null"),
        }
    }
    out.push_str("]}");
    script_safe(&out)
}

/// The data of the page the browser shows, if the server rendered it.
#[cfg(target_arch = "wasm32")]
pub fn read() -> Option<Start> {
    use js_sys::{Reflect, JSON};
    use wasm_bindgen::JsValue;
    let script = web_sys::window()?.document()?.get_element_by_id(SCRIPT_ID)?;
    let data = JSON::parse(&script.text_content()?).ok()?;
    let get = |v: &JsValue, k: &str| {
        Reflect::get(v, &JsValue::from_str(k))
            .ok()
            .filter(|v| !v.is_undefined() && !v.is_null())
    };
    let text = |v: &JsValue| JSON::stringify(v).ok().and_then(|s| s.as_string());
    let answers = js_sys::Array::from(&get(&data, "answers")?)
        .iter()
        .map(|a| {
            if let Some(ok) = get(&a, "ok") {
                let fp = get(&a, "fp")
                    .and_then(|f| f.as_string())
                    .and_then(|f| u64::from_str_radix(&f, 16).ok())
                    .unwrap_or(0);
                return Some(Ok((text(&ok)?, fp)));
            }
            let err = get(&a, "err")?;
            let field = |k: &str| get(&err, k);
            Some(Err(ApiError::from_parts(ErrorParts {
                kind: field("kind").and_then(|k| k.as_string()).unwrap_or_default(),
                code: field("code").and_then(|c| c.as_f64()).map(|c| c as u16),
                retry_after: field("retry_after").and_then(|c| c.as_f64()).map(|c| c as u32),
                message: field("message").and_then(|m| m.as_string()),
            })))
        })
        .collect();
    Some(Start {
        now_ms: get(&data, "now")?.as_f64()?,
        config: text(&get(&data, "config")?)?,
        answers,
        copy_at: web_sys::window()?
            .document()?
            .query_selector(&format!("meta[name=\"{COPY_META}\"]"))
            .ok()
            .flatten()
            .and_then(|m| m.get_attribute("content"))
            // (The browser's parser: Rust's f64 parsing costs the bundle
            // kilobytes.)
            .map(|c| js_sys::Number::parse_float(&c))
            .filter(|at| *at > 0.0 && *at < f64::INFINITY),
    })
}
