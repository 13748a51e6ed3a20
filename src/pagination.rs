//! Page arithmetic for paginated lists. Every input may come from the
//! backend or the URL, so nothing here can overflow, divide by zero or panic.

/// What the pager shows: the current page, how many there are, and which
/// numbers to draw (with gaps as `None`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Pager {
    pub current: u32,
    pub total_pages: u32,
}

/// One cell of the pager's number row.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PageCell {
    Page(u32),
    Gap,
}

impl Pager {
    /// `total` items, `per_page` per page; `per_page == 0` is treated as one
    /// page holding everything.
    pub fn new(current: u32, per_page: u32, total: u64) -> Self {
        let total_pages = if per_page == 0 {
            u32::from(total > 0)
        } else {
            let pages = total.div_ceil(u64::from(per_page));
            u32::try_from(pages).unwrap_or(u32::MAX)
        };
        Pager {
            current: current.max(1),
            total_pages,
        }
    }

    pub fn prev(&self) -> Option<u32> {
        (self.current > 1).then(|| (self.current - 1).min(self.total_pages.max(1)))
    }

    pub fn next(&self) -> Option<u32> {
        (self.current < self.total_pages).then(|| self.current + 1)
    }

    /// Whether the current page lies past the end (an old link, a shrunk list).
    pub fn is_past_end(&self) -> bool {
        self.current > self.total_pages.max(1)
    }

    /// First, last, and `radius` pages either side of the current one, with
    /// gaps: `1 … 4 5 [6] 7 8 … 20`.
    pub fn cells(&self, radius: u32) -> Vec<PageCell> {
        let last = self.total_pages;
        if last == 0 {
            return Vec::new();
        }
        let cur = self.current.min(last);
        let lo = cur.saturating_sub(radius).max(1);
        let hi = cur.saturating_add(radius).min(last);
        let mut out = Vec::with_capacity((hi - lo) as usize + 4);
        if lo > 1 {
            out.push(PageCell::Page(1));
            if lo > 2 {
                out.push(if lo == 3 { PageCell::Page(2) } else { PageCell::Gap });
            }
        }
        out.extend((lo..=hi).map(PageCell::Page));
        if hi < last {
            if hi + 1 < last {
                out.push(if hi + 2 == last {
                    PageCell::Page(last - 1)
                } else {
                    PageCell::Gap
                });
            }
            out.push(PageCell::Page(last));
        }
        out
    }
}

/// Reads a `?page=` value: anything that is not a positive integer is page 1.
pub fn parse_page(raw: Option<&str>) -> u32 {
    raw.and_then(|s| s.trim().parse::<u32>().ok())
        .filter(|&p| p >= 1)
        .unwrap_or(1)
}
