//! The sanitizer's server half: the body parsed by html5ever (through
//! `scraper`'s tree, as a `DOMParser` would parse it: a whole document,
//! scripting off), walked by the browser's own walk ([`super::walk`]) into a
//! small tree, serialised as HTML that parses back to the same tree.
//!
//! The serialiser knows only the allowlist: an element not in it, raw-text
//! and RCDATA elements (`script`, `style`, `textarea`, `title`, `noscript`,
//! `xmp`, `iframe`, `noembed`, `noframes`, `plaintext`) and foreign content
//! among them, cannot be written, whatever the walk hands it.

use super::rules::is_kept;
use super::walk::{self, Kind, Options, Sink, Source};
use ego_tree::NodeId;
use html5ever::tendril::{StrTendril, TendrilSink};
use html5ever::tree_builder::{ElementFlags, NodeOrText, QuirksMode, TreeSink};
use html5ever::{ns, Attribute, ParseOpts, QualName};
use scraper::{Html, HtmlTreeSink, Node};
use std::borrow::Cow;
use std::cell::{Ref, RefCell};
use std::collections::HashSet;

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

type SrcNode<'a> = ego_tree::NodeRef<'a, Node>;

/// scraper's tree, plus what scraper forgets: which `annotation-xml`
/// elements are HTML integration points (`encoding="text/html"`). Without
/// it `<math><annotation-xml encoding="text/html"><style>` parses unlike
/// any browser: the mutation XSS of DOMPurify's bypasses (tests/browser.rs
/// found it with the corpus's vector #172).
struct Tree {
    inner: HtmlTreeSink,
    integration_points: RefCell<HashSet<NodeId>>,
}

impl TreeSink for Tree {
    type Handle = NodeId;
    type Output = Html;
    type ElemName<'a> = Ref<'a, QualName>;

    fn finish(self) -> Html {
        self.inner.finish()
    }
    fn parse_error(&self, _msg: Cow<'static, str>) {}
    fn get_document(&self) -> NodeId {
        self.inner.get_document()
    }
    fn elem_name<'a>(&'a self, target: &'a NodeId) -> Ref<'a, QualName> {
        self.inner.elem_name(target)
    }
    fn create_element(&self, name: QualName, attrs: Vec<Attribute>, flags: ElementFlags) -> NodeId {
        let point = flags.mathml_annotation_xml_integration_point;
        let id = self.inner.create_element(name, attrs, flags);
        if point {
            self.integration_points.borrow_mut().insert(id);
        }
        id
    }
    fn is_mathml_annotation_xml_integration_point(&self, handle: &NodeId) -> bool {
        self.integration_points.borrow().contains(handle)
    }
    fn create_comment(&self, text: StrTendril) -> NodeId {
        self.inner.create_comment(text)
    }
    fn create_pi(&self, target: StrTendril, data: StrTendril) -> NodeId {
        self.inner.create_pi(target, data)
    }
    fn append(&self, parent: &NodeId, child: NodeOrText<NodeId>) {
        self.inner.append(parent, child)
    }
    fn append_based_on_parent_node(&self, element: &NodeId, prev: &NodeId, child: NodeOrText<NodeId>) {
        self.inner.append_based_on_parent_node(element, prev, child)
    }
    fn append_doctype_to_document(&self, name: StrTendril, public_id: StrTendril, system_id: StrTendril) {
        self.inner.append_doctype_to_document(name, public_id, system_id)
    }
    fn get_template_contents(&self, target: &NodeId) -> NodeId {
        self.inner.get_template_contents(target)
    }
    fn same_node(&self, x: &NodeId, y: &NodeId) -> bool {
        self.inner.same_node(x, y)
    }
    fn set_quirks_mode(&self, mode: QuirksMode) {
        self.inner.set_quirks_mode(mode)
    }
    fn append_before_sibling(&self, sibling: &NodeId, new_node: NodeOrText<NodeId>) {
        self.inner.append_before_sibling(sibling, new_node)
    }
    fn add_attrs_if_missing(&self, target: &NodeId, attrs: Vec<Attribute>) {
        self.inner.add_attrs_if_missing(target, attrs)
    }
    fn remove_from_parent(&self, target: &NodeId) {
        self.inner.remove_from_parent(target)
    }
    fn reparent_children(&self, node: &NodeId, new_parent: &NodeId) {
        self.inner.reparent_children(node, new_parent)
    }
}

struct Parsed<'a>(&'a Html);

