//! The sanitizer's browser half: parse inertly, rebuild from the allowlist.

use super::rules::{
    clean_dir, clean_number, is_byline, is_plain_attr, numeric_attr_max, read_style, tag_action, takes_align,
    TagAction, MAX_DEPTH,
};
use super::url_rules::{is_same_origin, judge_resolved, scheme_allowed, UrlUse, Verdict};
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Document, DocumentFragment, DomParser, Element, Node, SupportedType, Url};

const XHTML: &str = "http://www.w3.org/1999/xhtml";

/// Where the body comes from and where it is shown.
pub struct Options<'a> {
    /// Base for relative image URLs in the body: the CMS's media live with it.
    pub base: &'a str,
    /// The portal's own origin: relative links resolve here (the portal
    /// serves the newsroom's pages now), and links elsewhere open in a new tab.
    pub page_origin: &'a str,
    pub page_is_https: bool,
    /// The article's author, to recognise a byline the editor typed in.
    pub author: Option<&'a str>,
}

/// A sanitized body, ready to be appended.
pub struct Sanitized {
    pub fragment: DocumentFragment,
    /// The body ends with the author's byline, so the page shows no second one.
    pub byline_in_body: bool,
}

/// Parses `html` inertly and returns fresh nodes for what the allowlist keeps.
pub fn sanitize(html: &str, opts: &Options) -> Result<Sanitized, JsValue> {
    let window = web_sys::window().ok_or("no window")?;
    let out = window.document().ok_or("no document")?;
    let parsed = DomParser::new()?.parse_from_string(html, SupportedType::TextHtml)?;
    let fragment = out.create_document_fragment();
    let mut b = Builder { out, opts, images: 0 };
    if let Some(body) = parsed.body() {
        b.children(&body, &fragment, 0)?;
    }
    let byline_in_body = mark_byline(&fragment, opts.author);
    Ok(Sanitized {
        fragment,
        byline_in_body,
    })
}

struct Builder<'a> {
    out: Document,
    opts: &'a Options<'a>,
    images: u32,
}

