//! Escaping text for HTML the server writes by hand.

/// `s` as HTML text (element content): `&`, `<` and `>` escaped.
pub fn escape_text(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            c => out.push(c),
        }
    }
    out
}

/// `s` as an attribute value in double quotes.
pub fn escape_attr(s: &str) -> String {
    escape_text(s).replace('"', "&quot;")
}
