//! The reader's URLs, built in one place so links and routes never disagree,
//! and what each page needs from the backend.

use crate::api::Request;

/// Path of the article page for `slug`.
pub fn article(slug: &str) -> String {
    format!("/tin-tuc/{}", encode_segment(slug))
}

/// Path of a category's list, at `page` (page 1 has no query).
pub fn category(slug: &str, page: u32) -> String {
    with_page(format!("/danh-muc/{}", encode_segment(slug)), page)
}

/// Path of the search results for `q` at `page`.
pub fn search(q: &str, page: u32) -> String {
    let mut path = format!("/tim-kiem?q={}", encode_segment(q));
    if page > 1 {
        path.push_str("&page=");
        path.push_str(&page.to_string());
    }
    path
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

/// What a page needs from the backend, by URL: what the navigation waits
/// for before showing it (`primary`), and what may arrive after (`secondary`).
/// `None` for URLs that are not the reader's pages (the router's 404).
pub fn requests_for(path: &str, search: &str) -> Option<(Vec<Request>, Vec<Request>)> {
    let page = crate::pagination::parse_page(query_param(search, "page").as_deref());
    let segments: Vec<&str> = path.trim_end_matches('/').split('/').skip(1).collect();
    match segments.as_slice() {
        [] => Some((vec![Request::Articles { category: None, page }], vec![])),
        ["danh-muc", slug] if !slug.is_empty() => Some((
            vec![Request::Articles {
                category: Some(decode_segment(slug)),
                page,
            }],
            vec![],
        )),
        ["tim-kiem"] => {
            let q = query_param(search, "q").unwrap_or_default();
            let q = q.trim();
            // An empty query asks nothing: the page explains what to do.
            Some((
                if q.is_empty() {
                    vec![]
                } else {
                    vec![Request::Search { q: q.to_string(), page }]
                },
                vec![],
            ))
        }
        ["tin-tuc", slug] if !slug.is_empty() => {
            let slug = decode_segment(slug);
            Some((vec![Request::Article(slug.clone())], vec![Request::OtherNews(slug)]))
        }
        _ => None,
    }
}

/// The first value of `name` in a `?a=1&b=2` query string.
pub fn query_param(search: &str, name: &str) -> Option<String> {
    search
        .trim_start_matches('?')
        .split('&')
        .filter_map(|kv| kv.split_once('=').or(Some((kv, ""))))
        .find(|(k, _)| *k == name)
        .map(|(_, v)| decode_segment(&v.replace('+', " ")))
}
