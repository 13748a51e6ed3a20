//! The browser's `fetch`, with an `AbortController` and a timer, and a body
//! counted as it is read (capped whatever its headers say); and the answers
//! `index.html`'s boot script fetched before the WASM arrived
//! (`web/boot.js`, which counts likewise), taken by URL instead of asking
//! again.

use super::{check_status, Reply, Transport, MAX_BODY_BYTES};
#[cfg(feature = "offline")]
use super::{copy_time, CACHED_AT};
use crate::api::abort::Abort;
use crate::api::error::ApiError;
use crate::timer::Timeout;
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
            Some(a) => a?,
            None => fetch(url, abort).await?,
        };
        check_status(answer.status, answer.retry_after.as_deref())?;
        #[allow(unused_mut)]
        let mut reply = Reply::live(answer.text, answer.total);
        #[cfg(feature = "offline")]
        {
            reply.copy = answer.copy;
        }
        Ok(reply)
    }
}

/// Times the request out unless it ends first (the timer goes with it).
fn start_timer(abort: &Abort, timeout_ms: u32) -> Timeout {
    let a = abort.clone();
    Timeout::new(timeout_ms, move || a.time_out())
}

/// An HTTP answer, whatever its status.
struct Answer {
    status: u16,
    retry_after: Option<String>,
    text: String,
    total: Option<u64>,
    #[cfg(feature = "offline")]
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
    // (A build without offline reading never asks: no worker keeps copies.)
    #[cfg(feature = "offline")]
    let copy = copy_time(resp.headers().get(CACHED_AT).as_deref());
    // Error bodies are not read: nothing in them is shown.
    let text = if (200..300).contains(&status) {
        read_body(resp.body()).await.map_err(|e| match e {
            None => too_large(),
            // The answer began but its body broke off: what arrived can't be read.
            Some(e) => match abort.error(js_message(&e)) {
                ApiError::Network(m) => ApiError::Decode(format!("the answer was cut off: {m}")),
                other => other,
            },
        })?
    } else {
        String::new()
    };
    Ok(Answer {
        status,
        retry_after,
        text,
        total,
        #[cfg(feature = "offline")]
        copy,
    })
}

fn too_large() -> ApiError {
    ApiError::Decode(format!("response larger than {MAX_BODY_BYTES} bytes"))
}

#[wasm_bindgen]
extern "C" {
    /// A `ReadableStreamDefaultReader` (web-sys's would be one more feature
    /// of a large crate for two methods).
    type Reader;
    #[wasm_bindgen(method)]
    fn read(this: &Reader) -> js_sys::Promise;
    #[wasm_bindgen(method)]
    fn cancel(this: &Reader) -> js_sys::Promise;
}

/// A body read chunk by chunk, its bytes counted as they arrive, whatever
/// `Content-Length` says (a chunked, compressed or HTTP/2 answer has none):
/// past [`MAX_BODY_BYTES`] reading stops, the rest is cancelled, and the
/// answer is `Err(None)`; a stream that fails is `Err(Some(its error))`.
/// Invalid UTF-8 is replaced, as `Response.text()` does. The widget reads
/// its answers with it too.
pub async fn read_body(body: Option<web_sys::ReadableStream>) -> Result<String, Option<JsValue>> {
    use js_sys::Reflect;
    let Some(body) = body else {
        return Ok(String::new());
    };
    let reader: Reader = body.get_reader().unchecked_into();
    let mut bytes = Vec::new();
    loop {
        let chunk = wasm_bindgen_futures::JsFuture::from(reader.read())
            .await
            .map_err(Some)?;
        if Reflect::get(&chunk, &"done".into()).map_or(true, |d| d.is_truthy()) {
            break;
        }
        let value: js_sys::Uint8Array = Reflect::get(&chunk, &"value".into()).map_err(Some)?.unchecked_into();
        let (start, n) = (bytes.len(), value.length() as usize);
        if (start + n) as u64 > MAX_BODY_BYTES {
            let _ = reader.cancel();
            return Err(None);
        }
        bytes.resize(start + n, 0);
        value.copy_to(&mut bytes[start..]);
    }
    Ok(match String::from_utf8(bytes) {
        Ok(text) => text,
        Err(e) => String::from_utf8_lossy(e.as_bytes()).into_owned(),
    })
}

pub(crate) fn js_message(e: &JsValue) -> String {
    e.as_string()
        .unwrap_or_else(|| String::from(js_sys::Error::from(e.clone()).message()))
}

/// The answer the boot script fetched for `url` before the app started,
/// taken once. `None` if there is none or it failed: the caller then
/// fetches as usual. One it stopped reading past [`MAX_BODY_BYTES`]
/// (`big`) is that error, without asking again.
async fn take_early(url: &str) -> Option<Result<Answer, ApiError>> {
    use js_sys::Reflect;
    let window = JsValue::from(web_sys::window()?);
    let early = Reflect::get(&Reflect::get(&window, &"__tt".into()).ok()?, &"early".into()).ok()?;
    let key = JsValue::from_str(url);
    let promise = Reflect::get(&early, &key).ok()?.dyn_into::<js_sys::Promise>().ok()?;
    let _ = Reflect::delete_property(early.unchecked_ref::<js_sys::Object>(), &key);
    let v = wasm_bindgen_futures::JsFuture::from(promise).await.ok()?;
    let field = |name: &str| Reflect::get(&v, &name.into()).ok();
    let status = field("status")?.as_f64()? as u16;
    if field("big").is_some_and(|b| b.is_truthy()) {
        return Some(Err(too_large()));
    }
    Some(Ok(Answer {
        status,
        retry_after: field("retryAfter").and_then(|r| r.as_string()),
        text: field("text")?.as_string()?,
        total: None,
        #[cfg(feature = "offline")]
        copy: copy_time(field("cachedAt").and_then(|c| c.as_string()).as_deref()),
    }))
}
