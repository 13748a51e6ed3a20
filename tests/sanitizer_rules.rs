#![cfg(not(target_arch = "wasm32"))]
//! The sanitizer's decisions, natively: which tags, attributes and URLs
//! survive. The browser half (tests/browser.rs) runs the same rules on a
//! corpus of XSS vectors in Chromium.

use tintuc::api::media::MediaBase;
use tintuc::sanitize::rules::*;
use tintuc::sanitize::url_rules::*;

#[test]
fn allowed_tags_are_kept_and_h1_is_demoted() {
    for t in [
        "p",
        "strong",
        "em",
        "ul",
        "ol",
        "li",
        "blockquote",
        "table",
        "td",
        "th",
        "figure",
        "figcaption",
        "img",
        "a",
    ] {
        assert_eq!(tag_action(t), TagAction::Keep(t), "{t}");
    }
    assert_eq!(tag_action("h1"), TagAction::Keep("h2"));
    assert_eq!(tag_action("strike"), TagAction::Keep("s"));
}

#[test]
fn dangerous_tags_go_with_their_content() {
    for t in [
        "script",
        "style",
        "iframe",
        "object",
        "embed",
        "form",
        "input",
        "button",
        "textarea",
        "select",
        "svg",
        "math",
        "template",
        "noscript",
        "link",
        "meta",
        "base",
        "frame",
        "frameset",
        "applet",
        "xmp",
        "plaintext",
        "noembed",
        "audio",
        "video",
    ] {
        assert_eq!(tag_action(t), TagAction::Drop, "{t}");
    }
}

#[test]
fn unknown_tags_are_unwrapped_so_text_survives() {
    for t in [
        "font",
        "o:p",
        "section",
        "article",
        "center-x",
        "custom-element",
        "details",
        "summary",
        "label",
    ] {
        assert_eq!(tag_action(t), TagAction::Unwrap, "{t}");
    }
}

#[test]
fn only_named_attributes_pass() {
    assert!(is_plain_attr("img", "alt"));
    assert!(is_plain_attr("p", "title"));
    assert!(is_plain_attr("span", "lang"));
    assert!(is_plain_attr("th", "scope"));
    for (tag, attr) in [
        ("img", "onerror"),
        ("p", "onclick"),
        ("a", "onmouseover"),
        ("p", "class"),
        ("p", "id"),
        ("p", "style"),
        ("img", "srcset"),
        ("a", "target"),
        ("iframe", "srcdoc"),
        ("button", "formaction"),
        ("a", "xlink:href"),
        ("p", "alt"),
    ] {
        assert!(!is_plain_attr(tag, attr), "{tag} {attr}");
    }
}

#[test]
fn numbers_are_bounded() {
    assert_eq!(clean_number("600", 10_000), Some(600));
    assert_eq!(clean_number(" 600px ", 10_000), Some(600));
    assert_eq!(clean_number("0", 100), None);
    assert_eq!(clean_number("-3", 100), None);
    assert_eq!(clean_number("101", 100), None);
    assert_eq!(clean_number("50%", 100), None);
    assert_eq!(clean_number("1e3", 10_000), None);
    assert_eq!(numeric_attr_max("img", "width"), Some(10_000));
    assert_eq!(numeric_attr_max("td", "colspan"), Some(100));
    assert_eq!(numeric_attr_max("p", "width"), None);
    assert_eq!(clean_dir("RTL"), Some("rtl"));
    assert_eq!(clean_dir("rtl; x"), None);
}

#[test]
fn styles_yield_only_alignment_and_pixel_sizes() {
    let f = read_style("text-align: right; color: red; background: url(javascript:alert(1))");
    assert_eq!(
        f,
        StyleFacts {
            align: Some(Align::Right),
            width: None,
            height: None
        }
    );
    let f = read_style("width: 600px; height: 400px;");
    assert_eq!((f.width, f.height), (Some(600), Some(400)));
    assert_eq!(read_style("width: 50%").width, None);
    assert_eq!(read_style("TEXT-ALIGN:CENTER !important").align, Some(Align::Center));
    assert_eq!(read_style("text-align: expression(alert(1))").align, None);
    assert_eq!(read_style("::;;:").align, None);
    assert_eq!(Align::Justify.class(), "tt-align-justify");
    assert!(takes_align("p") && takes_align("td") && !takes_align("img"));
}

