//! The contract as the demo backend serves it: lists, topics, search, the
//! most read, articles, 404s.
use super::*;
use axum::body::Body;
use axum::http::Request;
use http_body_util::BodyExt;
use serde_json::Value;
use std::path::Path;
use tower::ServiceExt;

async fn get(uri: &str) -> (StatusCode, Value) {
    let news = Newsroom::load(&Path::new(env!("CARGO_MANIFEST_DIR")).join("../data")).unwrap();
    let resp = router(Arc::new(news))
        .oneshot(Request::get(uri).body(Body::empty()).unwrap())
        .await
        .unwrap();
    let status = resp.status();
    let bytes = resp.into_body().collect().await.unwrap().to_bytes();
    (status, serde_json::from_slice(&bytes).unwrap())
}

#[tokio::test]
async fn a_topic_lists_its_articles_and_names_itself() {
    let (s, topic) = get("/articles?tag=chuong-trinh-phoi-hop&per_page=100").await;
    assert_eq!(s, StatusCode::OK);
    assert_eq!(topic["tag"]["name"], "Chương trình phối hợp");
    let items = topic["items"].as_array().unwrap();
    assert!(items.len() >= 3);
    assert_eq!(topic["total"].as_u64(), Some(items.len() as u64));
    let (_, article) = get(&format!("/articles/{}", items[0]["slug"].as_str().unwrap())).await;
    assert!(article["tags"]
        .as_array()
        .unwrap()
        .iter()
        .any(|t| t["slug"] == "chuong-trinh-phoi-hop"));
    let (_, all) = get("/articles").await;
    assert!(all.get("tag").is_none(), "only a topic's list names a topic");
    let (s, e) = get("/articles?tag=khong-co").await;
    assert_eq!(
        (s, e["error"]["code"].as_str()),
        (StatusCode::NOT_FOUND, Some("not_found"))
    );
}

#[tokio::test]
async fn lists_paginate_and_filter() {
    let (s, all) = get("/articles?page=1&per_page=10").await;
    assert_eq!(s, StatusCode::OK);
    assert_eq!(all["items"].as_array().unwrap().len(), 10);
    assert_eq!((all["page"].as_u64(), all["per_page"].as_u64()), (Some(1), Some(10)));
    assert!(all["total"].as_u64().unwrap() >= 60);
    assert!(all["items"][0].get("body_html").is_none(), "lists carry no bodies");
    let (_, cat) = get("/articles?category=hoat-dong-mat-tran&page=2&per_page=10").await;
    assert!(cat["items"]
        .as_array()
        .unwrap()
        .iter()
        .all(|a| a["category"]["slug"] == "hoat-dong-mat-tran"));
    let (_, past) = get("/articles?page=999").await;
    assert_eq!(past["items"].as_array().unwrap().len(), 0);
    let (_, odd) = get("/articles?page=abc&per_page=100000").await;
    assert_eq!((odd["page"].as_u64(), odd["per_page"].as_u64()), (Some(1), Some(100)));
    let (s, e) = get("/articles?category=khong-co").await;
    assert_eq!(
        (s, e["error"]["code"].as_str()),
        (StatusCode::NOT_FOUND, Some("not_found"))
    );
}

#[tokio::test]
async fn search_ignores_case_and_diacritics() {
    let (_, cats) = get("/categories").await;
    assert_eq!(cats["capabilities"], serde_json::json!(["search", "most_read"]));
    let (_, plain) = get("/articles?q=hoan%20kiem&per_page=100").await;
    let (_, marked) = get("/articles?q=Ho%C3%A0n%20Ki%E1%BA%BFm&per_page=100").await;
    assert!(plain["total"].as_u64().unwrap() > 10);
    assert_eq!(plain["total"], marked["total"]);
    let (_, none) = get("/articles?q=xyzzyqwv").await;
    assert_eq!(none["total"], 0);
    let (_, d) = get("/articles?q=dai%20doan%20ket").await;
    assert!(d["total"].as_u64().unwrap() > 0, "đ is found by d");
    let (_, in_cat) = get("/articles?q=hoan&category=thong-bao").await;
    assert!(in_cat["items"]
        .as_array()
        .unwrap()
        .iter()
        .all(|a| a["category"]["slug"] == "thong-bao"));
}

