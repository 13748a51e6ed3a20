//! The only place that performs HTTP: one GET, with abort and timeout, mapped
//! to [`ApiError`]. Bodies are read as text and decoded by the caller so a
//! decode error can say what was wrong.

use super::error::{parse_retry_after, ApiError};
use gloo_net::http::Request;
use std::cell::Cell;
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use web_sys::AbortController;

/// Cancels one request: when its page goes away, when the reader navigates
/// elsewhere, or when it has taken too long.
#[derive(Clone)]
pub struct Abort {
    controller: Option<AbortController>,
    timed_out: Rc<Cell<bool>>,
}

impl Abort {
    pub fn new() -> Self {
        Abort {
            controller: AbortController::new().ok(),
            timed_out: Rc::default(),
        }
    }

    /// Harmless on a request that has finished; one `Abort` may serve the
    /// several requests of one answer (WordPress's other news).
    pub fn abort(&self) {
        if let Some(c) = &self.controller {
            c.abort();
        }
    }

    pub fn is_aborted(&self) -> bool {
        self.controller.as_ref().is_some_and(|c| c.signal().aborted())
    }

    fn error_for_js(&self, e: impl std::fmt::Display) -> ApiError {
        if self.timed_out.get() {
            ApiError::Timeout
        } else if self.is_aborted() {
            ApiError::Aborted
        } else {
            ApiError::Network(e.to_string())
        }
    }
}

impl Default for Abort {
    fn default() -> Self {
        Abort::new()
    }
}

#[wasm_bindgen]
extern "C" {
    // The timer id as the page's own timers give it: not always an i32
    // (web-sys's type), and a truncated id would clear nothing.
    #[wasm_bindgen(js_name = setTimeout)]
    fn set_timeout(callback: &JsValue, ms: i32) -> JsValue;
    #[wasm_bindgen(js_name = clearTimeout)]
    fn clear_timeout(id: &JsValue);
}

/// Clears its timer when the request ends, however it ends, and frees its
/// callback (a `once_into_js` callback that never fires is never freed: one
/// leak per request).
struct Timer {
    id: JsValue,
    _callback: Closure<dyn FnMut()>,
}

impl Drop for Timer {
    fn drop(&mut self) {
        clear_timeout(&self.id);
    }
}

fn start_timer(abort: &Abort, timeout_ms: u32) -> Timer {
    let a = abort.clone();
    let callback = Closure::<dyn FnMut()>::new(move || {
        a.timed_out.set(true);
        a.abort();
    });
    let id = set_timeout(callback.as_ref(), timeout_ms.min(i32::MAX as u32) as i32);
    Timer {
        id,
        _callback: callback,
    }
}

/// Larger answers are refused unread (the largest real page is ~100 KB).
pub const MAX_BODY_BYTES: u64 = 8 * 1024 * 1024;

/// An HTTP answer, whatever its status.
struct Answer {
    status: u16,
    retry_after: Option<String>,
    text: String,
    total: Option<u64>,
}

/// A 2xx answer: its body, and the item count WordPress sends as a header
/// (`X-WP-Total`), when the server lets the page read it.
pub struct Reply {
    pub text: String,
    pub total: Option<u64>,
}

/// GETs `url` and returns the body of a 2xx answer as text.
pub async fn get_text(url: &str, abort: &Abort, timeout_ms: u32) -> Result<String, ApiError> {
    get(url, abort, timeout_ms).await.map(|r| r.text)
}

/// GETs `url`: the body and the item count of a 2xx answer.
pub async fn get(url: &str, abort: &Abort, timeout_ms: u32) -> Result<Reply, ApiError> {
    let _timer = start_timer(abort, timeout_ms);
    let answer = match take_early(url).await {
        Some(a) => Ok(a),
        None => fetch(url, abort).await,
    };
    let a = answer?;
    match a.status {
        200..=299 => Ok(Reply {
            text: a.text,
            total: a.total,
        }),
        404 | 410 => Err(ApiError::NotFound),
        code => Err(ApiError::Status {
            code,
            retry_after: parse_retry_after(a.retry_after.as_deref()),
        }),
    }
}

async fn fetch(url: &str, abort: &Abort) -> Result<Answer, ApiError> {
    // Built by hand and handed to gloo-net: its RequestBuilder rewrites a URL
    // that has a query (`?a=1` becomes `?a=1&`), which defeats URL-keyed
    // caches, ours included.
    let init = web_sys::RequestInit::new();
    if let Some(c) = &abort.controller {
        init.set_signal(Some(&c.signal()));
    }
    let raw = web_sys::Request::new_with_str_and_init(url, &init).map_err(|e| abort.error_for_js(js_message(&e)))?;
    let _ = raw.headers().set("Accept", "application/json");
    let resp = Request::from(raw).send().await.map_err(|e| abort.error_for_js(e))?;
    let status = resp.status();
    let retry_after = resp.headers().get("retry-after");
    let total = resp.headers().get("x-wp-total").and_then(|t| t.trim().parse().ok());
    // A body this large is not an answer to our question: refuse it before
    // reading it into memory.
    let length = resp
        .headers()
        .get("content-length")
        .and_then(|l| l.trim().parse::<u64>().ok());
    if length.is_some_and(|l| l > MAX_BODY_BYTES) {
        return Err(ApiError::Decode(format!(
            "response of {} bytes is too large",
            length.unwrap_or(0)
        )));
    }
    // Error bodies are not read: nothing in them is shown.
    let text = if (200..300).contains(&status) {
        // The answer began but its body broke off: what arrived can't be read.
        resp.text().await.map_err(|e| match abort.error_for_js(e) {
            ApiError::Network(m) => ApiError::Decode(format!("the answer was cut off: {m}")),
            other => other,
        })?
    } else {
        String::new()
    };
    Ok(Answer {
        status,
        retry_after,
        text,
        total,
    })
}

fn js_message(e: &JsValue) -> String {
    e.as_string()
        .unwrap_or_else(|| String::from(js_sys::Error::from(e.clone()).message()))
}

/// The answer `index.html`'s boot script fetched for `url` before the app
/// started (web/boot.js), taken once. `None` if there is none or it failed:
/// the caller then fetches as usual.
async fn take_early(url: &str) -> Option<Answer> {
    use js_sys::Reflect;
    let window = JsValue::from(web_sys::window()?);
    let early = Reflect::get(&Reflect::get(&window, &"__tt".into()).ok()?, &"early".into()).ok()?;
    let key = JsValue::from_str(url);
    let promise = Reflect::get(&early, &key).ok()?.dyn_into::<js_sys::Promise>().ok()?;
    let _ = Reflect::delete_property(early.unchecked_ref::<js_sys::Object>(), &key);
    let v = wasm_bindgen_futures::JsFuture::from(promise).await.ok()?;
    let field = |name: &str| Reflect::get(&v, &name.into()).ok();
    Some(Answer {
        status: field("status")?.as_f64()? as u16,
        retry_after: field("retryAfter").and_then(|r| r.as_string()),
        text: field("text")?.as_string()?,
        total: None,
    })
}