#[test]
fn url_schemes_are_read_as_a_browser_would() {
    assert_eq!(url_scheme("https://a.b/c").as_deref(), Some("https"));
    assert_eq!(url_scheme("  JavaScript:alert(1)").as_deref(), Some("javascript"));
    assert_eq!(url_scheme("java\tscript:alert(1)").as_deref(), Some("javascript"));
    assert_eq!(url_scheme("java\nscript:alert(1)").as_deref(), Some("javascript"));
    assert_eq!(url_scheme("\u{1}\u{0}javascript:x").as_deref(), Some("javascript"));
    assert_eq!(url_scheme("/media/a:b.jpg"), None);
    assert_eq!(url_scheme("a.jpg"), None);
    assert_eq!(url_scheme("?q=a:b"), None);
    assert_eq!(url_scheme("#x:y"), None);
    assert_eq!(url_scheme("1abc:x"), None);
}

#[test]
fn dangerous_schemes_are_refused_in_every_spelling() {
    for raw in [
        "javascript:alert(1)",
        "JAVASCRIPT:alert(1)",
        " javascript:alert(1)",
        "jav\tascript:alert(1)",
        "jav\u{d}ascript:alert(1)",
        "\u{0}javascript:alert(1)",
        "vbscript:msgbox(1)",
        "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
        "DATA:image/svg+xml,<svg onload=alert(1)>",
        "livescript:x",
        "file:///etc/passwd",
        "blob:https://x/y",
    ] {
        assert!(!scheme_allowed(raw, UrlUse::Link), "link {raw:?}");
        assert!(!scheme_allowed(raw, UrlUse::Image), "image {raw:?}");
    }
    assert!(scheme_allowed("mailto:a@b.vn", UrlUse::Link));
    assert!(!scheme_allowed("mailto:a@b.vn", UrlUse::Image));
    assert!(scheme_allowed("https://hanoi.gov.vn/", UrlUse::Link));
    assert!(scheme_allowed("/tin-tuc/x", UrlUse::Link));
}

#[test]
fn resolved_urls_are_judged_again_and_images_upgraded() {
    assert_eq!(judge_resolved("https:", UrlUse::Image, true), Verdict::Keep);
    assert_eq!(judge_resolved("http:", UrlUse::Image, true), Verdict::UpgradeToHttps);
    assert_eq!(judge_resolved("http:", UrlUse::Image, false), Verdict::Keep);
    assert_eq!(judge_resolved("http:", UrlUse::Link, true), Verdict::Keep);
    assert_eq!(judge_resolved("mailto:", UrlUse::Link, true), Verdict::Keep);
    assert_eq!(judge_resolved("mailto:", UrlUse::Image, true), Verdict::Reject);
    assert_eq!(judge_resolved("javascript:", UrlUse::Link, false), Verdict::Reject);
    assert_eq!(judge_resolved("data:", UrlUse::Image, false), Verdict::Reject);
}

#[test]
fn bylines_are_recognised_across_whitespace_and_case() {
    assert!(is_byline("\u{a0}Bích Ngọc\u{a0}", "Bích Ngọc"));
    assert!(is_byline("Bích  Ngọc", "Bích Ngọc"));
    assert!(!is_byline("Theo Bích Ngọc", "Bích Ngọc"));
    assert!(!is_byline("", ""));
}

