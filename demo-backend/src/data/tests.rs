//! The newsroom against the data files: slugs, folding, lists, other news.

use super::*;
use tintuc_fold::fold;

fn newsroom() -> Newsroom {
    Newsroom::load(&Path::new(env!("CARGO_MANIFEST_DIR")).join("../data")).unwrap()
}

/// The seed article, from its one source (tests/fixtures/seed.json).
fn seed() -> serde_json::Value {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/fixtures/seed.json");
    serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap()
}

#[test]
fn slugs_the_vietnamese_way() {
    assert_eq!(slugify("Tin tức - Sự kiện"), "tin-tuc-su-kien");
    assert_eq!(slugify("Đường Điện Biên Phủ"), "duong-dien-bien-phu");
    assert_eq!(slugify("Ngày 10/10/1954: “Giải phóng”!"), "ngay-10-10-1954-giai-phong");
    assert_eq!(slugify("  Ưu tiên   dùng hàng Việt  "), "uu-tien-dung-hang-viet");
    // A decomposed title (combining accents) slugs the same.
    assert_eq!(slugify("Hoa\u{300}n Kie\u{302}\u{301}m"), "hoan-kiem");
    let seed = seed();
    assert_eq!(slugify(seed["title"].as_str().unwrap()), seed["slug"]);
}

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig { cases: 2000, failure_persistence: None, ..Default::default() })]
    /// Slugs of any title are lowercase ASCII words joined by single hyphens.
    #[test]
    fn any_title_slugs_cleanly(title in ".{0,80}") {
        let s = slugify(&title);
        proptest::prop_assert!(s.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-'), "{}", s);
        proptest::prop_assert!(!s.starts_with('-') && !s.ends_with('-') && !s.contains("--"), "{}", s);
        proptest::prop_assert_eq!(slugify(&s), s.clone(), "slugs are fixed points");
    }
}

#[test]
fn folding_ignores_case_and_diacritics() {
    use tintuc_fold::words;
    assert_eq!(fold("Hoàn Kiếm"), "hoan kiem");
    assert_eq!(fold("ĐƯỜNG Điện Biên"), "duong dien bien");
    assert_eq!(fold("Quận Hoàn Kiếm, 2021!"), "quan hoan kiem  2021 ");
    assert_eq!(fold("Hoa\u{300}n"), "hoan", "decomposed accents fold too");
    let n = newsroom();
    let seed = n.article(seed()["slug"].as_str().unwrap()).unwrap();
    assert_eq!(matches(seed, &words("hoan kiem tong ket")), Some(0));
    assert_eq!(matches(seed, &words("phoi hop")), Some(0));
    assert_eq!(matches(seed, &words("hoan khong-co")), None);
    // A name only its body holds: found, after the titles' matches.
    assert_eq!(matches(seed, &words("la van nho")), Some(1));
    // As a phrase: the same words scattered over the body are no match.
    assert_eq!(matches(seed, &words("nho van la")), None);
    assert_eq!(matches(seed, &words("van nho")), Some(1));
    assert_eq!(matches(seed, &words("van nh")), None, "whole words in a body");
    let d = n
        .articles
        .iter()
        .filter(|a| matches(a, &words("dai doan ket")).is_some())
        .count();
    assert!(d > 0, "đ matches d");
    // The body's text keeps its letters, a line per paragraph: where a
    // result's sentence comes from.
    assert!(
        seed.body_text
            .lines()
            .any(|l| l.trim().starts_with("Tại hội nghị, các ý kiến")),
        "{}",
        seed.body_text
    );
    assert!(!seed.body_text.contains('<'));
}

#[test]
fn the_demo_newsroom_loads_newest_first() {
    let n = newsroom();
    assert!(n.articles.len() >= 60);
    assert!(n.categories.len() >= 6);
    let times: Vec<i64> = n
        .articles
        .iter()
        .map(|a| parse_time(&a.published_at).unwrap())
        .collect();
    assert!(times.windows(2).all(|w| w[0] >= w[1]));
    for c in &n.categories {
        assert!(n.count(&c.slug) > 0, "{} is empty", c.slug);
    }
}

