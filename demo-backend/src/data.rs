//! The newsroom's data: categories and articles, loaded from the JSON files
//! in `data/` (the same files the client's tests use as fixtures).

use serde::{Deserialize, Serialize};
use std::collections::HashMap;
use std::path::Path;
use time::format_description::well_known::Rfc3339;
use time::OffsetDateTime;

#[derive(Clone, Debug, Deserialize, Serialize)]
pub struct Category {
    pub slug: String,
    pub name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
}

#[derive(Clone, Debug, Deserialize, Serialize)]
pub struct CategoryRef {
    pub slug: String,
    pub name: String,
}

#[derive(Clone, Debug, Deserialize, Serialize)]
pub struct Image {
    pub url: String,
    pub alt: String,
    pub width: u32,
    pub height: u32,
    /// Smaller renditions of the same picture, for `srcset`.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub variants: Vec<Variant>,
}

#[derive(Clone, Debug, Deserialize, Serialize)]
pub struct Variant {
    pub url: String,
    pub width: u32,
    pub height: u32,
}

/// An article file, exactly as served by `GET /api/articles/{slug}`.
#[derive(Clone, Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Article {
    pub slug: String,
    pub title: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub summary: Option<String>,
    pub published_at: String,
    pub category: CategoryRef,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub author: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub thumbnail: Option<Image>,
    pub body_html: String,
}

/// What lists carry of an article (no body).
#[derive(Clone, Debug, Serialize)]
pub struct Summary<'a> {
    pub slug: &'a str,
    pub title: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub summary: Option<&'a str>,
    pub published_at: &'a str,
    pub category: &'a CategoryRef,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub thumbnail: Option<&'a Image>,
}

impl Article {
    pub fn summary(&self) -> Summary<'_> {
        Summary {
            slug: &self.slug,
            title: &self.title,
            summary: self.summary.as_deref(),
            published_at: &self.published_at,
            category: &self.category,
            thumbnail: self.thumbnail.as_ref(),
        }
    }
}

pub struct Newsroom {
    pub categories: Vec<Category>,
    /// Newest first.
    pub articles: Vec<Article>,
    by_slug: HashMap<String, usize>,
    published: Vec<i64>,
}

/// Slugs the usual Vietnamese way: diacritics removed, `đ` → `d`,
/// lowercase, words joined by hyphens.
pub fn slugify(title: &str) -> String {
    let mut out = String::with_capacity(title.len());
    let mut dash = false;
    for c in title.chars() {
        // Combining accents (a decomposed title) belong to the letter before.
        if ('\u{300}'..='\u{36f}').contains(&c) {
            continue;
        }
        let base = fold_vietnamese(c);
        if base.is_ascii_alphanumeric() {
            if dash && !out.is_empty() {
                out.push('-');
            }
            dash = false;
            out.push(base.to_ascii_lowercase());
        } else {
            dash = true;
        }
    }
    out
}

/// The unaccented letter of a Vietnamese letter (precomposed forms).
fn fold_vietnamese(c: char) -> char {
    const GROUPS: &[(char, &str)] = &[
        ('a', "àáảãạăằắẳẵặâầấẩẫậ"),
        ('A', "ÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬ"),
        ('e', "èéẻẽẹêềếểễệ"),
        ('E', "ÈÉẺẼẸÊỀẾỂỄỆ"),
        ('i', "ìíỉĩị"),
        ('I', "ÌÍỈĨỊ"),
        ('o', "òóỏõọôồốổỗộơờớởỡợ"),
        ('O', "ÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢ"),
        ('u', "ùúủũụưừứửữự"),
        ('U', "ÙÚỦŨỤƯỪỨỬỮỰ"),
        ('y', "ỳýỷỹỵ"),
        ('Y', "ỲÝỶỸỴ"),
        ('d', "đ"),
        ('D', "Đ"),
    ];
    if c.is_ascii() {
        return c;
    }
    GROUPS
        .iter()
        .find(|(_, set)| set.contains(c))
        .map(|(b, _)| *b)
        .unwrap_or(' ')
}