#[test]
fn thumbnails_become_absolute_https_when_needed() {
    let remote = MediaBase {
        origin: "https://news.example".into(),
        page_is_https: true,
    };
    assert_eq!(
        remote.absolutize("/media/a.jpg").as_deref(),
        Some("https://news.example/media/a.jpg")
    );
    assert_eq!(
        remote.absolutize("media/a.jpg").as_deref(),
        Some("https://news.example/media/a.jpg")
    );
    assert_eq!(
        remote.absolutize("//cdn.example/a.jpg").as_deref(),
        Some("https://cdn.example/a.jpg")
    );
    assert_eq!(
        remote.absolutize("http://old.example/a.jpg").as_deref(),
        Some("https://old.example/a.jpg")
    );
    assert_eq!(
        remote.absolutize("HTTP://old.example/a.jpg").as_deref(),
        Some("https://old.example/a.jpg")
    );
    assert_eq!(remote.absolutize("javascript:alert(1)"), None);
    assert_eq!(remote.absolutize("data:image/png;base64,AAAA"), None);
    assert_eq!(remote.absolutize("  "), None);
    let local = MediaBase {
        origin: String::new(),
        page_is_https: false,
    };
    assert_eq!(local.absolutize("/media/a.jpg").as_deref(), Some("/media/a.jpg"));
    assert_eq!(
        local.absolutize("http://old.example/a.jpg").as_deref(),
        Some("http://old.example/a.jpg")
    );
}

#[test]
fn json_ld_strings_are_json_and_cannot_close_the_script() {
    use tintuc::jsonld::{string, NewsArticle};
    for s in [
        "",
        "Hoàn Kiếm",
        "</script><script>alert(1)</script>",
        "a\"b\\c\n\t\u{1}\u{2028}",
        "🎉 &amp; <b>",
    ] {
        let j = string(s);
        assert!(!j.contains('<') && !j.contains('>'), "{j}");
        assert_eq!(serde_json::from_str::<String>(&j).unwrap(), s);
    }
    let json = NewsArticle {
        headline: "Tiêu đề </script>",
        description: "Mô tả",
        url: "https://portal.example/tin-tuc/a",
        date_published: "2021-02-05T14:39:00+07:00",
        date_modified: "2021-02-06T09:10:00+07:00",
        author: Some("Bích Ngọc"),
        author_url: Some("https://portal.example/author/bich-ngoc/"),
        images: vec![],
        publisher: "MTTQ",
        logo: "https://portal.example/icon-512.png",
        home: "https://portal.example/",
        home_name: "Trang chủ",
        category: None,
    }
    .to_json();
    assert!(!json.contains('<'), "{json}");
    let v: serde_json::Value = serde_json::from_str(&json).unwrap();
    let (article, crumbs) = (&v[0], &v[1]);
    assert_eq!(article["@type"], "NewsArticle");
    assert_eq!(article["headline"], "Tiêu đề </script>");
    assert_eq!(article["author"]["name"], "Bích Ngọc");
    assert_eq!(article["author"]["url"], "https://portal.example/author/bich-ngoc/");
    assert_eq!(article["dateModified"], "2021-02-06T09:10:00+07:00");
    assert_eq!(
        article["publisher"]["logo"]["url"],
        "https://portal.example/icon-512.png"
    );
    assert!(article.get("image").is_none());
    // Without a category: home, then the article.
    let items = crumbs["itemListElement"].as_array().unwrap();
    assert_eq!(crumbs["@type"], "BreadcrumbList");
    assert_eq!(items.len(), 2);
    assert_eq!(items[1]["position"], 2);
    assert_eq!(items[1]["item"], "https://portal.example/tin-tuc/a");
}

