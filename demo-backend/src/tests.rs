//! The demo backend as its router answers: the API, faults, the static mode.

use super::*;
use axum::body::Body;
use axum::http::{Request, StatusCode};
use http_body_util::BodyExt;
use tower::ServiceExt;

fn args() -> Args {
    Args {
        port: 18081,
        data: PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../data"),
        static_dir: None,
        config: None,
        no_api: false,
        faults: true,
    }
}

async fn send(app: &Router, req: Request<Body>) -> (StatusCode, Vec<u8>) {
    let resp = app.clone().oneshot(req).await.unwrap();
    let status = resp.status();
    let body = resp.into_body().collect().await.map(|b| b.to_bytes().to_vec());
    (status, body.unwrap_or_default())
}

fn get(uri: &str, host: Option<&str>) -> Request<Body> {
    let mut r = Request::get(uri);
    if let Some(h) = host {
        r = r.header("host", h);
    }
    r.body(Body::empty()).unwrap()
}

#[tokio::test]
async fn only_its_own_host_names_are_answered() {
    // A page on evil.example whose name is rebound to 127.0.0.1 sends
    // `Host: evil.example`: refused, before any route (faults included).
    let app = app(&args()).unwrap();
    for host in [
        "evil.example",
        "evil.example:18081",
        "127.0.0.1.evil.example",
        "localhost.evil.example:18081",
    ] {
        let (status, _) = send(&app, get("/api/categories", Some(host))).await;
        assert_eq!(status, StatusCode::MISDIRECTED_REQUEST, "{host}");
        let install = Request::post("/__control/faults")
            .header("host", host)
            .header("content-type", "application/json")
            .body(Body::from(r#"{"rules":[]}"#))
            .unwrap();
        assert_eq!(send(&app, install).await.0, StatusCode::MISDIRECTED_REQUEST, "{host}");
    }
    assert_eq!(
        send(&app, get("/api/categories", None)).await.0,
        StatusCode::MISDIRECTED_REQUEST
    );
    // Its own addresses, with or without the port (nginx's `$host` has none).
    for host in [
        "127.0.0.1:18081",
        "localhost:18081",
        "127.0.0.1",
        "LOCALHOST",
        "[::1]:18081",
    ] {
        let (status, _) = send(&app, get("/api/categories", Some(host))).await;
        assert_eq!(status, StatusCode::OK, "{host}");
    }
}

#[tokio::test]
async fn a_huge_fault_cannot_overflow() {
    let app = app(&args()).unwrap();
    let install = |bytes: u64| {
        Request::post("/__control/faults")
            .header("host", "127.0.0.1:18081")
            .header("content-type", "application/json")
            .body(Body::from(format!(
                r#"{{"rules":[{{"path":"/api/categories","action":{{"kind":"huge","bytes":{bytes}}}}}]}}"#
            )))
            .unwrap()
    };
    for bytes in [u64::MAX, u64::MAX - 1, 1 << 40] {
        let (status, body) = send(&app, install(bytes)).await;
        assert_eq!(status, StatusCode::BAD_REQUEST, "{bytes}");
        assert!(String::from_utf8_lossy(&body).contains("bytes"), "names the field");
        // Nothing was installed: the API answers as usual.
        let (status, _) = send(&app, get("/api/categories", Some("127.0.0.1:18081"))).await;
        assert_eq!(status, StatusCode::OK);
    }
    assert_eq!(send(&app, install(1000)).await.0, StatusCode::NO_CONTENT);
    let (status, body) = send(&app, get("/api/categories", Some("127.0.0.1:18081"))).await;
    assert_eq!((status, body.len()), (StatusCode::OK, 1000));
}

#[tokio::test]
async fn a_streamed_fault_sends_a_chunked_body_without_a_length() {
    let app = app(&args()).unwrap();
    let install = Request::post("/__control/faults")
        .header("host", "127.0.0.1:18081")
        .header("content-type", "application/json")
        .body(Body::from(
            r#"{"rules":[{"path":"/api/categories","action":{"kind":"stream","bytes":200000}}]}"#,
        ))
        .unwrap();
    assert_eq!(send(&app, install).await.0, StatusCode::NO_CONTENT);
    let resp = app
        .clone()
        .oneshot(get("/api/categories", Some("127.0.0.1:18081")))
        .await
        .unwrap();
    assert!(resp.headers().get("content-length").is_none());
    let body = resp.into_body().collect().await.unwrap().to_bytes();
    assert_eq!(body.len(), 200_000);
    let json: serde_json::Value = serde_json::from_slice(&body).expect("the real answer, padded: still JSON");
    assert!(json["items"].is_array());
    // Bounded too.
    let install = Request::post("/__control/faults")
        .header("host", "127.0.0.1:18081")
        .header("content-type", "application/json")
        .body(Body::from(format!(
            r#"{{"rules":[{{"path":"/","action":{{"kind":"stream","bytes":{}}}}}]}}"#,
            u64::MAX
        )))
        .unwrap();
    assert_eq!(send(&app, install).await.0, StatusCode::BAD_REQUEST);
}

#[test]
fn host_names() {
    for own in [
        "127.0.0.1",
        "127.0.0.1:1",
        "localhost",
        "LocalHost:8081",
        "[::1]",
        "[::1]:8081",
    ] {
        assert!(is_own_host(own), "{own}");
    }
    for other in [
        "",
        ":",
        "localhost:",
        "localhost:x",
        "127.0.0.2",
        "127.0.0.1:80:80",
        "::1",
        "evil.example",
        "127.0.0.1.nip.io",
    ] {
        assert!(!is_own_host(other), "{other}");
    }
}
