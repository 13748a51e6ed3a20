//! tintuc's security headers for its HTML pages, computed in one place on
//! the Rust side (the server and the demo backend's `--static` mode); the
//! build's twin is `scripts/csp.mjs`, which writes the same policy for nginx.
//! Both are held to `tests/fixtures/csp/cases.json`, and the end-to-end
//! tests compare the headers every server sends.
//!
//! The Content-Security-Policy allows scripts from the page's own origin,
//! WebAssembly, and each inline `<script>` of the page by its SHA-256 hash
//! (never `'unsafe-inline'`); the inline `<style>`s likewise by hash (style
//! attributes only on the reader's pages: see [`Page::Reader`]);
//! images and requests from the page's origin and the API's (from
//! `config.json`), images also from `data:` and from the origins in
//! `config.json`'s optional `image_origins`. Reader pages may not be framed;
//! the iframe embed page (`/tin-nhung/`) may be, by any site.

use base64::Engine;
use sha2::{Digest, Sha256};

/// Browser features no tintuc page uses, denied to it and to every frame
/// in it (clipboard-write and web-share stay: the builder copies snippets,
/// the reader shares articles). Only names Chromium knows: it prints an
/// error for any other.
pub const PERMISSIONS_POLICY: &str = "accelerometer=(), autoplay=(), browsing-topics=(), camera=(), \
display-capture=(), geolocation=(), gyroscope=(), hid=(), idle-detection=(), interest-cohort=(), \
magnetometer=(), microphone=(), midi=(), payment=(), serial=(), usb=(), xr-spatial-tracking=()";

pub const REFERRER_POLICY: &str = "strict-origin-when-cross-origin";

/// The iframe embed page's directory: pages under it may be framed.
pub const EMBED_DIR: &str = "/tin-nhung/";

/// `'sha256-…'` sources for a page's inline scripts and styles, in
/// document order, each once.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Inline {
    pub scripts: Vec<String>,
    pub styles: Vec<String>,
}

/// Hashes every inline `<script>` (one without a `src` attribute, whatever
/// its type: data blocks need none, but one more hash costs nothing) and
/// every `<style>` of `html`, skipping comments. `<style>`s inside
/// `<noscript>` count: they apply when scripts are off.
pub fn inline_hashes(html: &str) -> Inline {
    let b = html.as_bytes();
    let mut out = Inline::default();
    let mut i = 0;
    'scan: while i < b.len() {
        if b[i] != b'<' {
            i += 1;
            continue;
        }
        if b[i..].starts_with(b"<!--") {
            i = find(b, b"-->", i + 4).map_or(b.len(), |j| j + 3);
            continue;
        }
        for tag in ["script", "style"] {
            let name = tag.as_bytes();
            let after = i + 1 + name.len();
            if after > b.len() || !b[i + 1..after].eq_ignore_ascii_case(name) {
                continue;
            }
            if after < b.len() && !matches!(b[after], b' ' | b'\t' | b'\n' | b'\r' | b'\x0c' | b'>' | b'/') {
                continue;
            }
            let Some(open_end) = find(b, b">", after) else {
                break 'scan;
            };
            let close = find_ci(b, format!("</{tag}").as_bytes(), open_end + 1).unwrap_or(b.len());
            let content = &html[open_end + 1..close];
            let list = if tag == "script" {
                if has_src(&html[after..open_end]) {
                    None
                } else {
                    Some(&mut out.scripts)
                }
            } else {
                Some(&mut out.styles)
            };
            if let Some(list) = list {
                let h = hash_source(content);
                if !list.contains(&h) {
                    list.push(h);
                }
            }
            i = close + 2 + name.len();
            continue 'scan;
        }
        i += 1;
    }
    out
}

/// `'sha256-<base64>'` of an inline element's text, its line breaks as the
/// HTML parser leaves them (CR LF and CR become LF).
pub fn hash_source(text: &str) -> String {
    let text = text.replace("\r\n", "\n").replace('\r', "\n");
    let digest = Sha256::digest(text.as_bytes());
    format!("'sha256-{}'", base64::engine::general_purpose::STANDARD.encode(digest))
}

