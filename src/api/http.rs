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
    done: Rc<Cell<bool>>,
}

impl Abort {
    pub fn new() -> Self {
        Abort {
            controller: AbortController::new().ok(),
            timed_out: Rc::default(),
            done: Rc::default(),
        }
    }

    pub fn abort(&self) {
        if !self.done.get() {
            if let Some(c) = &self.controller {
                c.abort();
            }
        }
    }

    pub fn is_aborted(&self) -> bool {
        self.controller.as_ref().is_some_and(|c| c.signal().aborted())
    }

    /// Whether the request finished (successfully or not); aborting it then is moot.
    pub fn is_done(&self) -> bool {
        self.done.get()
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

/// Clears its timer when the request ends, however it ends.
struct Timer(Option<i32>);

impl Drop for Timer {
    fn drop(&mut self) {
        if let (Some(id), Some(w)) = (self.0, web_sys::window()) {
            w.clear_timeout_with_handle(id);
        }
    }
}

fn start_timer(abort: &Abort, timeout_ms: u32) -> Timer {
    let Some(window) = web_sys::window() else {
        return Timer(None);
    };
    let a = abort.clone();
    let cb = Closure::once_into_js(move || {
        a.timed_out.set(true);
        a.abort();
    });
    let id = window
        .set_timeout_with_callback_and_timeout_and_arguments_0(
            cb.unchecked_ref(),
            timeout_ms.min(i32::MAX as u32) as i32,
        )
        .ok();
    Timer(id)
}

/// GETs `url` and returns the body of a 2xx answer as text.
pub async fn get_text(url: &str, abort: &Abort, timeout_ms: u32) -> Result<String, ApiError> {
    let _timer = start_timer(abort, timeout_ms);
    let result = fetch(url, abort).await;
    abort.done.set(true);
    result
}

async fn fetch(url: &str, abort: &Abort) -> Result<String, ApiError> {
    let signal = abort.controller.as_ref().map(|c| c.signal());
    let resp = Request::get(url)
        .header("Accept", "application/json")
        .abort_signal(signal.as_ref())
        .send()
        .await
        .map_err(|e| abort.error_for_js(e))?;
    let status = resp.status();
    if status == 404 || status == 410 {
        return Err(ApiError::NotFound);
    }
    if !(200..300).contains(&status) {
        let retry_after = parse_retry_after(resp.headers().get("retry-after").as_deref());
        return Err(ApiError::Status {
            code: status,
            retry_after,
        });
    }
    resp.text().await.map_err(|e| abort.error_for_js(e))
}
