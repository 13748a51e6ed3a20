//! The browser's `fetch`, with an `AbortController` and a timer; and the
//! answers `index.html`'s boot script fetched before the WASM arrived
//! (`web/boot.js`), taken by URL instead of asking again.

use super::{check_status, copy_time, Reply, Transport, CACHED_AT, MAX_BODY_BYTES};
use crate::api::abort::Abort;
use crate::api::error::ApiError;
use gloo_net::http::Request;
use wasm_bindgen::prelude::*;

/// `fetch` with a timeout per request.
#[derive(Clone, Copy, Debug)]
pub struct Browser {
    pub timeout_ms: u32,
}

impl Transport for Browser {
    async fn get(&self, url: &str, abort: &Abort) -> Result<Reply, ApiError> {
        let _timer = start_timer(abort, self.timeout_ms);
        let answer = match take_early(url).await {
            Some(a) => a,
            None => fetch(url, abort).await?,
        };
        check_status(answer.status, answer.retry_after.as_deref())?;
        Ok(Reply {
            text: answer.text,
            total: answer.total,
            copy: answer.copy,
        })
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
    let callback = Closure::<dyn FnMut()>::new(move || a.time_out());
    let id = set_timeout(callback.as_ref(), timeout_ms.min(i32::MAX as u32) as i32);
    Timer {
        id,
        _callback: callback,
    }
}

/// An HTTP answer, whatever its status.
struct Answer {
    status: u16,
    retry_after: Option<String>,
    text: String,
    total: Option<u64>,
    copy: Option<f64>,
}

async fn fetch(url: &str, abort: &Abort) -> Result<Answer, ApiError> {
    // Built by hand and handed to gloo-net: its RequestBuilder rewrites a URL
    // that has a query (`?a=1` becomes `?a=1&`), which defeats URL-keyed
    // caches, ours included.
    let init = web_sys::RequestInit::new();
    if let Some(signal) = abort.signal() {
        init.set_signal(Some(&signal));
    }
    let raw = web_sys::Request::new_with_str_and_init(url, &init).map_err(|e| abort.error(js_message(&e)))?;
    let _ = raw.headers().set("Accept", "application/json");
    let resp = Request::from(raw).send().await.map_err(|e| abort.error(e))?;
    let status = resp.status();
    let retry_after = resp.headers().get("retry-after");
    let total = resp.headers().get("x-wp-total").and_then(|t| t.trim().parse().ok());
    let copy = copy_time(resp.headers().get(CACHED_AT).as_deref());
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
        resp.text().await.map_err(|e| match abort.error(e) {
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
        copy,
    })
}

pub(crate) fn js_message(e: &JsValue) -> String {
    e.as_string()
        .unwrap_or_else(|| String::from(js_sys::Error::from(e.clone()).message()))
}

/// The answer the boot script fetched for `url` before the app started,
/// taken once. `None` if there is none or it failed: the caller then
/// fetches as usual.
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
        copy: copy_time(field("cachedAt").and_then(|c| c.as_string()).as_deref()),
    })
}
