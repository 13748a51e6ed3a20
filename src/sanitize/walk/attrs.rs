//! The walk's attribute and URL rules, applied: which attributes an element
//! keeps, and every URL normalised, judged and resolved once.

use super::{no_cr, Sink, Source, Walk};
use crate::sanitize::rules::{clean_dir, clean_number, is_plain_attr, numeric_attr_max, read_style, takes_align};
use crate::sanitize::url_rules::{
    encode_unusual, is_same_origin, judge_resolved, plain_host, scheme_allowed, strip_url, UrlUse, Verdict,
};

impl<S: Source, W: Sink> Walk<'_, S, W> {
    /// Copies the attributes the rules allow. Returns false when the element
    /// is pointless without a dropped one (an image without a safe source).
    pub(super) fn attributes(&mut self, src: &S::Node, dst: &W::Node, tag: &str) -> bool {
        let mut style_facts = None;
        let (mut has_w, mut has_h, mut has_src, mut has_alt) = (false, false, false, false);
        for i in 0..self.src.attribute_count(src) {
            let Some((name, value)) = self.src.attribute(src, i) else {
                continue;
            };
            if name == "dir" {
                if let Some(d) = clean_dir(&value) {
                    self.out.set_attribute(dst, "dir", d);
                }
            } else if is_plain_attr(tag, &name) {
                self.out.set_attribute(dst, &name, &no_cr(&value));
                has_alt |= name == "alt";
            } else if let Some(max) = numeric_attr_max(tag, &name) {
                if let Some(n) = clean_number(&value, max) {
                    self.out.set_attribute(dst, &name, &n.to_string());
                    has_w |= name == "width";
                    has_h |= name == "height";
                }
            } else if name == "style" {
                style_facts = Some(read_style(&value));
            } else if tag == "a" && name == "href" {
                if let Some(url) = self.url(&value, UrlUse::Link) {
                    self.out.set_attribute(dst, "href", &url);
                    self.out.set_attribute(dst, "rel", "noopener noreferrer");
                    // Other sites open in a new tab; mail links open the
                    // mail app, not an empty tab.
                    if !url.starts_with("mailto:") && !is_same_origin(&url, self.opts.page_origin) {
                        self.out.set_attribute(dst, "target", "_blank");
                    }
                }
            } else if tag == "img" && name == "src" {
                if let Some(url) = self.url(&value, UrlUse::Image) {
                    self.out.set_attribute(dst, "src", &url);
                    has_src = true;
                }
            }
        }
        if let Some(f) = style_facts {
            if let Some(a) = f.align.filter(|_| takes_align(tag)) {
                self.out.set_attribute(dst, "class", a.class());
            }
            if tag == "img" {
                // Editors size photos by style; as attributes they reserve
                // the image's space before it loads (no layout shift).
                if let (Some(w), false) = (f.width, has_w) {
                    self.out.set_attribute(dst, "width", &w.to_string());
                }
                if let (Some(h), false) = (f.height, has_h) {
                    self.out.set_attribute(dst, "height", &h.to_string());
                }
            }
        }
        if tag == "img" {
            if !has_src {
                return false;
            }
            if !has_alt {
                self.out.set_attribute(dst, "alt", "");
            }
            self.images += 1;
            if self.images == 1 {
                self.out.set_attribute(dst, "fetchpriority", "high");
            } else {
                self.out.set_attribute(dst, "loading", "lazy");
            }
            self.out.set_attribute(dst, "decoding", "async");
        }
        true
    }

    /// One normalisation (the URL parser's), one scheme check before and one
    /// after resolution.
    pub(super) fn url(&self, raw: &str, use_: UrlUse) -> Option<String> {
        let raw = strip_url(raw);
        if !scheme_allowed(&raw, use_) {
            return None;
        }
        let base = match use_ {
            UrlUse::Image => self.opts.base,
            UrlUse::Link => self.opts.page_origin,
        };
        let href = self.out.resolve(&raw, base).filter(|h| plain_host(h, &raw))?;
        let protocol = &href[..href.find(':')? + 1];
        let href = match judge_resolved(protocol, use_, self.opts.page_is_https) {
            Verdict::Keep => href,
            Verdict::UpgradeToHttps => self.out.to_https(&href)?,
            Verdict::Reject => return None,
        };
        Some(encode_unusual(&href))
    }
}
