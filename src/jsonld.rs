//! The article's JSON-LD (`NewsArticle`), written by hand: the bundle has no
//! JSON serialiser (the browser parses, nothing here needs to write JSON
//! but this).

/// `s` as a JSON string literal, safe inside a `<script>` element: `<` and
/// the line separators are escaped too, so no text can end the element.
pub fn string(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '<' => out.push_str("\\u003c"),
            '>' => out.push_str("\\u003e"),
            '&' => out.push_str("\\u0026"),
            '\u{2028}' => out.push_str("\\u2028"),
            '\u{2029}' => out.push_str("\\u2029"),
            c if (c as u32) < 0x20 => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// What the `NewsArticle` says.
pub struct NewsArticle<'a> {
    pub headline: &'a str,
    pub description: &'a str,
    pub url: &'a str,
    /// RFC 3339 with offset.
    pub date_published: &'a str,
    pub author: Option<&'a str>,
    pub image: Option<&'a str>,
    pub publisher: &'a str,
}

impl NewsArticle<'_> {
    pub fn to_json(&self) -> String {
        let mut fields = vec![
            ("@context", string("https://schema.org")),
            ("@type", string("NewsArticle")),
            ("headline", string(self.headline)),
            ("description", string(self.description)),
            ("mainEntityOfPage", string(self.url)),
            ("url", string(self.url)),
            ("datePublished", string(self.date_published)),
            (
                "publisher",
                format!("{{\"@type\":\"Organization\",\"name\":{}}}", string(self.publisher)),
            ),
        ];
        if let Some(a) = self.author {
            fields.push(("author", format!("{{\"@type\":\"Person\",\"name\":{}}}", string(a))));
        }
        if let Some(i) = self.image {
            fields.push(("image", format!("[{}]", string(i))));
        }
        let body: Vec<String> = fields.into_iter().map(|(k, v)| format!("{}:{v}", string(k))).collect();
        format!("{{{}}}", body.join(","))
    }
}