#[test]
fn other_news_is_related_or_the_same_category_never_the_article_itself() {
    let n = newsroom();
    let seed = seed();
    let slug = seed["slug"].as_str().unwrap();
    let others = n.other_news(slug, 8, true).unwrap();
    assert_eq!(others.len(), 8);
    let current = n.article(slug).unwrap();
    let related = |a: &&Article| Newsroom::shared_tags(current, a) > 0;
    assert!(others
        .iter()
        .all(|a| a.slug != slug && (related(a) || a.category.slug == seed["category"]["slug"])));
    assert!(others.iter().any(|a| a.title == seed["other_news"]["title"]));
    // After the related ones, the category's, newest first.
    let t: Vec<i64> = others
        .iter()
        .filter(|a| !related(a))
        .map(|a| parse_time(&a.published_at).unwrap())
        .collect();
    assert!(t.windows(2).all(|w| w[0] >= w[1]), "newest first");
    let latest = n.other_news(slug, 3, false).unwrap();
    assert_eq!(latest.len(), 3);
    assert!(latest.iter().all(|a| a.slug != slug));
    assert!(n.other_news("khong-co", 3, true).is_none());
}

#[test]
fn bad_data_is_refused_with_a_reason() {
    let cats = vec![Category {
        slug: "a".into(),
        name: "A".into(),
        description: None,
    }];
    let art = |slug: &str, title: &str, cat: &str, at: &str| Article {
        slug: slug.into(),
        title: title.into(),
        summary: None,
        published_at: at.into(),
        category: CategoryRef {
            slug: cat.into(),
            name: "A".into(),
        },
        author: None,
        modified_at: None,
        thumbnail: None,
        tags: Vec::new(),
        body_html: String::new(),
        search_text: Default::default(),
        views: 0,
        body_text: String::new(),
    };
    let err = |arts| Newsroom::new(cats.clone(), arts).err().unwrap();
    assert!(err(vec![art("x", "Y", "a", "2021-01-01T00:00:00+07:00")]).contains("slug should be y"));
    assert!(err(vec![art("y", "Y", "b", "2021-01-01T00:00:00+07:00")]).contains("unknown category"));
    assert!(err(vec![art("y", "Y", "a", "yesterday")]).contains("published_at"));
    let ok = art("y", "Y", "a", "2021-01-01T00:00:00+07:00");
    assert!(err(vec![ok.clone(), ok.clone()]).contains("duplicate"));
    let tagged = |slug: &str, name: &str| {
        let mut a = ok.clone();
        a.tags = vec![CategoryRef {
            slug: slug.into(),
            name: name.into(),
        }];
        a
    };
    assert!(err(vec![tagged("x", "Tết")]).contains("tag slug should be tet"));
    let mut z = art("z", "Z", "a", "2021-01-01T00:00:00+07:00");
    z.tags = tagged("tet", "Tet").tags;
    assert!(err(vec![tagged("tet", "Tết"), z]).contains("named two ways"));
}

#[test]
fn other_news_puts_shared_topics_first_then_the_category() {
    let n = newsroom();
    let fixture = seed();
    let seed = n.article(fixture["slug"].as_str().unwrap()).unwrap();
    let tag = &seed.tags[0].slug;
    assert_eq!(
        tag,
        fixture["topic"]["slug"].as_str().unwrap(),
        "the seed's topic, as its fixture names it"
    );
    let others = n.other_news(&seed.slug, 8, true).unwrap();
    let sharing = n
        .list(None)
        .filter(|a| a.slug != seed.slug && a.tags.iter().any(|t| &t.slug == tag))
        .count();
    assert!(sharing >= 3, "the demo data gives the seed's topic to several articles");
    let (first, rest) = others.split_at(sharing.min(8));
    assert!(
        first.iter().all(|a| a.tags.iter().any(|t| &t.slug == tag)),
        "shared topic first"
    );
    assert!(
        rest.iter().all(|a| a.category.slug == seed.category.slug),
        "then its category"
    );
    let mut slugs: Vec<&str> = others.iter().map(|a| a.slug.as_str()).collect();
    slugs.sort_unstable();
    slugs.dedup();
    assert_eq!(slugs.len(), 8, "no article twice, never the article itself");
    assert!(!slugs.contains(&seed.slug.as_str()));
}
