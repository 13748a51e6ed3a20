//! Image URLs in models (thumbnails) come from the backend: they are made
//! absolute against the backend's origin (the portal may live elsewhere),
//! limited to http(s), and upgraded to https on an https page.

use super::models::{Article, ArticlePage, ArticleSummary, Image};
use crate::sanitize::url_rules::{scheme_allowed, strip_url, url_scheme, UrlUse};

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct MediaBase {
    /// `https://news.example` (no trailing slash), or empty when the backend
    /// is on the portal's own origin.
    pub origin: String,
    pub page_is_https: bool,
}

impl MediaBase {
    pub fn absolutize(&self, raw: &str) -> Option<String> {
        // The URL parser's normalisation, as every URL check's.
        let raw = &strip_url(raw);
        if raw.is_empty() || !scheme_allowed(raw, UrlUse::Image) {
            return None;
        }
        let url = match url_scheme(raw).as_deref() {
            Some(_) => raw.to_string(),
            None if raw.starts_with("//") => format!("https:{raw}"),
            None if raw.starts_with('/') => format!("{}{raw}", self.origin),
            None => format!("{}/{raw}", self.origin),
        };
        if self.page_is_https && url.len() > 5 && url[..5].eq_ignore_ascii_case("http:") {
            return Some(format!("https:{}", &url[5..]));
        }
        Some(url)
    }

    fn fix(&self, img: &mut Option<Image>) {
        if let Some(i) = img {
            match self.absolutize(&i.url) {
                Some(u) => i.url = u,
                None => *img = None,
                // (no variants either: the image is gone)
            }
        }
        if let Some(i) = img {
            i.variants.retain_mut(|v| match self.absolutize(&v.url) {
                Some(u) => {
                    v.url = u;
                    true
                }
                None => false,
            });
        }
    }

    pub fn fix_summary(&self, a: &mut ArticleSummary) {
        self.fix(&mut a.thumbnail);
    }

    pub fn fix_page(&self, p: &mut ArticlePage) {
        p.items.iter_mut().for_each(|a| self.fix_summary(a));
    }

    pub fn fix_article(&self, a: &mut Article) {
        self.fix(&mut a.thumbnail);
    }
}
