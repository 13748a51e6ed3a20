//! A page's status says whether it exists: a list's page past its end is a
//! 404 (crawlers drop it, caches keep it briefly), though the reader still
//! gets the way back to the first page; its last page is a page.

use axum::http::StatusCode;

mod support;

use support::hostile::*;

#[tokio::test]
async fn a_lists_page_past_its_end_is_404_with_the_way_back() {
    let _ = any_spawner::Executor::init_tokio();
    let state = state().await;
    // The home page lists 10 a page (the contract's default here).
    let last = TOTAL / 10;
    for path in [format!("/?page={last}"), format!("/danh-muc/thong-bao?page={last}")] {
        let (status, _, body) = get_doc(&state, &path, None).await;
        assert_eq!(status, StatusCode::OK, "{path}");
        assert!(body.contains(&format!("Bài số {TOTAL}")), "{path}: its last article");
    }
    for path in [
        format!("/?page={}", last + 1),
        format!("/danh-muc/thong-bao?page={}", last + 1),
        "/danh-muc/thong-bao?page=4294967295".to_string(),
    ] {
        let (status, headers, body) = get_doc(&state, &path, None).await;
        assert_eq!(status, StatusCode::NOT_FOUND, "{path}");
        assert!(
            headers["cache-control"].to_str().unwrap().starts_with("public"),
            "{path}: kept as briefly as any 404"
        );
        assert!(body.contains("tt-list__back"), "{path}: the way back to page 1");
    }
    // The first page is a page.
    let (status, _, _) = get_doc(&state, "/", None).await;
    assert_eq!(status, StatusCode::OK);
}
