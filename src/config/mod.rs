//! Runtime configuration, read from `config.json` next to `index.html`, so one
//! release build serves any deployment: only that file changes.

use crate::i18n::Locale;
use crate::timefmt::Zone;

mod limits;
mod urls;

pub use limits::{Limit, CACHE_FRESH_MS, LIMITS, OTHER_NEWS_LIMIT, PAGE_SIZE, REQUEST_TIMEOUT_MS, SERVER_TIMEOUT_MS};
pub use urls::{check_api_base, site_origin};

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
    /// Every backend, the default first.
    pub const ALL: [BackendKind; 2] = [BackendKind::Tintuc, BackendKind::WordPress];

    /// As `config.json` names it.
    pub fn name(self) -> &'static str {
        match self {
            BackendKind::Tintuc => "tintuc",
            BackendKind::WordPress => "wordpress",
        }
    }

    fn parse(name: Option<&str>) -> Result<BackendKind, String> {
        pick("backend", name, &Self::ALL, |b| b.name())
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

impl OtherNewsScope {
    /// Every scope, the default first.
    pub const ALL: [OtherNewsScope; 2] = [OtherNewsScope::Category, OtherNewsScope::Latest];

    /// As `config.json` and the contract's URLs name it.
    pub fn name(self) -> &'static str {
        match self {
            OtherNewsScope::Category => "category",
            OtherNewsScope::Latest => "latest",
        }
    }

    fn parse(name: Option<&str>) -> Result<OtherNewsScope, String> {
        pick("other_news_scope", name, &Self::ALL, |s| s.name())
    }
}

/// The one of `all` named `name` (none: the first); an error naming `key`
/// and the choices otherwise.
fn pick<T: Copy>(key: &str, name: Option<&str>, all: &[T], name_of: fn(T) -> &'static str) -> Result<T, String> {
    let Some(name) = name else { return Ok(all[0]) };
    all.iter().copied().find(|&v| name_of(v) == name).ok_or_else(|| {
        let mut e = format!("{key} \"{name}\" is not one of ");
        for (i, &v) in all.iter().enumerate() {
            e.push_str(if i == 0 { "" } else { ", " });
            e.push_str(name_of(v));
        }
        e
    })
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
    image_origins: Vec<String>,
    wordpress_popular_posts: bool,
    #[cfg(not(target_arch = "wasm32"))]
    logo: Option<String>,
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
    /// Where else the backend's pictures may come from, as CSP sources
    /// (`https://img.example`, `https://*.example`, `https:`): the pages'
    /// policy allows them (`tintuc-headers`), and the snippet builder tells
    /// partners to.
    pub image_origins: Vec<String>,
    /// A WordPress site that runs the WordPress Popular Posts plugin: its
    /// REST list (`wordpress-popular-posts/v1/popular-posts`) is the most
    /// read. Without it a WordPress portal shows no most read.
    pub wordpress_popular_posts: bool,
    /// The publisher's logo in the articles' NewsArticle data (search
    /// engines show it): an http(s) URL or a path on the portal; without
    /// one, the icon the build draws (`/icon-512.png`). The server's alone.
    #[cfg(not(target_arch = "wasm32"))]
    pub logo: Option<String>,
}

impl Config {
    /// The portal's name: `site_name`, else its language's default (what
    /// the server writes into pages, feeds and structured data).
    pub fn portal_name(&self) -> String {
        self.site_name
            .clone()
            .unwrap_or_else(|| self.language.catalog().default_site_name.to_string())
    }

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
            backend: BackendKind::parse(v.opt_string("backend")?.as_deref())?,
            site_name: v.opt_string("site_name")?,
            time_zone: v.opt_string("time_zone")?,
            page_size: v.opt_u32("page_size")?,
            other_news_limit: v.opt_u32("other_news_limit")?,
            other_news_scope: OtherNewsScope::parse(v.opt_string("other_news_scope")?.as_deref())?,
            request_timeout_ms: v.opt_u32("request_timeout_ms")?,
            cache_fresh_ms: v.opt_u32("cache_fresh_ms")?,
            site_url: v.opt_string("site_url")?,
            server_timeout_ms: v.opt_u32("server_timeout_ms")?,
            language: v.opt_string("language")?,
            // As written: the server and the build check each one
            // (`tintuc_headers::sources`) before any page names them. Only
            // the reader's snippet builder reads them (not the widget).
            #[cfg(feature = "ui")]
            image_origins: v.list("image_origins", 32, |i| {
                i.as_str().ok_or_else(|| "expected a string".into())
            })?,
            #[cfg(not(feature = "ui"))]
            image_origins: Vec::new(),
            // Only the reader shows the most read (not the widget).
            #[cfg(feature = "ui")]
            wordpress_popular_posts: v
                .opt("wordpress_popular_posts", "true or false", crate::json::Value::as_bool)?
                .unwrap_or(false),
            #[cfg(not(feature = "ui"))]
            wordpress_popular_posts: false,
            // Only the server's pages name it (in their structured data).
            #[cfg(not(target_arch = "wasm32"))]
            logo: v.opt_string("logo")?,
        };
        let api_base = check_api_base(&raw.api_base)?;
        let zone = match raw.time_zone.as_deref() {
            None => Zone::VIETNAM,
            Some(z) => Zone::parse(z).ok_or_else(|| format!("time_zone \"{z}\" is not an offset like +07:00"))?,
        };
        let page_size = PAGE_SIZE.read(raw.page_size)?;
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
        #[cfg(not(target_arch = "wasm32"))]
        let logo = match raw.logo.as_deref().map(str::trim).filter(|s| !s.is_empty()) {
            None => None,
            Some(l) => Some(urls::check_logo(l)?),
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
            other_news_limit: OTHER_NEWS_LIMIT.read(raw.other_news_limit)?,
            other_news_scope: raw.other_news_scope,
            request_timeout_ms: REQUEST_TIMEOUT_MS.read(raw.request_timeout_ms)?,
            cache_fresh_ms: CACHE_FRESH_MS.read(raw.cache_fresh_ms)?,
            site_url,
            server_timeout_ms: SERVER_TIMEOUT_MS.read(raw.server_timeout_ms)?,
            language,
            image_origins: raw
                .image_origins
                .iter()
                .map(|s| s.trim().trim_end_matches('/').to_ascii_lowercase())
                .collect(),
            wordpress_popular_posts: raw.wordpress_popular_posts,
            #[cfg(not(target_arch = "wasm32"))]
            logo,
        })
    }
}