/// Text for matching: lowercase, Vietnamese diacritics removed (`đ` → `d`),
/// anything but letters and digits a space. "Hoàn Kiếm" and "hoan kiem"
/// fold alike.
pub fn fold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if ('\u{300}'..='\u{36f}').contains(&c) {
            continue;
        }
        let b = fold_vietnamese(c);
        out.push(if b.is_ascii_alphanumeric() {
            b.to_ascii_lowercase()
        } else {
            ' '
        });
    }
    out
}

/// Whether every (folded) word occurs in the article's title or summary.
pub fn matches(a: &Article, words: &[&str]) -> bool {
    let text = fold(&a.title) + " " + &a.summary.as_deref().map(fold).unwrap_or_default();
    words.iter().all(|w| text.contains(w))
}

pub fn parse_time(s: &str) -> Result<i64, String> {
    OffsetDateTime::parse(s, &Rfc3339)
        .map(|t| t.unix_timestamp())
        .map_err(|e| format!("{s:?}: {e}"))
}

impl Newsroom {
    /// Loads and checks `dir/categories.json` and `dir/articles/*.json`.
    pub fn load(dir: &Path) -> Result<Newsroom, String> {
        let read = |p: &Path| std::fs::read_to_string(p).map_err(|e| format!("{}: {e}", p.display()));
        let categories: Vec<Category> =
            serde_json::from_str(&read(&dir.join("categories.json"))?).map_err(|e| format!("categories.json: {e}"))?;
        let mut articles = Vec::new();
        let entries =
            std::fs::read_dir(dir.join("articles")).map_err(|e| format!("{}/articles: {e}", dir.display()))?;
        for entry in entries {
            let path = entry.map_err(|e| e.to_string())?.path();
            if path.extension().and_then(|e| e.to_str()) != Some("json") {
                continue;
            }
            let a: Article = serde_json::from_str(&read(&path)?).map_err(|e| format!("{}: {e}", path.display()))?;
            articles.push(a);
        }
        Newsroom::new(categories, articles)
    }

    pub fn new(categories: Vec<Category>, mut articles: Vec<Article>) -> Result<Newsroom, String> {
        for a in &articles {
            if a.slug != slugify(&a.title) {
                return Err(format!("{}: slug should be {}", a.slug, slugify(&a.title)));
            }
            let c = categories
                .iter()
                .find(|c| c.slug == a.category.slug)
                .ok_or_else(|| format!("{}: unknown category {}", a.slug, a.category.slug))?;
            if c.name != a.category.name {
                return Err(format!(
                    "{}: category name {:?} != {:?}",
                    a.slug, a.category.name, c.name
                ));
            }
            parse_time(&a.published_at).map_err(|e| format!("{}: published_at {e}", a.slug))?;
        }
        articles.sort_by(|a, b| {
            let (ta, tb) = (
                parse_time(&a.published_at).unwrap_or(0),
                parse_time(&b.published_at).unwrap_or(0),
            );
            tb.cmp(&ta).then_with(|| a.slug.cmp(&b.slug))
        });
        let published = articles
            .iter()
            .map(|a| parse_time(&a.published_at).unwrap_or(0))
            .collect();
        let mut by_slug = HashMap::new();
        for (i, a) in articles.iter().enumerate() {
            if by_slug.insert(a.slug.clone(), i).is_some() {
                return Err(format!("duplicate slug {}", a.slug));
            }
        }
        Ok(Newsroom {
            categories,
            articles,
            by_slug,
            published,
        })
    }

    pub fn article(&self, slug: &str) -> Option<&Article> {
        self.by_slug.get(slug).map(|&i| &self.articles[i])
    }

    pub fn category(&self, slug: &str) -> Option<&Category> {
        self.categories.iter().find(|c| c.slug == slug)
    }

