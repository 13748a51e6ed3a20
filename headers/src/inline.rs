//! The inline `<script>`s and `<style>`s of a page, by their SHA-256: what
//! its Content-Security-Policy allows instead of `'unsafe-inline'`.

use base64::Engine;
use sha2::{Digest, Sha256};

/// `'sha256-…'` sources for a page's inline scripts and styles, in
/// document order, each once.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Inline {
    pub scripts: Vec<String>,
    pub styles: Vec<String>,
}

/// Hashes every inline `<script>` (one without a `src` attribute, whatever
/// its type: data blocks need none, but one more hash costs nothing) and
/// every `<style>` of `html`, skipping comments. `<style>`s inside
/// `<noscript>` count: they apply when scripts are off.
pub fn inline_hashes(html: &str) -> Inline {
    let b = html.as_bytes();
    let mut out = Inline::default();
    let mut i = 0;
    'scan: while i < b.len() {
        if b[i] != b'<' {
            i += 1;
            continue;
        }
        if b[i..].starts_with(b"<!--") {
            i = find(b, b"-->", i + 4).map_or(b.len(), |j| j + 3);
            continue;
        }
        for tag in ["script", "style"] {
            let name = tag.as_bytes();
            let after = i + 1 + name.len();
            if after > b.len() || !b[i + 1..after].eq_ignore_ascii_case(name) {
                continue;
            }
            if after < b.len() && !matches!(b[after], b' ' | b'\t' | b'\n' | b'\r' | b'\x0c' | b'>' | b'/') {
                continue;
            }
            let Some(open_end) = find(b, b">", after) else {
                break 'scan;
            };
            let close = find_ci(b, format!("</{tag}").as_bytes(), open_end + 1).unwrap_or(b.len());
            let content = &html[open_end + 1..close];
            let list = if tag == "script" {
                if has_src(&html[after..open_end]) {
                    None
                } else {
                    Some(&mut out.scripts)
                }
            } else {
                Some(&mut out.styles)
            };
            if let Some(list) = list {
                let h = hash_source(content);
                if !list.contains(&h) {
                    list.push(h);
                }
            }
            i = close + 2 + name.len();
            continue 'scan;
        }
        i += 1;
    }
    out
}

/// `'sha256-<base64>'` of an inline element's text, its line breaks as the
/// HTML parser leaves them (CR LF and CR become LF).
pub fn hash_source(text: &str) -> String {
    let text = text.replace("\r\n", "\n").replace('\r', "\n");
    let digest = Sha256::digest(text.as_bytes());
    format!("'sha256-{}'", base64::engine::general_purpose::STANDARD.encode(digest))
}

fn find(hay: &[u8], needle: &[u8], from: usize) -> Option<usize> {
    (from..=hay.len().checked_sub(needle.len())?).find(|&i| &hay[i..i + needle.len()] == needle)
}

fn find_ci(hay: &[u8], needle: &[u8], from: usize) -> Option<usize> {
    (from..=hay.len().checked_sub(needle.len())?).find(|&i| hay[i..i + needle.len()].eq_ignore_ascii_case(needle))
}

/// Whether a start tag's attributes (the text after its name) name `src`.
fn has_src(attrs: &str) -> bool {
    let a = attrs.as_bytes();
    (0..a.len()).any(|i| {
        a[i..].len() >= 3
            && a[i..i + 3].eq_ignore_ascii_case(b"src")
            && (i == 0 || a[i - 1].is_ascii_whitespace())
            && a.get(i + 3)
                .is_none_or(|c| c.is_ascii_whitespace() || matches!(c, b'=' | b'/' | b'>'))
    })
}
