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
            .redirect(reqwest::redirect::Policy::limited(3))
            .user_agent(concat!("tintuc-server/", env!("CARGO_PKG_VERSION")))
            .build()
            .unwrap_or_default();
        Native { client, timeout }
    }
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
        .map_err(|e| abort.error(e))?;
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
        .map_err(|e| ApiError::Decode(format!("the answer was cut off: {e}")))?
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
