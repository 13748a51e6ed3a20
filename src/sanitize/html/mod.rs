//! The sanitizer's server half: the body parsed by html5ever (through
//! `scraper`'s tree, as a `DOMParser` would parse it: a whole document,
//! scripting off: [`parse`]), walked by the browser's own walk
//! ([`super::walk`]) into a small tree, serialised as HTML that parses back
//! to the same tree ([`out`]).
//!
//! The serialiser knows only the allowlist: an element not in it, raw-text
//! and RCDATA elements (`script`, `style`, `textarea`, `title`, `noscript`,
//! `xmp`, `iframe`, `noembed`, `noframes`, `plaintext`) and foreign content
//! among them, cannot be written, whatever the walk hands it.

mod out;
mod parse;

use super::walk::{self, Options};
use html5ever::tendril::TendrilSink;
use html5ever::ParseOpts;
use out::Out;
use parse::{Parsed, Tree};
use scraper::{Html, HtmlTreeSink};
use std::cell::RefCell;

/// A sanitized body as HTML, ready to be put in the page.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SanitizedHtml {
    pub html: String,
    /// The body ends with the author's byline, so the page shows no second one.
    pub byline_in_body: bool,
}

/// Deeper than this, a body is cut where it gets deeper: html5ever takes
/// time quadratic in the depth of open elements (20,000 nested `<div>`s:
/// ~3 s), and a hostile backend must not hold a server thread that long.
/// Real articles nest a dozen levels; the walk flattens beyond 48 anyway.
pub const MAX_PARSE_DEPTH: usize = 6_000;

/// Parses `html` as the browser's `DOMParser` would and returns the
/// allowlisted rest as HTML.
pub fn sanitize_to_html(html: &str, opts: &Options) -> SanitizedHtml {
    let html = &html[..within_depth(html, MAX_PARSE_DEPTH)];
    let mut parse = ParseOpts::default();
    // A DOMParser document has no scripting: `<noscript>` holds markup.
    parse.tree_builder.scripting_enabled = false;
    let sink = Tree {
        inner: HtmlTreeSink::new(Html::new_document()),
        integration_points: RefCell::default(),
    };
    let doc = html5ever::driver::parse_document(sink, parse).one(html);
    let src = Parsed(&doc);
    let mut out = Out::new(opts.base);
    let byline_in_body = walk::run(&src, src.body(), &mut out, opts);
    let mut html = String::new();
    out.serialize(0, &mut html);
    SanitizedHtml { html, byline_in_body }
}

/// How much of `html` opens at most `max` elements that stay open (a
/// linear scan of its tags, not a parse: start tags count +1, end tags -1,
/// self-closing and void ones 0). A prefix, cut before the first tag past
/// the limit.
pub fn within_depth(html: &str, max: usize) -> usize {
    const VOID: &[&[u8]] = &[
        b"area", b"base", b"br", b"col", b"embed", b"hr", b"img", b"input", b"link", b"meta", b"source", b"track",
        b"wbr",
    ];
    let bytes = html.as_bytes();
    let (mut depth, mut i) = (0usize, 0usize);
    while let Some(at) = bytes[i..].iter().position(|&b| b == b'<').map(|p| i + p) {
        let end = bytes[at..]
            .iter()
            .position(|&b| b == b'>')
            .map_or(bytes.len(), |p| at + p + 1);
        let tag = &bytes[at + 1..end.saturating_sub(1).max(at + 1)];
        if let Some(name) = tag.strip_prefix(b"/") {
            if name.first().is_some_and(u8::is_ascii_alphabetic) {
                depth = depth.saturating_sub(1);
            }
        } else if tag.first().is_some_and(u8::is_ascii_alphabetic) && !tag.ends_with(b"/") {
            let name_len = tag.iter().position(|b| !b.is_ascii_alphanumeric()).unwrap_or(tag.len());
            let name = tag[..name_len].to_ascii_lowercase();
            if !VOID.contains(&name.as_slice()) {
                depth += 1;
                if depth > max {
                    return at;
                }
            }
        }
        i = end;
    }
    bytes.len()
}
