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
