//! The body as html5ever parses it, read by the walk ([`Source`]).

use crate::sanitize::walk::{self, Kind, Source};
use ego_tree::NodeId;
use html5ever::tendril::StrTendril;
use html5ever::tree_builder::{ElementFlags, NodeOrText, QuirksMode, TreeSink};
use html5ever::{ns, Attribute, QualName};
use scraper::{Html, HtmlTreeSink, Node};
use std::borrow::Cow;
use std::cell::{Ref, RefCell};
use std::collections::HashSet;

type SrcNode<'a> = ego_tree::NodeRef<'a, Node>;

/// scraper's tree, plus what scraper forgets: which `annotation-xml`
/// elements are HTML integration points (`encoding="text/html"`). Without
/// it `<math><annotation-xml encoding="text/html"><style>` parses unlike
/// any browser: the mutation XSS of DOMPurify's bypasses (tests/browser.rs
/// found it with the corpus's vector #172).
pub(super) struct Tree {
    pub(super) inner: HtmlTreeSink,
    pub(super) integration_points: RefCell<HashSet<NodeId>>,
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

pub(super) struct Parsed<'a>(pub(super) &'a Html);

impl<'a> Parsed<'a> {
    /// The document's body: as `document.body`, the html element's first
    /// `body` or `frameset` child.
    pub(super) fn body(&self) -> Option<SrcNode<'a>> {
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
