#![cfg(not(target_arch = "wasm32"))]
//! WordPress's REST answers, captured from a real WordPress seeded with the
//! demo newsroom (scripts/wordpress/), mapped onto tintuc's models; and the
//! backend's requests on a fake site (tests/support/wp_fake.rs): topics,
//! other news.

#[path = "support/seed.rs"]
mod seed;

use std::fs;
use tintuc::api::backend::wordpress::{map::*, urls::*, wire::*};
use tintuc::api::ApiError;
use tintuc::i18n::Locale;
use tintuc::text::{find_bytes, html_to_text};
use tintuc::timefmt::Zone;

fn fixture(name: &str) -> String {
    fs::read_to_string(format!(
        "{}/tests/fixtures/wordpress/{name}",
        env!("CARGO_MANIFEST_DIR")
    ))
    .unwrap()
}

fn header(name: &str, header: &str) -> Option<u64> {
    fixture(name).lines().find_map(|l| {
        l.split_once(':')
            .filter(|(k, _)| k.eq_ignore_ascii_case(header))
            .map(|(_, v)| v.trim().parse().unwrap())
    })
}

fn cats() -> Vec<WpCategory> {
    decode_categories(&fixture("categories.json")).unwrap()
}

#[test]
fn categories_become_the_menu_empty_ones_hidden_children_after_parents() {
    let list = to_category_list(&cats());
    let slugs: Vec<&str> = list.items.iter().map(|c| c.slug.as_str()).collect();
    assert_eq!(slugs.len(), 8, "{slugs:?}");
    assert!(!slugs.contains(&"chuyen-muc-trong"), "empty categories are hidden");
    assert!(!slugs.contains(&"uncategorized"));
    let parent = slugs.iter().position(|s| *s == "tin-tuc-su-kien").unwrap();
    assert_eq!(slugs[parent + 1], "thong-bao", "a child follows its parent");
    assert!(list.can_search(), "WordPress searches");
    assert!(list.items.iter().all(|c| c.count.unwrap_or(0) > 0));
}

#[test]
fn a_list_page_maps_with_its_total_from_the_headers() {
    let posts = decode_posts(&fixture("posts-page1.json")).unwrap();
    let total = header("posts-page1.headers", "X-WP-Total");
    assert_eq!(total, Some(64));
    let page = to_page(&posts, &cats(), 1, 10, total).unwrap();
    assert_eq!((page.items.len(), page.total, page.total_known), (10, 64, true));
    let first = &page.items[0];
    assert_eq!(
        first.title,
        "Khai mạc Triển lãm ảnh “Phố cổ Hoàn Kiếm – Ký ức và khát vọng” năm 2026"
    );
    assert_eq!(
        first.published_at.format_in(Zone::VIETNAM, Locale::Vi),
        "25/11/2026 - 08:30 AM"
    );
    assert_eq!(
        first.category.as_ref().map(|c| c.slug.as_str()),
        Some("tin-tuc-su-kien")
    );
    assert!(first
        .summary
        .as_deref()
        .unwrap()
        .starts_with("Triển lãm giới thiệu 150 tác phẩm"));
    let thumb = first.thumbnail.as_ref().unwrap();
    assert!(thumb.url.starts_with("http://127.0.0.1:18400/wp-content/uploads/"));
    assert_eq!((thumb.width, thumb.height), (Some(960), Some(640)));
    assert!(!thumb.variants.is_empty());
    assert!(
        thumb.variants.windows(2).all(|w| w[0].width < w[1].width),
        "variants sorted by width"
    );
    assert!(thumb.srcset().unwrap().contains(" 320w"));
}

#[test]
fn without_x_wp_total_the_pager_still_goes_forward_and_back() {
    let posts = decode_posts(&fixture("posts-page1.json")).unwrap();
    let page = to_page(&posts, &cats(), 3, 10, None).unwrap();
    assert!(!page.total_known);
    assert_eq!(page.total, 31, "a full page 3 implies a page 4");
    let short = to_page(&posts[..4], &cats(), 3, 10, None).unwrap();
    assert_eq!(short.total, 24, "a short page is the last");
}