#[test]
fn an_author_page_is_named_only_when_it_is_an_http_url() {
    use tintuc::jsonld::NewsArticle;
    let person = |url: &str| {
        let json = NewsArticle {
            headline: "T",
            description: "D",
            url: "https://portal.example/tin-tuc/a",
            date_published: "2021-02-05T14:39:00+07:00",
            date_modified: "2021-02-05T14:39:00+07:00",
            author: Some("A"),
            author_url: Some(url),
            images: vec![],
            publisher: "P",
            logo: "https://portal.example/icon-512.png",
            home: "https://portal.example/",
            home_name: "Trang chủ",
            category: None,
        }
        .to_json();
        let v: serde_json::Value = serde_json::from_str(&json).unwrap();
        v[0]["author"].clone()
    };
    assert_eq!(
        person(" http://wp.example/author/a/ ")["url"],
        "http://wp.example/author/a/"
    );
    for bad in [
        "javascript:alert(1)",
        "/author/a/",
        "//evil.example/",
        "data:text/html,x",
        "mailto:a@b",
    ] {
        let p = person(bad);
        assert_eq!(p["name"], "A", "{bad}");
        assert!(p.get("url").is_none(), "{bad}: {p}");
    }
}

#[test]
fn headlines_fit_googles_110_characters_cut_at_a_word() {
    use tintuc::jsonld::{headline, HEADLINE_MAX};
    let short = "Quận Hoàn Kiếm tổng kết năm 2020";
    assert_eq!(headline(short), short);
    let exact: String = "á".repeat(HEADLINE_MAX);
    assert_eq!(headline(&exact), exact);
    for title in [
        "Quận Hoàn Kiếm Tổng kết chương trình phối hợp hoạt động năm 2020 và ký kết chương trình phối hợp hoạt động trọng tâm năm 2021",
        &"ồ".repeat(300),
        &"từ ".repeat(100),
    ] {
        let h = headline(title);
        assert!(h.chars().count() <= HEADLINE_MAX, "{h}");
        assert!(h.ends_with('…'), "{h}");
        let kept = h.trim_end_matches('…');
        assert!(title.starts_with(kept), "{h}");
        // Cut between words when there are words to cut between.
        if title.contains(' ') {
            assert!(title[kept.len()..].starts_with(' '), "{h}");
        }
    }
}

#[test]
fn same_origin_is_the_exact_origin_not_a_prefix() {
    let o = "https://portal.vn";
    assert!(is_same_origin("https://portal.vn/tin-tuc/x", o));
    assert!(is_same_origin("https://portal.vn", o));
    assert!(is_same_origin("https://portal.vn?x=1", o));
    assert!(is_same_origin("https://portal.vn#top", o));
    assert!(!is_same_origin("https://portal.vn.evil.com/x", o));
    assert!(!is_same_origin("https://portal.vn:8443/x", o));
    assert!(!is_same_origin("http://portal.vn/x", o));
    assert!(!is_same_origin("https://hanoi.gov.vn/x", o));
    // An unknown origin claims nothing.
    assert!(!is_same_origin("https://portal.vn/x", ""));
}

/// The `srcset` parser's candidates (HTML's "parse a srcset attribute",
/// enough of it to count them and read their URLs).
fn srcset_candidates(srcset: &str) -> Vec<String> {
    let ws = |c: char| matches!(c, ' ' | '\t' | '\n' | '\x0c' | '\r');
    let mut rest = srcset;
    let mut urls = Vec::new();
    loop {
        rest = rest.trim_start_matches(|c| ws(c) || c == ',');
        if rest.is_empty() {
            return urls;
        }
        let end = rest.find(ws).unwrap_or(rest.len());
        let (url, after) = rest.split_at(end);
        if url.ends_with(',') {
            urls.push(url.trim_end_matches(',').to_string());
            rest = after;
            continue;
        }
        urls.push(url.to_string());
        // Descriptors run to the next comma outside parentheses.
        let mut depth = 0;
        let mut cut = after.len();
        for (i, c) in after.char_indices() {
            match c {
                '(' => depth += 1,
                ')' => depth -= 1,
                ',' if depth == 0 => {
                    cut = i + 1;
                    break;
                }
                _ => {}
            }
        }
        rest = &after[cut..];
    }
}

