//! Which URLs the sanitizer keeps (and the thumbnails' URLs too), as pure
//! functions of strings: schemes judged the way the browser's URL parser
//! reads them.

/// What a URL is for: links may be `mailto:`, images may not.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UrlUse {
    Link,
    Image,
}

/// The scheme a browser would see in `raw`, lower-cased, or `None` for a
/// relative URL. Mirrors the URL parser: leading/trailing C0 controls and
/// spaces are ignored, tabs and newlines anywhere are removed.
pub fn url_scheme(raw: &str) -> Option<String> {
    let cleaned: String = raw
        .trim_matches(|c: char| c <= ' ')
        .chars()
        .filter(|c| !matches!(c, '\t' | '\n' | '\r'))
        .collect();
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