#[test]
fn the_seed_article_comes_through_word_for_word() {
    let s = seed::seed();
    let posts = decode_posts(&fixture("post-seed.json")).unwrap();
    let a = to_article(&posts[0], &cats()).unwrap();
    assert_eq!(a.slug, s.slug);
    assert_eq!(a.title, s.title);
    assert_eq!(a.published_at.format_in(Zone::VIETNAM, Locale::Vi), s.shown_time);
    assert_eq!(a.author.as_deref(), Some(s.author.as_str()));
    // Its author's archive on the WordPress site.
    assert_eq!(
        a.author_url.as_deref(),
        Some("http://127.0.0.1:18400/author/bich-ngoc/")
    );
    assert_eq!(
        a.category.as_ref().map(|c| c.name.as_str()),
        Some(s.category.name.as_str())
    );
    for text in s.body_lines() {
        // WordPress's texturizer turns " - " into " &#8211; " when rendering.
        let line = text.replace(" - ", " &#8211; ");
        assert!(a.body_html.contains(&line), "{text:?} of the page text");
    }
    // Photos came along, as attachments.
    assert_eq!(a.body_html.matches("<img").count(), 2);
    // Never changed after publishing: modified is published, no update.
    assert_eq!(a.modified_at, Some(a.published_at));
    assert_eq!(a.updated_at(), None);
}

#[test]
fn modified_gmt_is_the_articles_last_change() {
    let seed = "\"modified_gmt\": \"2021-02-05T07:39:00\"";
    assert!(fixture("post-seed.json").contains(seed));
    let text = fixture("post-seed.json").replace(seed, "\"modified_gmt\": \"2021-02-06T02:10:00\"");
    let posts = decode_posts(&text).unwrap();
    let a = to_article(&posts[0], &cats()).unwrap();
    let m = a.modified_at.expect("modified_gmt read");
    assert_eq!(m.to_rfc3339(Zone::VIETNAM), "2021-02-06T09:10:00+07:00");
    assert_eq!(a.updated_at(), Some(m));
    let bad = fixture("post-seed.json").replace(seed, "\"modified_gmt\": \"soon\"");
    let err = to_article(&decode_posts(&bad).unwrap()[0], &cats())
        .unwrap_err()
        .to_string();
    assert!(err.contains("modified_gmt"), "{err}");
}

#[test]
fn hostile_content_is_passed_on_for_the_sanitizer() {
    let posts = decode_posts(&fixture("post-script.json")).unwrap();
    let a = to_article(&posts[0], &cats()).unwrap();
    assert!(
        a.body_html.contains("<script"),
        "stored as written; the sanitizer removes it"
    );
    assert!(a.body_html.contains("onerror"));
}

#[test]
fn an_unknown_slug_is_an_empty_answer() {
    assert!(decode_posts(&fixture("post-unknown.json")).unwrap().is_empty());
}

#[test]
fn titles_are_text_entities_decoded_and_tags_dropped() {
    let posts = decode_posts(&format!(
        "[{{\"id\":1,\"slug\":\"a\",\"date_gmt\":\"2021-02-05T07:39:00\",\"title\":{}}}]",
        serde_json::to_string(
            &serde_json::json!({"rendered": "Giai đoạn 2020 &#8211; 2023 <em>mới</em> &amp; &quot;hay&quot; &hellip;"})
        )
        .unwrap()
    ))
    .unwrap();
    let s = to_summary(&posts[0], &[]).unwrap();
    assert_eq!(s.title, "Giai đoạn 2020 – 2023 mới & \"hay\" …");
    let entity = decode_posts(&fixture("post-title-entity.json"));
    assert!(
        matches!(entity, Err(ApiError::Decode(_))),
        "a post without date_gmt is not one"
    );
    assert_eq!(html_to_text("a &#x1F389; &bogus; &#0; <b"), "a 🎉 &bogus; &#0;");
    assert_eq!(html_to_text("<p>Một</p>\n<p>Hai</p>"), "Một Hai");
    // A long run of bare `&` is kept as written (and read in linear time:
    // the `;` is looked for within an entity's length only).
    let bare = "&".repeat(200_000) + ";";
    assert_eq!(html_to_text(&bare).len(), 200_001);
    assert_eq!(
        html_to_text("Ho&agrave;n Ki&ecirc;́m"),
        "Hoàn Kiếm".replace('ế', "ê\u{301}")
    );
}

