//! The sanitizer's browser half: parse inertly, rebuild from the allowlist
//! with the shared walk ([`super::walk`]).
//!
//! The parsed source is hostile, and a DOM lets it shadow properties: a
//! `<form>`'s controls are its properties by name (`<input name=firstChild>`
//! makes `form.firstChild` that input), a document's named images and forms
//! are its properties. So every read of the source goes through the
//! prototype's own getter or method (`#[wasm_bindgen(final)]`:
//! `Node.prototype`'s `firstChild` getter called on the node), never a
//! property lookup on the node. They are declared in one place, [`reads!`],
//! which also lists them in [`READS`] for the test that clobbers each.

pub use super::walk::Options;
use super::walk::{self, Kind, Sink, Source};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Document, DocumentFragment, DomParser, Element, Node, SupportedType, Url};

const XHTML: &str = "http://www.w3.org/1999/xhtml";

/// Declares the source reads, each bound to its prototype, and lists their
/// JS names in `READS`.
macro_rules! reads {
    ($($class:literal . $js:ident: fn $f:ident($($arg:ident: $at:ty),*) -> $ret:ty $([$getter:ident])?;)*) => {
        #[wasm_bindgen]
        extern "C" {
            /// A node (or attribute map, or attribute) of the parsed source.
            #[derive(Clone)]
            type Src;
            $(
                #[wasm_bindgen(method, final, $($getter,)? js_class = $class, js_name = $js)]
                fn $f(this: &Src $(, $arg: $at)*) -> $ret;
            )*
        }

        /// Every property and method the walk reads from the parsed source.
        pub const READS: &[&str] = &[$(stringify!($js)),*];
    };
}

reads! {
    "Document".body: fn body() -> Option<Src> [getter];
    "Node".nodeType: fn node_type() -> u16 [getter];
    "Node".nodeValue: fn node_value() -> Option<String> [getter];
    "Node".firstChild: fn first_child() -> Option<Src> [getter];
    "Node".nextSibling: fn next_sibling() -> Option<Src> [getter];
    "Node".textContent: fn text_content() -> Option<String> [getter];
    "Element".querySelectorAll: fn query_selector_all(selector: &str) -> Src;
    "NodeList".length: fn list_length() -> u32 [getter];
    "NodeList".item: fn list_item(i: u32) -> Option<Src>;
    "Element".namespaceURI: fn namespace_uri() -> Option<String> [getter];
    "Element".localName: fn local_name() -> String [getter];
    "Element".attributes: fn attributes() -> Src [getter];
    "NamedNodeMap".length: fn length() -> u32 [getter];
    "NamedNodeMap".item: fn item(i: u32) -> Option<Src>;
    "Attr".localName: fn attr_name() -> String [getter];
    "Attr".value: fn attr_value() -> String [getter];
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
    let doc = window.document().ok_or("no document")?;
    let parsed = DomParser::new()?.parse_from_string(html, SupportedType::TextHtml)?;
    let fragment = doc.create_document_fragment();
    let mut out = Build {
        doc,
        root: fragment.clone().into(),
    };
    let byline_in_body = walk::run(&Parsed, parsed.unchecked_ref::<Src>().body(), &mut out, opts);
    Ok(Sanitized {
        fragment,
        byline_in_body,
    })
}

/// The `DOMParser` document, read through the prototypes only.
struct Parsed;

impl Source for Parsed {
    type Node = Src;

    fn kind(&self, n: &Src) -> Kind {
        match n.node_type() {
            Node::ELEMENT_NODE => Kind::Element,
            Node::TEXT_NODE => Kind::Text,
            _ => Kind::Other,
        }
    }

    fn text(&self, n: &Src) -> String {
        n.node_value().unwrap_or_default()
    }

    fn html_name(&self, n: &Src) -> Option<String> {
        (n.namespace_uri().as_deref() == Some(XHTML)).then(|| n.local_name())
    }

    fn attribute_count(&self, n: &Src) -> u32 {
        n.attributes().length()
    }

    fn attribute(&self, n: &Src, i: u32) -> Option<(String, String)> {
        let a = n.attributes().item(i)?;
        Some((a.attr_name(), a.attr_value()))
    }

    fn first_child(&self, n: &Src) -> Option<Src> {
        n.first_child()
    }

    fn next_sibling(&self, n: &Src) -> Option<Src> {
        n.next_sibling()
    }

    fn text_content(&self, n: &Src) -> String {
        n.text_content().unwrap_or_default()
    }

    fn select(&self, n: &Src, selector: &str) -> Vec<Src> {
        let list = n.query_selector_all(selector);
        (0..list.list_length()).filter_map(|i| list.list_item(i)).collect()
    }
}

/// Fresh nodes of the page's own document (never touched by the source).
struct Build {
    doc: Document,
    root: Node,
}

/// Creating and appending fresh nodes of allowlisted names cannot fail; if
/// the browser said otherwise, the node would be missing, never a trap.
impl Sink for Build {
    type Node = Node;

    fn root(&self) -> Node {
        self.root.clone()
    }

    #[inline(never)]
    fn fragment(&mut self) -> Node {
        self.doc.create_document_fragment().into()
    }

    #[inline(never)]
    fn element(&mut self, tag: &'static str) -> Node {
        match self.doc.create_element(tag) {
            Ok(el) => el.into(),
            Err(_) => self.fragment(),
        }
    }

    #[inline(never)]
    fn set_attribute(&mut self, el: &Node, name: &str, value: &str) {
        let _ = el.unchecked_ref::<Element>().set_attribute(name, value);
    }

    #[inline(never)]
    fn attribute(&self, el: &Node, name: &str) -> Option<String> {
        el.unchecked_ref::<Element>().get_attribute(name)
    }

    #[inline(never)]
    fn append_text(&mut self, parent: &Node, text: &str) {
        let _ = parent.append_child(&self.doc.create_text_node(text));
    }

    #[inline(never)]
    fn append(&mut self, parent: &Node, child: &Node) {
        let _ = parent.append_child(child);
    }

    #[inline(never)]
    fn text_content(&self, n: &Node) -> String {
        n.text_content().unwrap_or_default()
    }

    #[inline(never)]
    fn resolve(&self, raw: &str, base: &str) -> Option<String> {
        Url::new_with_base(raw, base).ok().map(|u| u.href())
    }

    #[inline(never)]
    fn to_https(&self, href: &str) -> Option<String> {
        let url = Url::new(href).ok()?;
        url.set_protocol("https:");
        Some(url.href())
    }
}
