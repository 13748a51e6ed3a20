//! Text as XML 1.0 holds it: the special characters escaped, and what XML
//! cannot hold at all dropped (the backend's titles are hostile: a control
//! character or U+FFFF would make the whole feed or sitemap unreadable).

/// `s` as character data or an attribute's value (quoted with `"`).
pub fn text(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + s.len() / 8);
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            // `]]>` cannot end a CDATA section that is not there.
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            c if allowed(c) => out.push(c),
            _ => {}
        }
    }
    out
}

/// XML 1.0's characters (tab, newline, carriage return, and from U+0020 on
/// but U+FFFE and U+FFFF), without the C1 controls (U+007F–U+009F), which
/// XML allows but discourages and feed validators reject.
fn allowed(c: char) -> bool {
    matches!(c, '\t' | '\n' | '\r')
        || (c >= ' ' && !('\u{7f}'..='\u{9f}').contains(&c) && c != '\u{fffe}' && c != '\u{ffff}')
}

/// An absolute URL for `href`: a path joined to `origin`; an absolute
/// http(s) URL as it is; anything else (`javascript:`, `//host`) none.
pub fn absolute(origin: &str, href: &str) -> Option<String> {
    if href.starts_with('/') && !href.starts_with("//") {
        Some(format!("{}{href}", origin.trim_end_matches('/')))
    } else if href.starts_with("https://") || href.starts_with("http://") {
        Some(href.to_string())
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_the_five_and_drops_what_xml_cannot_hold() {
        assert_eq!(
            text("a & b <c> \"d\" 'e'"),
            "a &amp; b &lt;c&gt; &quot;d&quot; &apos;e&apos;"
        );
        assert_eq!(text("x]]>y"), "x]]&gt;y");
        assert_eq!(text("a\u{0}b\u{8}c\u{1b}d\u{85}e\u{ffff}f\u{fffe}g"), "abcdefg");
        assert_eq!(text("Tiếng Việt\tok\n"), "Tiếng Việt\tok\n");
        assert_eq!(text("😀"), "😀");
    }

    #[test]
    fn every_char_out_is_one_xml_allows() {
        let all: String = (0u32..0x11_0000).filter_map(char::from_u32).collect();
        let out = text(&all);
        assert!(out
            .chars()
            .all(|c| matches!(c, '\t' | '\n' | '\r') || (c >= ' ' && c != '\u{fffe}' && c != '\u{ffff}')));
        assert!(!out.contains('<') && !out.contains('"'));
    }

    #[test]
    fn absolute_urls_only_from_paths_and_http() {
        assert_eq!(
            absolute("https://a.vn/", "/tin-tuc/x").as_deref(),
            Some("https://a.vn/tin-tuc/x")
        );
        assert_eq!(
            absolute("https://a.vn", "https://cdn.vn/p.jpg").as_deref(),
            Some("https://cdn.vn/p.jpg")
        );
        assert_eq!(absolute("https://a.vn", "//evil.vn/x"), None);
        assert_eq!(absolute("https://a.vn", "javascript:alert(1)"), None);
    }
}