#[test]
fn urls_ask_only_for_what_is_shown() {
    let root = "https://example.org/wp-json/";
    assert_eq!(
        categories_url(root, 1),
        "https://example.org/wp-json/wp/v2/categories?per_page=100&orderby=id&order=asc&_fields=id,name,slug,count,parent"
    );
    assert!(categories_url(root, 3).contains("?per_page=100&page=3&orderby"));
    let list = posts_url(
        root,
        &PostQuery {
            page: 2,
            per_page: 10,
            category: Some(3),
            search: Some("hoàn kiếm"),
            exclude: Some(7),
            tags: &[4, 5],
        },
    );
    assert!(list.starts_with("https://example.org/wp-json/wp/v2/posts?page=2&per_page=10&categories=3&search=ho%C3%A0n%20ki%E1%BA%BFm&exclude=7&tags=4,5&"));
    assert!(list.contains("&_embed=wp:featuredmedia&_fields="), "{list}");
    // A search's bodies (its results show the sentence that holds the
    // words); other lists carry none.
    assert!(list.ends_with(",_embedded,content"), "{list}");
    let latest = posts_url(
        root,
        &PostQuery {
            page: 1,
            per_page: 10,
            ..PostQuery::default()
        },
    );
    assert!(!latest.contains("content"), "lists carry no bodies: {latest}");
    let one_tag = PostQuery {
        page: 1,
        per_page: 10,
        tags: &[9],
        ..PostQuery::default()
    };
    assert!(posts_url(root, &one_tag)
        .starts_with("https://example.org/wp-json/wp/v2/posts?page=1&per_page=10&tags=9&_embed"));
    assert!(!posts_url(root, &PostQuery::default()).contains("tags="));
    let one = post_url(root, "a b");
    assert!(
        one.starts_with("https://example.org/wp-json/wp/v2/posts?slug=a%20b&_embed=wp:featuredmedia,author,wp:term&")
    );
    assert!(one.contains("content"));
    assert_eq!(
        post_ids_url(root, "a/b"),
        "https://example.org/wp-json/wp/v2/posts?slug=a%2Fb&_fields=id,categories,tags"
    );
    assert_eq!(
        tag_url(root, "tết ?&x"),
        "https://example.org/wp-json/wp/v2/tags?slug=t%E1%BA%BFt%20%3F%26x&_fields=id,name,slug"
    );
}

#[test]
fn wrong_shapes_are_decode_errors() {
    for bad in ["", "{}", "null", "[{\"id\":\"x\"}]", "{\"code\":\"rest_no_route\"}"] {
        assert!(matches!(decode_posts(bad), Err(ApiError::Decode(_))), "{bad}");
    }
}

#[test]
fn categories_are_read_page_by_page() {
    // A short page is the last; a full one is not, unless X-WP-Total says so.
    assert!(!more_categories(1, 8, None));
    assert!(!more_categories(1, 8, Some(8)));
    assert!(more_categories(1, 100, None));
    assert!(more_categories(1, 100, Some(101)));
    assert!(!more_categories(1, 100, Some(100)));
    assert!(more_categories(2, 100, Some(250)));
    assert!(!more_categories(3, 50, Some(250)));
    // No overflow at the extremes.
    assert!(more_categories(u32::MAX, 100, Some(u64::MAX)));
}