impl<'a> Parsed<'a> {
    /// The document's body: as `document.body`, the html element's first
    /// `body` or `frameset` child.
    fn body(&self) -> Option<SrcNode<'a>> {
        let html = self
            .0
            .tree
            .root()
            .children()
            .find(|n| self.html_name(n).as_deref() == Some("html"))?;
        html.children()
            .find(|n| matches!(self.html_name(n).as_deref(), Some("body" | "frameset")))
    }
}

impl<'a> Source for Parsed<'a> {
    type Node = SrcNode<'a>;

    fn kind(&self, n: &Self::Node) -> Kind {
        match n.value() {
            Node::Element(_) => Kind::Element,
            Node::Text(_) => Kind::Text,
            _ => Kind::Other,
        }
    }

    fn text(&self, n: &Self::Node) -> String {
        n.value().as_text().map(|t| t.to_string()).unwrap_or_default()
    }

    fn html_name(&self, n: &Self::Node) -> Option<String> {
        let el = n.value().as_element()?;
        (el.name.ns == ns!(html)).then(|| el.name.local.to_string())
    }

    fn attribute_count(&self, n: &Self::Node) -> u32 {
        n.value().as_element().map_or(0, |el| el.attrs.len() as u32)
    }

    fn attribute(&self, n: &Self::Node, i: u32) -> Option<(String, String)> {
        let (name, value) = n.value().as_element()?.attrs.get(i as usize)?;
        Some((name.local.to_string(), value.to_string()))
    }

    fn first_child(&self, n: &Self::Node) -> Option<Self::Node> {
        // A template's contents hang under a fragment in this tree; in a
        // DOM they are not the template's children.
        match n.value() {
            Node::Fragment => None,
            _ => n.first_child(),
        }
    }

    fn next_sibling(&self, n: &Self::Node) -> Option<Self::Node> {
        n.next_sibling()
    }

    fn select(&self, n: &Self::Node, selector: &str) -> Vec<Self::Node> {
        walk::descendants(self, n)
            .into_iter()
            .filter(|d| {
                d.value()
                    .as_element()
                    .is_some_and(|el| selector.split(", ").any(|name| *el.name.local == *name))
            })
            .collect()
    }

    fn text_content(&self, n: &Self::Node) -> String {
        walk::descendants(self, n)
            .iter()
            .filter_map(|d| d.value().as_text().map(|t| &**t))
            .collect()
    }
}

/// The output tree: node 0 is the root fragment.
struct Out {
    nodes: Vec<ONode>,
    base: Option<url::Url>,
    base_raw: String,
}

enum ONode {
    Fragment(Vec<usize>),
    Element {
        tag: &'static str,
        attrs: Vec<(String, String)>,
        children: Vec<usize>,
    },
    Text(String),
}

impl Out {
    fn new(base: &str) -> Self {
        Out {
            nodes: vec![ONode::Fragment(Vec::new())],
            base: url::Url::parse(base).ok(),
            base_raw: base.to_string(),
        }
    }

    fn children_mut(&mut self, n: usize) -> Option<&mut Vec<usize>> {
        match &mut self.nodes[n] {
            ONode::Fragment(c) | ONode::Element { children: c, .. } => Some(c),
            ONode::Text(_) => None,
        }
    }

    fn children(&self, n: usize) -> &[usize] {
        match &self.nodes[n] {
            ONode::Fragment(c) | ONode::Element { children: c, .. } => c,
            ONode::Text(_) => &[],
        }
    }

