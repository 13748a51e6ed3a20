//! The snippets partners paste (built at `/nhung`): pure, so that their
//! escaping is tested natively.

use crate::percent;

/// How many articles a widget shows unless told, and at most (the widget
/// reads its `limit` by these: widget/src/options.rs).
pub const LIMIT_DEFAULT: u32 = 5;
pub const LIMIT_MAX: u32 = 20;

/// What the builder's count field holds, as the snippet will use it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LimitField {
    /// A number from 1 to [`LIMIT_MAX`]: used as typed.
    Fits(u32),
    /// Nothing typed: the widget's default.
    Empty,
    /// Outside 1–[`LIMIT_MAX`], or not a number: the nearest that fits
    /// (the default for what is no number), and the builder says so.
    Out(u32),
}

impl LimitField {
    pub fn read(raw: &str) -> LimitField {
        let raw = raw.trim();
        if raw.is_empty() {
            return LimitField::Empty;
        }
        // Digits, perhaps after a minus: a number (the builder's one
        // integer parse, u32's); anything else is none.
        let (minus, digits) = raw.strip_prefix('-').map_or((false, raw), |d| (true, d));
        if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
            return LimitField::Out(LIMIT_DEFAULT);
        }
        match digits.parse::<u32>() {
            Ok(n) if !minus && (1..=LIMIT_MAX).contains(&n) => LimitField::Fits(n),
            Ok(_) if minus => LimitField::Out(1),
            Ok(0) => LimitField::Out(1),
            // Too large, even for a u32.
            _ => LimitField::Out(LIMIT_MAX),
        }
    }

    /// The limit the snippet carries.
    pub fn used(self) -> u32 {
        match self {
            LimitField::Fits(n) | LimitField::Out(n) => n,
            LimitField::Empty => LIMIT_DEFAULT,
        }
    }
}

/// What a partner picks.
#[derive(Clone, PartialEq)]
pub struct Pick {
    pub category: String,
    pub limit: u32,
    pub cards: bool,
    pub theme: &'static str,
    pub show_time: bool,
    pub new_tab: bool,
}

impl Pick {
    /// The widget's attributes, in snippet order. The category slug comes
    /// from the backend: the snippets escape every value.
    pub fn attrs(&self) -> Vec<(&'static str, String)> {
        let mut a = vec![];
        if self.category.is_empty() {
            a.push(("kind", "latest".into()));
        } else {
            a.push(("kind", "category".into()));
            a.push(("category", self.category.clone()));
        }
        a.push(("limit", self.limit.to_string()));
        a.push(("layout", if self.cards { "cards" } else { "list" }.into()));
        a.push(("theme", self.theme.into()));
        if !self.show_time {
            a.push(("show-time", "false".into()));
        }
        if self.new_tab {
            a.push(("target", "_blank".into()));
        }
        a
    }

    /// The `<script>` + `<tintuc-news>` snippet.
    pub fn script_snippet(&self, portal: &str) -> String {
        let attrs: String = self
            .attrs()
            .iter()
            .map(|(k, v)| format!(" {k}=\"{}\"", escape_attr(v)))
            .collect();
        format!("<script src=\"{portal}/widget.js\" async></script>\n<tintuc-news{attrs}></tintuc-news>")
    }

    /// The `<script>` + `<tintuc-news>` snippet pinned to one version of
    /// the widget: its integrity checked by the partner's browser, so a
    /// changed file (a compromised portal, a mistaken deploy) never runs on
    /// the partner's page. It never updates itself.
    pub fn pinned_snippet(&self, portal: &str, pinned: &Pinned) -> String {
        let plain = self.script_snippet(portal);
        let element = plain.split_once('\n').map_or("", |(_, e)| e);
        format!(
            "<script src=\"{portal}/{}\" integrity=\"{}\" crossorigin=\"anonymous\" async></script>\n{element}",
            pinned.src, pinned.integrity
        )
    }

    /// The iframe snippet, for hosts that cannot run the script.
    pub fn iframe_snippet(&self, portal: &str, title: &str) -> String {
        let query: Vec<String> = self
            .attrs()
            .iter()
            .map(|(k, v)| format!("{k}={}", percent::encode(v)))
            .collect();
        format!(
            "<iframe src=\"{portal}/tin-nhung/?{}\" data-tintuc-embed title=\"{}\" width=\"100%\" height=\"480\" frameborder=\"0\" loading=\"lazy\"></iframe>\n<script src=\"{portal}/embed.js\" async></script>",
            query.join("&amp;"),
            escape_attr(title)
        )
    }
}

/// A value for a double-quoted attribute of a snippet partners paste.
fn escape_attr(v: &str) -> String {
    let mut out = String::with_capacity(v.len());
    for c in v.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '"' => out.push_str("&quot;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            _ => out.push(c),
        }
    }
    out
}

/// One version of the widget's loader, as the build names it in
/// `/widget.json` (scripts/build/widget.mjs): its path on the portal and its
/// Subresource Integrity.
#[derive(Clone, Debug, PartialEq)]
pub struct Pinned {
    /// `widget/widget-<hex>.js`.
    pub src: String,
    /// `sha384-<base64>`.
    pub integrity: String,
}

impl Pinned {
    /// From `/widget.json`'s text; `None` unless both values have the
    /// build's shape (they go into a snippet's attributes).
    pub fn from_json(text: &str) -> Option<Pinned> {
        let doc = crate::json::parse(text).ok()?;
        let v = doc.root();
        let src = v.get("src")?.as_str()?;
        let integrity = v.get("integrity")?.as_str()?;
        let hash = src.strip_prefix("widget/widget-")?.strip_suffix(".js")?;
        let digest = integrity.strip_prefix("sha384-")?;
        let ok = hash.len() >= 16
            && hash.bytes().all(|b| b.is_ascii_hexdigit())
            && digest.len() == 64
            && digest
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b == b'+' || b == b'/');
        ok.then_some(Pinned { src, integrity })
    }
}