#[test]
fn plain_text_skips_comments_scripts_and_styles() {
    use tintuc::text::{excerpt, repeats_opening, without_more_marker};
    assert_eq!(
        html_to_text("<!--[if gte mso 9]><xml>Normal 0 false</xml><![endif]--><p>Một</p>"),
        "Một"
    );
    assert_eq!(
        html_to_text("a<STYLE>p{color:red}</style >b<script>x<y</SCRIPT>c"),
        "a b c"
    );
    assert_eq!(html_to_text("<scripts>x</scripts>"), "x", "not a script element");
    assert_eq!(html_to_text("a<script>never closed"), "a");
    // Many unclosed scripts in a large body: a quadratic scan would take
    // hours here, a linear one a moment.
    let hostile = "<script><style>".repeat(50_000);
    assert_eq!(html_to_text(&hostile), "");
    assert_eq!(excerpt("một hai ba bốn", 100), "một hai ba bốn");
    assert_eq!(excerpt("một hai ba bốn năm", 10), "một hai…");
    assert_eq!(without_more_marker("Sáng ngày 04/02 […]"), "Sáng ngày 04/02");
    assert!(repeats_opening(
        "Sáng ngày 04/02/2021, tại 42 phố […]",
        "Sáng ngày 04/02/2021, tại 42 phố Nhà Chung"
    ));
    assert!(!repeats_opening("Một lời dẫn riêng", "Sáng ngày 04/02/2021"));
}

fn wp_cat(id: u64, parent: u64, count: u32) -> WpCategory {
    WpCategory {
        id,
        name: format!("Mục {id}"),
        slug: format!("muc-{id}"),
        count,
        parent,
    }
}

#[test]
fn repeated_ids_and_cycles_make_a_small_menu() {
    // `{id:1,parent:0}`, k × `{id:2,parent:1}`, k × `{id:1,parent:2}`: a tree
    // walked without a visited set grows as k^8 (13 categories → 2 million
    // entries; 21 → more memory than WASM has).
    let k = 6;
    let mut cats = vec![wp_cat(1, 0, 3)];
    cats.extend((0..k).map(|_| wp_cat(2, 1, 3)));
    cats.extend((0..k).map(|_| wp_cat(1, 2, 3)));
    let list = to_category_list(&cats);
    let slugs: Vec<&str> = list.items.iter().map(|c| c.slug.as_str()).collect();
    assert_eq!(slugs, ["muc-1", "muc-2"], "each id once, the first of its copies");
    // A cycle no top-level category leads to: each of its categories still
    // once, after the tree.
    let list = to_category_list(&[wp_cat(5, 6, 1), wp_cat(6, 5, 1), wp_cat(7, 7, 1)]);
    let slugs: Vec<&str> = list.items.iter().map(|c| c.slug.as_str()).collect();
    assert_eq!(slugs, ["muc-7", "muc-5", "muc-6"]);
}

#[test]
fn a_deep_tree_is_shown_whole_and_a_huge_one_capped() {
    use tintuc::api::models::limits::MAX_CATEGORIES;
    // Twelve levels deep (a depth limit of 8 dropped the deepest ones).
    let chain: Vec<WpCategory> = (1..=12).map(|id| wp_cat(id, id - 1, 1)).collect();
    assert_eq!(to_category_list(&chain).items.len(), 12);
    // 20 pages of 100 (all a site may send): the menu stops at its cap, and
    // is built in one pass (a scan per category per level took minutes).
    let many: Vec<WpCategory> = (1..=2000).map(|id| wp_cat(id, (id * 7919) % 2003, 1)).collect();
    let list = to_category_list(&many);
    assert_eq!(list.items.len(), MAX_CATEGORIES);
    let mut seen = std::collections::HashSet::new();
    assert!(
        list.items.iter().all(|c| seen.insert(c.slug.clone())),
        "no category twice"
    );
}

#[test]
fn wordpress_lists_are_cut_where_they_are_decoded() {
    use tintuc::api::models::limits::*;
    let post = |i: usize| {
        let sizes: Vec<String> = (0..200)
            .map(|w| {
                format!(
                    r#""s{w}":{{"source_url":"http://wp.example/a-{w}.jpg","width":{}}}"#,
                    w + 1
                )
            })
            .collect();
        format!(
            r#"{{"id":{i},"slug":"p-{i}","title":{{"rendered":"T"}},"date_gmt":"2021-02-05T07:39:00",
            "categories":[{}],
            "_embedded":{{"wp:featuredmedia":[{{"source_url":"http://wp.example/a.jpg",
              "media_details":{{"width":960,"sizes":{{{}}}}}}}]}}}}"#,
            vec!["3"; 1000].join(","),
            sizes.join(",")
        )
    };
    let text = format!("[{}]", (0..500).map(post).collect::<Vec<_>>().join(","));
    let posts = decode_posts(&text).unwrap();
    assert_eq!(posts.len(), MAX_LIST_ITEMS);
    let page = to_page(&posts, &[wp_cat(3, 0, 1)], 1, 10, Some(500)).unwrap();
    assert_eq!(page.items.len(), MAX_LIST_ITEMS);
    let thumb = page.items[0].thumbnail.as_ref().unwrap();
    assert_eq!(thumb.variants.len(), MAX_VARIANTS);
}

