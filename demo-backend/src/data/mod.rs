//! The newsroom's data: categories and articles, loaded from the JSON files
//! in `data/` (the same files the client's tests use as fixtures).

use serde::{Deserialize, Serialize};
use std::collections::HashMap;
use std::path::Path;
use time::format_description::well_known::Rfc3339;
use time::OffsetDateTime;

mod other;
#[cfg(test)]
mod tests;
mod text;

pub use text::{matches, slugify};

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
    /// What the newsroom writes under the photo, and who took it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub caption: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub credit: Option<String>,
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
    /// A later correction or update (RFC 3339), when there was one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub modified_at: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub thumbnail: Option<Image>,
    /// How many times it was read (the newsroom's counter when the data was
    /// written): what the most read are ranked by (`GET /api/most-read`).
    /// Not part of an article's answer.
    #[serde(default, skip_serializing)]
    pub views: u64,
    /// Its topics: each a list (`GET /api/articles?tag=…`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub tags: Vec<CategoryRef>,
    pub body_html: String,
    /// Its title and summary, and its body's text, folded for search
    /// ([`text::fold`]), each between spaces: made once, when the newsroom
    /// is read.
    #[serde(skip)]
    pub search_text: (String, String),
    /// Its body's text (tags out, a line per paragraph): where a search
    /// result's sentence comes from.
    #[serde(skip)]
    pub body_text: String,
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
    /// A search result's sentence of the body that holds the words.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub found: Option<String>,
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
            found: None,
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
            for t in &a.tags {
                if t.slug != slugify(&t.name) {
                    return Err(format!("{}: tag slug should be {}", a.slug, slugify(&t.name)));
                }
                let first = articles.iter().flat_map(|b| &b.tags).find(|u| u.slug == t.slug);
                if first.is_some_and(|u| u.name != t.name) {
                    return Err(format!("{}: tag {} is named two ways", a.slug, t.slug));
                }
            }
            let published = parse_time(&a.published_at).map_err(|e| format!("{}: published_at {e}", a.slug))?;
            if let Some(m) = &a.modified_at {
                let modified = parse_time(m).map_err(|e| format!("{}: modified_at {e}", a.slug))?;
                if modified < published {
                    return Err(format!("{}: modified_at before published_at", a.slug));
                }
            }
        }
        for a in &mut articles {
            (a.search_text, a.body_text) = text::search_text(a);
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
}