#[tokio::test]
async fn a_result_found_in_the_body_carries_the_sentence_that_holds_the_words() {
    // "Lã Văn Nho": a name only the seed's body holds.
    let (_, found) = get("/articles?q=L%C3%A3%20V%C4%83n%20Nho").await;
    assert_eq!(found["total"], 1);
    let sentence = found["items"][0]["found"].as_str().unwrap();
    assert!(sentence.contains("Lã Văn Nho – Chủ tịch Hội CCB quận"), "{sentence}");
    assert!(sentence.chars().count() <= tintuc_fold::SENTENCE_MAX + 2, "{sentence}");
    assert!(!sentence.contains(['<', '\n']), "{sentence}");
    // Unaccented, the same.
    let (_, plain) = get("/articles?q=la%20van%20nho").await;
    assert_eq!(plain["items"][0]["found"], found["items"][0]["found"]);
    // Found in a title or summary: no sentence (the card shows those).
    let (_, titles) = get("/articles?q=hoan%20kiem&per_page=100").await;
    let items = titles["items"].as_array().unwrap();
    assert!(items.iter().take(10).all(|a| a.get("found").is_none()));
}

#[tokio::test]
async fn articles_categories_and_404s() {
    let (s, cats) = get("/categories").await;
    assert_eq!(s, StatusCode::OK);
    assert!(cats["items"]
        .as_array()
        .unwrap()
        .iter()
        .all(|c| c["count"].as_u64().unwrap() > 0));
    let (s, a) = get("/articles/ket-qua-binh-chon-hang-viet-nam-duoc-nguoi-tieu-dung-yeu-thich-2019").await;
    assert_eq!(s, StatusCode::OK);
    assert!(a["body_html"].as_str().unwrap().contains("<table"));
    assert_eq!(get("/articles/khong-co").await.0, StatusCode::NOT_FOUND);
    assert_eq!(get("/articles/khong-co/other").await.0, StatusCode::NOT_FOUND);
    assert_eq!(get("/khong-co").await.0, StatusCode::NOT_FOUND);
    let (_, o) =
        get("/articles/ket-qua-binh-chon-hang-viet-nam-duoc-nguoi-tieu-dung-yeu-thich-2019/other?limit=3").await;
    assert_eq!(o["items"].as_array().unwrap().len(), 3);
}

#[tokio::test]
async fn the_most_read_are_ranked_by_the_newsrooms_counter() {
    let (_, cats) = get("/categories").await;
    assert!(cats["capabilities"]
        .as_array()
        .unwrap()
        .contains(&serde_json::json!("most_read")));
    let (status, most) = get("/most-read").await;
    assert_eq!(status, StatusCode::OK);
    let items = most["items"].as_array().unwrap();
    assert_eq!(items.len(), 5, "five unless asked");
    // In the data's order of `views`, most first.
    let news = Newsroom::load(&Path::new(env!("CARGO_MANIFEST_DIR")).join("../data")).unwrap();
    let mut by_views: Vec<_> = news.articles.iter().collect();
    by_views.sort_by_key(|a| std::cmp::Reverse(a.views));
    let slugs: Vec<&str> = items.iter().map(|a| a["slug"].as_str().unwrap()).collect();
    let expected: Vec<&str> = by_views.iter().take(5).map(|a| a.slug.as_str()).collect();
    assert_eq!(slugs, expected);
    // Summaries: no body, no counter.
    assert!(items
        .iter()
        .all(|a| a.get("body_html").is_none() && a.get("views").is_none()));
    let (_, two) = get("/most-read?limit=2").await;
    assert_eq!(two["items"].as_array().unwrap().len(), 2);
    let (_, capped) = get("/most-read?limit=1000").await;
    assert_eq!(capped["items"].as_array().unwrap().len(), 20);
}