#[test]
fn the_featured_images_caption_is_text_and_its_credit_is_the_photos_own() {
    let post = |media: &str| {
        let text = format!(
            r#"[{{"id":1,"slug":"a","title":{{"rendered":"T"}},"date_gmt":"2021-02-05T07:39:00",
            "categories":[],"content":{{"rendered":"<p>x</p>"}},
            "_embedded":{{"wp:featuredmedia":[{{"source_url":"http://wp.example/a.jpg",{media}}}]}}}}]"#
        );
        let a = to_article(&decode_posts(&text).unwrap()[0], &cats()).unwrap();
        let t = a.thumbnail.unwrap();
        (t.caption, t.credit)
    };
    assert_eq!(
        post(
            r#""caption":{"rendered":"<p>Hội nghị &amp; <b>lễ ký kết</b></p>\n"},"media_details":{"image_meta":{"credit":"Ảnh: Bích Ngọc"}}"#
        ),
        (
            Some("Hội nghị & lễ ký kết".to_string()),
            Some("Ảnh: Bích Ngọc".to_string())
        )
    );
    // WordPress's empty ones, absent ones and wrong shapes: none, no error.
    for media in [
        r#""caption":{"rendered":""},"media_details":{"image_meta":{"credit":""}}"#,
        r#""caption":{"rendered":"<p> </p>"}"#,
        r#""caption":"x","media_details":{"image_meta":{"credit":7}}"#,
        r#""caption":null,"media_details":{"image_meta":[]}"#,
    ] {
        assert_eq!(post(media), (None, None), "{media}");
    }
}

#[test]
fn find_bytes_finds_as_str_find_does() {
    for (s, needle) in [
        ("a-->b-->", "-->"),
        ("x</y", "</"),
        ("", ">"),
        ("ab", "abc"),
        ("Một>", ">"),
        ("abc", ""),
    ] {
        assert_eq!(find_bytes(s, needle), s.find(needle), "{s:?} {needle:?}");
    }
}

// ------------------------------------------------------------------ topics (tags)

#[path = "support/wp_fake.rs"]
mod wp_fake;

use tintuc::api::models::{ArticlePage, ArticleSummary, CategoryRef};
use tintuc::api::request::Request;
use wp_fake::{fetch, posts, Site};

/// A post as an article page asks for it, with `_embedded` as given.
fn article_with(embedded: serde_json::Value) -> tintuc::api::models::Article {
    let post = serde_json::json!([{
        "id": 1, "slug": "a", "title": {"rendered": "T"}, "date_gmt": "2021-02-05T07:39:00",
        "categories": [3], "_embedded": embedded,
    }]);
    let posts = decode_posts(&post.to_string()).expect("a post, whatever its terms");
    to_article(&posts[0], &[wp_cat(3, 0, 1)]).expect("an article, whatever its terms")
}

fn tag(slug: &str, name: &str) -> CategoryRef {
    CategoryRef {
        slug: slug.into(),
        name: name.into(),
    }
}

