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

/// Whether every (folded) word occurs in the article's title or summary.
pub fn matches(a: &Article, words: &[&str]) -> bool {
    let text = fold(&a.title) + " " + &a.summary.as_deref().map(fold).unwrap_or_default();
    words.iter().all(|w| text.contains(w))
}
