//! The server's cache of backend answers, on a fake backend that counts its
//! calls, with tokio's clock paused (time moves only when the test says).

use futures::future::BoxFuture;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;
use tintuc::api::backend::{fingerprint, Fetched};
use tintuc::api::models::{Article, Category, CategoryList};
use tintuc::api::request::Request;
use tintuc::api::ApiError;
use tintuc::timefmt::Timestamp;
use tintuc_server::data::{Data, Source};

const FRESH: Duration = Duration::from_secs(15);

/// What the fake answers next, and how many times it was asked.
#[derive(Clone, Default)]
struct Fake {
    calls: Arc<AtomicUsize>,
    next: Arc<Mutex<Option<Result<String, ApiError>>>>,
    delay: Duration,
}

impl Fake {
    fn answering(name: &str) -> Fake {
        let f = Fake::default();
        f.set(Ok(name.into()));
        f
    }

    fn set(&self, answer: Result<String, ApiError>) {
        *self.next.lock().unwrap() = Some(answer);
    }

    fn calls(&self) -> usize {
        self.calls.load(Ordering::SeqCst)
    }

    fn source(&self) -> Source {
        let f = self.clone();
        Source {
            key: Box::new(|r| format!("{r:?}")),
            fetch: Box::new(move |req: Request| -> BoxFuture<'static, Result<Fetched, ApiError>> {
                let f = f.clone();
                Box::pin(async move {
                    f.calls.fetch_add(1, Ordering::SeqCst);
                    tokio::time::sleep(f.delay).await;
                    let answer = f.next.lock().unwrap().clone().unwrap_or(Err(ApiError::Timeout));
                    answer.map(|name| Fetched {
                        fingerprint: fingerprint(&name),
                        value: value(&req, name),
                        copy: None,
                        urls: Vec::new(),
                    })
                })
            }),
        }
    }
}

/// An answer of the model `req` names, carrying `name`.
fn value(req: &Request, name: String) -> tintuc::api::request::Erased {
    match req {
        Request::Article(slug) => Arc::new(Article {
            slug: slug.clone(),
            title: name,
            summary: None,
            published_at: Timestamp::from_unix(0),
            category: None,
            thumbnail: None,
            author: None,
            author_url: None,
            modified_at: None,
            tags: Vec::new(),
            body_html: String::new(),
        }),
        _ => Arc::new(CategoryList {
            items: vec![Category {
                slug: name.clone(),
                name,
                description: None,
                count: None,
            }],
            capabilities: vec![],
        }),
    }
}

fn name_of(answer: &Result<tintuc_server::data::Answer, ApiError>) -> String {
    let a = answer.as_ref().expect("an answer");
    match a.value.downcast_ref::<Article>() {
        Some(article) => article.title.clone(),
        None => a.value.downcast_ref::<CategoryList>().unwrap().items[0].name.clone(),
    }
}

/// Lets spawned refreshes run.
async fn settle() {
    for _ in 0..10 {
        tokio::task::yield_now().await;
    }
}

#[tokio::test(start_paused = true)]
async fn concurrent_requests_for_one_answer_make_one_backend_call() {
    let fake = Fake {
        delay: Duration::from_millis(100),
        ..Fake::answering("a")
    };
    let data = Data::new(fake.source(), 1 << 20, FRESH);
    let asks = (0..20).map(|_| data.get(&Request::Categories));
    let answers = futures::future::join_all(asks).await;
    assert!(answers.iter().all(|a| name_of(a) == "a"));
    assert_eq!(fake.calls(), 1);
}

#[tokio::test(start_paused = true)]
async fn a_fresh_answer_is_served_from_memory() {
    let fake = Fake::answering("a");
    let data = Data::new(fake.source(), 1 << 20, FRESH);
    data.get(&Request::Categories).await.unwrap();
    tokio::time::advance(FRESH - Duration::from_secs(1)).await;
    assert_eq!(name_of(&data.get(&Request::Categories).await), "a");
    assert_eq!(fake.calls(), 1);
}

