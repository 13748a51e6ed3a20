//! `/api/` and `/media/` passed on to the backend (`--backend`), so a
//! config whose `api_base` is a path works on one origin, as behind nginx.
//! GET and HEAD only; the answer streams through.

use axum::body::Body;
use axum::http::{header, HeaderMap, HeaderName, Method, StatusCode, Uri};
use axum::response::{IntoResponse, Response};

/// Headers passed on each way.
const REQUEST_HEADERS: &[HeaderName] = &[header::ACCEPT, header::IF_NONE_MATCH, header::IF_MODIFIED_SINCE];
const RESPONSE_HEADERS: &[&str] = &[
    "content-type",
    "cache-control",
    "etag",
    "last-modified",
    "retry-after",
    "x-wp-total",
    "x-wp-totalpages",
    "content-length",
];

pub async fn forward(client: &reqwest::Client, backend: &str, method: Method, uri: &Uri, req: &HeaderMap) -> Response {
    if method != Method::GET && method != Method::HEAD {
        return StatusCode::METHOD_NOT_ALLOWED.into_response();
    }
    let target = format!("{backend}{}", uri.path_and_query().map_or("/", |p| p.as_str()));
    let mut r = client.request(method, &target);
    for h in REQUEST_HEADERS {
        if let Some(v) = req.get(h) {
            r = r.header(h, v);
        }
    }
    match r.send().await {
        Ok(resp) => {
            let mut out = Response::builder().status(resp.status().as_u16());
            for h in RESPONSE_HEADERS {
                if let Some(v) = resp.headers().get(*h) {
                    out = out.header(*h, v);
                }
            }
            out.body(Body::from_stream(resp.bytes_stream()))
                .unwrap_or_else(|_| StatusCode::BAD_GATEWAY.into_response())
        }
        Err(e) if e.is_timeout() => StatusCode::GATEWAY_TIMEOUT.into_response(),
        Err(_) => StatusCode::BAD_GATEWAY.into_response(),
    }
}
