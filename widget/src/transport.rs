//! How the widget reaches the portal's config and its backend: a
//! [`Transport`] for the reader's backends (`tintuc::api::backend`), made
//! for a partner's page. The reader's own (`transport::browser`) takes the
//! boot script's early answers and is aborted by navigation, neither of
//! which a partner page has; this one
//!
//! - shares every GET by URL among the page's widgets: several widgets make
//!   one request per distinct list (and one for config.json, which widget.js
//!   has usually read already: [`keep`]); answers are kept for widgets added
//!   later, failures are not;
//! - tells apart a request that fails without an answer: when a `no-cors`
//!   request to the same URL gets through, the server is up and only its
//!   CORS headers stop the partner's page from reading it
//!   ([`ApiError::Cors`]), said in the widget and in the console;
//! - tells apart a request the host page's own Content-Security-Policy
//!   blocked (its `securitypolicyviolation` events, which widget.js keeps:
//!   [`ApiError::Blocked`]).

use std::cell::RefCell;
use std::future::Future;
use std::pin::Pin;
use std::rc::Rc;
use std::task::{Context, Poll, Waker};
use tintuc::api::abort::Abort;
#[cfg(target_arch = "wasm32")]
use tintuc::api::transport::browser::read_body;
use tintuc::api::transport::{check_status, Reply, Transport, MAX_BODY_BYTES};
use tintuc::api::ApiError;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

/// `fetch` with a timeout, shared by URL.
#[derive(Clone, Copy)]
pub struct Shared {
    pub timeout_ms: u32,
}

type Answer = Result<Reply, ApiError>;

/// One GET: its answer once there, and who waits for it.
#[derive(Default)]
struct Slot {
    answer: Option<Answer>,
    waiting: Vec<Waker>,
}

thread_local! {
    /// By URL. (A page asks for a handful: a Vec, not a HashMap's code.)
    static SLOTS: RefCell<Vec<(String, Rc<RefCell<Slot>>)>> = const { RefCell::new(Vec::new()) };
}

/// Resolves in a later task of the event loop (10 ms on).
async fn next_task(window: &web_sys::Window) {
    let later = js_sys::Promise::new(&mut |resolve, _| {
        let _ = window.set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 10);
    });
    let _ = JsFuture::from(later).await;
}

/// Whether the page's Content-Security-Policy blocked a request to
/// `origin`: widget.js keeps the page's violations from its start (a
/// listener there costs the WASM no closure).
fn blocked(origin: &str) -> bool {
    let Some(window) = web_sys::window() else {
        return false;
    };
    js_sys::Reflect::get(&window, &"__tintucNews".into())
        .and_then(|n| js_sys::Reflect::get(&n, &"blocked".into()))
        .ok()
        .and_then(|f| f.dyn_into::<js_sys::Function>().ok())
        .and_then(|f| f.call1(&JsValue::NULL, &origin.into()).ok())
        .is_some_and(|b| b.is_truthy())
}

/// Keeps `text` as the answer at `url` (config.json as widget.js read it).
pub fn keep(url: String, text: String) {
    forget_url(&url);
    let slot = Slot {
        answer: Some(Ok(Reply::live(text, None))),
        waiting: Vec::new(),
    };
    SLOTS.with(|s| s.borrow_mut().push((url, Rc::new(RefCell::new(slot)))));
}

/// Forgets every kept answer: a retry asks again (a body that would not
/// decode, too).
pub fn forget() {
    SLOTS.with(|s| s.borrow_mut().retain(|(_, slot)| slot.borrow().answer.is_none()));
}

fn forget_url(url: &str) {
    SLOTS.with(|s| s.borrow_mut().retain(|(u, _)| u != url));
}

/// Resolves when the slot has its answer.
struct Wait(Rc<RefCell<Slot>>);

impl Future for Wait {
    type Output = Answer;

    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Answer> {
        let mut slot = self.0.borrow_mut();
        match &slot.answer {
            Some(a) => Poll::Ready(a.clone()),
            None => {
                slot.waiting.push(cx.waker().clone());
                Poll::Pending
            }
        }
    }
}