#[tokio::test(start_paused = true)]
async fn a_stale_answer_is_served_at_once_while_one_refresh_runs() {
    let fake = Fake::answering("old");
    let data = Data::new(fake.source(), 1 << 20, FRESH);
    data.get(&Request::Categories).await.unwrap();
    tokio::time::advance(FRESH + Duration::from_secs(1)).await;
    fake.set(Ok("new".into()));
    // Readers don't wait for the refresh; several of them start only one.
    for _ in 0..5 {
        assert_eq!(name_of(&data.get(&Request::Categories).await), "old");
    }
    settle().await;
    assert_eq!(fake.calls(), 2);
    assert_eq!(name_of(&data.get(&Request::Categories).await), "new");
}

#[tokio::test(start_paused = true)]
async fn a_failing_refresh_keeps_the_stale_answer() {
    let fake = Fake::answering("kept");
    let data = Data::new(fake.source(), 1 << 20, FRESH);
    data.get(&Request::Categories).await.unwrap();
    tokio::time::advance(FRESH * 2).await;
    fake.set(Err(ApiError::Status {
        code: 500,
        retry_after: None,
    }));
    assert_eq!(name_of(&data.get(&Request::Categories).await), "kept");
    settle().await;
    assert_eq!(fake.calls(), 2);
    assert_eq!(name_of(&data.get(&Request::Categories).await), "kept");
}

#[tokio::test(start_paused = true)]
async fn not_found_is_kept_other_failures_are_not() {
    let fake = Fake::default();
    fake.set(Err(ApiError::NotFound));
    let data = Data::new(fake.source(), 1 << 20, FRESH);
    let req = Request::Article("khong-co".into());
    assert_eq!(data.get(&req).await.err(), Some(ApiError::NotFound));
    assert_eq!(data.get(&req).await.err(), Some(ApiError::NotFound));
    assert_eq!(fake.calls(), 1, "an unknown slug doesn't reach the backend every time");
    let other = Request::Article("loi".into());
    fake.set(Err(ApiError::Timeout));
    assert_eq!(data.get(&other).await.err(), Some(ApiError::Timeout));
    fake.set(Ok("back".into()));
    assert_eq!(
        name_of(&data.get(&other).await),
        "back",
        "a failure is asked again at once"
    );
    assert_eq!(fake.calls(), 3);
}

#[tokio::test(start_paused = true)]
async fn without_a_cache_every_page_asks() {
    let fake = Fake::answering("a");
    let data = Data::new(fake.source(), 0, FRESH);
    for _ in 0..3 {
        data.get(&Request::Categories).await.unwrap();
    }
    assert_eq!(fake.calls(), 3);
}

#[tokio::test]
async fn the_cache_stays_within_its_bytes() {
    let fake = Fake::answering(&"x".repeat(10_000));
    let cap = 200_000;
    let data = Data::new(fake.source(), cap, FRESH);
    for n in 0..200 {
        data.get(&Request::Article(format!("bai-{n}"))).await.unwrap();
    }
    let held = data.cached_bytes().await;
    assert!(held <= cap, "{held} bytes held, cap {cap}");
    assert!(held > cap / 2, "the cache is used: {held}");
}

#[tokio::test]
async fn a_flood_of_unknown_slugs_stays_within_the_cap_keys_counted() {
    let fake = Fake::default();
    fake.set(Err(ApiError::NotFound));
    let cap = 100_000;
    let data = Data::new(fake.source(), cap, FRESH);
    // Long keys and no bodies: only the keys and the bookkeeping weigh.
    for n in 0..5_000 {
        let slug = format!("{}-{n}", "k".repeat(400));
        assert_eq!(data.get(&Request::Article(slug)).await.err(), Some(ApiError::NotFound));
    }
    let held = data.cached_bytes().await;
    assert!(held <= cap, "{held} bytes held, cap {cap}");
    assert!(held > cap / 2, "not-found answers are kept: {held}");
}