impl Builder<'_> {
    fn children(&mut self, src: &Node, dst: &Node, depth: usize) -> Result<(), JsValue> {
        let mut child = src.first_child();
        while let Some(node) = child {
            match node.node_type() {
                Node::TEXT_NODE => {
                    let text = node.text_content().unwrap_or_default();
                    dst.append_child(&self.out.create_text_node(&text))?;
                }
                Node::ELEMENT_NODE => {
                    if let Some(el) = node.dyn_ref::<Element>() {
                        self.element(el, dst, depth)?;
                    }
                }
                // Comments, CDATA, processing instructions: never content.
                _ => {}
            }
            child = node.next_sibling();
        }
        Ok(())
    }

    fn element(&mut self, el: &Element, dst: &Node, depth: usize) -> Result<(), JsValue> {
        // SVG and MathML (and anything else foreign) go whole: their parsing
        // rules are where mutation XSS lives.
        if el.namespace_uri().as_deref() != Some(XHTML) {
            return Ok(());
        }
        let name = el.local_name().to_ascii_lowercase();
        if depth >= MAX_DEPTH {
            if !matches!(tag_action(&name), TagAction::Drop) {
                let text = el.text_content().unwrap_or_default();
                dst.append_child(&self.out.create_text_node(&text))?;
            }
            return Ok(());
        }
        match tag_action(&name) {
            TagAction::Drop => Ok(()),
            TagAction::Unwrap => self.children(el, dst, depth + 1),
            TagAction::Keep("table") if self.photo_table(el, dst, depth)? => Ok(()),
            TagAction::Keep(tag) => {
                let new = self.out.create_element(tag)?;
                if !self.attributes(el, &new, tag)? {
                    return Ok(());
                }
                if !matches!(tag, "img" | "br" | "hr") {
                    self.children(el, &new, depth + 1)?;
                }
                dst.append_child(&new)?;
                Ok(())
            }
        }
    }

    /// Copies the attributes the rules allow. Returns false when the element
    /// is pointless without a dropped one (an image without a safe source).
    fn attributes(&mut self, src: &Element, dst: &Element, tag: &str) -> Result<bool, JsValue> {
        let attrs = src.attributes();
        let mut style_facts = None;
        let (mut has_w, mut has_h) = (false, false);
        for i in 0..attrs.length() {
            let Some(attr) = attrs.item(i) else { continue };
            let name = attr.local_name().to_ascii_lowercase();
            let value = attr.value();
            if name == "dir" {
                if let Some(d) = clean_dir(&value) {
                    dst.set_attribute("dir", d)?;
                }
            } else if is_plain_attr(tag, &name) {
                dst.set_attribute(&name, &value)?;
            } else if let Some(max) = numeric_attr_max(tag, &name) {
                if let Some(n) = clean_number(&value, max) {
                    dst.set_attribute(&name, &n.to_string())?;
                    has_w |= name == "width";
                    has_h |= name == "height";
                }
            } else if name == "style" {
                style_facts = Some(read_style(&value));
            } else if tag == "a" && name == "href" {
                if let Some(url) = self.url(&value, UrlUse::Link) {
                    dst.set_attribute("href", &url)?;
                    dst.set_attribute("rel", "noopener noreferrer")?;
                    // Other sites open in a new tab; mail links open the
                    // mail app, not an empty tab.
                    if !url.starts_with("mailto:") && !is_same_origin(&url, self.opts.page_origin) {
                        dst.set_attribute("target", "_blank")?;
                    }
                }
            } else if tag == "img" && name == "src" {
                if let Some(url) = self.url(&value, UrlUse::Image) {
                    dst.set_attribute("src", &url)?;
                }
            }
        }
        if let Some(f) = style_facts {
            if let Some(a) = f.align.filter(|_| takes_align(tag)) {
                dst.set_attribute("class", a.class())?;
            }
            if tag == "img" {
                // Editors size photos by style; as attributes they reserve
                // the image's space before it loads (no layout shift).
                if let (Some(w), false) = (f.width, has_w) {
                    dst.set_attribute("width", &w.to_string())?;
                }
                if let (Some(h), false) = (f.height, has_h) {
                    dst.set_attribute("height", &h.to_string())?;
                }
            }
        }
        if tag == "img" {
            if !dst.has_attribute("src") {
                return Ok(false);
            }
            if !dst.has_attribute("alt") {
                dst.set_attribute("alt", "")?;
            }
            self.images += 1;
            if self.images == 1 {
                dst.set_attribute("fetchpriority", "high")?;
            } else {
                dst.set_attribute("loading", "lazy")?;
            }
            dst.set_attribute("decoding", "async")?;
        }
        Ok(true)
    }

    fn url(&self, raw: &str, use_: UrlUse) -> Option<String> {
        if !scheme_allowed(raw, use_) {
            return None;
        }
        let base = match use_ {
            UrlUse::Image => self.opts.base,
            UrlUse::Link => self.opts.page_origin,
        };
        let url = Url::new_with_base(raw.trim(), base).ok()?;
        match judge_resolved(&url.protocol(), use_, self.opts.page_is_https) {
            Verdict::Keep => Some(url.href()),
            Verdict::UpgradeToHttps => {
                url.set_protocol("https:");
                Some(url.href())
            }
            Verdict::Reject => None,
        }
    }

    /// CMS editors caption photos with a two-row table: photo, then caption.
    /// Such a table becomes a `<figure>` with its `<figcaption>`, which reads
    /// right to screen readers and fits a phone's width.
    fn photo_table(&mut self, table: &Element, dst: &Node, depth: usize) -> Result<bool, JsValue> {
        if table.query_selector_all("img")?.length() != 1 || table.query_selector("table")?.is_some() {
            return Ok(false);
        }
        let cells = table.query_selector_all("td, th")?;
        if cells.length() > 3 {
            return Ok(false);
        }
        let figure = self.out.create_element("figure")?;
        figure.set_attribute("class", "tt-figure")?;
        let mut caption: Option<Element> = None;
        for i in 0..cells.length() {
            let Some(cell) = cells.item(i) else { continue };
            let Some(cell) = cell.dyn_ref::<Element>() else {
                continue;
            };
            if cell.query_selector("img")?.is_some() {
                self.children(cell, &figure, depth + 1)?;
            } else if !cell.text_content().unwrap_or_default().trim().is_empty() {
                let cap = match &caption {
                    Some(c) => c.clone(),
                    None => {
                        let c = self.out.create_element("figcaption")?;
                        figure.append_child(&c)?;
                        caption = Some(c.clone());
                        c
                    }
                };
                self.children(cell, &cap, depth + 1)?;
            }
        }
        dst.append_child(&figure)?;
        Ok(true)
    }
}

/// Finds the body's last non-empty block and, if it is the author's name,
/// marks it as the byline.
fn mark_byline(fragment: &DocumentFragment, author: Option<&str>) -> bool {
    let Some(author) = author else { return false };
    let mut node = fragment.last_element_child();
    while let Some(el) = node {
        let text = el.text_content().unwrap_or_default();
        if text.trim_matches(|c: char| c.is_whitespace()).is_empty() {
            node = el.previous_element_sibling();
            continue;
        }
        if matches!(el.local_name().as_str(), "p" | "div") && is_byline(&text, author) {
            let class = el.get_attribute("class").map(|c| c + " ").unwrap_or_default();
            return el.set_attribute("class", &(class + "tt-byline")).is_ok();
        }
        return false;
    }
    false
}