impl Transport for Shared {
    /// The first caller for a URL fetches it (to the end: widgets never
    /// drop their requests) and hands the answer to the others.
    async fn get(&self, url: &str, _abort: &Abort) -> Answer {
        let (slot, first) = SLOTS.with(|s| {
            let mut s = s.borrow_mut();
            match s.iter().find(|(u, _)| u == url) {
                Some((_, slot)) => (slot.clone(), false),
                None => {
                    let slot = Rc::new(RefCell::new(Slot::default()));
                    s.push((url.to_string(), slot.clone()));
                    (slot, true)
                }
            }
        });
        if !first {
            return Wait(slot).await;
        }
        let answer = match fetch(url, self.timeout_ms).await {
            Err(ApiError::Network(m)) => Err(explain(url, m).await),
            other => other,
        };
        if answer.is_err() {
            forget_url(url);
        }
        let waiting = {
            let mut s = slot.borrow_mut();
            s.answer = Some(answer.clone());
            std::mem::take(&mut s.waiting)
        };
        waiting.into_iter().for_each(Waker::wake);
        answer
    }
}

/// GETs `url`: the body of a 2xx answer, and `X-WP-Total` when the server
/// lets the page read it; other statuses as the reader's transports map them
/// ([`check_status`]).
async fn fetch(url: &str, timeout_ms: u32) -> Answer {
    let failed = |e: JsValue| {
        let name = js_sys::Reflect::get(&e, &"name".into())
            .ok()
            .and_then(|n| n.as_string());
        match name.as_deref() {
            Some("TimeoutError") => ApiError::Timeout,
            _ => ApiError::Network(String::from(js_sys::Error::from(e).message())),
        }
    };
    let window = web_sys::window().ok_or_else(|| ApiError::Network("no window".into()))?;
    let init = web_sys::RequestInit::new();
    init.set_signal(Some(&web_sys::AbortSignal::timeout_with_u32(timeout_ms)));
    let resp: web_sys::Response = JsFuture::from(window.fetch_with_str_and_init(url, &init))
        .await
        .map_err(failed)?
        .unchecked_into();
    let header = |name: &str| resp.headers().get(name).ok().flatten();
    check_status(resp.status(), header("retry-after").as_deref())?;
    let total = header("x-wp-total").and_then(|t| t.trim().parse().ok());
    // Counted as it comes, as the reader reads (a chunked or compressed
    // answer has no Content-Length); a body that breaks off is an answer
    // that can't be read.
    let text = read_body(resp.body()).await.map_err(|e| match e {
        None => ApiError::Decode(format!("response larger than {MAX_BODY_BYTES} bytes")),
        Some(e) => match failed(e) {
            ApiError::Network(m) => ApiError::Decode(format!("the answer was cut off: {m}")),
            other => other,
        },
    })?;
    Ok(Reply::live(text, total))
}

/// (Natively, where only the options are tested, there is no browser.)
#[cfg(not(target_arch = "wasm32"))]
async fn read_body(_: Option<web_sys::ReadableStream>) -> Result<String, Option<JsValue>> {
    Err(None)
}

/// A `fetch` to `url` failed without an answer (`message`). Offline, or a
/// server that is down, fails a `no-cors` request too; a server that
/// answers it is up, and its CORS headers are what is missing.
async fn explain(url: &str, message: String) -> ApiError {
    let Some(window) = web_sys::window() else {
        return ApiError::Network(message);
    };
    let page = window.location().origin().unwrap_or_default();
    let origin = web_sys::Url::new(url).map(|u| u.origin()).unwrap_or_default();
    if origin.is_empty() || origin == page {
        return ApiError::Network(message);
    }
    let init = web_sys::RequestInit::new();
    init.set_mode(web_sys::RequestMode::NoCors);
    init.set_signal(Some(&web_sys::AbortSignal::timeout_with_u32(10_000)));
    let probe = window.fetch_with_str_and_init(url, &init);
    if wasm_bindgen_futures::JsFuture::from(probe).await.is_err() {
        // The page's CSP blocks no-cors requests too. Its violation events
        // are tasks of their own, after this chain of promises: a few
        // turns of the event loop for them (only when a request failed).
        let mut csp = blocked(&origin);
        for _ in 0..5 {
            if csp {
                break;
            }
            next_task(&window).await;
            csp = blocked(&origin);
        }
        if csp {
            web_sys::console::error_1(&JsValue::from_str(&format!(
                "tintuc-news: this page's Content-Security-Policy blocks {url} (the portal's /nhung lists what to allow)"
            )));
            return ApiError::Blocked(origin);
        }
        return ApiError::Network(message);
    }
    web_sys::console::error_1(&JsValue::from_str(&format!(
        "tintuc-news: {origin} answered {url} but does not let this page ({page}) read it: its answers need \
         CORS headers (Access-Control-Allow-Origin) for partner pages, which the news portal's administrator \
         can turn on (tintuc's README: \"Point tintuc at your WordPress\")."
    )));
    ApiError::Cors(origin)
}
