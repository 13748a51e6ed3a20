//! The two shapes editors give their content that the walk recognises:
//! photos captioned in a table (become `<figure>`s) and a typed byline.

use super::{Sink, Source, Walk};
use crate::sanitize::nesting::flags;
use crate::sanitize::rules::is_byline;

impl<S: Source, W: Sink> Walk<'_, S, W> {
    /// CMS editors caption photos with a two-row table: photo, then caption.
    /// One image, no nested table, at most three cells.
    pub(super) fn is_photo_table(&self, table: &S::Node) -> bool {
        self.src.select(table, "img").len() == 1
            && self.src.select(table, "table").is_empty()
            && self.src.select(table, "td, th").len() <= 3
    }

    /// Such a table becomes a `<figure>` with its `<figcaption>`, which reads
    /// right to screen readers and fits a phone's width.
    pub(super) fn photo_table(&mut self, table: &S::Node, dst: &W::Node, depth: usize) {
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
    pub(super) fn mark_byline(&mut self) -> bool {
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
