//! Runtime configuration, read from `config.json` next to `index.html`, so one
//! release build serves any deployment: only that file changes.

use crate::i18n::Locale;
use crate::timefmt::Zone;

/// Which backend contract `api_base` speaks.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum BackendKind {
    /// tintuc's own contract (`openapi.yaml`).
    #[default]
    Tintuc,
    /// WordPress's REST API; `api_base` is the site's REST root
    /// (`https://example.org/wp-json/`).
    WordPress,
}

impl BackendKind {
    /// As `config.json` names it.
    pub fn name(self) -> &'static str {
        match self {
            BackendKind::Tintuc => "tintuc",
            BackendKind::WordPress => "wordpress",
        }
    }
}

/// Where "Các tin tức khác" comes from.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum OtherNewsScope {
    /// Articles of the same category (the portal convention).
    #[default]
    Category,
    /// The latest articles of any category.
    Latest,
}

/// The file as written by the deployer, before validation.
struct RawConfig {
    api_base: String,
    backend: BackendKind,
    site_name: Option<String>,
    time_zone: Option<String>,
    page_size: Option<u32>,
    other_news_limit: Option<u32>,
    other_news_scope: OtherNewsScope,
    request_timeout_ms: Option<u32>,
    cache_fresh_ms: Option<u32>,
    site_url: Option<String>,
    server_timeout_ms: Option<u32>,
    language: Option<String>,
}

/// Validated configuration.
#[derive(Clone, Debug, PartialEq)]
pub struct Config {
    /// Base URL of the backend, always ending in `/`.
    pub api_base: String,
    pub backend: BackendKind,
    pub site_name: Option<String>,
    pub zone: Zone,
    pub page_size: u32,
    pub other_news_limit: u32,
    pub other_news_scope: OtherNewsScope,
    pub request_timeout_ms: u32,
    /// A page seen this long ago is still shown at once, but refreshed in
    /// the background.
    pub cache_fresh_ms: u32,
    /// The portal's public address (`https://host`, no path): canonical and
    /// share URLs. Without it the page's own origin is used (the server's
    /// `--site-url` then says it).
    pub site_url: Option<String>,
    /// How long the server waits for the backend before it answers with an
    /// error page: a slow backend costs the reader seconds, not minutes.
    pub server_timeout_ms: u32,
    /// The portal's language (the newsroom's): the UI starts in it whatever
    /// the browser prefers, and content from the backend is marked with it.
    pub language: Locale,
}

pub const DEFAULT_PAGE_SIZE: u32 = 10;
pub const MAX_PAGE_SIZE: u32 = 100;
pub const DEFAULT_TIMEOUT_MS: u32 = 15_000;
pub const DEFAULT_SERVER_TIMEOUT_MS: u32 = 3_000;

