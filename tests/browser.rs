#![cfg(target_arch = "wasm32")]
//! Component and sanitizer tests in headless Chromium
//! (`cargo test -p tintuc --target wasm32-unknown-unknown --test browser`).

#[path = "support/fields.rs"]
mod fields;
#[path = "support/seed.rs"]
mod seed;
use leptos::prelude::*;
use serde::Deserialize;
use std::sync::atomic::{AtomicU32, Ordering};
use std::sync::Arc;
use tintuc::api::models::{ArticlePage, ArticleSummary, CategoryRef, Image};
use tintuc::api::ApiError;
use tintuc::components::article_card::ArticleCard;
use tintuc::components::article_list::ArticleList;
use tintuc::components::error_view::ErrorView;
use tintuc::components::other_news::OtherNews;
use tintuc::components::pagination::Pagination;
use tintuc::pagination::Pager;
use tintuc::route as routes;
use tintuc::sanitize::dom::{sanitize, Options, Sanitized};
use tintuc::timefmt::Timestamp;
use wasm_bindgen::prelude::*;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement};

wasm_bindgen_test_configure!(run_in_browser);

fn document() -> web_sys::Document {
    web_sys::window().unwrap().document().unwrap()
}

/// A fresh container in the page, removed by the next test's `fresh()`.
fn fresh() -> HtmlElement {
    let doc = document();
    if let Some(old) = doc.get_element_by_id("test-root") {
        old.remove();
    }
    let el: HtmlElement = doc.create_element("div").unwrap().unchecked_into();
    el.set_id("test-root");
    doc.body().unwrap().append_child(&el).unwrap();
    el
}

fn mount(view: impl FnOnce() -> AnyView + 'static) -> HtmlElement {
    let root = fresh();
    leptos::mount::mount_to(root.clone(), view).forget();
    root
}

fn all(root: &Element, sel: &str) -> Vec<Element> {
    let list = root.query_selector_all(sel).unwrap();
    (0..list.length())
        .filter_map(|i| list.item(i))
        .map(|n| n.unchecked_into())
        .collect()
}

fn one(root: &Element, sel: &str) -> Element {
    root.query_selector(sel).unwrap().unwrap_or_else(|| panic!("no {sel}"))
}

