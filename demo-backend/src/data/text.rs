//! Vietnamese text as the newsroom's tools read it: slugs from titles, and
//! the folding (no diacritics, lower case) that makes search find "Hà Nội"
//! for "ha noi".

use super::Article;

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
        let base = fold_vietnamese(c);
        if base.is_ascii_alphanumeric() {
            if dash && !out.is_empty() {
                out.push('-');
            }
            dash = false;
            out.push(base.to_ascii_lowercase());
        } else {
            dash = true;
        }
    }
    out
}

/// The unaccented letter of a Vietnamese letter (precomposed forms).
fn fold_vietnamese(c: char) -> char {
    const GROUPS: &[(char, &str)] = &[
        ('a', "àáảãạăằắẳẵặâầấẩẫậ"),
        ('A', "ÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬ"),
        ('e', "èéẻẽẹêềếểễệ"),
        ('E', "ÈÉẺẼẸÊỀẾỂỄỆ"),
        ('i', "ìíỉĩị"),
        ('I', "ÌÍỈĨỊ"),
        ('o', "òóỏõọôồốổỗộơờớởỡợ"),
        ('O', "ÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢ"),
        ('u', "ùúủũụưừứửữự"),
        ('U', "ÙÚỦŨỤƯỪỨỬỮỰ"),
        ('y', "ỳýỷỹỵ"),
        ('Y', "ỲÝỶỸỴ"),
        ('d', "đ"),
        ('D', "Đ"),
    ];
    if c.is_ascii() {
        return c;
    }
    GROUPS
        .iter()
        .find(|(_, set)| set.contains(c))
        .map(|(b, _)| *b)
        .unwrap_or(' ')
}

/// Text for matching: lowercase, Vietnamese diacritics removed (`đ` → `d`),
/// anything but letters and digits a space. "Hoàn Kiếm" and "hoan kiem"
/// fold alike.
pub fn fold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if ('\u{300}'..='\u{36f}').contains(&c) {
            continue;
        }
        let b = fold_vietnamese(c);
        out.push(if b.is_ascii_alphanumeric() {
            b.to_ascii_lowercase()
        } else {
            ' '
        });
    }
    out
}

/// The article's title and summary, and its body text, folded, each between
/// spaces: what search reads. The body's tags and entities are spaces (the
/// data writes its letters as UTF-8; folding makes any other character a
/// space anyway).
pub fn search_text(a: &Article) -> (String, String) {
    let mut body = String::with_capacity(a.body_html.len());
    let mut in_tag = false;
    for c in a.body_html.chars() {
        match c {
            '<' => in_tag = true,
            '>' if in_tag => {
                in_tag = false;
                body.push(' ');
            }
            _ if !in_tag => body.push(c),
            _ => {}
        }
    }
    let body = body.replace("&nbsp;", " ");
    let heading = fold(&a.title) + " " + &a.summary.as_deref().map(fold).unwrap_or_default();
    // Words one space apart, and a space at each end: whole words and
    // phrases are found with `contains`.
    let spaced = |s: String| format!(" {} ", s.split_whitespace().collect::<Vec<_>>().join(" "));
    (spaced(heading), spaced(fold(&body)))
}

/// Whether and how well the article matches the (folded) words: `Some(0)`
/// when each is a word of its title or summary (as before the body was
/// searched: a substring, "hoan kie" finds "Hoàn Kiếm"); `Some(1)` when the
/// body has them as a phrase, whole words in that order ("Lã Văn Nho", a
/// name only the body holds). Words scattered over a body are no match:
/// folded, "lã", "văn" and "nhỏ" are syllables of most Vietnamese texts.
pub fn matches(a: &Article, words: &[&str]) -> Option<u8> {
    let (heading, body) = &a.search_text;
    if words.iter().all(|w| heading.contains(w)) {
        Some(0)
    } else if body.contains(&format!(" {} ", words.join(" "))) {
        Some(1)
    } else {
        None
    }
}