#[test]
fn a_srcset_has_one_candidate_per_validated_url() {
    use tintuc::api::models::{Image, ImageVariant};
    let image = |variants: Vec<(&str, u32)>| Image {
        caption: None,
        credit: None,
        url: "https://x/a.jpg".into(),
        alt: None,
        width: Some(960),
        height: None,
        variants: variants
            .into_iter()
            .map(|(url, width)| ImageVariant { url: url.into(), width })
            .collect(),
    };
    // A variant URL smuggling a second candidate is no candidate at all.
    let bad = "https://x/a.jpg, data:text/html,<script>alert(1)</script> 1w";
    let s = image(vec![(bad, 320), ("https://x/m.jpg", 480)]).srcset().unwrap();
    let c = srcset_candidates(&s);
    assert_eq!(c, ["https://x/m.jpg", "https://x/a.jpg"], "{s}");
    assert_eq!(s, "https://x/m.jpg 480w, https://x/a.jpg 960w");
    assert_eq!(image(vec![(bad, 320)]).srcset(), None);
    // Tabs, newlines and commas anywhere: the parser's too. (Leading and
    // trailing ones are the URL parser's and go first.)
    for bad in [
        "https://x/b\x0c1.jpg",
        "/media/c d.jpg",
        "https://x/a.jpg,",
        "https://x/a.jpg ,data:x 9w",
        "/a,b.jpg",
    ] {
        assert_eq!(image(vec![(bad, 320)]).srcset(), None, "{bad:?}");
    }
    assert_eq!(
        image(vec![(" https://x/b\t.jpg\n", 320)]).srcset().as_deref(),
        Some("https://x/b.jpg 320w, https://x/a.jpg 960w")
    );
    // Only http(s) and origin paths; widths are positive.
    for bad in [
        "data:image/png;base64,AAAA",
        "javascript:alert(1)",
        "//evil.example/a.jpg",
        "a.jpg",
        "",
    ] {
        assert_eq!(image(vec![(bad, 320)]).srcset(), None, "{bad:?}");
    }
    assert_eq!(image(vec![("https://x/s.jpg", 0)]).srcset(), None);
    let mut i = image(vec![("https://x/s.jpg", 320)]);
    i.width = Some(0);
    assert_eq!(i.srcset(), None);
    i.width = Some(960);
    i.url = "javascript:alert(1)".into();
    assert_eq!(i.srcset(), None);
    // The card's ordinary case is unchanged.
    assert_eq!(
        image(vec![("/media/anh-01-320.jpg", 320)]).srcset().as_deref(),
        Some("/media/anh-01-320.jpg 320w, https://x/a.jpg 960w")
    );
}

#[test]
fn one_url_normalisation_as_the_url_parser_does_it() {
    // Leading/trailing C0 controls and spaces, and tabs and newlines
    // anywhere: gone. Other whitespace is the URL's (relative, then).
    assert_eq!(strip_url(" \u{1}java\tscript:x\n\u{1f} "), "javascript:x");
    assert_eq!(strip_url("\u{2028}javascript:x"), "\u{2028}javascript:x");
    assert_eq!(strip_url("\u{a0}javascript:x"), "\u{a0}javascript:x");
    assert_eq!(url_scheme("\u{2028}javascript:alert(1)"), None);
    assert!(scheme_allowed("\u{2028}javascript:alert(1)", UrlUse::Link));
    // ...and the thumbnails see it the same way: a relative path.
    let m = MediaBase {
        origin: "https://news.example".into(),
        page_is_https: true,
    };
    assert_eq!(
        m.absolutize("\u{2028}javascript:alert(1)").as_deref(),
        Some("https://news.example/\u{2028}javascript:alert(1)")
    );
    assert_eq!(
        m.absolutize("\u{2028}//evil.example/a.jpg").as_deref(),
        Some("https://news.example/\u{2028}//evil.example/a.jpg")
    );
    assert_eq!(
        m.absolutize("\t//cdn.example/a.jpg ").as_deref(),
        Some("https://cdn.example/a.jpg")
    );
}
