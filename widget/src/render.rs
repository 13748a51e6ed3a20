//! The widget's markup, built with plain DOM calls: a heading, the list
//! (compact, or cards with thumbnails), a link to more. Leptos would add
//! ~25 KB of brotli'd WASM to a bundle whose budget is 50 KB (measured), for a
//! view that only ever changes whole: loading, ready, failed.
//!
//! Class names only: the host page's CSP may forbid inline styles, and the
//! shadow root's stylesheet does the rest. Text goes in as text nodes.

use crate::data::Loaded;
use crate::options::{Kind, Layout, Theme, WidgetOptions};
use tintuc::api::{ApiError, ErrorKind};
use tintuc::i18n::{Locale, WidgetText};
use tintuc::route as routes;
use wasm_bindgen::JsCast;
use web_sys::{Document, Element, HtmlElement};

pub enum State<'a> {
    Loading,
    Ready(&'a Loaded),
    Failed(&'a ApiError),
}

/// An element of `tag` (one of this file's constant names, which
/// createElement never refuses). Its error is not formatted: that alone
/// would link wasm-bindgen's debug printer of JS values into the widget.
fn el(doc: &Document, tag: &str, class: &str) -> Element {
    let Ok(e) = doc.create_element(tag) else {
        unreachable!("createElement refused a constant tag name")
    };
    e.set_class_name(class);
    e
}

fn text(doc: &Document, parent: &Element, tag: &str, class: &str, content: &str) -> Element {
    let e = el(doc, tag, class);
    e.set_text_content(Some(content));
    let _ = parent.append_child(&e);
    e
}

fn error_text(c: &WidgetText, e: &ApiError) -> &'static str {
    match e.kind() {
        ErrorKind::Busy => c.busy,
        ErrorKind::Offline => c.unreachable,
        ErrorKind::Timeout => c.timeout,
        ErrorKind::Unreadable => c.unreadable,
        ErrorKind::NotFound => c.not_found,
        ErrorKind::Config => c.config_error,
        ErrorKind::Cors => c.cors,
        ErrorKind::Blocked => c.blocked,
        _ => c.server_error,
    }
}

/// Renders `state` into `container`; returns the retry button, if any.
pub fn render(container: &HtmlElement, opts: &WidgetOptions, state: State) -> Option<HtmlElement> {
    let doc = container.owner_document()?;
    let c = opts.lang.widget();
    let mut class = String::from("tn");
    if opts.layout == Layout::Cards {
        class.push_str(" tn--cards");
    }
    class.push_str(match opts.theme {
        Theme::Dark => " tn--dark",
        Theme::Auto => " tn--auto",
        Theme::Light => "",
    });
    let root = el(&doc, "div", &class);
    let _ = root.set_attribute("lang", opts.lang.code());
    let portal = opts.portal.trim_end_matches('/');
    let (target, rel) = if opts.new_tab {
        ("_blank", "noopener")
    } else {
        ("_self", "")
    };
    let heading = match (&opts.heading, &opts.kind, &state) {
        (Some(h), _, _) => h.clone(),
        // The category's name as its articles carry it (an article of
        // several categories may name another one first).
        (None, Kind::Category(s), State::Ready(l)) => l
            .items
            .iter()
            .filter_map(|a| a.category.as_ref())
            .find(|c| c.slug == *s)
            .map(|c| c.name.clone())
            .unwrap_or_else(|| s.clone()),
        (None, Kind::Category(s), _) => s.clone(),
        (None, Kind::Latest, _) => c.latest_news.to_string(),
    };
    text(&doc, &root, "h2", "tn__heading", &heading);
    let mut retry = None;
    match state {
        State::Loading => {
            let p = text(&doc, &root, "p", "tn__status", c.loading);
            let _ = p.set_attribute("aria-busy", "true");
        }
        State::Failed(e) => {
            let box_ = el(&doc, "div", "tn__error");
            let _ = box_.set_attribute("role", "alert");
            text(&doc, &box_, "p", "", error_text(c, e));
            let b = text(&doc, &box_, "button", "tn__retry", c.retry);
            let _ = b.set_attribute("type", "button");
            retry = b.dyn_into().ok();
            let _ = root.append_child(&box_);
        }
        State::Ready(l) if l.items.is_empty() => {
            text(&doc, &root, "p", "tn__status", c.empty_list);
        }
        State::Ready(l) => {
            let list = el(&doc, "ul", "tn__list");
            for a in &l.items {
                let li = el(&doc, "li", "tn__item");
                let link = el(&doc, "a", "tn__link");
                let _ = link.set_attribute("href", &format!("{portal}{}", routes::article(&a.slug)));
                let _ = link.set_attribute("target", target);
                if !rel.is_empty() {
                    let _ = link.set_attribute("rel", rel);
                }
                if opts.layout == Layout::Cards {
                    if let Some(img) = &a.thumbnail {
                        let i = el(&doc, "img", "tn__thumb");
                        let _ = i.set_attribute("src", &img.url);
                        if let Some(s) = img.srcset() {
                            let _ = i.set_attribute("srcset", &s);
                            let _ = i.set_attribute("sizes", "96px");
                        }
                        let _ = i.set_attribute("alt", "");
                        let _ = i.set_attribute("width", &img.width.unwrap_or(960).to_string());
                        let _ = i.set_attribute("height", &img.height.unwrap_or(640).to_string());
                        let _ = i.set_attribute("loading", "lazy");
                        let _ = i.set_attribute("decoding", "async");
                        let _ = link.append_child(&i);
                    }
                }
                let words = el(&doc, "span", "tn__text");
                text(&doc, &words, "span", "tn__title", &a.title);
                if let Some(when) = a.published_at.civil(l.zone).filter(|_| opts.show_time) {
                    let t = text(&doc, &words, "time", "tn__time", &when.format(opts.lang));
                    let _ = t.set_attribute("datetime", &when.rfc3339());
                }
                let _ = link.append_child(&words);
                let _ = li.append_child(&link);
                let _ = list.append_child(&li);
            }
            let _ = root.append_child(&list);
        }
    }
    let more = text(&doc, &root, "a", "tn__more", c.more_news);
    let more_href = match &opts.kind {
        Kind::Latest => format!("{portal}/"),
        Kind::Category(s) => format!("{portal}{}", routes::category(s, 1)),
    };
    let _ = more.set_attribute("href", &more_href);
    let _ = more.set_attribute("target", target);
    if !rel.is_empty() {
        let _ = more.set_attribute("rel", rel);
    }
    container.set_text_content(None);
    let _ = container.append_child(&root);
    retry
}

/// Options that could not be used: what is wrong, in the widget.
pub fn render_errors(container: &HtmlElement, errors: &[String], lang: Locale) {
    let Some(doc) = container.owner_document() else {
        return;
    };
    let root = el(&doc, "div", "tn tn--invalid");
    let _ = root.set_attribute("role", "alert");
    let _ = root.set_attribute("lang", lang.code());
    text(&doc, &root, "p", "tn__heading", lang.widget().invalid);
    let list = el(&doc, "ul", "tn__errors");
    for e in errors {
        text(&doc, &list, "li", "", e);
    }
    let _ = root.append_child(&list);
    container.set_text_content(None);
    let _ = container.append_child(&root);
}
