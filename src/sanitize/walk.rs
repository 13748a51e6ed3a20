//! The sanitizer's one walk, for the browser and the server alike: it reads
//! a parsed source tree ([`Source`]) and builds the allowlisted output
//! ([`Sink`]). The browser reads a `DOMParser` document and builds DOM
//! nodes ([`super::dom`]); the server reads html5ever's tree and builds a
//! tree it serialises ([`super::html`]). What is kept is decided here and in
//! [`super::rules`], [`super::url_rules`] and [`super::nesting`], never in
//! an implementation.

use super::nesting::{fit, flags, is_void, text_fits, Fit, Open};
use super::rules::{
    clean_dir, clean_number, is_byline, is_plain_attr, numeric_attr_max, read_style, tag_action, takes_align,
    TagAction, MAX_DEPTH,
};
use super::url_rules::{
    encode_unusual, is_same_origin, judge_resolved, plain_host, scheme_allowed, strip_url, UrlUse, Verdict,
};

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

/// What a source node is, as far as the walk cares.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    Element,
    Text,
    /// Comments, doctypes, processing instructions: never content.
    Other,
}

/// The parsed source, read only.
pub trait Source {
    type Node: Clone;
    fn kind(&self, n: &Self::Node) -> Kind;
    /// A text node's text.
    fn text(&self, n: &Self::Node) -> String;
    /// An element's local name, if it is an HTML element (SVG, MathML and
    /// anything else foreign: `None`). Asked of elements only.
    fn html_name(&self, n: &Self::Node) -> Option<String>;
    /// How many attributes an element has. Asked of elements only.
    fn attribute_count(&self, n: &Self::Node) -> u32;
    /// An element's `i`th attribute: local name and value.
    fn attribute(&self, n: &Self::Node, i: u32) -> Option<(String, String)>;
    /// The first child; a template's contents are not its children.
    fn first_child(&self, n: &Self::Node) -> Option<Self::Node>;
    fn next_sibling(&self, n: &Self::Node) -> Option<Self::Node>;
    /// The text of every text node under `n`, as the DOM's `textContent`
    /// (a template's contents are not under it).
    fn text_content(&self, n: &Self::Node) -> String;
    /// The elements under `n` that `selector` matches, in document order,
    /// as the DOM's `querySelectorAll`: `selector` is a list of names
    /// (`"td, th"`), which match elements of that local name in any
    /// namespace (CSS type selectors in an HTML document).
    fn select(&self, n: &Self::Node, selector: &str) -> Vec<Self::Node>;
}

/// The output being built, and the URL parser that resolves its URLs.
/// Building cannot fail: the output is fresh nodes of known names.
pub trait Sink {
    type Node: Clone;
    /// The fragment everything goes into.
    fn root(&self) -> Self::Node;
    /// A holder whose children move into the node it is appended to.
    fn fragment(&mut self) -> Self::Node;
    fn element(&mut self, tag: &'static str) -> Self::Node;
    fn set_attribute(&mut self, el: &Self::Node, name: &str, value: &str);
    fn attribute(&self, el: &Self::Node, name: &str) -> Option<String>;
    fn append_text(&mut self, parent: &Self::Node, text: &str);
    fn append(&mut self, parent: &Self::Node, child: &Self::Node);
    fn text_content(&self, n: &Self::Node) -> String;
    /// `raw` parsed against `base` as the WHATWG URL parser does: its href.
    fn resolve(&self, raw: &str, base: &str) -> Option<String>;
    /// An `http:` href with its scheme set to `https` (the URL parser's
    /// rules: a default port goes).
    fn to_https(&self, href: &str) -> Option<String>;
}

/// Walks the children of `body` (if any) into `out`'s root; returns whether
/// the body ends with the author's byline (then marked `tt-byline`).
pub fn run<S: Source, W: Sink>(src: &S, body: Option<S::Node>, out: &mut W, opts: &Options) -> bool {
    let root = out.root();
    let mut w = Walk {
        src,
        out,
        opts,
        images: 0,
        stack: Vec::new(),
        top: Vec::new(),
        fresh_pre: false,
    };
    if let Some(body) = body {
        w.children(&body, &root, 0);
    }
    w.mark_byline()
}

struct Walk<'a, S: Source, W: Sink> {
    src: &'a S,
    out: &'a mut W,
    opts: &'a Options<'a>,
    images: u32,
    /// The output's open elements where the walk is (see [`super::nesting`]).
    stack: Vec<Open>,
    /// The root's element children, for the byline.
    top: Vec<(W::Node, &'static str)>,
    /// The `pre` being built has no child yet.
    fresh_pre: bool,
}

/// Text as it can stay in a DOM that gets serialised and parsed again: a
/// carriage return (from `&#13;`) would come back a newline.
fn no_cr(s: &str) -> String {
    s.chars().map(|c| if c == '\r' { '\n' } else { c }).collect()
}

impl<S: Source, W: Sink> Walk<'_, S, W> {
    fn children(&mut self, src: &S::Node, dst: &W::Node, depth: usize) {
        let mut child = self.src.first_child(src);
        while let Some(node) = child {
            match self.src.kind(&node) {
                Kind::Text => self.text(dst, &self.src.text(&node)),
                Kind::Element => self.element(&node, dst, depth),
                Kind::Other => {}
            }
            child = self.src.next_sibling(&node);
        }
    }

    fn text(&mut self, dst: &W::Node, text: &str) {
        let mut text = no_cr(text);
        if self.fresh_pre && self.stack.last().map(|o| o.0) == Some("pre") {
            // The parser drops a newline right after `<pre>` (and browsers
            // serialise none back): a pre's text starts with no newline.
            text = text.trim_start_matches('\n').to_string();
            if text.is_empty() {
                return;
            }
        }
        if text_fits(&self.stack, &text) {
            self.out.append_text(dst, &text);
            self.fresh_pre = false;
        }
    }