#[test]
fn an_articles_tags_are_its_embedded_post_tag_terms() {
    let a = article_with(serde_json::json!({"wp:term": [
        [{"id": 3, "name": "Mục 3", "slug": "muc-3", "taxonomy": "category"}],
        [
            {"id": 7, "name": "T&#7871;t <b>2026</b>", "slug": "tet", "taxonomy": "post_tag"},
            "a string", 5, null, [],
            {"id": 8, "name": "No slug", "taxonomy": "post_tag"},
            {"id": 9, "name": "No taxonomy", "slug": "x"},
            {"id": 10, "name": "An sinh", "slug": "an-sinh", "taxonomy": "post_tag"},
        ],
        "not a list",
        [{"id": 11, "name": "Custom", "slug": "custom", "taxonomy": "region"}],
    ]}));
    assert_eq!(a.tags, [tag("tet", "Tết 2026"), tag("an-sinh", "An sinh")]);
    assert_eq!(a.category, Some(tag("muc-3", "Mục 3")), "categories stay categories");
    // Shapes that are no list of lists: no tags, and still the article.
    for hostile in [
        serde_json::json!({"wp:term": {"0": [{"name": "X", "slug": "x", "taxonomy": "post_tag"}]}}),
        serde_json::json!({"wp:term": "post_tag"}),
        serde_json::json!({"wp:term": [{"name": "X", "slug": "x", "taxonomy": "post_tag"}]}),
        serde_json::json!({"wp:term": [[{"name": 5, "slug": "x", "taxonomy": "post_tag"}]]}),
        serde_json::json!({"wp:term": null}),
        serde_json::json!({}),
        serde_json::json!([]),
    ] {
        let a = article_with(hostile.clone());
        assert!(a.tags.is_empty(), "{hostile}");
        assert_eq!(a.title, "T");
    }
    // Many: the first MAX_TAGS.
    let many: Vec<serde_json::Value> = (0..50)
        .map(|i| serde_json::json!({"id": i, "name": format!("Chủ đề {i}"), "slug": format!("t-{i}"), "taxonomy": "post_tag"}))
        .collect();
    let a = article_with(serde_json::json!({"wp:term": [many]}));
    assert_eq!(a.tags.len(), tintuc::api::models::limits::MAX_TAGS);
    assert_eq!(a.tags[19], tag("t-19", "Chủ đề 19"));
}

#[test]
fn an_article_without_terms_has_no_tags() {
    let posts = decode_posts(&fixture("post-seed.json")).unwrap();
    assert!(to_article(&posts[0], &cats()).unwrap().tags.is_empty());
}

