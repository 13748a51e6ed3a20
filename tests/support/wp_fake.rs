#![allow(dead_code)] // each test file uses part of it
//! A fake WordPress site for the backend's tests: each GET answered with the
//! text of the first answer whose needle its URL contains (none: 404), and
//! every URL asked noted, in order.

use futures::executor::block_on;
use std::cell::RefCell;
use tintuc::api::abort::Abort;
use tintuc::api::backend::wordpress::WordPress;
use tintuc::api::backend::{Backend, Fetched};
use tintuc::api::media::MediaBase;
use tintuc::api::request::Request;
use tintuc::api::transport::{Reply, Transport};
use tintuc::api::ApiError;
use tintuc::config::Config;

pub const ROOT: &str = "https://wp.example/wp-json/";

#[derive(Default)]
pub struct Site {
    answers: Vec<(String, String)>,
    pub asked: RefCell<Vec<String>>,
}

impl Site {
    /// The site's categories: one, "Mục 3" (id 3), with posts.
    pub fn new() -> Site {
        Site::default().answer(
            "wp/v2/categories?",
            r#"[{"id":3,"name":"Mục 3","slug":"muc-3","count":9,"parent":0}]"#,
        )
    }

    /// Answers the URLs that contain `needle` with `text` (the first
    /// answer given that matches wins).
    pub fn answer(mut self, needle: &str, text: &str) -> Site {
        self.answers.push((needle.into(), text.into()));
        self
    }

    /// The URLs asked after the categories, without `ROOT`.
    pub fn asked(&self) -> Vec<String> {
        self.asked
            .borrow()
            .iter()
            .filter(|u| !u.contains("wp/v2/categories?"))
            .map(|u| u.trim_start_matches(ROOT).to_string())
            .collect()
    }
}

impl Transport for &Site {
    async fn get(&self, url: &str, _: &Abort) -> Result<Reply, ApiError> {
        self.asked.borrow_mut().push(url.to_string());
        self.answers
            .iter()
            .find(|(needle, _)| url.contains(needle.as_str()))
            .map(|(_, text)| Reply::live(text.clone(), None))
            .ok_or(ApiError::NotFound)
    }
}

/// `req` asked of a WordPress backend on `site`, with `config` (JSON
/// members besides `api_base` and `backend`).
pub fn fetch(site: &Site, config: &str, req: Request) -> Result<Fetched, ApiError> {
    let config = Config::from_json(&format!(
        r#"{{"api_base":"{ROOT}","backend":"wordpress"{}{config}}}"#,
        if config.is_empty() { "" } else { "," }
    ))
    .expect("the test's config");
    let wp = WordPress::new(&config, MediaBase::default(), site);
    block_on(wp.fetch(&req, &Abort::new()))
}

/// A list of posts as WordPress sends it: each slug a post in category 3,
/// its id the slug's place in `slugs` plus 100.
pub fn posts(slugs: &[&str]) -> String {
    let posts: Vec<String> = slugs
        .iter()
        .enumerate()
        .map(|(i, s)| {
            format!(
                r#"{{"id":{},"slug":"{s}","title":{{"rendered":"{s}"}},"date_gmt":"2021-02-05T07:39:00","categories":[3]}}"#,
                i + 100
            )
        })
        .collect();
    format!("[{}]", posts.join(","))
}
