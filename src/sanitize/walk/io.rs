//! What the walk reads and what it builds: the two small traits each side
//! implements (the browser's DOM, the server's html5ever tree), and the
//! source's nodes in document order.

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
