//! The photo a page's first screen is painted by, preloaded from the head
//! at high priority: the article's lead photo, the front page's featured
//! story. Without it the browser finds the photo only when it reaches the
//! `<img>` in the body, after the head's WASM preload has taken the link
//! (the front page's largest paint was twice the category page's).

use crate::answers::{answer_to, Answers};
use tintuc::api::request;
use tintuc::components::{article_card, lead_photo};
use tintuc::html::escape_attr;
use tintuc::route::Page;

/// `<link rel="preload" as="image">` for the page at `href` (path and
/// query), the same rendition the page's `<img>` picks (its `srcset` and
/// `sizes`); empty when the page has no such photo.
pub fn preload(href: &str, answers: &Answers) -> String {
    let (path, search) = href.split_at(href.find('?').unwrap_or(href.len()));
    let page = Page::parse(path, search);
    let (image, sizes) = match &page {
        Page::Article { slug } => {
            let Some(article) = answer_to(answers, &request::article(slug.clone())) else {
                return String::new();
            };
            match article.lead_photo() {
                Some(i) => (i.clone(), lead_photo::SIZES),
                None => return String::new(),
            }
        }
        Page::Home { page: 1 } => {
            let list = answer_to(answers, &request::articles(None, 1));
            match list.and_then(|l| l.items.first().and_then(|a| a.thumbnail.clone())) {
                Some(i) => (i, article_card::FEATURED_SIZES),
                None => return String::new(),
            }
        }
        _ => return String::new(),
    };
    match image.srcset() {
        Some(srcset) => format!(
            "<link rel=\"preload\" as=\"image\" href=\"{}\" imagesrcset=\"{}\" imagesizes=\"{}\" fetchpriority=\"high\">",
            escape_attr(&image.url),
            escape_attr(&srcset),
            sizes
        ),
        None => format!(
            "<link rel=\"preload\" as=\"image\" href=\"{}\" fetchpriority=\"high\">",
            escape_attr(&image.url)
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::Answer;
    use std::sync::Arc;
    use tintuc::api::models::{Article, ArticlePage, ArticleSummary, Image, ImageVariant};
    use tintuc::api::request::Request;
    use tintuc::api::ApiError;
    use tintuc::timefmt::Timestamp;

    fn image(url: &str) -> Image {
        Image {
            caption: None,
            credit: None,
            url: url.into(),
            alt: None,
            width: Some(960),
            height: Some(640),
            variants: vec![ImageVariant {
                url: url.replace(".jpg", "-320.jpg"),
                width: 320,
            }],
        }
    }

    fn answer<T: Send + Sync + 'static>(req: Request, value: T) -> (Request, Option<Result<Answer, ApiError>>) {
        let a = Answer {
            value: Arc::new(value),
            fingerprint: 0,
            json: Arc::from(""),
        };
        (req, Some(Ok(a)))
    }

    fn article(body: &str) -> Article {
        Article {
            slug: "a".into(),
            title: "A".into(),
            summary: None,
            published_at: Timestamp::from_unix(0),
            category: None,
            thumbnail: Some(image("/media/a\"b.jpg")),
            author: None,
            author_url: None,
            modified_at: None,
            tags: vec![],
            body_html: body.into(),
        }
    }

    #[test]
    fn an_article_preloads_its_lead_photo_unless_the_body_shows_it() {
        let req = request::article("a".into()).into_request();
        let html = preload("/tin-tuc/a", &[answer(req.clone(), article("<p>x</p>"))]);
        assert_eq!(
            html,
            "<link rel=\"preload\" as=\"image\" href=\"/media/a&quot;b.jpg\" imagesrcset=\"/media/a&quot;b-320.jpg 320w, /media/a&quot;b.jpg 960w\" imagesizes=\"(min-width: 1024px) 760px, 100vw\" fetchpriority=\"high\">"
        );
        let mut shown = article("<p><img src=\"/media/b-320.jpg\"></p>");
        shown.thumbnail = Some(image("/media/b.jpg"));
        assert_eq!(preload("/tin-tuc/a", &[answer(req, shown)]), "");
    }

    #[test]
    fn the_front_page_preloads_its_featured_photo_on_page_one_only() {
        let summary = ArticleSummary {
            slug: "a".into(),
            title: "A".into(),
            summary: None,
            published_at: Timestamp::from_unix(0),
            category: None,
            thumbnail: Some(image("/media/f.jpg")),
            found: None,
        };
        let list = |page| ArticlePage {
            items: vec![summary.clone()],
            page,
            per_page: 10,
            total: 20,
            total_known: true,
            tag: None,
        };
        let one = [answer(request::articles(None, 1).into_request(), list(1))];
        let html = preload("/", &one);
        assert!(
            html.contains("imagesizes=\"(min-width: 768px) 600px, 100vw\""),
            "{html}"
        );
        assert!(html.contains("href=\"/media/f.jpg\""), "{html}");
        let two = [answer(request::articles(None, 2).into_request(), list(2))];
        assert_eq!(preload("/?page=2", &two), "");
        // A category's first card is small: its title is the largest paint.
        let cat = [answer(request::articles(Some("c".into()), 1).into_request(), list(1))];
        assert_eq!(preload("/danh-muc/c", &cat), "");
    }
}
