#![cfg(not(target_arch = "wasm32"))]
//! The widget's attribute rules.

use tintuc::i18n::Locale;
use tintuc_widget::options::*;

fn parse_attrs(attrs: &[(&str, &str)]) -> Result<WidgetOptions, Vec<String>> {
    parse(
        |name| attrs.iter().find(|(k, _)| *k == name).map(|(_, v)| v.to_string()),
        "https://portal.example/",
    )
}

#[test]
fn defaults_are_the_latest_five_as_a_list() {
    let o = parse_attrs(&[]).unwrap();
    assert_eq!(o.kind, Kind::Latest);
    assert_eq!(
        (o.limit, o.layout, o.theme, o.show_time, o.new_tab),
        (5, Layout::List, Theme::Auto, true, false)
    );
    assert_eq!(o.portal, "https://portal.example/");
    assert_eq!(o.lang, Locale::Vi);
}

#[test]
fn every_option_is_read() {
    let o = parse_attrs(&[
        ("kind", "category"),
        ("category", "tin-tuc-su-kien"),
        ("limit", "20"),
        ("layout", "cards"),
        ("theme", "dark"),
        ("show-time", "false"),
        ("portal", "http://127.0.0.1:18080"),
        ("target", "_blank"),
        ("lang", "en"),
        ("heading", "Tin phường"),
    ])
    .unwrap();
    assert_eq!(o.kind, Kind::Category("tin-tuc-su-kien".into()));
    assert_eq!(
        (o.limit, o.layout, o.theme, o.show_time, o.new_tab),
        (20, Layout::Cards, Theme::Dark, false, true)
    );
    assert_eq!(o.portal, "http://127.0.0.1:18080/");
    assert_eq!((o.lang, o.heading.as_deref()), (Locale::En, Some("Tin phường")));
    // A category alone implies kind="category".
    assert_eq!(
        parse_attrs(&[("category", "thong-bao")]).unwrap().kind,
        Kind::Category("thong-bao".into())
    );
}

#[test]
fn bad_options_say_what_is_wrong_in_the_widget_language() {
    let e = parse_attrs(&[("limit", "50"), ("theme", "pink"), ("kind", "category")]).unwrap_err();
    assert_eq!(e.len(), 3, "{e:?}");
    assert!(e[0].contains("category"), "{e:?}");
    assert!(e.iter().any(|m| m.contains("limit=\"50\"") && m.contains("1 đến 20")));
    assert!(e.iter().any(|m| m.contains("theme=\"pink\"")));
    let en = parse_attrs(&[("limit", "0"), ("lang", "en")]).unwrap_err();
    assert!(en[0].contains("must be a number from 1 to 20"), "{en:?}");
    for bad in [
        ("kind", "popular"),
        ("layout", "grid"),
        ("show-time", "maybe"),
        ("portal", "javascript:alert(1)"),
        ("portal", "ftp://x"),
    ] {
        assert!(parse_attrs(&[bad]).is_err(), "{bad:?}");
    }
    assert!(
        parse_attrs(&[("kind", "category"), ("category", "<b>x</b>")]).is_err(),
        "slugs only"
    );
}

#[test]
fn portal_bases() {
    assert_eq!(
        portal_base("https://portal.example").as_deref(),
        Some("https://portal.example/")
    );
    assert_eq!(
        portal_base("https://portal.example/tin/?x=1#y").as_deref(),
        Some("https://portal.example/tin/")
    );
    assert_eq!(portal_base(" HTTP://a.b ").as_deref(), Some("HTTP://a.b/"));
    for bad in [
        "",
        "portal.example",
        "//portal.example",
        "https://",
        "https:///x",
        "https://a b",
        "data:text/html,x",
    ] {
        assert_eq!(portal_base(bad), None, "{bad:?}");
    }
}

#[test]
fn a_category_alone_is_validated_as_with_kind() {
    // The iframe page (/tin-nhung/?category=…) passes `category` without
    // `kind`: the same rule as the explicit form.
    for bad in [
        "<b>x</b>",
        "../../config",
        "a b",
        "Tin-Tuc",
        "x?page=2",
        &"a".repeat(201),
    ] {
        let e = parse_attrs(&[("category", bad)]).expect_err(bad);
        assert!(e[0].contains("category="), "{e:?}");
    }
    assert_eq!(
        parse_attrs(&[("category", "tin-tuc-2")]).unwrap().kind,
        Kind::Category("tin-tuc-2".into())
    );
}

#[test]
fn headings_and_echoed_values_are_capped() {
    // Any text, as text; but not a page of it.
    let long = "Tin phường ".repeat(100);
    let o = parse_attrs(&[("heading", &long)]).unwrap();
    let h = o.heading.unwrap();
    assert!(h.chars().count() <= MAX_HEADING_CHARS, "{}", h.chars().count());
    assert!(h.starts_with("Tin phường Tin phường"));
    // A bad value is named in the message, shortened.
    let e = parse_attrs(&[("kind", &"x".repeat(10_000))]).unwrap_err();
    assert!(e[0].chars().count() < 200, "{}", e[0].chars().count());
}
