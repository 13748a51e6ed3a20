//! "Các tin tức khác" and topics: which articles a reader is offered next
//! to one, and the topics' names.

use super::{Article, CategoryRef, Newsroom};

impl Newsroom {
    /// The topic `slug` names, as its articles name it: `None` when no
    /// article has it.
    pub fn tag(&self, slug: &str) -> Option<&CategoryRef> {
        self.articles.iter().flat_map(|a| &a.tags).find(|t| t.slug == slug)
    }

    /// How many topics `a` and `b` share.
    pub(crate) fn shared_tags(a: &Article, b: &Article) -> usize {
        a.tags
            .iter()
            .filter(|t| b.tags.iter().any(|u| u.slug == t.slug))
            .count()
    }

    /// "Các tin tức khác": for `same_category`, first the articles that share
    /// the most topics with this one (newest first among equals), then
    /// articles of the same category; otherwise the latest of all. Never the
    /// current one. Like the portal itself, the category's (or the latest)
    /// are those that came before this one, newest first, topped up with
    /// later ones when there are too few.
    pub fn other_news(&self, slug: &str, limit: usize, same_category: bool) -> Option<Vec<&Article>> {
        let &idx = self.by_slug.get(slug)?;
        let current = &self.articles[idx];
        let mut related: Vec<(usize, usize)> = match same_category {
            true => (0..self.articles.len())
                .filter(|&i| i != idx)
                .map(|i| (Self::shared_tags(current, &self.articles[i]), i))
                .filter(|(n, _)| *n > 0)
                .collect(),
            false => Vec::new(),
        };
        related.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
        related.truncate(limit);
        let mut out: Vec<&Article> = related.iter().map(|(_, i)| &self.articles[*i]).collect();
        let rest = limit - out.len();
        let skip: Vec<usize> = related.iter().map(|(_, i)| *i).chain([idx]).collect();
        out.extend(self.by_time(idx, rest, same_category, &skip));
        Some(out)
    }

    /// Up to `limit` articles around `idx` in time (see [`Self::other_news`]),
    /// of its category or of all, none of `skip`, newest first.
    fn by_time(&self, idx: usize, limit: usize, same_category: bool, skip: &[usize]) -> Vec<&Article> {
        let current = &self.articles[idx];
        let t = self.published[idx];
        let candidates: Vec<usize> = (0..self.articles.len())
            .filter(|i| !skip.contains(i))
            .filter(|&i| !same_category || self.articles[i].category.slug == current.category.slug)
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
        picked.into_iter().map(|i| &self.articles[i]).collect()
    }
}
