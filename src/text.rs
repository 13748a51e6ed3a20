//! Plain text of HTML from the backend: WordPress's rendered titles,
//! excerpts and category names, and the opening words of an article body
//! (a page's description when the editor wrote no summary). Tags dropped,
//! comments and the content of `script`/`style` skipped, entities decoded,
//! whitespace collapsed. Pure, so it is tested natively and works the same
//! everywhere. Never markup: what comes out is shown as text.

/// Plain text of `html`.
pub fn html_to_text(html: &str) -> String {
    let mut text = String::with_capacity(html.len());
    let mut rest = html;
    while let Some(i) = rest.find(['<', '&']) {
        text.push_str(&rest[..i]);
        rest = &rest[i..];
        if rest.starts_with('<') {
            text.push(' ');
            rest = skip_markup(rest);
        } else {
            // Entities are short: looking further for the `;` would make a
            // title full of bare `&` quadratic.
            let end = rest.bytes().take(13).skip(1).position(|b| b == b';').map(|p| p + 1);
            match end.and_then(|e| entity(&rest[1..e]).map(|c| (e, c))) {
                Some((e, c)) => {
                    text.push(c);
                    rest = &rest[e + 1..];
                }
                None => {
                    text.push('&');
                    rest = &rest[1..];
                }
            }
        }
    }
    text.push_str(rest);
    collapse_whitespace(&text)
}

/// `s` with its runs of whitespace as one space, and none at either end.
fn collapse_whitespace(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for word in s.split(char::is_whitespace).filter(|w| !w.is_empty()) {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    out
}

/// Where `needle` first starts in `s`: a byte loop, not `str::find` with a
/// `&str`, whose two-way searcher is ~1 KB of the partner widget's brotli'd
/// WASM (measured), for needles of two or three bytes.
pub fn find_bytes(s: &str, needle: &str) -> Option<usize> {
    if needle.is_empty() {
        return Some(0);
    }
    s.as_bytes().windows(needle.len()).position(|w| w == needle.as_bytes())
}

/// What follows the markup that `rest` starts with: a comment (Word's
/// conditional comments too), a `script` or `style` element with its
/// content, or one tag.
fn skip_markup(rest: &str) -> &str {
    fn after<'a>(s: &'a str, end: &str) -> &'a str {
        find_bytes(s, end).map_or("", |i| &s[i + end.len()..])
    }
    // `name` follows at byte `at` of `s`, in any letter case.
    fn named(s: &str, at: usize, name: &str) -> bool {
        s.as_bytes()
            .get(at..at + name.len())
            .is_some_and(|b| b.eq_ignore_ascii_case(name.as_bytes()))
    }
    if let Some(body) = rest.strip_prefix("<!--") {
        return after(body, "-->");
    }
    for raw in ["script", "style"] {
        let ends_name = !rest
            .as_bytes()
            .get(1 + raw.len())
            .is_some_and(u8::is_ascii_alphanumeric);
        if named(rest, 1, raw) && ends_name {
            // Its end tag: each `</` looked at once (linear, whatever the
            // body holds).
            let mut from = 0;
            while let Some(i) = find_bytes(&rest[from..], "</") {
                let at = from + i;
                if named(rest, at + 2, raw) {
                    return after(&rest[at..], ">");
                }
                from = at + 2;
            }
            return "";
        }
    }
    after(rest, ">")
}

/// The opening of `text`, at most `max` characters, cut at a word and
/// marked with `…` when cut.
pub fn excerpt(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        return text.to_string();
    }
    let cut: String = text.chars().take(max).collect();
    let cut = match cut.rfind(char::is_whitespace) {
        Some(i) if i > cut.len() / 2 => &cut[..i],
        _ => cut.as_str(),
    };
    format!(
        "{}…",
        cut.trim_end_matches(|c: char| c.is_whitespace() || matches!(c, ',' | ';' | ':' | '-' | '–'))
    )
}

/// An automatic excerpt's "read more" marker (WordPress ends its own with
/// ` […]`), dropped.
pub fn without_more_marker(s: &str) -> &str {
    s.trim_end()
        .strip_suffix("[…]")
        .or_else(|| s.trim_end().strip_suffix("[...]"))
        .map_or(s, str::trim_end)
}