    fn serialize(&self, n: usize, out: &mut String) {
        match &self.nodes[n] {
            ONode::Text(t) => escape(t, false, out),
            ONode::Fragment(children) => children.iter().for_each(|c| self.serialize(*c, out)),
            ONode::Element { tag, attrs, children } => {
                // Structurally the allowlist only: nothing else is written,
                // nor anything in it.
                if !is_kept(tag) {
                    return;
                }
                out.push('<');
                out.push_str(tag);
                for (name, value) in attrs {
                    if name.is_empty() || !name.bytes().all(|b| b.is_ascii_lowercase() || b == b'-') {
                        continue;
                    }
                    out.push(' ');
                    out.push_str(name);
                    out.push_str("=\"");
                    escape(value, true, out);
                    out.push('"');
                }
                out.push('>');
                if super::nesting::is_void(tag) {
                    return;
                }
                // The parser drops a newline right after `<pre>`: one more
                // keeps a text's own.
                if *tag == "pre" {
                    if let Some(ONode::Text(t)) = children.first().map(|c| &self.nodes[*c]) {
                        if t.starts_with('\n') {
                            out.push('\n');
                        }
                    }
                }
                children.iter().for_each(|c| self.serialize(*c, out));
                out.push_str("</");
                out.push_str(tag);
                out.push('>');
            }
        }
    }
}

/// Escapes text (`&`, `<`, `>`, no-break space) or an attribute value (also
/// `"`), as the HTML serialiser does; a carriage return is written as a
/// reference, or the parser would read it as a newline.
fn escape(s: &str, attr: bool, out: &mut String) {
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '\u{a0}' => out.push_str("&nbsp;"),
            '\r' => out.push_str("&#13;"),
            '"' if attr => out.push_str("&quot;"),
            c => out.push(c),
        }
    }
}

impl Sink for Out {
    type Node = usize;

    fn root(&self) -> usize {
        0
    }

    fn fragment(&mut self) -> usize {
        self.nodes.push(ONode::Fragment(Vec::new()));
        self.nodes.len() - 1
    }

    fn element(&mut self, tag: &'static str) -> usize {
        self.nodes.push(ONode::Element {
            tag,
            attrs: Vec::new(),
            children: Vec::new(),
        });
        self.nodes.len() - 1
    }

    fn set_attribute(&mut self, el: &usize, name: &str, value: &str) {
        if let ONode::Element { attrs, .. } = &mut self.nodes[*el] {
            match attrs.iter_mut().find(|(n, _)| n == name) {
                Some((_, v)) => *v = value.to_string(),
                None => attrs.push((name.to_string(), value.to_string())),
            }
        }
    }

    fn attribute(&self, el: &usize, name: &str) -> Option<String> {
        match &self.nodes[*el] {
            ONode::Element { attrs, .. } => attrs.iter().find(|(n, _)| n == name).map(|(_, v)| v.clone()),
            _ => None,
        }
    }

    fn append_text(&mut self, parent: &usize, text: &str) {
        self.nodes.push(ONode::Text(text.to_string()));
        let t = self.nodes.len() - 1;
        if let Some(c) = self.children_mut(*parent) {
            c.push(t);
        }
    }

    fn append(&mut self, parent: &usize, child: &usize) {
        // A fragment's children move; the fragment stays empty, as in a DOM.
        let moved = match &mut self.nodes[*child] {
            ONode::Fragment(c) => std::mem::take(c),
            _ => vec![*child],
        };
        if let Some(c) = self.children_mut(*parent) {
            c.extend(moved);
        }
    }

    fn text_content(&self, n: &usize) -> String {
        match &self.nodes[*n] {
            ONode::Text(t) => t.clone(),
            _ => self.children(*n).iter().map(|c| self.text_content(c)).collect(),
        }
    }

    fn resolve(&self, raw: &str, base: &str) -> Option<String> {
        let parsed;
        let base = if base == self.base_raw {
            self.base.as_ref()
        } else {
            parsed = url::Url::parse(base).ok();
            parsed.as_ref()
        }?;
        base.join(raw).ok().map(String::from)
    }

    fn to_https(&self, href: &str) -> Option<String> {
        let mut url = url::Url::parse(href).ok()?;
        url.set_scheme("https").ok()?;
        Some(url.into())
    }
}