fn find(hay: &[u8], needle: &[u8], from: usize) -> Option<usize> {
    (from..=hay.len().checked_sub(needle.len())?).find(|&i| &hay[i..i + needle.len()] == needle)
}

fn find_ci(hay: &[u8], needle: &[u8], from: usize) -> Option<usize> {
    (from..=hay.len().checked_sub(needle.len())?).find(|&i| hay[i..i + needle.len()].eq_ignore_ascii_case(needle))
}

/// Whether a start tag's attributes (the text after its name) name `src`.
fn has_src(attrs: &str) -> bool {
    let a = attrs.as_bytes();
    (0..a.len()).any(|i| {
        a[i..].len() >= 3
            && a[i..i + 3].eq_ignore_ascii_case(b"src")
            && (i == 0 || a[i - 1].is_ascii_whitespace())
            && a.get(i + 3)
                .is_none_or(|c| c.is_ascii_whitespace() || matches!(c, b'=' | b'/' | b'>'))
    })
}

/// Where a page may fetch from and load images from, besides itself: the
/// API's origin (none when `api_base` is a path on the portal's origin) and
/// `image_origins`.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Sources {
    pub connect: Vec<String>,
    pub img: Vec<String>,
}

/// Reads the sources from `config.json`'s text. Errors name the key.
pub fn sources(config_json: &str) -> Result<Sources, String> {
    let v: serde_json::Value = serde_json::from_str(config_json).map_err(|e| format!("config.json: {e}"))?;
    let api_base = v
        .get("api_base")
        .and_then(|a| a.as_str())
        .ok_or("config.json: api_base is missing")?
        .trim();
    let api = if api_base.starts_with('/') {
        None
    } else {
        Some(origin(api_base).ok_or_else(|| {
            format!("config.json: api_base must be an http(s) URL or an absolute path, got \"{api_base}\"")
        })?)
    };
    let mut img: Vec<String> = vec!["'self'".into(), "data:".into()];
    let mut connect: Vec<String> = vec!["'self'".into()];
    if let Some(api) = &api {
        connect.push(api.clone());
        img.push(api.clone());
    }
    match v.get("image_origins") {
        None | Some(serde_json::Value::Null) => {}
        Some(serde_json::Value::Array(items)) => {
            for item in items {
                let s = item
                    .as_str()
                    .ok_or("config.json: image_origins must be a list of strings")?;
                let s = image_source(s).ok_or_else(|| {
                    format!("config.json: image_origins: \"{s}\" is not an origin like https://img.example or https:")
                })?;
                if !img.contains(&s) {
                    img.push(s);
                }
            }
        }
        Some(_) => return Err("config.json: image_origins must be a list of strings".into()),
    }
    Ok(Sources { connect, img })
}

/// `scheme://host[:port]` of an http(s) URL, lower-cased.
fn origin(url: &str) -> Option<String> {
    let (scheme, rest) = url.trim().split_once("://")?;
    let scheme = scheme.to_ascii_lowercase();
    let authority = rest.split(['/', '?', '#']).next().unwrap_or("");
    if !(scheme == "http" || scheme == "https") || authority.is_empty() || authority.contains('@') {
        return None;
    }
    Some(format!("{scheme}://{}", authority.to_ascii_lowercase()))
}

/// An `image_origins` entry as a CSP source: `https:` (any https image),
/// `https://host[:port]` or `https://*.host`, lower-cased, no path.
fn image_source(s: &str) -> Option<String> {
    let s = s.trim().trim_end_matches('/').to_ascii_lowercase();
    if s == "https:" || s == "http:" {
        return Some(s);
    }
    let (scheme, rest) = s.split_once("://")?;
    if scheme != "http" && scheme != "https" {
        return None;
    }
    let rest = rest.strip_prefix("*.").unwrap_or(rest);
    let (host, port) = match rest.split_once(':') {
        Some((h, p)) => (h, Some(p)),
        None => (rest, None),
    };
    let label_ok = |l: &str| !l.is_empty() && l.bytes().all(|c| c.is_ascii_alphanumeric() || c == b'-');
    let port_ok = port.is_none_or(|p| (1..=5).contains(&p.len()) && p.bytes().all(|c| c.is_ascii_digit()));
    (host.split('.').all(label_ok) && port_ok).then_some(s)
}

