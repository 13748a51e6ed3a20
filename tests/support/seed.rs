//! The seed article, from its one source: tests/fixtures/seed.json (which
//! article it is, and how it reads) and the page text it points into,
//! tests/fixtures/seed-article.txt. The end-to-end tests, the benchmarks and
//! the WordPress seeder read the same file; tests/seed.rs holds it to data/.
#![allow(dead_code)]

use serde::Deserialize;

/// The fixture itself.
pub const FIXTURE: &str = include_str!("../fixtures/seed.json");
/// The page's text, as the portal showed it.
pub const PAGE_TEXT: &str = include_str!("../fixtures/seed-article.txt");
/// The seed's file in the demo newsroom (build.rs reads its slug from the
/// fixture: no file names the seed but the fixture).
pub const DATA_FILE: &str = include_str!(concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/data/articles/",
    env!("TINTUC_SEED_SLUG"),
    ".json"
));

#[derive(Debug, Deserialize)]
pub struct Seed {
    pub slug: String,
    pub title: String,
    pub published_at: String,
    /// The publish time as the page shows it.
    pub shown_time: String,
    pub author: String,
    /// "4 phút đọc"'s number.
    pub reading_minutes: u32,
    pub category: Category,
    pub thumbnail: String,
    /// Its one topic (tag).
    pub topic: Category,
    pub other_news: Other,
    pub text: Lines,
}

#[derive(Debug, Deserialize)]
pub struct Category {
    pub slug: String,
    pub name: String,
}

#[derive(Debug, Deserialize)]
pub struct Other {
    pub slug: String,
    pub title: String,
}

/// Line numbers (from 1) of the page text.
#[derive(Debug, Deserialize)]
pub struct Lines {
    pub file: String,
    pub title: usize,
    pub time: usize,
    pub paragraphs: Vec<usize>,
    pub captions: Vec<usize>,
    pub byline: usize,
    pub other_news_heading: usize,
    pub menu_label: usize,
    pub other_news_title: usize,
}

pub fn seed() -> Seed {
    serde_json::from_str(FIXTURE).expect("tests/fixtures/seed.json")
}

impl Seed {
    /// Line `n` (from 1) of the page text.
    pub fn line(&self, n: usize) -> &'static str {
        PAGE_TEXT
            .lines()
            .nth(n - 1)
            .unwrap_or_else(|| panic!("seed-article.txt has no line {n}"))
    }

    /// The body's text lines, in page order: paragraphs and photo captions.
    pub fn body_lines(&self) -> Vec<&'static str> {
        let mut numbers: Vec<usize> = self
            .text
            .paragraphs
            .iter()
            .chain(&self.text.captions)
            .copied()
            .collect();
        numbers.sort_unstable();
        numbers.into_iter().map(|n| self.line(n)).collect()
    }
}