    pub fn count(&self, category: &str) -> usize {
        self.articles.iter().filter(|a| a.category.slug == category).count()
    }

    /// Newest first, optionally of one category.
    pub fn list<'a>(&'a self, category: Option<&'a str>) -> impl Iterator<Item = &'a Article> + 'a {
        self.articles
            .iter()
            .filter(move |a| category.is_none_or(|c| a.category.slug == c))
    }

    /// "Các tin tức khác": articles of the same category (or of all, for
    /// `same_category = false`), never the current one. Like the portal
    /// itself, it lists the articles that came before this one, newest first,
    /// and tops up with later ones when there are too few.
    pub fn other_news(&self, slug: &str, limit: usize, same_category: bool) -> Option<Vec<&Article>> {
        let &idx = self.by_slug.get(slug)?;
        let current = &self.articles[idx];
        let t = self.published[idx];
        let candidates: Vec<usize> = (0..self.articles.len())
            .filter(|&i| i != idx && (!same_category || self.articles[i].category.slug == current.category.slug))
            .collect();
        let mut picked: Vec<usize> = candidates
            .iter()
            .copied()
            .filter(|&i| self.published[i] <= t)
            .take(limit)
            .collect();
        if picked.len() < limit {
            let newer: Vec<usize> = candidates.iter().copied().filter(|&i| self.published[i] > t).collect();
            let room = limit - picked.len();
            picked.extend(newer.iter().rev().take(room));
        }
        picked.sort_unstable();
        Some(picked.into_iter().map(|i| &self.articles[i]).collect())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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
        assert_eq!(fold("Hoàn Kiếm"), "hoan kiem");
        assert_eq!(fold("ĐƯỜNG Điện Biên"), "duong dien bien");
        assert_eq!(fold("Quận Hoàn Kiếm, 2021!"), "quan hoan kiem  2021 ");
        assert_eq!(fold("Hoa\u{300}n"), "hoan", "decomposed accents fold too");
        let n = newsroom();
        let seed = n.article(seed()["slug"].as_str().unwrap()).unwrap();
        assert!(matches(seed, &["hoan", "kiem", "tong", "ket"]));
        assert!(matches(seed, &["phoi", "hop"]));
        assert!(!matches(seed, &["hoan", "khong-co"]));
        let d = n
            .articles
            .iter()
            .filter(|a| matches(a, &["dai", "doan", "ket"]))
            .count();
        assert!(d > 0, "đ matches d");
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
    fn other_news_is_the_same_category_never_the_article_itself() {
        let n = newsroom();
        let seed = seed();
        let slug = seed["slug"].as_str().unwrap();
        let others = n.other_news(slug, 8, true).unwrap();
        assert_eq!(others.len(), 8);
        assert!(others
            .iter()
            .all(|a| a.slug != slug && a.category.slug == seed["category"]["slug"]));
        assert!(others.iter().any(|a| a.title == seed["other_news"]["title"]));
        let t: Vec<i64> = others.iter().map(|a| parse_time(&a.published_at).unwrap()).collect();
        assert!(t.windows(2).all(|w| w[0] >= w[1]), "newest first");
        // The article just before this one comes first among the older ones.
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
            thumbnail: None,
            body_html: String::new(),
        };
        let err = |arts| Newsroom::new(cats.clone(), arts).err().unwrap();
        assert!(err(vec![art("x", "Y", "a", "2021-01-01T00:00:00+07:00")]).contains("slug should be y"));
        assert!(err(vec![art("y", "Y", "b", "2021-01-01T00:00:00+07:00")]).contains("unknown category"));
        assert!(err(vec![art("y", "Y", "a", "yesterday")]).contains("published_at"));
        let ok = art("y", "Y", "a", "2021-01-01T00:00:00+07:00");
        assert!(err(vec![ok.clone(), ok]).contains("duplicate"));
    }
}
