//! The server's transport: a native HTTP client (reqwest, rustls) with a
//! time limit per request and a cap on the body counted while it is read,
//! whatever `Content-Length` says (a chunked or compressed answer has none).

use super::{check_status, Reply, Transport, MAX_BODY_BYTES};
use crate::api::abort::Abort;
use crate::api::error::ApiError;
use std::time::Duration;

/// A shared client: connections to the backend are kept alive and reused.
#[derive(Clone)]
pub struct Native {
    client: reqwest::Client,
    timeout: Duration,
}

impl Native {
    pub fn new(timeout: Duration) -> Native {
        let client = reqwest::Client::builder()
            .connect_timeout(timeout)
            .tcp_nodelay(true)
            .pool_idle_timeout(Duration::from_secs(60))
            // A redirect is followed only on the origin it came from (a
            // WordPress adding a slash), never to another host.
            .redirect(reqwest::redirect::Policy::custom(|attempt| {
                let same = attempt
                    .previous()
                    .first()
                    .is_some_and(|first| same_origin(first, attempt.url()));
                if same && attempt.previous().len() <= 3 {
                    attempt.follow()
                } else {
                    attempt.stop()
                }
            }))
            .user_agent(concat!("tintuc-server/", env!("CARGO_PKG_VERSION")))
            .build()
            .unwrap_or_default();
        Native { client, timeout }
    }
}

fn same_origin(a: &reqwest::Url, b: &reqwest::Url) -> bool {
    a.scheme() == b.scheme() && a.host_str() == b.host_str() && a.port_or_known_default() == b.port_or_known_default()
}

/// A reqwest error as a reader may see it: without the URL (the backend's
/// address inside the newsroom's network); the server's log keeps it whole.
fn public(e: reqwest::Error) -> String {
    crate::log::warn(&format!("tintuc-server: backend: {e}"));
    e.without_url().to_string()
}

impl Transport for Native {
    async fn get(&self, url: &str, abort: &Abort) -> Result<Reply, ApiError> {
        match tokio::time::timeout(self.timeout, fetch(&self.client, url, abort)).await {
            Ok(answer) => answer,
            Err(_) => Err(ApiError::Timeout),
        }
    }
}

async fn fetch(client: &reqwest::Client, url: &str, abort: &Abort) -> Result<Reply, ApiError> {
    let mut resp = client
        .get(url)
        .header("Accept", "application/json")
        .send()
        .await
        .map_err(|e| abort.error(public(e)))?;
    let header = |name: &str| {
        resp.headers()
            .get(name)
            .and_then(|v| v.to_str().ok())
            .map(str::to_string)
    };
    check_status(resp.status().as_u16(), header("retry-after").as_deref())?;
    let total = header("x-wp-total").and_then(|t| t.trim().parse().ok());
    let mut body = Vec::new();
    while let Some(chunk) = resp
        .chunk()
        .await
        .map_err(|e| ApiError::Decode(format!("the answer was cut off: {}", public(e))))?
    {
        if abort.is_aborted() {
            return Err(ApiError::Aborted);
        }
        if (body.len() + chunk.len()) as u64 > MAX_BODY_BYTES {
            return Err(ApiError::Decode(format!("response larger than {MAX_BODY_BYTES} bytes")));
        }
        body.extend_from_slice(&chunk);
    }
    let text = String::from_utf8(body).map_err(|_| ApiError::Decode("the answer is not UTF-8".into()))?;
    Ok(Reply::live(text, total))
}