async fn next_frame() {
    let p = js_sys::Promise::new(&mut |resolve, _| {
        web_sys::window().unwrap().request_animation_frame(&resolve).unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(p).await.unwrap();
}

fn summary(slug: &str, title: &str, thumb: bool) -> ArticleSummary {
    ArticleSummary {
        slug: slug.into(),
        title: title.into(),
        summary: Some("Tóm tắt <b>không</b> phải HTML".into()),
        published_at: Timestamp::parse_rfc3339("2021-02-05T14:39:00+07:00").unwrap(),
        category: Some(CategoryRef {
            slug: "hoat-dong-mat-tran".into(),
            name: "Hoạt động Mặt trận".into(),
        }),
        thumbnail: thumb.then(|| Image {
            caption: None,
            credit: None,
            url: "/media/anh-01.jpg".into(),
            alt: Some("Ảnh".into()),
            width: Some(960),
            height: Some(640),
            variants: vec![tintuc::api::models::ImageVariant {
                url: "/media/anh-01-320.jpg".into(),
                width: 320,
            }],
        }),
        found: None,
    }
}

// ---------------------------------------------------------------- components

#[wasm_bindgen_test]
fn article_card_shows_title_time_category_summary_and_thumbnail() {
    let a = summary("bai-viet", "Tiêu đề bài viết", true);
    let root = mount(move || view! { <ArticleCard article=a eager=true /> }.into_any());
    let title = one(&root, ".tt-card__title a");
    assert_eq!(title.text_content().unwrap(), "Tiêu đề bài viết");
    assert_eq!(title.get_attribute("href").unwrap(), "/tin-tuc/bai-viet");
    let time = one(&root, "time");
    assert_eq!(time.text_content().unwrap(), "05/02/2021 - 02:39 PM");
    assert_eq!(time.get_attribute("datetime").unwrap(), "2021-02-05T14:39:00+07:00");
    let cat = one(&root, ".tt-card__category");
    assert_eq!(cat.get_attribute("href").unwrap(), "/danh-muc/hoat-dong-mat-tran");
    // The summary is text: markup in it is shown, never parsed.
    assert_eq!(
        one(&root, ".tt-card__summary").text_content().unwrap(),
        "Tóm tắt <b>không</b> phải HTML"
    );
    assert!(root.query_selector(".tt-card__summary b").unwrap().is_none());
    let img = one(&root, ".tt-card__thumb img");
    assert_eq!(img.get_attribute("width").unwrap(), "960");
    assert_eq!(img.get_attribute("height").unwrap(), "640");
    assert_eq!(img.get_attribute("loading").unwrap(), "eager");
    assert_eq!(img.get_attribute("fetchpriority").unwrap(), "high");
    // A phone picks the small rendition.
    assert_eq!(
        img.get_attribute("srcset").unwrap(),
        "/media/anh-01-320.jpg 320w, /media/anh-01.jpg 960w"
    );
    assert!(img.get_attribute("sizes").is_some());
}

#[wasm_bindgen_test]
fn article_card_without_thumbnail_or_with_hidden_category() {
    let a = summary("x", "Không ảnh", false);
    let root = mount(move || view! { <ArticleCard article=a hide_category=true /> }.into_any());
    assert!(root.query_selector("img").unwrap().is_none());
    assert!(root.query_selector(".tt-card__category").unwrap().is_none());
}

#[wasm_bindgen_test]
fn other_news_lists_links_or_says_there_are_none() {
    let items = vec![summary("a", "Tin A", false), summary("b", "Tin B", true)];
    let root = mount(move || view! { <OtherNews items /> }.into_any());
    assert_eq!(one(&root, "h2").text_content().unwrap(), "Các tin tức khác");
    let links = all(&root, ".tt-other__link");
    assert_eq!(links.len(), 2);
    assert_eq!(links[1].get_attribute("href").unwrap(), "/tin-tuc/b");
    let root = mount(|| view! { <OtherNews items=vec![] /> }.into_any());
    assert!(one(&root, ".tt-other__empty")
        .text_content()
        .unwrap()
        .contains("Chưa có tin khác"));
}

#[wasm_bindgen_test]
fn pagination_marks_the_current_page_and_disables_ends() {
    let href = Callback::new(|p: u32| routes::home(p));
    let root = mount(move || view! { <Pagination pager=Pager::new(1, 10, 64) href /> }.into_any());
    assert_eq!(one(&root, "[aria-current=page]").text_content().unwrap(), "1");
    assert!(
        one(&root, ".tt-pager__step--prev").get_attribute("href").is_none(),
        "no previous on page 1"
    );
    assert_eq!(
        one(&root, ".tt-pager__step--next").get_attribute("href").unwrap(),
        "/?page=2"
    );
    let nums: Vec<String> = all(&root, ".tt-pager__nums li")
        .iter()
        .map(|e| e.text_content().unwrap())
        .collect();
    assert_eq!(nums, ["1", "2", "3", "…", "7"]);

    let root = mount(move || view! { <Pagination pager=Pager::new(7, 10, 64) href /> }.into_any());
    assert_eq!(
        one(&root, ".tt-pager__step--prev").get_attribute("href").unwrap(),
        "/?page=6"
    );
    assert!(one(&root, ".tt-pager__step--next").get_attribute("href").is_none());
    let root = mount(move || view! { <Pagination pager=Pager::new(1, 10, 9) href /> }.into_any());
    assert!(root.query_selector("nav").unwrap().is_none(), "one page, no pager");
}

#[wasm_bindgen_test]
fn article_list_says_when_a_page_is_past_the_end() {
    let href = Callback::new(|p: u32| routes::category("c", p));
    let page = std::sync::Arc::new(ArticlePage {
        items: vec![],
        page: 9,
        per_page: 10,
        total: 12,
        total_known: true,
        tag: None,
    });
    let root = mount(move || view! { <ArticleList page requested=9u32 href /> }.into_any());
    assert!(root
        .text_content()
        .unwrap()
        .contains("Trang này không còn bài viết nào"));
    assert_eq!(
        one(&root, ".tt-list__back").get_attribute("href").unwrap(),
        "/danh-muc/c"
    );
}

#[wasm_bindgen_test]
fn error_view_names_the_problem_and_retry_calls_back() {
    let cases = [
        (
            ApiError::Network("TypeError: Failed to fetch".into()),
            "ngoại tuyến",
            "offline",
        ),
        (
            ApiError::Status {
                code: 503,
                retry_after: Some(5),
            },
            "đang bận",
            "busy",
        ),
        (
            ApiError::Status {
                code: 500,
                retry_after: None,
            },
            "mã lỗi 500",
            "server",
        ),
        (
            ApiError::Decode("expected value".into()),
            "Không đọc được",
            "unreadable",
        ),
        (ApiError::Timeout, "quá lâu", "timeout"),
    ];
    for (err, words, kind) in cases {
        let clicks = Arc::new(AtomicU32::new(0));
        let c = clicks.clone();
        let on_retry = Callback::new(move |_| {
            c.fetch_add(1, Ordering::Relaxed);
        });
        let root = mount(move || view! { <ErrorView error=err on_retry /> }.into_any());
        let view = one(&root, "[role=alert]");
        assert!(view.text_content().unwrap().contains(words), "{kind}");
        assert_eq!(view.get_attribute("data-kind").unwrap(), kind);
        let button: HtmlElement = one(&root, "button").unchecked_into();
        assert_eq!(button.text_content().unwrap(), "Thử lại");
        button.click();
        if root.text_content().unwrap().contains("Tự thử lại sau 5 giây") {
            // Retry-After: the server said when; the button waits until then.
            assert!(button.has_attribute("disabled"), "{kind}");
            assert!(
                !view.text_content().unwrap().contains("Tự thử lại"),
                "the countdown stays out of the alert"
            );
            assert_eq!(clicks.load(Ordering::Relaxed), 0, "{kind}: no retry before Retry-After");
        } else {
            assert_eq!(clicks.load(Ordering::Relaxed), 1, "{kind}: retry runs once per click");
        }
    }
}

// ----------------------------------------------------------------- sanitizer

fn clean(html: &str, https: bool, author: Option<&str>) -> (HtmlElement, Sanitized) {
    let opts = Options {
        base: "https://cms.example/",
        page_origin: "https://portal.example",
        page_is_https: https,
        author,
    };
    let out = sanitize(html, &opts).unwrap();
    let root = fresh();
    root.append_child(&out.fragment.clone_node_with_deep(true).unwrap())
        .unwrap();
    (root, out)
}

#[wasm_bindgen_test]
fn photo_tables_become_figures_with_captions() {
    let html = r#"<table class="image" style="width:100%"><tbody><tr><td style="text-align:center"><img alt="" src="/media/anh-01.jpg" style="width: 600px; height: 400px;" /></td></tr><tr><td class="image_desc"><em>Lễ ký kết</em></td></tr></tbody></table><p>Đoạn văn</p>"#;
    let (root, _) = clean(html, true, None);
    assert!(root.query_selector("table").unwrap().is_none());
    let img = one(&root, "figure.tt-figure > img");
    assert_eq!(
        img.get_attribute("src").unwrap(),
        "https://cms.example/media/anh-01.jpg"
    );
    assert_eq!(img.get_attribute("width").unwrap(), "600");
    assert_eq!(img.get_attribute("height").unwrap(), "400");
    assert_eq!(img.get_attribute("alt").unwrap(), "");
    assert_eq!(one(&root, "figure figcaption").text_content().unwrap(), "Lễ ký kết");
    assert!(root.query_selector("figcaption em").unwrap().is_some());
}

#[wasm_bindgen_test]
fn data_tables_stay_tables() {
    let html = "<table><thead><tr><th scope=\"col\">Phường</th><th>Số hộ</th></tr></thead><tbody><tr><td colspan=\"2\" onclick=\"x()\">12</td></tr></tbody></table>";
    let (root, _) = clean(html, true, None);
    assert_eq!(all(&root, "th").len(), 2);
    assert_eq!(one(&root, "th").get_attribute("scope").unwrap(), "col");
    let td = one(&root, "td");
    assert_eq!(td.get_attribute("colspan").unwrap(), "2");
    assert!(!td.has_attribute("onclick"));
}

#[wasm_bindgen_test]
fn entities_alignment_headings_and_empty_paragraphs() {
    let html = "<h1>Tiêu đề</h1><p style=\"text-align: justify; color: red\">Th&ocirc;ng b&aacute;o</p><p>&nbsp;</p><p class=\"MsoNormal\"><span lang=\"VI\">Chữ<o:p></o:p></span></p>";
    let (root, _) = clean(html, true, None);
    assert_eq!(one(&root, "h2").text_content().unwrap(), "Tiêu đề");
    assert!(root.query_selector("h1").unwrap().is_none());
    let ps = all(&root, "p");
    assert_eq!(ps[0].text_content().unwrap(), "Thông báo");
    assert_eq!(ps[0].get_attribute("class").unwrap(), "tt-align-justify");
    assert!(!ps[0].has_attribute("style"));
    assert_eq!(ps.len(), 2, "the blank paragraph goes (tests/support/blank.rs)");
    assert_eq!(ps[1].text_content().unwrap(), "Chữ");
    assert!(!ps[1].has_attribute("class"), "CMS classes are dropped");
    assert_eq!(one(&root, "span").get_attribute("lang").unwrap(), "VI");
}

#[wasm_bindgen_test]
fn links_get_rel_and_external_ones_a_new_tab() {
    let html = r#"<a href="https://hanoi.gov.vn/x">ngoài</a> <a href="https://portal.example/tin-tuc/y">trong</a> <a href="mailto:mttq@hoankiem.example">thư</a> <a href="javascript:alert(1)">xấu</a> <a href="/tin-tuc/z">tương đối</a>"#;
    let (root, _) = clean(html, true, None);
    let a = all(&root, "a");
    assert_eq!(a.len(), 5);
    // Relative links are the newsroom's own pages, which the portal serves.
    assert_eq!(a[4].get_attribute("href").unwrap(), "https://portal.example/tin-tuc/z");
    assert_eq!(a[4].get_attribute("target"), None);
    for el in &a[..3] {
        assert_eq!(el.get_attribute("rel").unwrap(), "noopener noreferrer");
    }
    assert_eq!(a[0].get_attribute("target").as_deref(), Some("_blank"));
    assert_eq!(a[1].get_attribute("target"), None, "same-site links stay in the tab");
    assert_eq!(a[2].get_attribute("href").unwrap(), "mailto:mttq@hoankiem.example");
    assert_eq!(
        a[2].get_attribute("target"),
        None,
        "a mail link opens the mail app, not a tab"
    );
    assert_eq!(
        a[3].get_attribute("href"),
        None,
        "javascript: is dropped, the text stays"
    );
    assert_eq!(a[3].text_content().unwrap(), "xấu");
}

#[wasm_bindgen_test]
fn http_images_are_upgraded_on_https_and_kept_on_http() {
    let html = r#"<img src="http://anh.example/a.jpg"><img src="/b.jpg"><img src="data:image/png;base64,AAAA">"#;
    let (root, _) = clean(html, true, None);
    let imgs = all(&root, "img");
    assert_eq!(imgs.len(), 2, "the data: image is dropped");
    assert_eq!(imgs[0].get_attribute("src").unwrap(), "https://anh.example/a.jpg");
    assert_eq!(
        imgs[0].get_attribute("fetchpriority").as_deref(),
        Some("high"),
        "first image first"
    );
    assert_eq!(
        imgs[1].get_attribute("loading").as_deref(),
        Some("lazy"),
        "later images lazy"
    );
    assert_eq!(imgs[1].get_attribute("decoding").as_deref(), Some("async"));
    let (root, _) = clean(html, false, None);
    assert_eq!(
        one(&root, "img").get_attribute("src").unwrap(),
        "http://anh.example/a.jpg"
    );
}

#[wasm_bindgen_test]
fn a_typed_byline_is_recognised_once() {
    let html = r#"<p>Nội dung.</p><p style="text-align: right;"><strong>Bích Ngọc</strong></p><p>&nbsp;</p>"#;
    let (root, out) = clean(html, true, Some("Bích Ngọc"));
    assert!(out.byline_in_body);
    let byline = one(&root, ".tt-byline");
    assert_eq!(byline.text_content().unwrap(), "Bích Ngọc");
    let (_, out) = clean("<p>Nội dung.</p>", true, Some("Bích Ngọc"));
    assert!(!out.byline_in_body);
}

#[wasm_bindgen_test]
fn very_deep_nesting_is_flattened_not_a_crash() {
    let html = "<div>".repeat(5000) + "sâu" + &"</div>".repeat(5000);
    let (root, _) = clean(&html, true, None);
    assert!(root.text_content().unwrap().contains("sâu"));
    assert!(all(&root, "div").len() <= tintuc::sanitize::rules::MAX_DEPTH + 1);
}

#[derive(Deserialize)]
struct Vector {
    id: u32,
    name: String,
    html: String,
    #[serde(default)]
    benign: bool,
    #[serde(default)]
    expect_text: Vec<String>,
}

const VECTORS: &str = include_str!("fixtures/xss-vectors.json");

#[wasm_bindgen(inline_js = "
export function install_probe() {
  window.__xssHits = [];
  window.__xss = (id) => window.__xssHits.push(id);
  window.addEventListener('message', (e) => { if (e.data && e.data.xss) window.__xssHits.push(e.data.xss); });
}
export function probe_hits() { return window.__xssHits.slice(); }
")]
extern "C" {
    fn install_probe();
    fn probe_hits() -> Vec<u32>;
}

/// What must never be in the DOM after rendering hostile markup.
fn violations(root: &Element) -> Vec<String> {
    let mut out = Vec::new();
    let banned = "script, style, iframe, frame, object, embed, form, input, button, textarea, select, svg, math, link, meta, base, template, noscript, video, audio, source, marquee, applet";
    if let Some(el) = root.query_selector(banned).unwrap() {
        out.push(format!("element <{}>", el.local_name()));
    }
    for el in all(root, "*") {
        let attrs = el.attributes();
        for i in 0..attrs.length() {
            let a = attrs.item(i).unwrap();
            let (name, value) = (a.name().to_ascii_lowercase(), a.value());
            if name.starts_with("on") {
                out.push(format!("<{}> has {name}", el.local_name()));
            }
            if matches!(
                name.as_str(),
                "style"
                    | "srcdoc"
                    | "formaction"
                    | "action"
                    | "xlink:href"
                    | "srcset"
                    | "background"
                    | "poster"
                    | "data"
            ) {
                out.push(format!("<{}> has {name}", el.local_name()));
            }
            if matches!(name.as_str(), "href" | "src") {
                let v: String = value
                    .chars()
                    .filter(|c| !c.is_whitespace() && !c.is_control())
                    .collect::<String>()
                    .to_ascii_lowercase();
                if !(v.starts_with("https://") || v.starts_with("http://") || v.starts_with("mailto:")) {
                    out.push(format!("<{}> {name}={value:?}", el.local_name()));
                }
            }
        }
    }
    out
}

#[wasm_bindgen_test]
async fn the_xss_corpus_is_neutralised() {
    install_probe();
    let vectors: Vec<Vector> = serde_json::from_str(VECTORS).unwrap();
    assert!(vectors.len() >= 150, "corpus has {} vectors", vectors.len());
    let mut failures = Vec::new();
    let root = fresh();
    for v in &vectors {
        let holder = document().create_element("div").unwrap();
        root.append_child(&holder).unwrap();
        let out = sanitize(
            &v.html,
            &Options {
                base: "https://cms.example/",
                page_origin: "https://portal.example",
                page_is_https: true,
                author: None,
            },
        )
        .unwrap();
        holder.append_child(&out.fragment).unwrap();
        for problem in violations(&holder) {
            failures.push(format!("#{} {}: {problem}", v.id, v.name));
        }
        let text = holder.text_content().unwrap_or_default();
        for t in &v.expect_text {
            if !text.contains(t.as_str()) {
                failures.push(format!("#{} {}: lost text {t:?}", v.id, v.name));
            }
        }
        if v.benign && v.expect_text.is_empty() && holder.child_nodes().length() == 0 {
            failures.push(format!("#{} {}: benign markup vanished", v.id, v.name));
        }
    }
    // Give anything that could fire (image errors, animations, focus) a
    // chance to: two frames after the last insertion.
    next_frame().await;
    next_frame().await;
    let hits = probe_hits();
    assert!(hits.is_empty(), "script ran for vectors {hits:?}");
    assert!(
        failures.is_empty(),
        "{} problems:\n{}",
        failures.len(),
        failures.join("\n")
    );
    web_sys::console::log_1(&format!("xss corpus: {} vectors, 0 problems", vectors.len()).into());
}

// ------------------------------------------------- decoding, the wasm path

/// A small deterministic generator: the browser has no proptest, and the
/// decoding here is the production path (JSON.parse + serde-wasm-bindgen).
struct Lcg(u64);

impl Lcg {
    fn next(&mut self) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        self.0 >> 33
    }
    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }
    fn value(&mut self, depth: u32) -> serde_json::Value {
        use serde_json::{json, Value};
        match (self.below(if depth > 3 { 7 } else { 9 }), depth) {
            (0, _) => Value::Null,
            (1, _) => json!(self.below(2) == 1),
            (2, _) => json!(self.next() as i64 - (1 << 30)),
            (3, _) => json!((self.next() as f64) / 7.0 - 1e9),
            (4, _) => json!("2021-02-05T14:39:00+07:00"),
            (5, _) => json!(u32::MAX as u64 + self.below(10)),
            (6, _) => json!(["", "Hà Nội", "\u{202e}", "</script>", "🎉"][self.below(5) as usize]),
            (7, d) => Value::Array((0..self.below(4)).map(|_| self.value(d + 1)).collect()),
            (_, d) => Value::Object(
                (0..self.below(8))
                    .map(|_| {
                        (
                            fields::FIELDS[self.below(fields::FIELDS.len() as u64) as usize].to_string(),
                            self.value(d + 1),
                        )
                    })
                    .collect(),
            ),
        }
    }
}

