//! The client build's files, read into memory at start: each with its
//! `.br`/`.gz` sibling when the build wrote one (`scripts/precompress.mjs`),
//! a content type, an ETag and its caching rule. A request names a file by
//! its exact path in the build, so nothing outside it can be served.

use axum::http::{header, HeaderMap, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use std::collections::HashMap;
use std::path::Path;

pub struct Asset {
    body: Vec<u8>,
    br: Option<Vec<u8>>,
    gzip: Option<Vec<u8>>,
    content_type: &'static str,
    etag: String,
    cache_control: &'static str,
    /// Loaded by partner pages on other origins (the widget).
    cors: bool,
}

#[derive(Default)]
pub struct Assets {
    files: HashMap<String, Asset>,
}

/// What the server never serves as files: what the build wrote for nginx
/// to include (`nginx/*.conf`; the server computes the same itself). (`/index.html`
/// is served as it is: the service worker's offline shell, which starts the
/// app from `config.json` as a static host's page does; every page is
/// rendered.)
const NOT_DIRS: &[&str] = &["/nginx/"];

impl Assets {
    /// Reads every file under `dir`.
    pub fn load(dir: &Path) -> std::io::Result<Assets> {
        let mut assets = Assets::default();
        let mut stack = vec![dir.to_path_buf()];
        while let Some(d) = stack.pop() {
            for entry in std::fs::read_dir(&d)? {
                let path = entry?.path();
                if path.is_dir() {
                    stack.push(path);
                    continue;
                }
                let name = path.to_string_lossy();
                if name.ends_with(".br") || name.ends_with(".gz") {
                    continue;
                }
                let Ok(rel) = path.strip_prefix(dir) else { continue };
                let key = format!("/{}", rel.to_string_lossy().replace('\\', "/"));
                if NOT_DIRS.iter().any(|d| key.starts_with(d)) {
                    continue;
                }
                let sibling = |ext: &str| std::fs::read(format!("{name}.{ext}")).ok();
                assets.insert(key, std::fs::read(&path)?, sibling("br"), sibling("gz"));
            }
        }
        Ok(assets)
    }

    pub fn insert(&mut self, key: String, body: Vec<u8>, br: Option<Vec<u8>>, gzip: Option<Vec<u8>>) {
        let etag = format!("\"{:016x}\"", tintuc::api::backend::fingerprint_bytes(&body));
        let asset = Asset {
            content_type: content_type(&key),
            cache_control: tintuc_headers::files::cache_control(&key),
            cors: is_for_partners(&key),
            etag,
            body,
            br,
            gzip,
        };
        self.files.insert(key, asset);
    }

    pub fn get(&self, path: &str) -> Option<&Asset> {
        self.files.get(path)
    }

    pub fn len(&self) -> usize {
        self.files.len()
    }

    pub fn is_empty(&self) -> bool {
        self.files.is_empty()
    }
}

impl Asset {
    /// The file as the request accepts it: brotli or gzip when the build
    /// made them, 304 when the client has it.
    pub fn respond(&self, req: &HeaderMap, head_only: bool) -> Response {
        let mut headers = HeaderMap::new();
        headers.insert(header::CONTENT_TYPE, HeaderValue::from_static(self.content_type));
        headers.insert(header::CACHE_CONTROL, HeaderValue::from_static(self.cache_control));
        headers.insert(header::VARY, HeaderValue::from_static("Accept-Encoding"));
        headers.insert(header::X_CONTENT_TYPE_OPTIONS, HeaderValue::from_static("nosniff"));
        if let Ok(v) = HeaderValue::from_str(&self.etag) {
            headers.insert(header::ETAG, v);
        }
        if self.cors {
            headers.insert(header::ACCESS_CONTROL_ALLOW_ORIGIN, HeaderValue::from_static("*"));
        }
        if etag_matches(req, &self.etag) {
            return (StatusCode::NOT_MODIFIED, headers).into_response();
        }
        let accepts = |enc: &str| accepts_encoding(req, enc);
        let body = match (&self.br, &self.gzip) {
            (Some(br), _) if accepts("br") => {
                headers.insert(header::CONTENT_ENCODING, HeaderValue::from_static("br"));
                br
            }
            (_, Some(gz)) if accepts("gzip") => {
                headers.insert(header::CONTENT_ENCODING, HeaderValue::from_static("gzip"));
                gz
            }
            _ => &self.body,
        };
        headers.insert(header::CONTENT_LENGTH, HeaderValue::from(body.len()));
        if head_only {
            return (StatusCode::OK, headers).into_response();
        }
        (StatusCode::OK, headers, body.clone()).into_response()
    }
}

/// Whether `If-None-Match` names `etag` (or `*`).
pub fn etag_matches(req: &HeaderMap, etag: &str) -> bool {
    req.get_all(header::IF_NONE_MATCH).iter().any(|v| {
        v.to_str().is_ok_and(|v| {
            v.split(',')
                .map(|t| t.trim().trim_start_matches("W/"))
                .any(|t| t == etag || t == "*")
        })
    })
}

/// Whether `Accept-Encoding` allows `enc` (a `q=0` refuses it).
pub fn accepts_encoding(req: &HeaderMap, enc: &str) -> bool {
    req.get_all(header::ACCEPT_ENCODING).iter().any(|v| {
        v.to_str().is_ok_and(|v| {
            v.split(',').any(|part| {
                let mut it = part.split(';');
                let name = it.next().unwrap_or("").trim();
                let refused = it.any(|p| matches!(p.trim(), "q=0" | "q=0.0" | "q=0.00" | "q=0.000"));
                name.eq_ignore_ascii_case(enc) && !refused
            })
        })
    })
}

/// The widget's files and the config it reads: partner pages on other
/// origins load them.
fn is_for_partners(path: &str) -> bool {
    matches!(path, "/widget.js" | "/embed.js" | "/config.json") || path.starts_with("/widget/")
}

fn content_type(path: &str) -> &'static str {
    match path.rsplit('.').next().unwrap_or("") {
        "html" => "text/html; charset=utf-8",
        "js" | "mjs" => "text/javascript; charset=utf-8",
        "css" => "text/css; charset=utf-8",
        "json" => "application/json",
        "wasm" => "application/wasm",
        "svg" => "image/svg+xml",
        "png" => "image/png",
        "jpg" | "jpeg" => "image/jpeg",
        "webp" => "image/webp",
        "ico" => "image/x-icon",
        "txt" => "text/plain; charset=utf-8",
        "webmanifest" => "application/manifest+json",
        _ => "application/octet-stream",
    }
}