    fn append(&mut self, dst: &W::Node, new: W::Node, tag: &'static str) {
        self.out.append(dst, &new);
        self.fresh_pre = false;
        if self.stack.is_empty() {
            self.top.push((new, tag));
        }
    }

    fn element(&mut self, el: &S::Node, dst: &W::Node, depth: usize) {
        // SVG and MathML (and anything else foreign) go whole: their parsing
        // rules are where mutation XSS lives.
        let Some(name) = self.src.html_name(el) else {
            return;
        };
        // The parser lower-cases HTML names (and attribute names).
        let action = tag_action(&name);
        if depth >= MAX_DEPTH {
            if !matches!(action, TagAction::Drop) {
                let text = self.src.text_content(el);
                self.text(dst, &text);
            }
            return;
        }
        let tag = match action {
            TagAction::Drop => return,
            TagAction::Unwrap => return self.children(el, dst, depth + 1),
            TagAction::Keep(tag) => tag,
        };
        let photo = tag == "table" && self.is_photo_table(el);
        // Where the parser would not leave it, the element is unwrapped; a
        // paragraph it would close becomes a div.
        loop {
            match fit(&self.stack, if photo { "figure" } else { tag }) {
                Fit::Fits => break,
                Fit::CloseP(i) => self.stack[i] = ("div", flags("div")),
                Fit::Misplaced => return self.children(el, dst, depth + 1),
            }
        }
        if photo {
            return self.photo_table(el, dst, depth);
        }
        if tag == "p" {
            // Built in a holder: a block in it makes it a div (see above).
            let holder = self.out.fragment();
            self.stack.push(("p", flags("p")));
            self.children(el, &holder, depth + 1);
            let tag = self.stack.pop().map_or("p", |o| o.0);
            let new = self.out.element(tag);
            self.attributes(el, &new, tag);
            self.out.append(&new, &holder);
            return self.append(dst, new, tag);
        }
        let new = self.out.element(tag);
        if !self.attributes(el, &new, tag) {
            return;
        }
        if !is_void(tag) {
            self.fresh_pre = tag == "pre";
            self.stack.push((tag, flags(tag)));
            self.children(el, &new, depth + 1);
            self.stack.pop();
        }
        self.append(dst, new, tag)
    }

    /// Copies the attributes the rules allow. Returns false when the element
    /// is pointless without a dropped one (an image without a safe source).
    fn attributes(&mut self, src: &S::Node, dst: &W::Node, tag: &str) -> bool {
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
    fn url(&self, raw: &str, use_: UrlUse) -> Option<String> {
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

    /// CMS editors caption photos with a two-row table: photo, then caption.
    /// One image, no nested table, at most three cells.
    fn is_photo_table(&self, table: &S::Node) -> bool {
        self.src.select(table, "img").len() == 1
            && self.src.select(table, "table").is_empty()
            && self.src.select(table, "td, th").len() <= 3
    }

    /// Such a table becomes a `<figure>` with its `<figcaption>`, which reads
    /// right to screen readers and fits a phone's width.
    fn photo_table(&mut self, table: &S::Node, dst: &W::Node, depth: usize) {
        let figure = self.out.element("figure");
        self.out.set_attribute(&figure, "class", "tt-figure");
        self.stack.push(("figure", flags("figure")));
        let mut caption: Option<W::Node> = None;
        for cell in self.src.select(table, "td, th") {
            if !self.src.select(&cell, "img").is_empty() {
                self.children(&cell, &figure, depth + 1);
            } else if !self.src.text_content(&cell).trim().is_empty() {
                let cap = match &caption {
                    Some(c) => c.clone(),
                    None => {
                        let c = self.out.element("figcaption");
                        self.out.append(&figure, &c);
                        caption = Some(c.clone());
                        c
                    }
                };
                self.stack.push(("figcaption", flags("figcaption")));
                self.children(&cell, &cap, depth + 1);
                self.stack.pop();
            }
        }
        self.stack.pop();
        self.append(dst, figure, "figure")
    }

    /// Finds the body's last non-empty block and, if it is the author's name,
    /// marks it as the byline.
    fn mark_byline(&mut self) -> bool {
        let Some(author) = self.opts.author else {
            return false;
        };
        for (el, tag) in self.top.iter().rev() {
            let text = self.out.text_content(el);
            if text.trim_matches(|c: char| c.is_whitespace()).is_empty() {
                continue;
            }
            if matches!(*tag, "p" | "div") && is_byline(&text, author) {
                let class = self.out.attribute(el, "class").map(|c| c + " ").unwrap_or_default();
                self.out.set_attribute(el, "class", &(class + "tt-byline"));
                return true;
            }
            return false;
        }
        false
    }
}

/// The descendants of `root` in document order (no recursion: the source
/// may be deeper than the stack).
pub fn descendants<S: Source>(src: &S, root: &S::Node) -> Vec<S::Node> {
    let mut all = Vec::new();
    let mut ancestors = Vec::new();
    let mut next = src.first_child(root);
    loop {
        match next {
            Some(n) => {
                next = match src.first_child(&n) {
                    Some(c) => {
                        ancestors.push(n.clone());
                        Some(c)
                    }
                    None => src.next_sibling(&n),
                };
                all.push(n);
            }
            None => match ancestors.pop() {
                Some(a) => next = src.next_sibling(&a),
                None => return all,
            },
        }
    }
}