#[wasm_bindgen_test]
fn decoding_random_json_in_the_browser_never_panics() {
    use tintuc::api::decode::{decode_article, decode_article_page, decode_categories, decode_other_news};
    let mut rng = Lcg(20210205);
    let cases = 3_000;
    for _ in 0..cases {
        let text = rng.value(0).to_string();
        for r in [
            decode_article(&text).map(|_| ()),
            decode_article_page(&text).map(|_| ()),
            decode_categories(&text).map(|_| ()),
            decode_other_news(&text).map(|_| ()),
        ] {
            assert!(matches!(r, Ok(()) | Err(ApiError::Decode(_))));
        }
    }
    // Not JSON at all, and the real thing.
    assert!(matches!(decode_article("<html>"), Err(ApiError::Decode(_))));
    let seed = seed::DATA_FILE;
    let a = decode_article(seed).unwrap();
    assert_eq!(a.author.as_deref(), Some(seed::seed().author.as_str()));
    // Cut in half, at a character's edge (the file is UTF-8).
    let half = (0..=seed.len() / 2)
        .rev()
        .find(|i| seed.is_char_boundary(*i))
        .unwrap_or(0);
    assert!(matches!(decode_article(&seed[..half]), Err(ApiError::Decode(_))));
    web_sys::console::log_1(&format!("wasm decoding: {cases} random documents, no panic").into());
}

