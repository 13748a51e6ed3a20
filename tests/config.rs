#![cfg(not(target_arch = "wasm32"))]
//! Runtime configuration: defaults, validation, clear errors.

use tintuc::config::{BackendKind, Config, OtherNewsScope};
use tintuc::timefmt::Zone;

#[test]
fn the_shipped_demo_config_loads() {
    let text = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/public/config.json")).unwrap();
    let c = Config::from_json(&text).unwrap();
    assert_eq!(c.api_base, "/api/");
    assert_eq!(c.zone, Zone::VIETNAM);
    assert_eq!(c.backend, BackendKind::Tintuc);
}

#[test]
fn defaults_fill_everything_but_the_base() {
    let c = Config::from_json(r#"{"api_base":"https://news.example/api"}"#).unwrap();
    assert_eq!(c.api_base, "https://news.example/api/", "a trailing slash is added");
    assert_eq!(c.zone, Zone::VIETNAM);
    assert_eq!(c.page_size, 10);
    assert_eq!(c.other_news_scope, OtherNewsScope::Category);
    assert_eq!(c.request_timeout_ms, 15_000);
    assert_eq!(c.site_name, None);
}

#[test]
fn bad_configs_say_what_is_wrong() {
    let err = |t: &str| Config::from_json(t).unwrap_err();
    assert!(err("").contains("EOF"));
    assert!(err("{}").contains("api_base"));
    assert!(err(r#"{"api_base":"  "}"#).contains("api_base"));
    assert!(err(r#"{"api_base":"javascript:alert(1)"}"#).contains("api_base"));
    assert!(err(r#"{"api_base":"/api/","time_zone":"Asia/Ho_Chi_Minh"}"#).contains("time_zone"));
    assert!(err(r#"{"api_base":"/api/","page_size":0}"#).contains("page_size"));
    assert!(err(r#"{"api_base":"/api/","page_size":1000}"#).contains("page_size"));
    let backend = err(r#"{"api_base":"/api/","backend":"drupal"}"#);
    assert!(
        backend.contains("backend") && backend.contains("wordpress"),
        "{backend}"
    );
    assert!(err(r#"{"api_base":"/api/","page_size":"10"}"#).contains("page_size"));
    assert!(err("[1]").contains("object"));
}

#[test]
fn an_api_base_that_leaves_the_origin_is_refused() {
    // `//host/` and `/\host/` are not paths: browsers read both as another
    // host (a backslash is a slash in http URLs).
    for bad in [
        "//evil.example/api/",
        "/\\evil.example/api/",
        "\\\\evil.example/",
        "/\t/evil.example/",
        " //evil.example",
        "https:evil.example/api/",
        "http:/evil.example/",
        "https://",
        "https:///evil.example",
        "https://evil.example\\@portal.example/",
    ] {
        let err =
            Config::from_json(&format!(r#"{{"api_base":{}}}"#, serde_json::to_string(bad).unwrap())).expect_err(bad);
        assert!(err.contains("api_base"), "{bad}: {err}");
    }
    // The error shows what was written, control characters escaped.
    let err = Config::from_json(r#"{"api_base":"/\t/evil.example/"}"#).unwrap_err();
    assert!(err.contains(r#""/\u{9}/evil.example/""#), "{err}");
    for good in [
        "/api/",
        "/",
        "https://news.example/api/",
        "HTTP://news.example:8081/api",
        "/wp-json/",
    ] {
        let json = format!(r#"{{"api_base":{}}}"#, serde_json::to_string(good).unwrap());
        assert!(Config::from_json(&json).is_ok(), "{good}");
    }
}

#[test]
fn unknown_keys_are_ignored() {
    assert!(Config::from_json(r#"{"api_base":"/api/","future_option":true}"#).is_ok());
}

#[test]
fn image_origins_are_read_as_sources_for_the_snippet_builder() {
    let c = |t: &str| Config::from_json(t);
    let ok =
        c(r#"{"api_base":"/api/","image_origins":["HTTPS://Img.Example/","https://*.cdn.example","https:"]}"#).unwrap();
    assert_eq!(
        ok.image_origins,
        ["https://img.example", "https://*.cdn.example", "https:"]
    );
    assert!(c(r#"{"api_base":"/api/","image_origins":null}"#)
        .unwrap()
        .image_origins
        .is_empty());
    assert!(c(r#"{"api_base":"/api/"}"#).unwrap().image_origins.is_empty());
    // (Each is checked by the server and the build, tintuc-headers, before
    // any page or policy names it.)
    let err = c(r#"{"api_base":"/api/","image_origins":[1]}"#).unwrap_err();
    assert!(err.contains("image_origins[0]"), "{err}");
    assert!(c(r#"{"api_base":"/api/","image_origins":"https://img.example"}"#)
        .unwrap_err()
        .contains("image_origins"));
}

#[test]
fn the_publishers_logo_is_a_url_or_a_path_on_the_portal() {
    let with = |logo: &str| {
        Config::from_json(&format!(
            r#"{{"api_base":"/api/","logo":{}}}"#,
            serde_json::to_string(logo).unwrap()
        ))
    };
    assert_eq!(Config::from_json(r#"{"api_base":"/api/"}"#).unwrap().logo, None);
    assert_eq!(with("/logo.png").unwrap().logo.as_deref(), Some("/logo.png"));
    assert_eq!(
        with(" https://cdn.example/logo.png ").unwrap().logo.as_deref(),
        Some("https://cdn.example/logo.png")
    );
    assert_eq!(with("  ").unwrap().logo, None);
    for bad in [
        "javascript:alert(1)",
        "//evil.example/x.png",
        "/\\evil.example/",
        "logo.png",
        "https://u:p@x/",
    ] {
        let err = with(bad).expect_err(bad);
        assert!(err.starts_with("logo must be"), "{bad}: {err}");
    }
}
