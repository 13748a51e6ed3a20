//! The sanitizer's one walk, for the browser and the server alike: it reads
//! a parsed source tree ([`Source`]) and builds the allowlisted output
//! ([`Sink`]). The browser reads a `DOMParser` document and builds DOM
//! nodes ([`super::dom`]); the server reads html5ever's tree and builds a
//! tree it serialises ([`super::html`]). What is kept is decided here and in
//! [`super::rules`], [`super::url_rules`] and [`super::nesting`], never in
//! an implementation.

mod attrs;
mod figure;
mod io;

pub use io::{descendants, Kind, Sink, Source};

use super::nesting::{fit, flags, is_block, is_void, text_fits, Fit, Open};
use super::rules::{drops_when_blank, is_blank, tag_action, TagAction, MAX_DEPTH};

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
        breaks: BLANK,
        shown: 0,
    };
    if let Some(body) = body {
        w.children(&body, &root, 0);
    }
    w.mark_byline()
}

/// [`Walk::breaks`] where another line break would show only blank space.
const BLANK: u8 = 2;

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
    /// Line breaks since something last showed: one ends a line, a second
    /// leaves one blank line; more, or any at a block's start or after a
    /// block (counted as [`BLANK`]), only add blank space, and go.
    breaks: u8,
    /// Elements appended so far that show something without text (blocks,
    /// images, rules): a `p` or `div` that gained none and whose text is
    /// blank goes.
    shown: u32,
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
            if !is_blank(&text) {
                self.breaks = 0;
            }
        }
    }

    fn append(&mut self, dst: &W::Node, new: W::Node, tag: &'static str) {
        self.out.append(dst, &new);
        self.fresh_pre = false;
        if tag == "br" {
            self.breaks += 1;
        } else if is_block(tag) {
            self.breaks = BLANK;
            self.shown += 1;
        } else if is_void(tag) {
            self.breaks = 0;
            self.shown += 1;
        }
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
            TagAction::Keep("br") if self.breaks >= BLANK => return,
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
            let shown = self.shown;
            self.stack.push(("p", flags("p")));
            self.breaks = BLANK;
            self.children(el, &holder, depth + 1);
            let tag = self.stack.pop().map_or("p", |o| o.0);
            if self.blank_since(shown, &holder) {
                return;
            }
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
            let shown = self.shown;
            self.fresh_pre = tag == "pre";
            self.stack.push((tag, flags(tag)));
            if is_block(tag) {
                self.breaks = BLANK;
            }
            self.children(el, &new, depth + 1);
            self.stack.pop();
            if drops_when_blank(tag) && self.blank_since(shown, &new) {
                return;
            }
        }
        self.append(dst, new, tag)
    }

    /// Whether `el`, built since `shown` elements had been appended, shows
    /// nothing: no block, image or rule, and blank text. (Then it is not
    /// appended, and the line stays empty.)
    fn blank_since(&mut self, shown: u32, el: &W::Node) -> bool {
        let blank = self.shown == shown && is_blank(&self.out.text_content(el));
        if blank {
            self.breaks = BLANK;
        }
        blank
    }
}
