#![cfg(not(target_arch = "wasm32"))]
//! What the article page reads from the body's text: the reading time, and
//! whether the body shows the lead photo already.

use tintuc::text::{reading_minutes, shows_image, WORDS_PER_MINUTE};

#[test]
fn reading_time_rounds_up_words_at_the_pace_and_is_never_zero() {
    assert_eq!(reading_minutes(""), 1);
    assert_eq!(reading_minutes("  – … "), 1, "punctuation is no word");
    let words = |n: usize| vec!["chữ"; n].join(" ");
    assert_eq!(reading_minutes(&words(WORDS_PER_MINUTE)), 1);
    assert_eq!(reading_minutes(&words(WORDS_PER_MINUTE + 1)), 2);
    assert_eq!(reading_minutes(&words(WORDS_PER_MINUTE * 5)), 5);
    // More words never read faster.
    let mut last = 0;
    for n in (0..3000).step_by(37) {
        let m = reading_minutes(&words(n));
        assert!(m >= last && m >= 1);
        last = m;
    }
}

#[test]
fn a_photo_in_the_body_in_any_size_is_not_shown_again_as_the_lead() {
    let body = r#"<p>x</p><img src="/media/anh-01.jpg"><img src="https://cms.example/wp-content/uploads/2024/05/le-hoi-300x200.jpg">"#;
    assert!(shows_image(body, "/media/anh-01.jpg"));
    assert!(shows_image(body, "https://cdn.example/media/anh-01.jpg?v=2"));
    assert!(shows_image(
        body,
        "https://cms.example/wp-content/uploads/2024/05/le-hoi.jpg"
    ));
    assert!(shows_image(
        body,
        "https://cms.example/wp-content/uploads/2024/05/le-hoi-1024x683.jpg"
    ));
    assert!(shows_image(r#"<img src="/media/anh-01-320.jpg">"#, "/media/anh-01.jpg"));
    // Another photo whose name only contains this one's.
    assert!(!shows_image(body, "/media/anh-0.jpg"));
    assert!(!shows_image(body, "/media/h-01.jpg"));
    assert!(!shows_image(body, "/media/anh-02.jpg"));
    assert!(!shows_image(body, ""));
    assert!(!shows_image("", "/media/anh-01.jpg"));
}
