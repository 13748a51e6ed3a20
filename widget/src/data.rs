//! What a widget shows: the portal's config, then one list from its backend.
//! Answers are shared by URL, so several widgets on a page make one request
//! per distinct list (and one for config.json).

use crate::json::{config, summary, Obj};
use crate::options::{Kind, WidgetOptions};
use std::cell::RefCell;
use tintuc::api::backend::tintuc::{articles_url, ListQuery};
use tintuc::api::media::MediaBase;
use tintuc::api::models::{ArticlePage, ArticleSummary};
#[cfg(target_arch = "wasm32")]
use tintuc::api::transport::browser::read_body;
use tintuc::api::transport::MAX_BODY_BYTES;
use tintuc::api::ApiError;
use tintuc::timefmt::Zone;

pub struct Loaded {
    pub items: Vec<ArticleSummary>,
    pub zone: Zone,
}

type Answer = Result<String, ApiError>;
type Waiter = Box<dyn FnOnce(Answer)>;

thread_local! {
    /// Requests under way, with who waits for them; and answers by URL.
    /// (A page has a handful: a Vec, not a HashMap's code.)
    static WAITING: RefCell<Vec<(String, Vec<Waiter>)>> = const { RefCell::new(Vec::new()) };
    static DONE: RefCell<Vec<(String, String)>> = const { RefCell::new(Vec::new()) };
}

/// Drops a kept body that turned out unreadable, so a retry asks again.
fn forget(url: &str) {
    DONE.with(|d| d.borrow_mut().retain(|(u, _)| u != url));
}

/// The body at `url`, fetched once for every widget on the page. Failures
/// are not kept, nor bodies that do not decode ([`forget`]): a retry asks
/// again.
fn shared_text(url: String, done: impl FnOnce(Answer) + 'static) {
    if let Some(text) = DONE.with(|d| d.borrow().iter().find(|(u, _)| *u == url).map(|(_, t)| t.clone())) {
        return done(Ok(text));
    }
    let first = WAITING.with(|w| {
        let mut w = w.borrow_mut();
        match w.iter_mut().find(|(u, _)| *u == url) {
            Some((_, list)) => {
                list.push(Box::new(done));
                false
            }
            None => {
                w.push((url.clone(), vec![Box::new(done)]));
                true
            }
        }
    });
    if first {
        wasm_bindgen_futures::spawn_local(async move {
            let answer = get_text(&url).await;
            if let Ok(text) = &answer {
                DONE.with(|d| d.borrow_mut().push((url.clone(), text.clone())));
            }
            let waiters = WAITING.with(|w| {
                let mut w = w.borrow_mut();
                w.iter().position(|(u, _)| *u == url).map(|i| w.swap_remove(i).1)
            });
            for w in waiters.unwrap_or_default() {
                w(answer.clone());
            }
        });
    }
}

/// GETs `url` (with gloo-net, from a request built by hand: its builder
/// rewrites URLs that have a query). Gives up after 15 s; the body is
/// counted as it is read, and refused past the reader's cap.
async fn get_text(url: &str) -> Result<String, ApiError> {
    let init = web_sys::RequestInit::new();
    init.set_signal(Some(&web_sys::AbortSignal::timeout_with_u32(15_000)));
    let raw = web_sys::Request::new_with_str_and_init(url, &init).map_err(|_| ApiError::Network("bad URL".into()))?;
    let resp = gloo_net::http::Request::from(raw)
        .send()
        .await
        .map_err(|e| ApiError::Network(e.to_string()))?;
    match resp.status() {
        200..=299 => read_body(resp.body()).await.map_err(|e| {
            ApiError::Decode(match e {
                None => format!("response larger than {MAX_BODY_BYTES} bytes"),
                Some(_) => "the answer was cut off".into(),
            })
        }),
        404 => Err(ApiError::NotFound),
        code => Err(ApiError::Status {
            code,
            retry_after: None,
        }),
    }
}

/// (Natively, where only the options are tested, there is no browser.)
#[cfg(not(target_arch = "wasm32"))]
async fn read_body(_: Option<web_sys::ReadableStream>) -> Result<String, Option<wasm_bindgen::JsValue>> {
    Err(None)
}

fn resolve(url: &str, base: &str) -> Option<String> {
    web_sys::Url::new_with_base(url, base).ok().map(|u| u.href())
}

/// Loads the list a widget shows, then calls `done`.
pub fn load(opts: std::sync::Arc<WidgetOptions>, done: impl FnOnce(Result<Loaded, ApiError>) + 'static) {
    let Some(config_url) = resolve("config.json", &opts.portal) else {
        return done(Err(ApiError::Config("portal".into())));
    };
    let config_key = config_url.clone();
    shared_text(config_url, move |answer| {
        let parsed = answer.map(|t| config(&t).map_err(ApiError::Config));
        if matches!(parsed, Ok(Err(_))) {
            forget(&config_key);
        }
        let cfg = match parsed.and_then(|c| c) {
            Ok(c) if c.tintuc_backend => c,
            Ok(_) => {
                return done(Err(ApiError::Config(
                    "widgets read tintuc's own backend contract".into(),
                )))
            }
            Err(ApiError::NotFound) => return done(Err(ApiError::Config("config.json is missing".into()))),
            Err(e) => return done(Err(e)),
        };
        let Some(base) = resolve(&cfg.api_base, &opts.portal) else {
            return done(Err(ApiError::Config("api_base".into())));
        };
        let q = ListQuery {
            category: match &opts.kind {
                Kind::Latest => None,
                Kind::Category(c) => Some(c.clone()),
            },
            page: 1,
            per_page: opts.limit,
        };
        let limit = opts.limit as usize;
        let url = articles_url(&base, &q);
        let list_key = url.clone();
        shared_text(url, move |answer| {
            done(answer.and_then(|text| {
                let decoded = Obj::parse(&text).and_then(|page| {
                    page.array("items")?
                        .iter()
                        .take(limit)
                        .map(summary)
                        .collect::<Result<Vec<_>, _>>()
                });
                let items = decoded.map_err(|e| {
                    forget(&list_key);
                    ApiError::Decode(e)
                })?;
                let mut page = ArticlePage {
                    items,
                    page: 1,
                    per_page: limit as u32,
                    total: 0,
                    total_known: true,
                };
                let page_is_https = web_sys::window()
                    .and_then(|w| w.location().protocol().ok())
                    .is_some_and(|p| p == "https:");
                MediaBase {
                    origin: web_sys::Url::new(&base).map(|u| u.origin()).unwrap_or_default(),
                    page_is_https,
                }
                .fix_page(&mut page);
                Ok(Loaded {
                    items: page.items,
                    zone: cfg.zone,
                })
            }))
        });
    });
}
