//! The Content-Security-Policy of each kind of page, and the security
//! headers every HTML document carries.

use crate::inline::{inline_hashes, Inline};
use crate::sources::{sources, Sources};
use crate::{EMBED_PAGE, PERMISSIONS_POLICY, REFERRER_POLICY};

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
        let embed = is_embed_page(path);
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

/// Whether `path` is the iframe embed page itself (`/tin-nhung/`, or its
/// file `/tin-nhung/index.html`): only that page may be framed; any other
/// address under it is the reader's, with the reader's policy.
pub fn is_embed_page(path: &str) -> bool {
    path.strip_prefix(EMBED_PAGE)
        .is_some_and(|rest| rest.is_empty() || rest == "index.html")
}
