//! Vietnamese text as search reads it, shared by the demo backend (which
//! searches) and the reader (which marks what was found, and finds the
//! sentence in a WordPress body): folding ("Hoàn Kiếm" and "hoan kiem" fold
//! alike), the places a query's words are in a text, and the sentence that
//! holds them. Dependency-free: it is in the browser's bundle.

use std::ops::Range;

/// The unaccented lowercase letter of a letter (precomposed Vietnamese
/// forms, `đ` → `d`), ASCII letters and digits lowercased, anything else a
/// space.
pub fn fold_char(c: char) -> char {
    // Each group's letters, lowercase then uppercase.
    const GROUPS: [(char, &str); 7] = [
        ('a', "àáảãạăằắẳẵặâầấẩẫậÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬ"),
        ('e', "èéẻẽẹêềếểễệÈÉẺẼẸÊỀẾỂỄỆ"),
        ('i', "ìíỉĩịÌÍỈĨỊ"),
        ('o', "òóỏõọôồốổỗộơờớởỡợÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢ"),
        ('u', "ùúủũụưừứửữựÙÚỦŨỤƯỪỨỬỮỰ"),
        ('y', "ỳýỷỹỵỲÝỶỸỴ"),
        ('d', "đĐ"),
    ];
    if c.is_ascii_alphanumeric() {
        return c.to_ascii_lowercase();
    }
    // Loops, not `str::contains`: its searcher is code the bundle pays for.
    for (base, letters) in GROUPS {
        for l in letters.chars() {
            if l == c {
                return base;
            }
        }
    }
    ' '
}

/// Whether `c` is a combining accent (a decomposed letter's): it belongs to
/// the letter before it, and folds to nothing.
fn is_combining(c: char) -> bool {
    ('\u{300}'..='\u{36f}').contains(&c)
}

/// `s` folded: lowercase, no diacritics, anything but letters and digits a
/// space.
pub fn fold(s: &str) -> String {
    s.chars().filter(|c| !is_combining(*c)).map(fold_char).collect()
}

/// A query's words, folded: what [`marks`] and [`sentence_with`] look for.
pub fn words(q: &str) -> Vec<String> {
    fold(q).split_whitespace().map(str::to_string).collect()
}

/// `s`'s letters folded, each with where it is in `s` (byte offsets; a
/// letter's combining accents are part of it).
fn folded_chars(s: &str) -> Vec<(char, Range<usize>)> {
    let mut out: Vec<(char, Range<usize>)> = Vec::with_capacity(s.len());
    for (i, c) in s.char_indices() {
        let end = i + c.len_utf8();
        match out.last_mut() {
            Some((_, r)) if is_combining(c) => r.end = end,
            _ => out.push((fold_char(c), i..end)),
        }
    }
    out
}

/// Where in `text` the `words` are, as byte ranges of `text`, in order and
/// not overlapping: whole words, and the last word also where it starts a
/// word (a query being typed: "hoan kie" marks "Kiếm"), never inside
/// another word ("lã" leaves "lãnh" alone).
pub fn marks(text: &str, words: &[String]) -> Vec<Range<usize>> {
    let chars = folded_chars(text);
    let mut out: Vec<Range<usize>> = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let starts_word = chars[i].0 != ' ' && (i == 0 || chars[i - 1].0 == ' ');
        // The longest word found here.
        let found = words
            .iter()
            .enumerate()
            .filter(|(_, w)| starts_word && !w.is_empty())
            .filter_map(|(k, w)| {
                let n = w.chars().count();
                let same = w
                    .chars()
                    .enumerate()
                    .all(|(j, c)| chars.get(i + j).is_some_and(|(f, _)| *f == c));
                let whole = chars.get(i + n).is_none_or(|(f, _)| *f == ' ');
                (same && (whole || k + 1 == words.len())).then_some(n)
            })
            .max();
        match found {
            Some(n) => {
                out.push(chars[i].1.start..chars[i + n - 1].1.end);
                i += n;
            }
            None => i += 1,
        }
    }
    out
}

/// The most of a sentence [`sentence_with`] gives, in characters: about
/// two lines of a result on a phone.
pub const SENTENCE_MAX: usize = 240;

/// The first sentence of `text` that holds the `words` as a phrase (whole
/// words, in order, as the demo backend's search matches a body), trimmed;
/// a long one is cut to about [`SENTENCE_MAX`] characters around the
/// phrase, "…" where it was cut. `None` when no sentence holds them.
pub fn sentence_with(text: &str, words: &[String]) -> Option<String> {
    if words.is_empty() {
        return None;
    }
    let phrase = format!(" {} ", words.join(" "));
    let mut start = 0;
    for (i, c) in text.char_indices().chain([(text.len(), '\n')]) {
        let ends = matches!(c, '\n' | '\r')
            || (matches!(c, '.' | '!' | '?' | '…') && text[i + c.len_utf8()..].starts_with(char::is_whitespace));
        if !ends {
            continue;
        }
        let end = if c == '\n' || c == '\r' { i } else { i + c.len_utf8() };
        let sentence = text[start..end].trim();
        start = end;
        let spaced = format!(" {} ", fold(sentence).split_whitespace().collect::<Vec<_>>().join(" "));
        if let Some(at) = spaced.find(&phrase) {
            return Some(window(sentence, at));
        }
    }
    None
}

/// `sentence` cut to about [`SENTENCE_MAX`] characters, keeping the
/// character `at` (a position in its folded, single-spaced form: close to
/// its character index) in view.
fn window(sentence: &str, at: usize) -> String {
    let count = sentence.chars().count();
    if count <= SENTENCE_MAX {
        return sentence.to_string();
    }
    let from = at.saturating_sub(SENTENCE_MAX / 3).min(count - SENTENCE_MAX);
    let mut cut: String = sentence.chars().skip(from).take(SENTENCE_MAX).collect();
    // Whole words at the cuts.
    if from > 0 {
        cut = match cut.split_once(' ') {
            Some((_, rest)) => format!("…{rest}"),
            None => format!("…{cut}"),
        };
    }
    if from + SENTENCE_MAX < count {
        if let Some((kept, _)) = cut.rsplit_once(' ') {
            cut = kept.to_string();
        }
        cut.push('…');
    }
    cut
}

#[cfg(test)]
mod tests;
