//! The snippets partners paste: every value escaped, whatever the backend
//! calls its categories.

use tintuc::snippet::Pick;

fn pick(category: &str) -> Pick {
    Pick {
        category: category.into(),
        limit: 5,
        cards: true,
        theme: "dark",
        show_time: false,
        new_tab: true,
    }
}

#[test]
fn the_script_snippet_carries_every_pick() {
    let s = pick("tin-tuc-su-kien").script_snippet("https://portal.vn");
    assert_eq!(
        s,
        "<script src=\"https://portal.vn/widget.js\" async></script>\n<tintuc-news kind=\"category\" category=\"tin-tuc-su-kien\" limit=\"5\" layout=\"cards\" theme=\"dark\" show-time=\"false\" target=\"_blank\"></tintuc-news>"
    );
    assert!(pick("")
        .script_snippet("https://portal.vn")
        .contains("kind=\"latest\" limit="));
}

#[test]
fn a_hostile_slug_cannot_break_out_of_its_attribute() {
    let slug = "x\"><script>alert(1)</script>&y";
    let s = pick(slug).script_snippet("https://portal.vn");
    assert!(
        s.contains("category=\"x&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;&amp;y\""),
        "{s}"
    );
    assert_eq!(s.matches("<script").count(), 1, "only the loader: {s}");
    let f = pick(slug).iframe_snippet("https://portal.vn", "Tin \"mới\"");
    assert!(
        f.contains("category=x%22%3E%3Cscript%3Ealert%281%29%3C%2Fscript%3E%26y&amp;limit=5"),
        "{f}"
    );
    assert!(f.contains("title=\"Tin &quot;mới&quot;\""), "{f}");
    assert_eq!(f.matches("<script").count(), 1, "only embed.js: {f}");
}

#[test]
fn a_vietnamese_slug_is_percent_encoded_in_the_iframe_url() {
    let f = pick("tin-tức").iframe_snippet("https://portal.vn", "Tin");
    assert!(
        f.contains("/tin-nhung/?kind=category&amp;category=tin-t%E1%BB%A9c&amp;"),
        "{f}"
    );
}

const INTEGRITY: &str = "sha384-oqVuAfXRKap7fdgcCY5uykM6+R9GqQ8K/uxy9rx7HNQlGYl1kPzQho1wx4JwY8wC";

#[test]
fn the_pinned_snippet_names_one_version_and_its_integrity() {
    use tintuc::snippet::Pinned;
    let pinned = Pinned::from_json(&format!(
        r#"{{"src":"widget/widget-0123456789abcdef.js","integrity":"{INTEGRITY}"}}"#
    ))
    .unwrap();
    let s = pick("tin-tuc-su-kien").pinned_snippet("https://portal.vn", &pinned);
    assert_eq!(
        s,
        format!(
            "<script src=\"https://portal.vn/widget/widget-0123456789abcdef.js\" integrity=\"{INTEGRITY}\" crossorigin=\"anonymous\" async></script>\n<tintuc-news kind=\"category\" category=\"tin-tuc-su-kien\" limit=\"5\" layout=\"cards\" theme=\"dark\" show-time=\"false\" target=\"_blank\"></tintuc-news>"
        )
    );
    // The same widget element as the plain snippet: only the script differs.
    let plain = pick("tin-tuc-su-kien").script_snippet("https://portal.vn");
    assert_eq!(s.split_once('\n').unwrap().1, plain.split_once('\n').unwrap().1);
}

#[test]
fn a_widget_json_that_is_not_the_builds_offers_no_pinned_snippet() {
    use tintuc::snippet::Pinned;
    let json = |src: &str, integrity: &str| {
        format!(
            r#"{{"src":{},"integrity":{}}}"#,
            serde_json::to_string(src).unwrap(),
            serde_json::to_string(integrity).unwrap()
        )
    };
    let good_src = "widget/widget-0123456789abcdef.js";
    assert!(Pinned::from_json(&json(good_src, INTEGRITY)).is_some());
    for (src, integrity) in [
        ("https://evil.example/widget.js", INTEGRITY),
        ("//evil.example/widget-0123456789abcdef.js", INTEGRITY),
        ("widget/../widget-0123456789abcdef.js", INTEGRITY),
        ("widget/widget-0123456789abcdef.js\" onload=\"x", INTEGRITY),
        ("widget/widget-xyz.js", INTEGRITY),
        (good_src, "sha256-abc"),
        (good_src, "sha384-"),
        (good_src, "sha384-abc\" onload=\"alert(1)"),
        (good_src, ""),
    ] {
        assert!(Pinned::from_json(&json(src, integrity)).is_none(), "{src} {integrity}");
    }
    for text in ["", "[]", "{}", "null", r#"{"src":1,"integrity":2}"#] {
        assert!(Pinned::from_json(text).is_none(), "{text}");
    }
}

#[test]
fn the_count_field_says_what_the_snippet_uses() {
    use tintuc::snippet::{LimitField, LIMIT_DEFAULT, LIMIT_MAX};
    assert_eq!(LimitField::read("7"), LimitField::Fits(7));
    assert_eq!(LimitField::read(" 20 "), LimitField::Fits(20));
    assert_eq!(LimitField::read("1"), LimitField::Fits(1));
    // An empty field is the default (the widget's), not the last number typed.
    assert_eq!(LimitField::read(""), LimitField::Empty);
    assert_eq!(LimitField::read("").used(), LIMIT_DEFAULT);
    assert_eq!(LimitField::read("50"), LimitField::Out(LIMIT_MAX));
    assert_eq!(LimitField::read("0"), LimitField::Out(1));
    assert_eq!(LimitField::read("-3"), LimitField::Out(1));
    assert_eq!(LimitField::read("99999999999999999999"), LimitField::Out(LIMIT_MAX));
    assert_eq!(LimitField::read("-"), LimitField::Out(LIMIT_DEFAULT));
    assert_eq!(LimitField::read("1.5"), LimitField::Out(LIMIT_DEFAULT));
    assert_eq!(LimitField::read("abc"), LimitField::Out(LIMIT_DEFAULT));
    for n in 0..=100 {
        let used = LimitField::read(&n.to_string()).used();
        assert!((1..=LIMIT_MAX).contains(&used), "{n} -> {used}");
    }
}
