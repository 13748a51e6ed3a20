//! A widget's options, read from its element's attributes. Pure, so the
//! rules are tested natively; a bad option is a message in the widget, not
//! a blank box.

use tintuc::i18n::Locale;

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Kind {
    Latest,
    Category(String),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Layout {
    /// Titles (and times), compact.
    List,
    /// Cards with thumbnails.
    Cards,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Theme {
    Light,
    Dark,
    /// The reader's system preference.
    Auto,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct WidgetOptions {
    pub kind: Kind,
    pub limit: u32,
    pub layout: Layout,
    pub theme: Theme,
    pub show_time: bool,
    /// The portal's address, ending in `/`.
    pub portal: String,
    pub new_tab: bool,
    pub lang: Locale,
    /// A heading of the partner's choosing.
    pub heading: Option<String>,
}

pub const ATTRIBUTES: &[&str] = &[
    "kind",
    "category",
    "limit",
    "layout",
    "theme",
    "show-time",
    "portal",
    "target",
    "lang",
    "heading",
];
pub use tintuc::snippet::LIMIT_MAX as MAX_LIMIT;
/// A heading longer than this is cut (with "…"): any text, but not a page of it.
pub const MAX_HEADING_CHARS: usize = 100;
/// A bad value is echoed in its message at most this long.
const MAX_SHOWN_CHARS: usize = 40;

/// Reads options through `attr` (the element's attributes). `script_portal`
/// is where widget.js came from: the portal, unless `portal` says otherwise.
pub fn parse(attr: impl Fn(&str) -> Option<String>, script_portal: &str) -> Result<WidgetOptions, Vec<String>> {
    let lang = match attr("lang").as_deref().map(str::trim) {
        None | Some("") => Locale::Vi,
        Some(l) => Locale::from_tag(l).unwrap_or(Locale::Vi),
    };
    let en = lang == Locale::En;
    let msg = |vi: String, en_text: String| if en { en_text } else { vi };
    let mut errors = Vec::new();
    let value = |name: &str| attr(name).map(|v| v.trim().to_string()).filter(|v| !v.is_empty());

    let category = value("category");
    // A `category` alone implies kind="category" (the iframe page passes it
    // so): the same rule either way.
    let kind = match value("kind").as_deref() {
        None if category.is_none() => Some(Kind::Latest),
        Some("latest") => Some(Kind::Latest),
        None | Some("category") => match &category {
            Some(c) if is_slug(c) => Some(Kind::Category(c.clone())),
            Some(c) => {
                let c = shown(c);
                errors.push(msg(
                    format!("category=\"{c}\" không phải một mã chuyên mục (chữ thường, số, dấu gạch ngang)."),
                    format!("category=\"{c}\" is not a category slug (lowercase letters, digits, hyphens)."),
                ));
                None
            }
            None => {
                errors.push(msg(
                    "kind=\"category\" cần thuộc tính category=\"mã-chuyên-mục\".".into(),
                    "kind=\"category\" needs a category=\"slug\" attribute.".into(),
                ));
                None
            }
        },
        Some(k) => {
            let k = shown(k);
            errors.push(msg(
                format!("kind=\"{k}\" không hợp lệ: dùng \"latest\" hoặc \"category\"."),
                format!("kind=\"{k}\" is not valid: use \"latest\" or \"category\"."),
            ));
            None
        }
    };
    let limit = match value("limit") {
        None => Some(tintuc::snippet::LIMIT_DEFAULT),
        Some(l) => match l.parse::<u32>() {
            Ok(n) if (1..=MAX_LIMIT).contains(&n) => Some(n),
            _ => {
                let l = shown(&l);
                errors.push(msg(
                    format!("limit=\"{l}\" phải là số từ 1 đến {MAX_LIMIT}."),
                    format!("limit=\"{l}\" must be a number from 1 to {MAX_LIMIT}."),
                ));
                None
            }
        },
    };
    let layout = match value("layout").as_deref() {
        None | Some("list") => Some(Layout::List),
        Some("cards") => Some(Layout::Cards),
        Some(l) => {
            let l = shown(l);
            errors.push(msg(
                format!("layout=\"{l}\" không hợp lệ: dùng \"list\" hoặc \"cards\"."),
                format!("layout=\"{l}\" is not valid: use \"list\" or \"cards\"."),
            ));
            None
        }
    };
    let theme = match value("theme").as_deref() {
        None | Some("auto") => Some(Theme::Auto),
        Some("light") => Some(Theme::Light),
        Some("dark") => Some(Theme::Dark),
        Some(t) => {
            let t = shown(t);
            errors.push(msg(
                format!("theme=\"{t}\" không hợp lệ: dùng \"light\", \"dark\" hoặc \"auto\"."),
                format!("theme=\"{t}\" is not valid: use \"light\", \"dark\" or \"auto\"."),
            ));
            None
        }
    };
    let show_time = match value("show-time").as_deref() {
        None | Some("true") | Some("yes") | Some("1") => Some(true),
        Some("false") | Some("no") | Some("0") => Some(false),
        Some(s) => {
            let s = shown(s);
            errors.push(msg(
                format!("show-time=\"{s}\" phải là \"true\" hoặc \"false\"."),
                format!("show-time=\"{s}\" must be \"true\" or \"false\"."),
            ));
            None
        }
    };
    let portal = match value("portal") {
        None => portal_base(script_portal),
        Some(p) => {
            let base = portal_base(&p);
            if base.is_none() {
                let p = shown(&p);
                errors.push(msg(
                    format!("portal=\"{p}\" phải là một địa chỉ http(s)."),
                    format!("portal=\"{p}\" must be an http(s) address."),
                ));
            }
            base
        }
    };
    let new_tab = matches!(value("target").as_deref(), Some("_blank") | Some("new"));
    match (kind, limit, layout, theme, show_time, portal) {
        (Some(kind), Some(limit), Some(layout), Some(theme), Some(show_time), Some(portal)) if errors.is_empty() => {
            Ok(WidgetOptions {
                kind,
                limit,
                layout,
                theme,
                show_time,
                portal,
                new_tab,
                lang,
                heading: value("heading").map(|h| capped(&h, MAX_HEADING_CHARS)),
            })
        }
        _ => Err(errors),
    }
}

/// `text`, cut to `max` characters (the last one "…" when cut).
fn capped(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        return text.to_string();
    }
    let mut out: String = text.chars().take(max - 1).collect();
    out.push('…');
    out
}

/// A bad value as its message echoes it (shown as text, and short).
fn shown(value: &str) -> String {
    capped(value, MAX_SHOWN_CHARS)
}

fn is_slug(s: &str) -> bool {
    !s.is_empty()
        && s.len() <= 200
        && s.bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

/// `https://portal.example/path?x` → `https://portal.example/path/`: an
/// http(s) base that links and config.json are resolved against.
pub fn portal_base(raw: &str) -> Option<String> {
    let raw = raw.trim();
    let lower = raw.to_ascii_lowercase();
    if !(lower.starts_with("https://") || lower.starts_with("http://")) {
        return None;
    }
    // The scheme's length, as checked just above.
    let scheme_end = if lower.starts_with("https://") { 8 } else { 7 };
    let rest = &raw[scheme_end..];
    let end = rest.find(['?', '#']).unwrap_or(rest.len());
    let host_and_path = &rest[..end];
    if host_and_path.is_empty() || host_and_path.starts_with('/') || host_and_path.chars().any(|c| c.is_whitespace()) {
        return None;
    }
    let mut base = format!("{}{}", &raw[..scheme_end], host_and_path);
    if !base.ends_with('/') {
        base.push('/');
    }
    Some(base)
}