#[test]
fn a_topic_is_its_tag_then_its_posts_newest_first() {
    let site = Site::new()
        .answer("wp/v2/tags?slug=tet&", r#"[{"id":7,"name":"T&#7871;t","slug":"tet"}]"#)
        .answer("&tags=7&", &posts(&["b", "a"]));
    let got = fetch(
        &site,
        "",
        Request::Topic {
            slug: "tet".into(),
            page: 2,
        },
    )
    .unwrap();
    assert_eq!(
        site.asked(),
        [
            "wp/v2/tags?slug=tet&_fields=id,name,slug",
            "wp/v2/posts?page=2&per_page=10&tags=7&_embed=wp:featuredmedia&_fields=id,slug,title,date_gmt,excerpt,categories,_links,_embedded",
        ]
    );
    let page = got.value.downcast::<ArticlePage>().unwrap();
    assert_eq!(page.tag, Some(tag("tet", "Tết")));
    let slugs: Vec<&str> = page.items.iter().map(|a| a.slug.as_str()).collect();
    assert_eq!((slugs, page.page), (vec!["b", "a"], 2));
    // Read from both (what saving for offline reading keeps).
    assert_eq!(got.urls.len(), 3, "{:?}", got.urls);
    assert!(got.urls[1].contains("wp/v2/tags?slug=tet"));
    // A renamed topic is a changed answer.
    let renamed = Site::new()
        .answer("wp/v2/tags?", r#"[{"id":7,"name":"Tết Nguyên đán","slug":"tet"}]"#)
        .answer("&tags=7&", &posts(&["b", "a"]));
    let again = fetch(
        &renamed,
        "",
        Request::Topic {
            slug: "tet".into(),
            page: 2,
        },
    )
    .unwrap();
    assert_ne!(again.fingerprint, got.fingerprint);
}

#[test]
fn an_unknown_topic_is_not_found_and_no_posts_are_asked() {
    let site = Site::new()
        .answer("wp/v2/tags?", "[]")
        .answer("wp/v2/posts?", &posts(&["a"]));
    let got = fetch(
        &site,
        "",
        Request::Topic {
            slug: "a/b c".into(),
            page: 1,
        },
    );
    assert_eq!(got.err(), Some(ApiError::NotFound));
    assert_eq!(site.asked(), ["wp/v2/tags?slug=a%2Fb%20c&_fields=id,name,slug"]);
    // WordPress reads `slug=` loosely ("TET", "tet,x" find "tet"): another
    // spelling is no page of its own.
    let site = Site::new()
        .answer("wp/v2/tags?", r#"[{"id":7,"name":"Tết","slug":"tet"}]"#)
        .answer("wp/v2/posts?", &posts(&["a"]));
    for spelling in ["TET", "tet,x", "t\u{1ebf}t"] {
        let got = fetch(
            &site,
            "",
            Request::Topic {
                slug: spelling.into(),
                page: 1,
            },
        );
        assert_eq!(got.err(), Some(ApiError::NotFound), "{spelling}");
    }
    // A wrong answer is a decode error, not a topic.
    let site = Site::new().answer("wp/v2/tags?", r#"{"code":"rest_no_route"}"#);
    let got = fetch(
        &site,
        "",
        Request::Topic {
            slug: "a".into(),
            page: 1,
        },
    );
    assert!(matches!(got.err(), Some(ApiError::Decode(_))));
}

fn other_news(site: &Site, config: &str) -> Vec<String> {
    let got = fetch(site, config, Request::OtherNews("x".into())).unwrap();
    let items = got.value.downcast::<Vec<ArticleSummary>>().unwrap();
    items.iter().map(|a| a.slug.clone()).collect()
}

const LIST: &str = "&_embed=wp:featuredmedia&_fields=id,slug,title,date_gmt,excerpt,categories,_links,_embedded";

#[test]
fn other_news_puts_shared_topics_first_then_fills_from_the_category() {
    let site = Site::new()
        .answer("posts?slug=x&", r#"[{"id":1,"categories":[3],"tags":[7,8]}]"#)
        .answer("&tags=7,8&", &posts(&["t1", "c1"]))
        .answer("&categories=3&", &posts(&["c1", "c2", "c3", "c4"]));
    assert_eq!(other_news(&site, r#""other_news_limit":4"#), ["t1", "c1", "c2", "c3"]);
    assert_eq!(
        site.asked(),
        [
            "wp/v2/posts?slug=x&_fields=id,categories,tags".to_string(),
            format!("wp/v2/posts?page=1&per_page=4&exclude=1&tags=7,8{LIST}"),
            format!("wp/v2/posts?page=1&per_page=4&categories=3&exclude=1{LIST}"),
        ]
    );
}

#[test]
fn other_news_by_topic_alone_when_the_topics_fill_it() {
    let site = Site::new()
        .answer("posts?slug=x&", r#"[{"id":1,"categories":[3],"tags":[7]}]"#)
        .answer("&tags=7&", &posts(&["t1", "t2", "t3"]))
        .answer("&categories=3&", &posts(&["c1"]));
    assert_eq!(other_news(&site, r#""other_news_limit":2"#), ["t1", "t2"]);
    assert_eq!(site.asked().len(), 2, "no category list: {:?}", site.asked());
}

#[test]
fn other_news_without_topics_or_by_latest_is_as_before() {
    let untagged = Site::new()
        .answer("posts?slug=x&", r#"[{"id":1,"categories":[3]}]"#)
        .answer("wp/v2/posts?page=1", &posts(&["c1", "c2"]));
    assert_eq!(other_news(&untagged, ""), ["c1", "c2"]);
    assert_eq!(
        untagged.asked()[1],
        format!("wp/v2/posts?page=1&per_page=8&categories=3&exclude=1{LIST}")
    );
    let latest = Site::new()
        .answer("posts?slug=x&", r#"[{"id":1,"categories":[3],"tags":[7]}]"#)
        .answer("wp/v2/posts?page=1", &posts(&["l1"]));
    assert_eq!(other_news(&latest, r#""other_news_scope":"latest""#), ["l1"]);
    assert_eq!(
        latest.asked()[1..],
        [format!("wp/v2/posts?page=1&per_page=8&exclude=1{LIST}")]
    );
    let unknown = Site::new().answer("posts?slug=x&", "[]");
    let got = fetch(&unknown, "", Request::OtherNews("x".into()));
    assert_eq!(got.err(), Some(ApiError::NotFound));
}

// ------------------------------------------------------------------ search

#[test]
fn search_results_carry_the_sentence_of_each_body_that_holds_the_words() {
    let body = |text: &str| serde_json::json!({"rendered": text});
    let list = serde_json::json!([
        {"id": 1, "slug": "a", "title": {"rendered": "Hội nghị"}, "date_gmt": "2021-02-05T07:39:00", "categories": [3],
         "content": body("<p>Mở đầu.</p><p>Tới dự có đồng chí L&atilde; Văn <b>Nho</b> – Chủ tịch Hội CCB. Hết.</p>")},
        {"id": 2, "slug": "b", "title": {"rendered": "Lã Văn Nho"}, "date_gmt": "2021-02-04T07:39:00", "categories": [3],
         "content": body("<p>Nho, Văn và Lã: rải rác.</p>")},
        {"id": 3, "slug": "c", "title": {"rendered": "Không nội dung"}, "date_gmt": "2021-02-03T07:39:00", "categories": [3]},
    ]);
    let site = Site::new().answer("wp/v2/posts?", &list.to_string());
    let got = fetch(
        &site,
        "",
        Request::Search {
            q: "la van nho".into(),
            page: 1,
        },
    )
    .unwrap();
    // Asked with the bodies (a search alone: lists don't ask for them).
    assert!(site.asked()[0].ends_with(",_embedded,content"), "{:?}", site.asked());
    let page = got.value.downcast::<ArticlePage>().unwrap();
    let found: Vec<Option<&str>> = page.items.iter().map(|a| a.found.as_deref()).collect();
    assert_eq!(
        found,
        [Some("Tới dự có đồng chí Lã Văn Nho – Chủ tịch Hội CCB."), None, None]
    );
    // The latest news: no bodies asked, no sentences.
    let site = Site::new().answer("wp/v2/posts?", &list.to_string());
    let latest = fetch(
        &site,
        "",
        Request::Articles {
            category: None,
            page: 1,
        },
    )
    .unwrap();
    assert!(!site.asked()[0].contains("content"), "{:?}", site.asked());
    let page = latest.value.downcast::<ArticlePage>().unwrap();
    assert!(page.items.iter().all(|a| a.found.is_none()));
}

// ------------------------------------------------------------------ most read

#[test]
fn the_most_read_come_from_the_popular_posts_plugin_where_the_config_says_it_runs() {
    let site = Site::new().answer(
        "wordpress-popular-posts/v1/popular-posts?",
        &posts(&["a", "b", "c", "d", "e", "f", "g"]),
    );
    let got = fetch(&site, r#""wordpress_popular_posts":true"#, Request::MostRead).unwrap();
    assert_eq!(
        site.asked(),
        ["wordpress-popular-posts/v1/popular-posts?limit=5&range=last7days&_embed=wp:featuredmedia&_fields=id,slug,title,date_gmt,excerpt,categories,_links,_embedded"]
    );
    let items = got.value.downcast::<Vec<ArticleSummary>>().unwrap();
    let slugs: Vec<&str> = items.iter().map(|a| a.slug.as_str()).collect();
    assert_eq!(slugs, ["a", "b", "c", "d", "e"], "the plugin's order, five at most");
    let cats = fetch(&site, r#""wordpress_popular_posts":true"#, Request::Categories).unwrap();
    assert!(cats
        .value
        .downcast::<tintuc::api::models::CategoryList>()
        .unwrap()
        .can_most_read());
    // Without the plugin: none announced, none asked for.
    let site = Site::new().answer("wordpress-popular-posts/", &posts(&["a"]));
    assert_eq!(fetch(&site, "", Request::MostRead).err(), Some(ApiError::NotFound));
    assert!(site.asked().is_empty(), "{:?}", site.asked());
    let cats = fetch(&site, "", Request::Categories).unwrap();
    assert!(!cats
        .value
        .downcast::<tintuc::api::models::CategoryList>()
        .unwrap()
        .can_most_read());
    // Its errors are errors (a plugin switched off answers 404: not found).
    let site = Site::new();
    assert_eq!(
        fetch(&site, r#""wordpress_popular_posts":true"#, Request::MostRead).err(),
        Some(ApiError::NotFound)
    );
}
