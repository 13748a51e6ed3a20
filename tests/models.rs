#![cfg(not(target_arch = "wasm32"))]
//! The models against the demo backend's data files (which are, by design,
//! the responses of the contract) and against broken variants of them.

#[path = "support/seed.rs"]
mod seed;

use std::fs;
use std::path::PathBuf;
use tintuc::api::decode::{decode_article, decode_article_page, decode_categories, decode_other_news};
use tintuc::api::models::Article;
use tintuc::api::ApiError;
use tintuc::i18n::Locale;
use tintuc::timefmt::Zone;

fn data_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("data")
}

fn all_articles() -> Vec<(String, String)> {
    let mut out: Vec<_> = fs::read_dir(data_dir().join("articles"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .map(|p| {
            (
                p.file_stem().unwrap().to_string_lossy().into_owned(),
                fs::read_to_string(&p).unwrap(),
            )
        })
        .collect();
    out.sort();
    out
}

fn seed() -> Article {
    let text = fs::read_to_string(data_dir().join("articles").join(format!("{}.json", seed::seed().slug))).unwrap();
    decode_article(&text).unwrap()
}

#[test]
fn every_data_file_decodes_as_an_article() {
    let articles = all_articles();
    assert!(
        articles.len() >= 60,
        "the demo newsroom has at least 60 articles, found {}",
        articles.len()
    );
    for (stem, text) in &articles {
        let a = decode_article(text).unwrap_or_else(|e| panic!("{stem}: {e}"));
        assert_eq!(&a.slug, stem);
        assert!(!a.title.trim().is_empty(), "{stem}: empty title");
        assert!(!a.body_html.trim().is_empty(), "{stem}: empty body");
    }
}

#[test]
fn categories_file_decodes_with_the_items_wrapper() {
    let raw = fs::read_to_string(data_dir().join("categories.json")).unwrap();
    let wrapped = format!("{{\"items\": {raw}}}");
    let cats = decode_categories(&wrapped).unwrap();
    assert!(cats.items.len() >= 6);
    assert!(cats
        .items
        .iter()
        .any(|c| c.slug == "tin-tuc-su-kien" && c.name == "Tin tức - Sự kiện"));
    // Categories without a count are fine: it is optional.
    assert!(cats.items.iter().all(|c| c.count.is_none()));
    // No capabilities announced: no search.
    assert!(!cats.can_search());
    let with = decode_categories(&format!(
        "{{\"items\": {raw}, \"capabilities\": [\"search\", \"future\"]}}"
    ))
    .unwrap();
    assert!(with.can_search());
}

#[test]
fn the_seed_article_is_carried_word_for_word() {
    let s = seed::seed();
    let a = seed();
    assert_eq!(a.title, s.line(s.text.title));
    assert_eq!(a.published_at.format_in(Zone::VIETNAM, Locale::Vi), s.line(s.text.time));
    assert_eq!(a.author.as_deref(), Some(s.author.as_str()));
    for line in s.body_lines() {
        let text = line.trim_matches('\u{a0}');
        assert!(!text.is_empty());
        assert!(
            a.body_html.contains(text),
            "{text:?} of the page text is not in the body"
        );
    }
    assert_eq!(
        a.category.as_ref().map(|c| c.slug.as_str()),
        Some(s.category.slug.as_str())
    );
}

#[test]
fn the_other_news_article_of_the_seed_exists() {
    let s = seed::seed();
    let wanted = s.line(s.text.other_news_title);
    let found = all_articles()
        .iter()
        .map(|(_, t)| decode_article(t).unwrap())
        .find(|a| a.title == wanted)
        .expect("the seed's other-news article is in the demo data");
    assert_eq!(found.category, seed().category, "same category as the seed");
}

#[test]
fn demo_data_has_the_cms_quirks_the_client_must_handle() {
    let bodies: Vec<String> = all_articles()
        .into_iter()
        .map(|(_, t)| decode_article(&t).unwrap().body_html)
        .collect();
    let any = |needle: &str| bodies.iter().any(|b| b.contains(needle));
    assert!(any("&ocirc;"), "HTML entities");
    assert!(any("<p>&nbsp;</p>"), "empty paragraphs");
    assert!(any("text-align: right"), "right-aligned bylines");
    assert!(any("src=\"http://"), "an http: image");
    assert!(any("<script"), "a script tag");
    assert!(any("onerror="), "an onerror handler");
    assert!(any("<table"), "tables");
    let without_thumb = all_articles()
        .iter()
        .filter(|(_, t)| decode_article(t).unwrap().thumbnail.is_none())
        .count();
    assert!(without_thumb >= 5, "some articles have no thumbnail");
    let long_titles = all_articles()
        .iter()
        .filter(|(_, t)| decode_article(t).unwrap().title.chars().count() > 200)
        .count();
    assert!(long_titles >= 2, "very long titles");
}

#[test]
fn thumbnails_offer_a_small_rendition() {
    let a = seed();
    let t = a.thumbnail.unwrap();
    assert_eq!(
        t.srcset().as_deref(),
        Some("/media/anh-01-320.jpg 320w, /media/anh-01.jpg 960w")
    );
    let no_width = tintuc::api::models::Image {
        width: None,
        ..t.clone()
    };
    assert_eq!(no_width.srcset(), None, "no srcset without the main width");
}

#[test]
fn lead_photos_carry_their_caption_and_credit_as_text() {
    let leads: Vec<Article> = all_articles()
        .into_iter()
        .map(|(_, text)| decode_article(&text).unwrap())
        .filter(|a| a.lead_photo().is_some())
        .collect();
    assert!(leads.len() >= 10, "{}", leads.len());
    for a in &leads {
        let image = a.lead_photo().unwrap();
        let caption = image.caption.as_deref().unwrap_or_default();
        assert!(
            !caption.trim().is_empty() && !caption.contains('<'),
            "{}: {caption:?}",
            a.slug
        );
        // The author's, else the newsroom's.
        let credit = match &a.author {
            Some(author) => format!("Ảnh: {author}"),
            None => "Ảnh: MTTQ quận Hoàn Kiếm".to_string(),
        };
        assert_eq!(image.credit.as_deref(), Some(credit.as_str()), "{}", a.slug);
    }
    // Absent is fine: a thumbnail without them decodes to none.
    assert!(seed().thumbnail.unwrap().caption.is_none());
}

#[test]
fn dates_spread_over_several_years() {
    let years: std::collections::BTreeSet<i64> = all_articles()
        .iter()
        .map(|(_, t)| decode_article(t).unwrap().published_at.unix() / (365 * 86400) + 1970)
        .collect();
    assert!(years.len() >= 5, "years: {years:?}");
}

#[test]
fn an_article_names_its_topics_and_a_topic_list_names_its_topic() {
    let tags = seed().tags;
    let topic = &seed::seed().topic;
    assert_eq!(tags.len(), 1);
    assert_eq!((&tags[0].slug, &tags[0].name), (&topic.slug, &topic.name));
    let p = tintuc::api::decode::decode_article_page(
        r#"{"items":[],"page":1,"per_page":10,"total":0,"tag":{"slug":"tet","name":"Tết"}}"#,
    )
    .unwrap();
    assert_eq!(p.tag.map(|t| t.name), Some("Tết".to_string()));
    // A topic's answer must name the topic asked for: a backend without
    // topics ignores `tag` and sends the latest, which is no topic's page.
    let media = tintuc::api::media::MediaBase::default();
    let topic = |slug: &str| tintuc::api::request::Request::Topic {
        slug: slug.into(),
        page: 1,
    };
    let named = r#"{"items":[],"page":1,"per_page":10,"total":0,"tag":{"slug":"tet","name":"Tết"}}"#;
    assert!(tintuc::api::decode::decode_for(&topic("tet"), named, &media).is_ok());
    let other = tintuc::api::decode::decode_for(&topic("TET"), named, &media);
    assert_eq!(other.err(), Some(ApiError::NotFound));
    let unnamed = r#"{"items":[],"page":1,"per_page":10,"total":0}"#;
    let latest = tintuc::api::decode::decode_for(&topic("tet"), unnamed, &media);
    assert_eq!(latest.err(), Some(ApiError::NotFound));
    // A topic without its name is no topic: the page's heading needs it.
    assert!(decode_article(
        r#"{"slug":"a","title":"T","published_at":"2021-02-05T07:39:00Z","body_html":"","tags":[{"slug":"x"}]}"#
    )
    .is_err());
}

#[test]
fn a_missing_required_field_is_a_decode_error_naming_it() {
    let err = decode_article(r#"{"slug":"a","published_at":"2021-02-05T14:39:00+07:00","body_html":""}"#).unwrap_err();
    match err {
        ApiError::Decode(m) => assert!(m.contains("title"), "{m}"),
        other => panic!("{other:?}"),
    }
}

#[test]
fn unknown_fields_are_ignored_and_optional_nulls_are_fine() {
    let a = decode_article(
        r#"{"slug":"a","title":"T","published_at":"2021-02-05T07:39:00Z","body_html":"<p>x</p>",
            "summary":null,"author":null,"thumbnail":null,"category":null,"views":12,"labels":["x"],"tags":null}"#,
    )
    .unwrap();
    assert_eq!(a.summary, None);
    assert!(a.tags.is_empty());
    assert_eq!(
        a.published_at.format_in(Zone::VIETNAM, Locale::Vi),
        "05/02/2021 - 02:39 PM"
    );
}

#[test]
fn wrong_shapes_are_decode_errors_not_panics() {
    let cases = [
        "",
        "<html><body>502 Bad Gateway</body></html>",
        r#"{"items":[{"slug":"a","title":"T","published_at":"2021"#,
        r#"[]"#,
        r#"{"items":null,"page":1,"per_page":10,"total":0}"#,
        r#"{"items":[],"page":"1","per_page":10,"total":0}"#,
        r#"{"items":[],"page":1,"per_page":10,"total":-1}"#,
        r#"{"items":[{"slug":"a","title":"T","published_at":"yesterday"}],"page":1,"per_page":10,"total":1}"#,
    ];
    for c in cases {
        assert!(matches!(decode_article_page(c), Err(ApiError::Decode(_))), "{c}");
    }
}

#[test]
fn a_list_page_and_other_news_decode() {
    let page = decode_article_page(
        r#"{"items":[{"slug":"a","title":"T","published_at":"2021-02-05T14:39:00+07:00",
            "category":{"slug":"c","name":"C"},"thumbnail":{"url":"/media/a.jpg","alt":"A","width":960,"height":640}}],
            "page":2,"per_page":10,"total":11}"#,
    )
    .unwrap();
    assert_eq!((page.page, page.per_page, page.total, page.items.len()), (2, 10, 11, 1));
    assert_eq!(page.items[0].thumbnail.as_ref().unwrap().width, Some(960));
    let other = decode_other_news(r#"{"items":[]}"#).unwrap();
    assert!(other.is_empty());
}

