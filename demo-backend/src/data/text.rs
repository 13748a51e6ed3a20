//! Vietnamese text as the newsroom's tools read it: slugs from titles, and
//! what search reads of an article, folded ([`tintuc_fold`]: no diacritics,
//! lower case) so that "ha noi" finds "Hà Nội".

use super::Article;
pub use tintuc_fold::fold;
use tintuc_fold::fold_char;

/// Slugs the usual Vietnamese way: diacritics removed, `đ` → `d`,
/// lowercase, words joined by hyphens.
pub fn slugify(title: &str) -> String {
    let mut out = String::with_capacity(title.len());
    let mut dash = false;
    for c in title.chars() {
        // Combining accents (a decomposed title) belong to the letter before.
        if ('\u{300}'..='\u{36f}').contains(&c) {
            continue;
        }
        let base = fold_char(c);
        if base != ' ' {
            if dash && !out.is_empty() {
                out.push('-');
            }
            dash = false;
            out.push(base);
        } else {
            dash = true;
        }
    }
    out
}

/// The article's title and summary, and its body text, folded, each between
/// spaces: what search reads; and the body's text as it is (where a
/// result's sentence is found). The body's tags are spaces, a paragraph's
/// end a line's, `&nbsp;` a space (the data writes its letters as UTF-8).
pub fn search_text(a: &Article) -> ((String, String), String) {
    let mut body = String::with_capacity(a.body_html.len());
    // The tag being read, while in one.
    let mut tag: Option<String> = None;
    for c in a.body_html.chars() {
        match (c, &mut tag) {
            ('<', None) => tag = Some(String::new()),
            ('>', Some(t)) => {
                // A paragraph's or line's end ends a sentence.
                let name = t.trim_end_matches('/').trim().to_ascii_lowercase();
                body.push(
                    if matches!(name.as_str(), "/p" | "br" | "/div" | "/li" | "/h2" | "/h3") {
                        '\n'
                    } else {
                        ' '
                    },
                );
                tag = None;
            }
            (_, Some(t)) => t.push(c),
            (_, None) => body.push(c),
        }
    }
    let body = body.replace("&nbsp;", " ");
    let heading = fold(&a.title) + " " + &a.summary.as_deref().map(fold).unwrap_or_default();
    // Words one space apart, and a space at each end: whole words and
    // phrases are found with `contains`.
    let spaced = |s: String| format!(" {} ", s.split_whitespace().collect::<Vec<_>>().join(" "));
    ((spaced(heading), spaced(fold(&body))), body)
}

/// Whether and how well the article matches the (folded) words: `Some(0)`
/// when each is a word of its title or summary (as before the body was
/// searched: a substring, "hoan kie" finds "Hoàn Kiếm"); `Some(1)` when the
/// body has them as a phrase, whole words in that order ("Lã Văn Nho", a
/// name only the body holds). Words scattered over a body are no match:
/// folded, "lã", "văn" and "nhỏ" are syllables of most Vietnamese texts.
pub fn matches(a: &Article, words: &[String]) -> Option<u8> {
    let (heading, body) = &a.search_text;
    if words.iter().all(|w| heading.contains(w.as_str())) {
        Some(0)
    } else if body.contains(&format!(" {} ", words.join(" "))) {
        Some(1)
    } else {
        None
    }
}