impl Config {
    /// Parses and validates `config.json`; the error names the faulty key.
    pub fn from_json(text: &str) -> Result<Config, String> {
        let doc = crate::json::parse(text)?;
        let v = doc.root();
        if !v.is_object() {
            return Err("config.json is not a JSON object".into());
        }
        // Unknown keys are ignored, so a newer config still loads in an
        // older build; a value of the wrong type names its key.
        let raw = RawConfig {
            api_base: v.string("api_base")?,
            backend: match v.opt_string("backend")?.as_deref() {
                None | Some("tintuc") => BackendKind::Tintuc,
                Some("wordpress") => BackendKind::WordPress,
                Some(other) => return Err(format!("backend \"{other}\" is not one of tintuc, wordpress")),
            },
            site_name: v.opt_string("site_name")?,
            time_zone: v.opt_string("time_zone")?,
            page_size: v.opt_u32("page_size")?,
            other_news_limit: v.opt_u32("other_news_limit")?,
            other_news_scope: match v.opt_string("other_news_scope")?.as_deref() {
                None | Some("category") => OtherNewsScope::Category,
                Some("latest") => OtherNewsScope::Latest,
                Some(other) => return Err(format!("other_news_scope \"{other}\" is not one of category, latest")),
            },
            request_timeout_ms: v.opt_u32("request_timeout_ms")?,
            cache_fresh_ms: v.opt_u32("cache_fresh_ms")?,
            site_url: v.opt_string("site_url")?,
            server_timeout_ms: v.opt_u32("server_timeout_ms")?,
            language: v.opt_string("language")?,
        };
        let api_base = check_api_base(&raw.api_base)?;
        let zone = match raw.time_zone.as_deref() {
            None => Zone::VIETNAM,
            Some(z) => Zone::parse(z).ok_or_else(|| format!("time_zone \"{z}\" is not an offset like +07:00"))?,
        };
        let page_size = raw.page_size.unwrap_or(DEFAULT_PAGE_SIZE);
        if !(1..=MAX_PAGE_SIZE).contains(&page_size) {
            return Err(format!("page_size must be 1..={MAX_PAGE_SIZE}, got {page_size}"));
        }
        let site_url = match raw.site_url.as_deref().map(str::trim).filter(|s| !s.is_empty()) {
            None => None,
            Some(s) => Some(site_origin(s).ok_or_else(|| {
                format!("site_url must be an http(s) origin like https://tintuc.example, got \"{s}\"")
            })?),
        };
        let language = match raw.language.as_deref() {
            None => Locale::Vi,
            Some(l) => Locale::from_tag(l).ok_or_else(|| format!("language \"{l}\" is not one of vi, en"))?,
        };
        let mut base = api_base.to_string();
        if !base.ends_with('/') {
            base.push('/');
        }
        Ok(Config {
            api_base: base,
            backend: raw.backend,
            site_name: raw.site_name.map(|s| s.trim().to_string()).filter(|s| !s.is_empty()),
            zone,
            page_size,
            other_news_limit: raw.other_news_limit.unwrap_or(8).clamp(1, 50),
            other_news_scope: raw.other_news_scope,
            request_timeout_ms: raw
                .request_timeout_ms
                .unwrap_or(DEFAULT_TIMEOUT_MS)
                .clamp(1_000, 120_000),
            cache_fresh_ms: raw.cache_fresh_ms.unwrap_or(15_000).min(3_600_000),
            site_url,
            server_timeout_ms: raw
                .server_timeout_ms
                .unwrap_or(DEFAULT_SERVER_TIMEOUT_MS)
                .clamp(100, 60_000),
            language,
        })
    }
}

/// `api_base` as written, trimmed, if it is an http(s) URL with a host or an
/// absolute path on the portal's origin; else an error naming the key.
/// `//host/` and `/\host/` are not paths: a browser reads both as another
/// host (in http URLs a backslash is a slash, and tabs and newlines are
/// dropped), so neither is accepted, nor credentials in the URL (`fetch`
/// refuses them).
pub fn check_api_base(raw: &str) -> Result<&str, String> {
    let base = raw.trim();
    if base.is_empty() {
        return Err("api_base is empty".into());
    }
    let bad = |why: &str| {
        Err(format!(
            "api_base must be an http(s) URL or an absolute path on this site ({why}), got \"{}\"",
            shown(base)
        ))
    };
    if base.contains(|c: char| c == '\\' || c.is_whitespace() || c.is_control()) {
        return bad("no backslash, space or control character");
    }
    let lower = base.get(..8).unwrap_or(base).to_ascii_lowercase();
    let rest = if lower.starts_with("https://") {
        &base[8..]
    } else if lower.starts_with("http://") {
        &base[7..]
    } else if base.starts_with("//") {
        return bad("`//` starts another host");
    } else if base.starts_with('/') {
        return Ok(base);
    } else {
        return bad("neither");
    };
    let authority = &rest[..rest.find(['/', '?', '#']).unwrap_or(rest.len())];
    if authority.is_empty() || authority.contains('@') {
        return bad("a host, without credentials");
    }
    Ok(base)
}

/// `text` with its control characters written as `\u{…}` (without
/// `escape_debug`'s Unicode tables: the widget's bundle reads configs too).
fn shown(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if c.is_control() {
            out.push_str(&format!("\\u{{{:x}}}", c as u32));
        } else {
            out.push(c);
        }
    }
    out
}

/// `https://host[:port]` from an origin-like URL (a trailing `/` allowed),
/// lower-cased scheme and host; `None` for anything with a path, query,
/// credentials or another scheme.
pub fn site_origin(s: &str) -> Option<String> {
    let s = s.trim().trim_end_matches('/');
    let at = crate::text::find_bytes(s, "://")?;
    let (scheme, rest) = (&s[..at], &s[at + 3..]);
    let scheme = scheme.to_ascii_lowercase();
    if !(scheme == "https" || scheme == "http") || rest.is_empty() {
        return None;
    }
    let ok = |b: u8| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'-' | b':' | b'[' | b']');
    if !rest.bytes().all(ok) {
        return None;
    }
    Some(format!("{scheme}://{}", rest.to_ascii_lowercase()))
}
