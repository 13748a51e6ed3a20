//! tintuc-headers against tests/fixtures/cases.json: the pages' hashes and
//! policies, the config's sources and errors, the headers by path, the
//! hashed-file rule and what nginx includes.

use serde_json::Value;
use std::path::PathBuf;
use tintuc_headers::files::{cache_control, is_hashed, pattern, IMMUTABLE, REVALIDATE};
use tintuc_headers::{inline_hashes, is_embed_page, nginx, sources, Policies, PERMISSIONS_POLICY, REFERRER_POLICY};

fn dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures")
}

fn cases() -> Value {
    serde_json::from_str(&std::fs::read_to_string(dir().join("cases.json")).unwrap()).unwrap()
}

fn strings(v: &Value) -> Vec<String> {
    v.as_array()
        .unwrap()
        .iter()
        .map(|s| s.as_str().unwrap().to_string())
        .collect()
}

#[test]
fn inline_scripts_and_styles_are_hashed() {
    for case in cases()["html"].as_array().unwrap() {
        let got = inline_hashes(case["html"].as_str().unwrap());
        assert_eq!(got.scripts, strings(&case["scripts"]), "{}", case["html"]);
        assert_eq!(got.styles, strings(&case["styles"]), "{}", case["html"]);
    }
}

#[test]
fn sources_come_from_the_config() {
    for case in cases()["configs"].as_array().unwrap() {
        let got = sources(case["config"].as_str().unwrap());
        match case.get("error") {
            Some(e) => assert_eq!(got.unwrap_err(), e.as_str().unwrap()),
            None => {
                let got = got.unwrap();
                assert_eq!(got.connect, strings(&case["connect"]), "{}", case["config"]);
                assert_eq!(got.img, strings(&case["img"]), "{}", case["config"]);
            }
        }
    }
}

#[test]
fn the_pages_policies() {
    let c = &cases()["pages"];
    let read = |k: &str| std::fs::read_to_string(dir().join(c[k].as_str().unwrap())).unwrap();
    let index = read("index");
    let hashes = inline_hashes(&index);
    assert_eq!(hashes.scripts, strings(&c["index_hashes"]["scripts"]));
    assert_eq!(hashes.styles, strings(&c["index_hashes"]["styles"]));
    let p = Policies::new(&index, Some(&read("embed")), c["config"].as_str().unwrap()).unwrap();
    assert_eq!(p.reader, c["reader"]);
    assert_eq!(p.embed, c["embed_policy"]);
}

#[test]
fn headers_by_path() {
    let p = Policies {
        reader: "R".into(),
        embed: "E".into(),
    };
    let get = |path: &str, name: &str| {
        p.headers(path)
            .into_iter()
            .find(|(n, _)| *n == name)
            .map(|(_, v)| v.to_string())
    };
    assert_eq!(get("/", "content-security-policy").as_deref(), Some("R"));
    assert_eq!(get("/tin-tuc/x", "x-frame-options").as_deref(), Some("DENY"));
    assert_eq!(get("/tin-nhung/", "content-security-policy").as_deref(), Some("E"));
    assert_eq!(get("/tin-nhung/index.html", "x-frame-options"), None);
    assert_eq!(get("/tin-nhung/", "x-content-type-options").as_deref(), Some("nosniff"));
    // Only the embed page itself may be framed: not any address under it.
    for path in [
        "/tin-nhung/x",
        "/tin-nhung/../",
        "/tin-nhung/index.html/x",
        "/tin-nhung",
    ] {
        assert_eq!(get(path, "content-security-policy").as_deref(), Some("R"), "{path}");
        assert_eq!(get(path, "x-frame-options").as_deref(), Some("DENY"), "{path}");
        assert!(!is_embed_page(path), "{path}");
    }
}

#[test]
fn hashed_files_are_immutable_and_the_pattern_says_the_same() {
    let re = regex_lite::Regex::new(&pattern()).unwrap();
    let hashed = [
        "/tintuc-0123456789abcdef.js",
        "/tintuc-0123456789abcdef_bg.wasm",
        "/tintuc-wordpress-0123456789abcdef_bg.wasm",
        "/widget/tintuc-widget-fedcba9876543210.js",
        "/widget/widget-fedcba9876543210.js",
        "/style-0123456789abcdef.css",
    ];
    let plain = [
        "/index.html",
        "/config.json",
        "/widget.js",
        "/sw.js",
        "/danh-muc/tin-tuc-su-kien",
        "/tin-tuc/bai-0123456789abcdef",
        "/tintuc-0123456789ABCDEF.js",
        "/tintuc-0123456789abcde.js",
        "/tintuc-0123456789abcdef0.js",
        "/-0123456789abcdef.js",
        "/tintuc-0123456789abcdef.json",
        "/tintuc-0123456789abcdef.js/x",
        "/tintuc-0123456789abcdef_bg_bg.wasm",
    ];
    for p in hashed {
        assert!(is_hashed(p), "{p}");
        assert!(re.is_match(p), "{p} by the pattern");
        assert_eq!(cache_control(p), IMMUTABLE);
    }
    for p in plain {
        assert!(!is_hashed(p), "{p}");
        assert!(!re.is_match(p), "{p} by the pattern");
        assert_eq!(cache_control(p), REVALIDATE);
    }
}

#[test]
fn nginx_includes_carry_the_same_values() {
    let p = Policies {
        reader: "R r".into(),
        embed: "E e".into(),
    };
    let files: std::collections::HashMap<_, _> = nginx::files(&p).unwrap().into_iter().collect();
    assert!(files["reader.conf"].contains("add_header Content-Security-Policy \"R r\" always;\n"));
    assert!(files["embed.conf"].contains("add_header Content-Security-Policy \"E e\" always;\n"));
    let h = &files["headers.conf"];
    assert!(h.contains(&format!(
        "add_header Permissions-Policy \"{PERMISSIONS_POLICY}\" always;"
    )));
    assert!(h.contains(&format!("add_header Referrer-Policy \"{REFERRER_POLICY}\" always;")));
    assert!(h.contains("add_header X-Content-Type-Options \"nosniff\" always;"));
    // A value nginx could not quote is refused, never written broken.
    let bad = Policies {
        reader: "a\"b".into(),
        embed: "e".into(),
    };
    assert!(nginx::files(&bad).is_err());
}

#[test]
fn a_partner_page_is_told_every_origin_the_widget_reads_and_nothing_more() {
    use tintuc_headers::partner_policy;
    let portal = "https://tin.example";
    // The API on the portal's origin (the server's /api/): the portal alone.
    assert_eq!(
        partner_policy(portal, portal, &[]),
        "script-src https://tin.example 'wasm-unsafe-eval'; connect-src https://tin.example; img-src https://tin.example"
    );
    // WordPress on its own origin: the widget reads it and its pictures.
    assert_eq!(
        partner_policy(portal, "https://wp.example", &["https://*.cdn.example".into()]),
        "script-src https://tin.example 'wasm-unsafe-eval'; connect-src https://tin.example https://wp.example; \
         img-src https://tin.example https://wp.example https://*.cdn.example"
    );
    // An image origin that is already there is not named twice.
    assert!(partner_policy(portal, portal, &[portal.into()]).ends_with("img-src https://tin.example"));
}
