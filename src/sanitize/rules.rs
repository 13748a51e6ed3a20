//! What the sanitizer keeps of elements, attributes and styles, as pure
//! functions of names and strings (URLs: [`super::url_rules`]).

/// What becomes of an element of the parsed body.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TagAction {
    /// Rebuilt as this (possibly renamed) element.
    Keep(&'static str),
    /// The element goes, its children stay (`<font>`, Word's `<o:p>`...).
    Unwrap,
    /// The element goes with everything in it.
    Drop,
}

/// Elements kept as they are (one string: a table of pointers would
/// weigh more in the bundle).
const KEPT: &str = "p br hr div span h2 h3 h4 h5 h6 strong b em i u s sub sup small mark blockquote q cite abbr code pre ul ol li dl dt dd table thead tbody tfoot tr th td caption figure figcaption img a time";

/// Whether `tag` is one the output may hold (the serialiser writes no other).
pub fn is_kept(tag: &str) -> bool {
    !tag.is_empty() && KEPT.split(' ').any(|n| n == tag)
}

/// Decides by lower-case local name. Anything not named here is unwrapped:
/// its text survives, its element does not.
pub fn tag_action(name: &str) -> TagAction {
    use TagAction::*;
    if let Some(kept) = KEPT.split(' ').find(|n| *n == name) {
        return Keep(kept);
    }
    match name {
        // The page's title is the only h1.
        "h1" => Keep("h2"),
        "strike" | "del" => Keep("s"),
        "ins" => Keep("u"),
        "center" => Keep("div"),
        _ if DROPPED.split(' ').any(|n| n == name) => Drop,
        _ => Unwrap,
    }
}

/// Elements that go with everything in them.
const DROPPED: &str = "script style template noscript iframe frame frameset object embed applet param form input button select option optgroup textarea datalist output svg math link meta base title head audio video source track canvas dialog slot portal xmp plaintext listing noembed noframes marquee picture map area image keygen menu xml fencedframe search selectedcontent";

/// Attributes copied as plain text (after the element is known to be kept).
/// URLs, sizes and styles have their own rules below; everything else,
/// `on*` handlers and `class` included, is dropped.
pub fn is_plain_attr(tag: &str, attr: &str) -> bool {
    match attr {
        "title" | "lang" => true,
        "alt" => tag == "img",
        "scope" => tag == "th",
        "datetime" => tag == "time",
        "reversed" => tag == "ol",
        _ => false,
    }
}

/// A `dir` value, or `None` to drop it.
pub fn clean_dir(v: &str) -> Option<&'static str> {
    match v.trim().to_ascii_lowercase().as_str() {
        "ltr" => Some("ltr"),
        "rtl" => Some("rtl"),
        "auto" => Some("auto"),
        _ => None,
    }
}

/// A positive integer attribute (`width`, `colspan`, `start`...) within `max`.
pub fn clean_number(v: &str, max: u32) -> Option<u32> {
    let v = v.trim();
    let v = v.strip_suffix("px").unwrap_or(v).trim();
    let n: u32 = v.parse().ok()?;
    (1..=max).contains(&n).then_some(n)
}

/// Which numeric attributes an element keeps, with their maxima.
pub fn numeric_attr_max(tag: &str, attr: &str) -> Option<u32> {
    match (tag, attr) {
        ("img", "width" | "height") => Some(10_000),
        ("td" | "th", "colspan") => Some(100),
        ("td" | "th", "rowspan") => Some(1_000),
        ("ol", "start") => Some(1_000_000),
        _ => None,
    }
}

/// Horizontal alignment read from an inline style: the one presentational
/// choice of CMS editors worth keeping (centred captions, right-aligned
/// bylines). It becomes a class; the style itself is never copied.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Align {
    Left,
    Center,
    Right,
    Justify,
}

impl Align {
    pub fn class(self) -> &'static str {
        match self {
            Align::Left => "tt-align-left",
            Align::Center => "tt-align-center",
            Align::Right => "tt-align-right",
            Align::Justify => "tt-align-justify",
        }
    }

    pub fn parse(v: &str) -> Option<Align> {
        match v.trim().to_ascii_lowercase().as_str() {
            "left" | "start" => Some(Align::Left),
            "center" | "middle" => Some(Align::Center),
            "right" | "end" => Some(Align::Right),
            "justify" => Some(Align::Justify),
            _ => None,
        }
    }
}

/// What the sanitizer reads from a `style` attribute. Everything else in it
/// is ignored.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct StyleFacts {
    pub align: Option<Align>,
    pub width: Option<u32>,
    pub height: Option<u32>,
}

pub fn read_style(style: &str) -> StyleFacts {
    let mut facts = StyleFacts::default();
    for decl in style.split(';') {
        let Some((prop, value)) = decl.split_once(':') else {
            continue;
        };
        let value = value.trim();
        let value = value.strip_suffix("!important").unwrap_or(value).trim();
        match prop.trim().to_ascii_lowercase().as_str() {
            "text-align" => facts.align = Align::parse(value),
            "width" if value.ends_with("px") => facts.width = clean_number(value, 10_000),
            "height" if value.ends_with("px") => facts.height = clean_number(value, 10_000),
            _ => {}
        }
    }
    facts
}

/// Whether an element's alignment is worth carrying over.
pub fn takes_align(tag: &str) -> bool {
    matches!(
        tag,
        "p" | "div" | "h2" | "h3" | "h4" | "h5" | "h6" | "td" | "th" | "li" | "figcaption" | "caption" | "blockquote"
    )
}

/// Whether text shows nothing: spaces (`&nbsp;` included) and the
/// zero-width characters CMS editors leave behind. A paragraph of only
/// these is blank space around the photos on a phone.
pub fn is_blank(s: &str) -> bool {
    s.chars()
        .all(|c| c.is_whitespace() || matches!(c, '\u{200b}' | '\u{200c}' | '\u{200d}' | '\u{2060}' | '\u{feff}'))
}

/// Whether an element is dropped when nothing in it shows (see [`is_blank`]).
pub fn drops_when_blank(tag: &str) -> bool {
    matches!(tag, "p" | "div")
}

/// Whitespace-normalised text, for comparing a paragraph with a name.
pub fn normalize_ws(s: &str) -> String {
    s.split(|c: char| c.is_whitespace())
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

/// Whether a body's closing paragraph is the author's byline already (CMS
/// editors type it in), so the page does not print the name twice. Letter
/// case is compared as written: Unicode case tables cost the bundle more
/// than an all-capitals byline would cost the reader (a second name line).
pub fn is_byline(paragraph_text: &str, author: &str) -> bool {
    let words = |s| str::split(s, char::is_whitespace).filter(|w: &&str| !w.is_empty());
    words(author).next().is_some() && words(paragraph_text).eq(words(author))
}

/// Nesting deeper than this is flattened: real articles are shallow, and a
/// hostile one must not overflow the stack.
pub const MAX_DEPTH: usize = 48;