// ------------------------------------------------------- DOM clobbering

/// Every property and method the walk reads from the parsed source, from
/// the browser implementation's own list: each is clobbered on a `<form>`
/// (by a control's name or id, or an image's name) and on the parsed
/// document (by a named image, form, embed, object or iframe). The body
/// must come out exactly as with a harmless name in its place: no trap, no
/// error, nothing before or after the form lost.
fn clobbering_cases(read: &str) -> Vec<String> {
    let mut cases = Vec::new();
    for control in [
        format!("<input name=\"{read}\">"),
        format!("<input id=\"{read}\">"),
        format!("<img name=\"{read}\">"),
        format!("<button name=\"{read}\"></button>"),
        format!("<select name=\"{read}\"></select>"),
        format!("<textarea name=\"{read}\"></textarea>"),
        format!("<object name=\"{read}\"></object>"),
        format!("<fieldset name=\"{read}\"></fieldset>"),
        format!("<output name=\"{read}\"></output>"),
        format!("<input name=\"{read}\"><input name=\"{read}\">"),
    ] {
        let form = format!("<form>{control}</form>");
        cases.push(format!("<p>trước</p>{form}<p>sau</p>"));
        cases.push(format!("<p>trước {form} giữa</p><p>sau</p>"));
        cases.push(format!(
            "<table><tr><td><img src=\"/a.jpg\">{form}</td></tr><tr><td>chú thích {form}</td></tr></table><p>sau</p>"
        ));
        cases.push(format!("<table><tr><th>{form}ô</th></tr></table><p>sau</p>"));
        cases.push(format!("<div><span>{form}</span>{form}</div><p>sau</p>"));
        cases.push(format!("<ul><li>{form}một</li></ul><p>sau</p>"));
    }
    for named in [
        format!("<img name=\"{read}\" src=\"/a.jpg\">"),
        format!("<form name=\"{read}\"></form>"),
        format!("<embed name=\"{read}\">"),
        format!("<object name=\"{read}\"></object>"),
        format!("<object id=\"{read}\"></object>"),
        format!("<iframe name=\"{read}\"></iframe>"),
        format!("<img id=\"{read}\" name=\"x\" src=\"/a.jpg\">"),
    ] {
        cases.push(format!("<p>trước</p>{named}<p>sau</p>"));
    }
    cases
}