/// Whether `summary` only repeats the start of `body_text` (an automatic
/// excerpt shown as if an editor wrote a lead).
pub fn repeats_opening(summary: &str, body_text: &str) -> bool {
    let summary = without_more_marker(summary).trim_end_matches(['…', '.', ' ']);
    !summary.is_empty() && body_text.starts_with(summary)
}

/// Whether `body_html` shows the image at `url` already, in this size or
/// another (WordPress's `-300x200`, the demo's `-320` renditions): editors
/// often put the featured photo in the body too, and the page must not
/// show it twice. Compared by file name, preceded by `/` and followed by
/// `.` or `-`.
pub fn shows_image(body_html: &str, url: &str) -> bool {
    let path = url.split(['?', '#']).next().unwrap_or(url);
    let name = path.rsplit('/').next().unwrap_or(path);
    let stem = name.rsplit_once('.').map_or(name, |(s, _)| s);
    let stem = match stem.rsplit_once('-') {
        Some((base, size)) if is_size(size) => base,
        _ => stem,
    };
    if stem.is_empty() {
        return false;
    }
    // Every `/stem` followed by `.` or `-` (bytes: see `find_bytes`).
    let (bytes, needle) = (body_html.as_bytes(), stem.as_bytes());
    bytes
        .windows(needle.len() + 2)
        .any(|w| w[0] == b'/' && &w[1..=needle.len()] == needle && matches!(w[needle.len() + 1], b'.' | b'-'))
}

/// `300x200`: a WordPress rendition's size.
fn is_size(s: &str) -> bool {
    let digits = |p: &str| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit());
    s.split_once('x').is_some_and(|(w, h)| digits(w) && digits(h))
}

/// Words a reader reads in a minute. Vietnamese is written a syllable
/// per word, and silent reading runs at roughly 200–250 syllables a
/// minute; news readers skim, so the upper half.
pub const WORDS_PER_MINUTE: usize = 230;

/// Minutes to read `text` ("4 phút đọc"): its words (anything between
/// spaces but punctuation standing alone: no Unicode letter tables in the
/// bundle for that) at [`WORDS_PER_MINUTE`], rounded up, at least one.
pub fn reading_minutes(text: &str) -> u32 {
    let words = text
        .split_whitespace()
        .filter(|w| {
            w.chars()
                .any(|c| !c.is_ascii_punctuation() && !matches!(c, '–' | '—' | '…' | '“' | '”'))
        })
        .count();
    words.div_ceil(WORDS_PER_MINUTE).max(1) as u32
}

/// The named entities decoded (a table, not a `match`: a third of the
/// code of a `match` over strings, measured in the partner widget).
const ENTITIES: &[(&str, char)] = &[
    ("amp", '&'),
    ("lt", '<'),
    ("gt", '>'),
    ("quot", '"'),
    ("apos", '\''),
    ("nbsp", '\u{a0}'),
    ("ndash", '–'),
    ("mdash", '—'),
    ("hellip", '…'),
    ("lsquo", '‘'),
    ("rsquo", '’'),
    ("ldquo", '“'),
    ("rdquo", '”'),
    ("laquo", '«'),
    ("raquo", '»'),
    ("agrave", 'à'),
    ("aacute", 'á'),
    ("acirc", 'â'),
    ("atilde", 'ã'),
    ("egrave", 'è'),
    ("eacute", 'é'),
    ("ecirc", 'ê'),
    ("igrave", 'ì'),
    ("iacute", 'í'),
    ("ograve", 'ò'),
    ("oacute", 'ó'),
    ("ocirc", 'ô'),
    ("otilde", 'õ'),
    ("ugrave", 'ù'),
    ("uacute", 'ú'),
    ("yacute", 'ý'),
    ("Agrave", 'À'),
    ("Aacute", 'Á'),
    ("Acirc", 'Â'),
    ("Ecirc", 'Ê'),
    ("Ocirc", 'Ô'),
    ("Eacute", 'É'),
];

/// One entity, without `&` and `;`.
fn entity(name: &str) -> Option<char> {
    if let Some(num) = name.strip_prefix('#') {
        // One parser for both radixes.
        let (digits, radix) = match num.strip_prefix(['x', 'X']) {
            Some(hex) => (hex, 16),
            None => (num, 10),
        };
        let code = u32::from_str_radix(digits, radix).ok()?;
        return char::from_u32(code).filter(|c| *c != '\0');
    }
    ENTITIES.iter().find(|(n, _)| *n == name).map(|(_, c)| *c)
}
