//! The walk's output on the server ([`Sink`]): a small tree of allowlisted
//! elements, and its serialisation.

use crate::sanitize::rules::is_kept;
use crate::sanitize::walk::Sink;

/// The output tree: node 0 is the root fragment.
pub(super) struct Out {
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
    pub(super) fn new(base: &str) -> Self {
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

    pub(super) fn serialize(&self, n: usize, out: &mut String) {
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
                if crate::sanitize::nesting::is_void(tag) {
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