fn sanitized_html(html: &str) -> String {
    let out = sanitize(
        html,
        &Options {
            base: "https://cms.example/",
            page_origin: "https://portal.example",
            page_is_https: true,
            author: Some("sau"),
        },
    )
    .unwrap_or_else(|e| panic!("sanitizer error {e:?} on {html}"));
    let holder = document().create_element("div").unwrap();
    holder.append_child(&out.fragment).unwrap();
    format!("{}|{}", holder.inner_html(), out.byline_in_body)
}

#[wasm_bindgen_test]
fn dom_clobbering_of_every_read_changes_nothing() {
    let mut failures = Vec::new();
    let mut n = 0;
    let reads: std::collections::BTreeSet<&str> = tintuc::sanitize::dom::READS.iter().copied().collect();
    for read in reads {
        let harmless = clobbering_cases("tt-harmless");
        for (case, control) in clobbering_cases(read).iter().zip(&harmless) {
            n += 1;
            let want = sanitized_html(control);
            let got = sanitized_html(case);
            if got != want {
                failures.push(format!("{case}\n  got  {got}\n  want {want}"));
            }
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {n} clobbering cases differ:\n{}",
        failures.len(),
        failures.join("\n")
    );
    web_sys::console::log_1(&format!("dom clobbering: {n} cases, none changed the output").into());
}

// ------------------------------------------------------------------ URLs

#[wasm_bindgen_test]
fn urls_are_normalised_once_as_the_url_parser_does() {
    // U+2028 is not stripped by the URL parser: the link is relative, as a
    // browser would follow it, never a javascript: URL nor a dropped link.
    let (root, _) = clean(
        "<a href=\"&#x2028;javascript:alert(1)\">a</a><a href=\"&#xA0;javascript:alert(1)\">b</a><a href=\" \t\njava\tscript:alert(1) \">c</a><a href=\"&#x1;https://hanoi.gov.vn/x&#x1F;\">d</a>",
        true,
        None,
    );
    let a = all(&root, "a");
    assert_eq!(
        a[0].get_attribute("href").as_deref(),
        Some("https://portal.example/%E2%80%A8javascript:alert(1)")
    );
    assert_eq!(
        a[1].get_attribute("href").as_deref(),
        Some("https://portal.example/%C2%A0javascript:alert(1)")
    );
    assert_eq!(a[2].get_attribute("href"), None);
    assert_eq!(a[3].get_attribute("href").as_deref(), Some("https://hanoi.gov.vn/x"));
}

// ------------------------------------------- the server's HTML, in Chromium

#[derive(Deserialize)]
struct GoldenEntry {
    name: String,
    input: String,
    author: Option<String>,
    html: String,
    byline_in_body: bool,
}

#[derive(Deserialize)]
struct Golden {
    entries: Vec<GoldenEntry>,
}

/// What the server's sanitizer writes for the corpus (tests/sanitize_html.rs
/// keeps it current).
const GOLDEN: &str = include_str!("fixtures/sanitized.json");

const XHTML: &str = "http://www.w3.org/1999/xhtml";

/// A canonical dump of `node`'s children: node types, element names (and
/// namespaces if not HTML), attributes sorted, text (adjacent text merged,
/// as no markup can keep two text nodes apart).
fn dump(node: &web_sys::Node) -> String {
    fn walk(node: &web_sys::Node, out: &mut String) {
        let kids = node.child_nodes();
        for i in 0..kids.length() {
            let n = kids.item(i).unwrap();
            match n.node_type() {
                web_sys::Node::TEXT_NODE => out.push_str(&format!("{:?}", n.node_value().unwrap_or_default())),
                web_sys::Node::ELEMENT_NODE => {
                    let el: &Element = n.unchecked_ref();
                    out.push('<');
                    if el.namespace_uri().as_deref() != Some(XHTML) {
                        out.push_str(&format!("{{{}}}", el.namespace_uri().unwrap_or_default()));
                    }
                    out.push_str(&el.local_name());
                    let attrs = el.attributes();
                    let mut list: Vec<(String, String)> = (0..attrs.length())
                        .map(|i| attrs.item(i).unwrap())
                        .map(|a| (a.name(), a.value()))
                        .collect();
                    list.sort();
                    for (k, v) in list {
                        out.push_str(&format!(" {k}={v:?}"));
                    }
                    out.push('>');
                    walk(&n, out);
                    out.push_str(&format!("</{}>", el.local_name()));
                }
                t => out.push_str(&format!("<!node type {t}>")),
            }
        }
    }
    let copy = node.clone_node_with_deep(true).unwrap();
    copy.normalize();
    let mut out = String::new();
    walk(&copy, &mut out);
    out
}

/// `html` as a server page holds it: in the body's container, in a parsed
/// document (no-quirks with a doctype, quirks without), with a sentinel
/// after it. Returns the container, or why the markup escaped it.
fn in_page(html: &str, doctype: bool) -> Result<Element, String> {
    let page = format!(
        "{}<html><head></head><body><div class=\"tt-body\">{html}</div><p id=\"tt-after\">sau</p></body></html>",
        if doctype { "<!DOCTYPE html>" } else { "" }
    );
    let doc = web_sys::DomParser::new()
        .unwrap()
        .parse_from_string(&page, web_sys::SupportedType::TextHtml)
        .unwrap();
    let body = doc.body().unwrap();
    let kids: Vec<Element> = (0..body.children().length())
        .filter_map(|i| body.children().item(i))
        .collect();
    match kids.as_slice() {
        [div, after] if div.class_name() == "tt-body" && after.id() == "tt-after" => Ok(div.clone()),
        _ => Err(format!(
            "the markup escaped its container: body is {}",
            body.inner_html()
        )),
    }
}

/// The re-parsed server DOM must hold nothing unsafe: no foreign element
/// (`violations` does the rest: scripts, handlers, URLs).
fn foreign(root: &Element) -> Vec<String> {
    all(root, "*")
        .iter()
        .filter(|e| e.namespace_uri().as_deref() != Some(XHTML))
        .map(|e| format!("foreign <{}>", e.local_name()))
        .collect()
}

#[wasm_bindgen_test]
async fn the_server_html_parses_to_the_browser_sanitizers_dom() {
    install_probe();
    let golden: Golden = serde_json::from_str(GOLDEN).unwrap();
    assert!(
        golden.entries.len() >= 300,
        "corpus has {} entries",
        golden.entries.len()
    );
    let mut failures = Vec::new();
    let mut same_bytes = 0;
    let live = fresh();
    for e in &golden.entries {
        let mut fail = |what: String| {
            failures.push(format!(
                "{}: {what}\n  input  {:?}\n  server {:?}",
                e.name, e.input, e.html
            ))
        };
        let out = sanitize(
            &e.input,
            &Options {
                base: "https://cms.example/",
                page_origin: "https://portal.example",
                page_is_https: true,
                author: e.author.as_deref(),
            },
        )
        .unwrap();
        let browser = document().create_element("div").unwrap();
        browser.append_child(&out.fragment).unwrap();
        let want = dump(&browser);
        if out.byline_in_body != e.byline_in_body {
            fail(format!(
                "byline: browser {}, server {}",
                out.byline_in_body, e.byline_in_body
            ));
        }
        for doctype in [true, false] {
            let div = match in_page(&e.html, doctype) {
                Ok(div) => div,
                Err(why) => {
                    fail(why);
                    continue;
                }
            };
            let got = dump(&div);
            if got != want {
                fail(format!(
                    "DOMs differ ({}):\n  browser {want}\n  server  {got}",
                    if doctype { "no-quirks" } else { "quirks" }
                ));
            }
            for v in violations(&div).into_iter().chain(foreign(&div)) {
                fail(format!("re-parsed server DOM: {v}"));
            }
            // Serialised again by Chromium and parsed once more: stable.
            let again = div.inner_html();
            same_bytes += usize::from(doctype && again == e.html);
            match in_page(&again, doctype) {
                Ok(div2) if dump(&div2) == got => {}
                Ok(div2) => fail(format!(
                    "not stable on re-serialisation:\n  first  {got}\n  second {}",
                    dump(&div2)
                )),
                Err(why) => fail(format!("re-serialised: {why}")),
            }
        }
        // A page's own parser (fragment parsing, scripting on), live: any
        // script the markup smuggled would run and hit the probe.
        let holder = document().create_element("div").unwrap();
        holder.set_inner_html(&e.html);
        live.append_child(&holder).unwrap();
        let got = dump(&holder);
        if got != want {
            fail(format!("DOMs differ (innerHTML):\n  browser {want}\n  server  {got}"));
        }
    }
    next_frame().await;
    next_frame().await;
    let hits = probe_hits();
    assert!(hits.is_empty(), "script ran for vectors {hits:?}");
    assert!(
        failures.is_empty(),
        "{} problems in {} entries:\n{}",
        failures.len(),
        golden.entries.len(),
        failures.join("\n")
    );
    web_sys::console::log_1(
        &format!(
            "server html: {} entries parse to the browser sanitizer's DOM, stable, safe; {same_bytes} byte-identical to Chromium's own serialisation",
            golden.entries.len()
        )
        .into(),
    );
}
