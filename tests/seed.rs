#![cfg(not(target_arch = "wasm32"))]
//! The seed fixture (tests/fixtures/seed.json) against what it describes:
//! the demo newsroom's data/ and the page text, so that they cannot drift.

#[path = "support/seed.rs"]
mod seed;

use seed::seed;
use serde_json::Value;
use std::fs;
use std::path::PathBuf;
use tintuc::api::decode::decode_article;
use tintuc::i18n::Locale;
use tintuc::timefmt::Zone;

fn data(rel: &str) -> String {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("data").join(rel);
    fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

#[test]
fn build_rs_reads_the_same_slug_as_a_json_parser() {
    assert_eq!(env!("TINTUC_SEED_SLUG"), seed().slug);
}

#[test]
fn the_fixture_names_an_article_of_the_demo_newsroom_as_it_is() {
    let s = seed();
    let raw: Value = serde_json::from_str(&data(&format!("articles/{}.json", s.slug))).unwrap();
    assert_eq!(
        raw.to_string(),
        serde_json::from_str::<Value>(seed::DATA_FILE).unwrap().to_string()
    );
    let a = decode_article(seed::DATA_FILE).unwrap();
    assert_eq!(a.slug, s.slug);
    assert_eq!(a.title, s.title);
    assert_eq!(raw["published_at"], s.published_at.as_str());
    assert_eq!(a.published_at.format_in(Zone::VIETNAM, Locale::Vi), s.shown_time);
    assert_eq!(a.author.as_deref(), Some(s.author.as_str()));
    assert_eq!(
        tintuc::text::reading_minutes(&tintuc::text::html_to_text(&a.body_html)),
        s.reading_minutes
    );
    let c = a.category.expect("the seed has a category");
    assert_eq!(
        (c.slug.as_str(), c.name.as_str()),
        (s.category.slug.as_str(), s.category.name.as_str())
    );
    assert_eq!(a.thumbnail.map(|t| t.url).as_deref(), Some(s.thumbnail.as_str()));
}

#[test]
fn its_category_is_one_of_the_newsroom() {
    let s = seed();
    let cats: Vec<Value> = serde_json::from_str(&data("categories.json")).unwrap();
    assert!(
        cats.iter()
            .any(|c| c["slug"] == s.category.slug.as_str() && c["name"] == s.category.name.as_str()),
        "{:?} is not in data/categories.json",
        s.category
    );
}

#[test]
fn its_other_news_article_exists_in_the_same_category() {
    let s = seed();
    let other = decode_article(&data(&format!("articles/{}.json", s.other_news.slug))).unwrap();
    assert_eq!(other.title, s.other_news.title);
    assert_eq!(other.category.map(|c| c.slug), Some(s.category.slug.clone()));
}

#[test]
fn the_page_text_agrees_with_the_fixture() {
    let s = seed();
    assert_eq!(s.text.file, "seed-article.txt");
    assert_eq!(s.line(s.text.title), s.title);
    assert_eq!(s.line(s.text.time), s.shown_time);
    assert_eq!(
        s.line(s.text.byline).trim_matches(|c: char| c.is_whitespace()),
        s.author
    );
    assert_eq!(s.line(s.text.other_news_title), s.other_news.title);
    // The page's own words are the Vietnamese catalog's.
    assert_eq!(s.line(s.text.other_news_heading), Locale::Vi.catalog().other_news);
    assert_eq!(s.line(s.text.menu_label), Locale::Vi.catalog().categories);
    for n in s.text.paragraphs.iter().chain(&s.text.captions) {
        assert!(!s.line(*n).trim().is_empty(), "line {n} of the page text is empty");
    }
}