/// Which page a policy is for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Page {
    /// The reader's shell: `frame-ancestors 'none'` (and `X-Frame-Options:
    /// DENY` beside it). Its sanitizer parses article bodies, which carry
    /// editors' `style` attributes, in an inert document, and Chromium
    /// checks every one against the page's policy (a violation each, though
    /// nothing is applied and the sanitizer drops them all): style
    /// attributes are allowed (`style-src-attr 'unsafe-inline'`), style
    /// elements only by hash.
    Reader,
    /// The iframe embed page: no `frame-ancestors` (any site may frame it);
    /// it parses no HTML.
    Embed,
}

/// The Content-Security-Policy of a page with these inline hashes.
pub fn policy(inline: &Inline, sources: &Sources, page: Page) -> String {
    let list = |first: &str, rest: &[String]| {
        std::iter::once(first.to_string())
            .chain(rest.iter().cloned())
            .collect::<Vec<_>>()
            .join(" ")
    };
    let mut d = vec![
        "default-src 'self'".to_string(),
        list("script-src 'self' 'wasm-unsafe-eval'", &inline.scripts),
        list("style-src 'self'", &inline.styles),
    ];
    if page == Page::Reader {
        d.push("style-src-attr 'unsafe-inline'".into());
    }
    d.extend([
        format!("img-src {}", sources.img.join(" ")),
        format!("connect-src {}", sources.connect.join(" ")),
        "font-src 'self'".into(),
        // The service worker (/sw.js) and the web app manifest: the portal's own.
        "worker-src 'self'".into(),
        "manifest-src 'self'".into(),
        "object-src 'none'".into(),
        "base-uri 'self'".into(),
        "form-action 'self'".into(),
    ]);
    if page == Page::Reader {
        d.push("frame-ancestors 'none'".into());
    }
    d.join("; ")
}

/// The policies of a build: its reader shell (`index.html`) and its iframe
/// embed page (`tin-nhung/index.html`), for one `config.json`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Policies {
    pub reader: String,
    pub embed: String,
}

impl Policies {
    pub fn new(index_html: &str, embed_html: Option<&str>, config_json: &str) -> Result<Policies, String> {
        let sources = sources(config_json)?;
        Ok(Policies {
            reader: policy(&inline_hashes(index_html), &sources, Page::Reader),
            embed: policy(&inline_hashes(embed_html.unwrap_or("")), &sources, Page::Embed),
        })
    }

    /// Reads `DIST/index.html`, `DIST/tin-nhung/index.html` (when there is
    /// one) and the config file.
    pub fn from_files(dist: &std::path::Path, config: &std::path::Path) -> Result<Policies, String> {
        let read = |p: &std::path::Path| std::fs::read_to_string(p).map_err(|e| format!("{}: {e}", p.display()));
        let index = read(&dist.join("index.html"))?;
        let embed = std::fs::read_to_string(dist.join("tin-nhung/index.html")).ok();
        Policies::new(&index, embed.as_deref(), &read(config)?)
    }

    /// The security headers of an HTML document served at `path`.
    pub fn headers(&self, path: &str) -> Vec<(&'static str, &str)> {
        let embed = path.starts_with(EMBED_DIR);
        let mut h = vec![
            (
                "content-security-policy",
                if embed {
                    self.embed.as_str()
                } else {
                    self.reader.as_str()
                },
            ),
            ("permissions-policy", PERMISSIONS_POLICY),
            ("referrer-policy", REFERRER_POLICY),
            ("x-content-type-options", "nosniff"),
        ];
        if !embed {
            h.push(("x-frame-options", "DENY"));
        }
        h
    }
}
