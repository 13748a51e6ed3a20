//! The reader's URLs, built in one place so links and routes never disagree.

/// Path of the article page for `slug`.
pub fn article(slug: &str) -> String {
    format!("/tin-tuc/{}", encode_segment(slug))
}

/// Path of a category's list, at `page` (page 1 has no query).
pub fn category(slug: &str, page: u32) -> String {
    with_page(format!("/danh-muc/{}", encode_segment(slug)), page)
}

/// Path of the home page's list at `page`.
pub fn home(page: u32) -> String {
    with_page("/".to_string(), page)
}

fn with_page(mut path: String, page: u32) -> String {
    if page > 1 {
        path.push_str("?page=");
        path.push_str(&page.to_string());
    }
    path
}

/// Percent-encodes one path segment. Slugs come from the backend, so one with
/// `/`, `?`, `#` or spaces must still produce a single, well-formed segment.
pub fn encode_segment(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.' | b'~') {
            out.push(b as char);
        } else {
            out.push('%');
            out.push(char::from(HEX[(b >> 4) as usize]));
            out.push(char::from(HEX[(b & 15) as usize]));
        }
    }
    out
}

const HEX: &[u8; 16] = b"0123456789ABCDEF";

/// Decodes `%XX` escapes (the router hands path params over raw). Invalid
/// escapes and invalid UTF-8 are kept as they are, never a panic.
pub fn decode_segment(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' && i + 2 < bytes.len() {
            if let (Some(h), Some(l)) = (hex_val(bytes[i + 1]), hex_val(bytes[i + 2])) {
                out.push(h << 4 | l);
                i += 3;
                continue;
            }
        }
        out.push(bytes[i]);
        i += 1;
    }
    String::from_utf8(out).unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned())
}

fn hex_val(b: u8) -> Option<u8> {
    match b {
        b'0'..=b'9' => Some(b - b'0'),
        b'a'..=b'f' => Some(b - b'a' + 10),
        b'A'..=b'F' => Some(b - b'A' + 10),
        _ => None,
    }
}
