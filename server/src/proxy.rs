//! `/api/` and `/media/` passed on to the backend (`--backend`), so a
//! config whose `api_base` is a path works on one origin, as behind nginx.
//! Only what stays inside its prefix once the backend decodes it (see
//! [`stays_inside`]), GET and HEAD only, without the reader's cookies or
//! credentials, no redirect followed; the answer streams through, within
//! the server's request time limit, with the backend's headers reduced to a
//! few and the portal's policy for passed-on answers
//! ([`tintuc_headers::proxied_headers`]).

use axum::body::Body;
use axum::http::{header, HeaderMap, HeaderName, HeaderValue, Method, StatusCode, Uri};
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

/// Whether `path` (as the request sent it, percent-encoded) is under
/// `prefix` once any server decodes and normalises it: no `.` or `..`
/// segment, raw or percent-encoded in any case; no backslash (some servers
/// read it as a slash), encoded slash, control character or NUL; and
/// nothing still encoded after one decoding (a server that decodes twice).
pub fn stays_inside(path: &str, prefix: &str) -> bool {
    if !path.starts_with(prefix) {
        return false;
    }
    let Some(decoded) = percent_decode(path) else {
        return false;
    };
    let encoded_again = decoded
        .windows(3)
        .any(|w| w[0] == b'%' && w[1].is_ascii_hexdigit() && w[2].is_ascii_hexdigit());
    if encoded_again || decoded.iter().any(|&b| b == b'\\' || b < 0x20 || b == 0x7f) {
        return false;
    }
    // An encoded slash decodes into a segment boundary the prefix check
    // never saw: any `/` must have been one before decoding.
    if decoded.iter().filter(|&&b| b == b'/').count() != path.bytes().filter(|&b| b == b'/').count() {
        return false;
    }
    decoded.split(|&b| b == b'/').all(|seg| seg != b"." && seg != b"..")
}

/// `%XX` decoded once; `None` for a malformed escape.
fn percent_decode(s: &str) -> Option<Vec<u8>> {
    let b = s.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        if b[i] == b'%' {
            let hex = std::str::from_utf8(b.get(i + 1..i + 3)?).ok()?;
            out.push(u8::from_str_radix(hex, 16).ok()?);
            i += 3;
        } else {
            out.push(b[i]);
            i += 1;
        }
    }
    Some(out)
}

pub async fn forward(client: &reqwest::Client, backend: &str, method: Method, uri: &Uri, req: &HeaderMap) -> Response {
    let path = uri.path();
    let prefix = tintuc_headers::PROXIED
        .into_iter()
        .find(|p| path.starts_with(p))
        .unwrap_or("/");
    let mut resp = if method != Method::GET && method != Method::HEAD {
        (StatusCode::METHOD_NOT_ALLOWED, [(header::ALLOW, "GET, HEAD")]).into_response()
    } else if !stays_inside(path, prefix) {
        (StatusCode::BAD_REQUEST, "bad path").into_response()
    } else {
        pass_on(client, backend, method, uri, req).await
    };
    let h = resp.headers_mut();
    for (name, value) in tintuc_headers::proxied_headers(path) {
        h.insert(name, HeaderValue::from_static(value));
    }
    resp
}

async fn pass_on(client: &reqwest::Client, backend: &str, method: Method, uri: &Uri, req: &HeaderMap) -> Response {
    let target = format!("{backend}{}", uri.path_and_query().map_or("/", |p| p.as_str()));
    let mut r = client.request(method, &target);
    for h in REQUEST_HEADERS {
        if let Some(v) = req.get(h) {
            r = r.header(h, v);
        }
    }
    match r.send().await {
        Ok(resp) => {
            // A redirect is not followed (it may lead anywhere) nor passed
            // on (its Location is the backend's): the backend failed us.
            let status = if resp.status().is_redirection() {
                StatusCode::BAD_GATEWAY.as_u16()
            } else {
                resp.status().as_u16()
            };
            let mut out = Response::builder().status(status);
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
