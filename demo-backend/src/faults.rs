//! Fault injection for tests: with `--faults`, `POST /__control/faults`
//! installs rules that make matching requests slow, failing, malformed or
//! dropped; `DELETE /__control/faults` lifts them. Off by default, so a
//! demo deployment never exposes it.

use axum::body::{Body, Bytes};
use axum::extract::{Request, State};
use axum::http::{header, HeaderValue, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use axum::routing::post;
use axum::{Json, Router};
use futures_util::{stream, StreamExt};
use serde::Deserialize;
use std::sync::{Arc, Mutex};
use std::time::Duration;

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Rule {
    /// Applies to request paths starting with this (e.g. `/api/articles/`).
    #[serde(default)]
    pub path_prefix: String,
    /// ...or to exactly this path.
    #[serde(default)]
    pub path: Option<String>,
    /// ...and whose path-and-query contains this, if given.
    #[serde(default)]
    pub contains: Option<String>,
    /// Wait this long first.
    #[serde(default)]
    pub delay_ms: u64,
    #[serde(default)]
    pub action: Action,
    /// Stop applying after this many matches (default: forever).
    #[serde(default)]
    pub times: Option<u32>,
}

#[derive(Clone, Debug, Default, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case", deny_unknown_fields)]
pub enum Action {
    /// Answer normally (after the delay).
    #[default]
    Pass,
    /// Answer with this status, optional JSON body and Retry-After.
    Status {
        code: u16,
        #[serde(default)]
        json: Option<serde_json::Value>,
        #[serde(default)]
        retry_after: Option<u32>,
    },
    /// Answer 200 with this body and content type instead of the real one.
    Body {
        body: String,
        #[serde(default = "json_type")]
        content_type: String,
    },
    /// Answer 200 with a body of `bytes` bytes (a JSON string of filler),
    /// with its Content-Length. At most [`MAX_HUGE_BYTES`] (it is made in
    /// memory).
    Huge { bytes: usize },
    /// Answer with the real answer followed by spaces (still valid JSON)
    /// up to `bytes` bytes, sent chunked without Content-Length, as a
    /// compressed or HTTP/2 answer may come: only a client that counts the
    /// bytes it reads can refuse it. Made as it is sent (at most
    /// [`MAX_STREAM_BYTES`]).
    Stream { bytes: u64 },
    /// Send the first `bytes` bytes of the real answer, then cut the connection.
    Truncate { bytes: usize },
    /// Accept the request, then close the connection without an answer.
    Drop,
    /// Never answer.
    Hang,
}

fn json_type() -> String {
    "application/json".into()
}

/// The largest `huge` body (made in memory, so bounded).
pub const MAX_HUGE_BYTES: usize = 64 * 1024 * 1024;
/// The largest `stream` body (made as it is sent).
pub const MAX_STREAM_BYTES: u64 = 4 * 1024 * 1024 * 1024;

impl Rule {
    /// A rule the backend can carry out; the error names the bad field.
    fn check(&self) -> Result<(), String> {
        match self.action {
            Action::Huge { bytes } if bytes > MAX_HUGE_BYTES => Err(format!(
                "huge: bytes {bytes} is over {MAX_HUGE_BYTES} (use stream for more)"
            )),
            Action::Stream { bytes } if bytes > MAX_STREAM_BYTES => {
                Err(format!("stream: bytes {bytes} is over {MAX_STREAM_BYTES}"))
            }
            _ => Ok(()),
        }
    }
}

#[derive(Clone, Default)]
pub struct Faults(Arc<Mutex<Vec<Rule>>>);

impl Faults {
    fn take_match(&self, path: &str, path_and_query: &str) -> Option<Rule> {
        let mut rules = self.0.lock().ok()?;
        let i = rules.iter().position(|r| {
            let path_ok = match &r.path {
                Some(p) => p == path,
                None => path.starts_with(&r.path_prefix),
            };
            path_ok && r.contains.as_deref().is_none_or(|c| path_and_query.contains(c))
        })?;
        let rule = rules[i].clone();
        if let Some(t) = &mut rules[i].times {
            *t = t.saturating_sub(1);
            if *t == 0 {
                rules.remove(i);
            }
        }
        Some(rule)
    }
}

#[derive(Deserialize)]
struct Install {
    rules: Vec<Rule>,
}

pub fn control(faults: Faults) -> Router {
    Router::new()
        .route(
            "/__control/faults",
            post(|State(f): State<Faults>, Json(req): Json<Install>| async move {
                // A rule that cannot be carried out is refused, and none of
                // the request's are installed.
                if let Some(e) = req.rules.iter().find_map(|r| r.check().err()) {
                    return (StatusCode::BAD_REQUEST, e).into_response();
                }
                if let Ok(mut rules) = f.0.lock() {
                    *rules = req.rules;
                }
                StatusCode::NO_CONTENT.into_response()
            })
            .delete(|State(f): State<Faults>| async move {
                if let Ok(mut rules) = f.0.lock() {
                    rules.clear();
                }
                StatusCode::NO_CONTENT
            }),
        )
        .with_state(faults)
}

/// The middleware: applies the first matching rule to the request.
pub async fn inject(State(faults): State<Faults>, req: Request, next: Next) -> Response {
    let path = req.uri().path().to_string();
    let pq = req
        .uri()
        .path_and_query()
        .map(|p| p.as_str().to_string())
        .unwrap_or_default();
    let Some(rule) = faults.take_match(&path, &pq) else {
        return next.run(req).await;
    };
    if rule.delay_ms > 0 {
        tokio::time::sleep(Duration::from_millis(rule.delay_ms)).await;
    }
    match rule.action {
        Action::Pass => next.run(req).await,
        Action::Status {
            code,
            json,
            retry_after,
        } => {
            let status = StatusCode::from_u16(code).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
            let mut resp = match json {
                Some(j) => (status, Json(j)).into_response(),
                None => status.into_response(),
            };
            if let Some(s) = retry_after {
                resp.headers_mut().insert(header::RETRY_AFTER, HeaderValue::from(s));
            }
            resp
        }
        Action::Body { body, content_type } => {
            let ct = HeaderValue::from_str(&content_type).unwrap_or(HeaderValue::from_static("text/plain"));
            ([(header::CONTENT_TYPE, ct)], body).into_response()
        }
        Action::Huge { bytes } => {
            // (`check` bounds `bytes`; a body under 2 bytes is still a string.)
            let bytes = bytes.clamp(2, MAX_HUGE_BYTES);
            let mut s = String::with_capacity(bytes);
            s.push('"');
            s.extend(std::iter::repeat_n('x', bytes - 2));
            s.push('"');
            ([(header::CONTENT_TYPE, "application/json")], s).into_response()
        }
        Action::Stream { bytes } => {
            let real = next.run(req).await;
            let (mut parts, body) = real.into_parts();
            let head = axum::body::to_bytes(body, MAX_HUGE_BYTES).await.unwrap_or_default();
            parts.headers.remove(header::CONTENT_LENGTH);
            let pad = bytes.min(MAX_STREAM_BYTES).saturating_sub(head.len() as u64);
            const CHUNK: usize = 64 * 1024;
            let spaces = Bytes::from_static(&[b' '; CHUNK]);
            let chunks = (0..pad.div_ceil(CHUNK as u64)).map(move |i| {
                let left = pad - i * CHUNK as u64;
                Ok::<Bytes, std::io::Error>(spaces.slice(..(left.min(CHUNK as u64) as usize)))
            });
            let body = stream::once(async move { Ok::<Bytes, std::io::Error>(head) }).chain(stream::iter(chunks));
            Response::from_parts(parts, Body::from_stream(body))
        }
        Action::Truncate { bytes } => {
            let real = next.run(req).await;
            let (parts, body) = real.into_parts();
            let full = axum::body::to_bytes(body, usize::MAX).await.unwrap_or_default();
            let cut = full.slice(..bytes.min(full.len()));
            let total = full.len();
            // Promise the whole length, send part, then fail the stream: the
            // client sees a connection cut mid-body.
            // The pause lets the part reach the client before the cut.
            let body = stream::once(async move { Ok::<Bytes, std::io::Error>(cut) }).chain(stream::once(async {
                tokio::time::sleep(Duration::from_millis(100)).await;
                Err(std::io::Error::other("truncated by fault injection"))
            }));
            let mut resp = Response::from_parts(parts, Body::from_stream(body));
            resp.headers_mut()
                .insert(header::CONTENT_LENGTH, HeaderValue::from(total));
            resp
        }
        Action::Drop => {
            let chunks: Vec<Result<Bytes, std::io::Error>> =
                vec![Err(std::io::Error::other("dropped by fault injection"))];
            Response::new(Body::from_stream(stream::iter(chunks)))
        }
        Action::Hang => {
            std::future::pending::<()>().await;
            StatusCode::GATEWAY_TIMEOUT.into_response()
        }
    }
}
