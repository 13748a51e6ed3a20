//! tintuc-csp against tests/fixtures/csp/cases.json, the file
//! scripts/csp.mjs is held to as well (tests/js/csp.test.mjs): the build's
//! policy and the server's agree.

use serde_json::Value;
use std::path::PathBuf;
use tintuc_csp::{inline_hashes, sources, Policies, PERMISSIONS_POLICY, REFERRER_POLICY};

fn dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../tests/fixtures/csp")
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
fn the_constant_headers() {
    let c = cases();
    assert_eq!(PERMISSIONS_POLICY, c["permissions_policy"]);
    assert_eq!(REFERRER_POLICY, c["referrer_policy"]);
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
}
