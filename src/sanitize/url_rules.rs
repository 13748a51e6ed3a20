//! Which URLs the sanitizer keeps (and the thumbnails' URLs too), as pure
//! functions of strings: schemes judged the way the browser's URL parser
//! reads them.

/// What a URL is for: links may be `mailto:`, images may not.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UrlUse {
    Link,
    Image,
}

/// `raw` as the URL parser reads it before anything else: leading and
/// trailing C0 controls and spaces removed, ASCII tabs and newlines removed
/// anywhere. Nothing more: other whitespace (U+2028, U+00A0...) stays and
/// makes `\u{2028}javascript:x` a relative URL, as it is to a browser. Every
/// URL check and the resolution see this one string.
pub fn strip_url(raw: &str) -> String {
    raw.trim_matches(|c: char| c <= ' ')
        .chars()
        .filter(|c| !matches!(c, '\t' | '\n' | '\r'))
        .collect()
}

/// The scheme a browser would see in `raw`, lower-cased, or `None` for a
/// relative URL (read after [`strip_url`]).
pub fn url_scheme(raw: &str) -> Option<String> {
    let cleaned = strip_url(raw);
    let colon = cleaned.find(':')?;
    let scheme = &cleaned[..colon];
    let mut chars = scheme.chars();
    let first = chars.next()?;
    if !first.is_ascii_alphabetic() || !chars.all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.')) {
        // Not a scheme: `/a:b`, `./x:y`, `?q=a:b` are relative.
        return None;
    }
    Some(scheme.to_ascii_lowercase())
}

/// Whether a URL may be kept, judged by its scheme before resolution. A
/// relative URL is allowed here and judged again once resolved.
pub fn scheme_allowed(raw: &str, use_: UrlUse) -> bool {
    match url_scheme(raw).as_deref() {
        None => true,
        Some("http" | "https") => true,
        Some("mailto") => use_ == UrlUse::Link,
        Some(_) => false,
    }
}

/// Judges a URL after the browser resolved it (its `protocol`, e.g.
/// `"https:"`), and says whether an image must be upgraded to https.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Verdict {
    Keep,
    UpgradeToHttps,
    Reject,
}

pub fn judge_resolved(protocol: &str, use_: UrlUse, page_is_https: bool) -> Verdict {
    match (protocol, use_) {
        ("https:", _) => Verdict::Keep,
        ("http:", UrlUse::Image) if page_is_https => Verdict::UpgradeToHttps,
        ("http:", _) => Verdict::Keep,
        ("mailto:", UrlUse::Link) => Verdict::Keep,
        _ => Verdict::Reject,
    }
}

/// Whether a resolved link stays on the portal (then it opens in the same
/// tab): its origin is exactly `page_origin`, not merely a prefix of it
/// (`https://portal.vn.evil.com`).
pub fn is_same_origin(url: &str, page_origin: &str) -> bool {
    !page_origin.is_empty()
        && url
            .strip_prefix(page_origin)
            .is_some_and(|rest| rest.is_empty() || rest.starts_with(['/', '?', '#']))
}

/// Whether a resolved href's host (if it has one: `http(s)`) is a plain one
/// that every URL parser reads alike: ASCII letters, digits, `.`, `-`, `_`
/// (an IDN is punycode by now), or an IPv6 literal, with an optional port.
/// Chromium's parser accepts hosts the standard refuses (`https://ex ample.com`
/// becomes `ex%20ample.com`); neither side keeps them. Nor punycode the
/// author typed (`raw` holds `xn--`): which of it is valid, parsers disagree
/// (`xn--.example`); punycode the parser made from Unicode is kept.
pub fn plain_host(href: &str, raw: &str) -> bool {
    let Some(rest) = href.strip_prefix("https://").or_else(|| href.strip_prefix("http://")) else {
        return true;
    };
    let rest = rest.as_bytes();
    let authority = &rest[..rest
        .iter()
        .position(|b| matches!(b, b'/' | b'?' | b'#'))
        .unwrap_or(rest.len())];
    // After the credentials: the host (an IPv6 one in brackets) and port,
    // as a parser writes them back.
    let host = &authority[authority.iter().rposition(|b| *b == b'@').map_or(0, |i| i + 1)..];
    !host.is_empty()
        && host
            .iter()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b"._-:[]".contains(b))
        && !(has_punycode(host) && has_punycode(raw.as_bytes()))
}

/// A resolved href with every ASCII character outside the URL's own
/// (letters, digits, `-._~:/?#[]@!$&'()*+,;=%`) percent-encoded: parsers
/// leave some raw that others encode (`|` and `^` in a path: Chromium
/// encodes them, the standard does not).
pub fn encode_unusual(href: &str) -> String {
    let mut out = String::with_capacity(href.len());
    for c in href.chars() {
        if c.is_ascii() && !c.is_ascii_alphanumeric() && !b"-._~:/?#[]@!$&'()*+,;=%".contains(&(c as u8)) {
            push_percent(&mut out, c);
        } else {
            out.push(c);
        }
    }
    out
}

/// A URL as a `srcset` candidate: only an `http(s)` URL or a path on the
/// origin (as [`crate::api::media::MediaBase`] makes them), and none with
/// what the `srcset` parser splits on (ASCII whitespace, commas): one URL is
/// always one candidate.
pub fn srcset_url(raw: &str) -> Option<String> {
    let url = strip_url(raw);
    let ok = match url_scheme(&url).as_deref() {
        Some("http" | "https") => true,
        None => url.starts_with('/') && !url.starts_with("//"),
        Some(_) => false,
    };
    (ok && !url.contains([' ', '\t', '\n', '\x0c', '\r', ','])).then_some(url)
}

/// `%XX` for an ASCII character.
fn push_percent(out: &mut String, c: char) {
    const HEX: &[u8; 16] = b"0123456789ABCDEF";
    let b = c as usize & 0x7f;
    out.push('%');
    out.push(HEX[b >> 4] as char);
    out.push(HEX[b & 15] as char);
}

/// Whether `s` holds `xn--` (any case).
fn has_punycode(s: &[u8]) -> bool {
    s.windows(4).any(|w| w.eq_ignore_ascii_case(b"xn--"))
}
