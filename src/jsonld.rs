//! The article's structured data (schema.org `NewsArticle` and its
//! `BreadcrumbList`), written by hand: the bundle has no JSON serialiser (the
//! browser parses, nothing here needs to write JSON but this).

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

/// Google's limit for a `headline`, in characters.
pub const HEADLINE_MAX: usize = 110;

/// `title` within [`HEADLINE_MAX`] characters: cut at a word, with "…".
pub fn headline(title: &str) -> String {
    let title = title.trim();
    if title.chars().count() <= HEADLINE_MAX {
        return title.to_string();
    }
    let cut: String = title.chars().take(HEADLINE_MAX - 1).collect();
    let words = cut.rfind(' ').map_or(cut.as_str(), |i| &cut[..i]);
    format!("{}…", words.trim_end())
}

/// What the `NewsArticle` says. URLs are absolute.
pub struct NewsArticle<'a> {
    pub headline: &'a str,
    pub description: &'a str,
    pub url: &'a str,
    /// RFC 3339 with offset.
    pub date_published: &'a str,
    /// RFC 3339 with offset: the last change, or the publishing.
    pub date_modified: &'a str,
    pub author: Option<&'a str>,
    /// The author's page (only an absolute `http(s)` URL is named).
    pub author_url: Option<&'a str>,
    /// The lead photo in every size the backend has.
    pub images: Vec<String>,
    pub publisher: &'a str,
    pub logo: &'a str,
    /// Home, the category (name, URL), the article.
    pub home: &'a str,
    pub home_name: &'a str,
    pub category: Option<(&'a str, &'a str)>,
}

/// `raw` if it is an absolute `http(s)` URL (a backend's link is not
/// trusted to be one).
fn http_url(raw: &str) -> Option<String> {
    let url = crate::sanitize::url_rules::strip_url(raw);
    let scheme = crate::sanitize::url_rules::url_scheme(&url);
    (matches!(scheme.as_deref(), Some("http" | "https")) && url.contains("://")).then_some(url)
}

/// `{"@type":ty, …fields}`.
fn object(ty: &str, fields: &[(&str, String)]) -> String {
    let mut out = format!("{{\"@type\":{}", string(ty));
    for (k, v) in fields {
        out.push_str(&format!(",{}:{v}", string(k)));
    }
    out.push('}');
    out
}

impl NewsArticle<'_> {
    /// The page's JSON-LD: `[NewsArticle, BreadcrumbList]`.
    pub fn to_json(&self) -> String {
        let mut fields = vec![
            ("@context", string("https://schema.org")),
            ("headline", string(&headline(self.headline))),
            ("description", string(self.description)),
            ("mainEntityOfPage", string(self.url)),
            ("url", string(self.url)),
            ("datePublished", string(self.date_published)),
            ("dateModified", string(self.date_modified)),
            (
                "publisher",
                object(
                    "Organization",
                    &[
                        ("name", string(self.publisher)),
                        ("logo", object("ImageObject", &[("url", string(self.logo))])),
                    ],
                ),
            ),
        ];
        if let Some(a) = self.author {
            let mut person = vec![("name", string(a))];
            if let Some(u) = self.author_url.and_then(http_url) {
                person.push(("url", string(&u)));
            }
            fields.push(("author", object("Person", &person)));
        }
        if !self.images.is_empty() {
            let list: Vec<String> = self.images.iter().map(|i| string(i)).collect();
            fields.push(("image", format!("[{}]", list.join(","))));
        }
        let mut crumbs = vec![(self.home_name, self.home)];
        crumbs.extend(self.category);
        crumbs.push((self.headline, self.url));
        let items: Vec<String> = crumbs
            .iter()
            .enumerate()
            .map(|(i, (name, url))| {
                object(
                    "ListItem",
                    &[
                        ("position", (i + 1).to_string()),
                        ("name", string(name)),
                        ("item", string(url)),
                    ],
                )
            })
            .collect();
        let breadcrumbs = object(
            "BreadcrumbList",
            &[
                ("@context", string("https://schema.org")),
                ("itemListElement", format!("[{}]", items.join(","))),
            ],
        );
        format!("[{},{breadcrumbs}]", object("NewsArticle", &fields))
    }
}