#[test]
fn lists_from_the_backend_are_cut_where_they_are_decoded() {
    use tintuc::api::models::limits::*;
    let summary = |i: usize| {
        format!(
            r#"{{"slug":"a-{i}","title":"T","published_at":"2021-02-05T14:39:00+07:00",
            "thumbnail":{{"url":"/media/a.jpg","width":960,"variants":[{}]}}}}"#,
            vec![r#"{"url":"/media/a-320.jpg","width":320}"#; 1000].join(",")
        )
    };
    let items = |n: usize| (0..n).map(summary).collect::<Vec<_>>().join(",");
    // A backend that ignores per_page (or a hostile one).
    let page = decode_article_page(&format!(
        r#"{{"items":[{}],"page":1,"per_page":10,"total":5000}}"#,
        items(1000)
    ))
    .unwrap();
    assert_eq!(page.items.len(), MAX_LIST_ITEMS);
    let variants = page.items[0].thumbnail.as_ref().unwrap().variants.len();
    assert_eq!(variants, MAX_VARIANTS);
    let other = decode_other_news(&format!(r#"{{"items":[{}]}}"#, items(1000))).unwrap();
    assert_eq!(other.len(), MAX_OTHER_NEWS);
    let menu = decode_categories(&format!(
        r#"{{"items":[{}],"capabilities":[{}]}}"#,
        (0..100_000)
            .map(|i| format!(r#"{{"slug":"c-{i}","name":"C {i}"}}"#))
            .collect::<Vec<_>>()
            .join(","),
        vec![r#""search""#; 10_000].join(",")
    ))
    .unwrap();
    assert_eq!(menu.items.len(), MAX_CATEGORIES);
    assert_eq!(menu.capabilities.len(), MAX_CAPABILITIES);
    assert!(menu.can_search());
    // What is past a cap is not read: a bad item there is no error.
    let tail_broken = format!(r#"{{"items":[{},{{"slug":1}}]}}"#, items(MAX_OTHER_NEWS));
    assert_eq!(decode_other_news(&tail_broken).unwrap().len(), MAX_OTHER_NEWS);
}

#[test]
fn modified_at_is_read_and_only_a_later_change_is_an_update() {
    let path = data_dir().join(
        "articles/lich-tiep-cong-dan-cua-ban-thuong-truc-uy-ban-mttq-viet-nam-quan-hoan-kiem-quy-iii-nam-2026.json",
    );
    let text = fs::read_to_string(path).unwrap();
    let a = decode_article(&text).unwrap();
    let shown = a.modified_at.map(|m| m.to_rfc3339(Zone::VIETNAM));
    assert_eq!(shown.as_deref(), Some("2026-06-30T09:15:00+07:00"));
    assert_eq!(a.updated_at(), a.modified_at);
    // The seed was never changed.
    assert_eq!(seed().modified_at, None);
    assert_eq!(seed().updated_at(), None);
    // Saved again within the minute it was published: not an update; nor a
    // "change" dated before the publishing.
    let mut b = a.clone();
    b.modified_at = Some(tintuc::timefmt::Timestamp::from_unix(b.published_at.unix() + 59));
    assert_eq!(b.updated_at(), None);
    b.modified_at = Some(tintuc::timefmt::Timestamp::from_unix(b.published_at.unix() - 3600));
    assert_eq!(b.updated_at(), None);
    // A date that is not one is the backend's error, named.
    let bad = text.replace("2026-06-30T09:15:00+07:00", "hôm qua");
    let err = decode_article(&bad).unwrap_err().to_string();
    assert!(err.contains("modified_at"), "{err}");
}
