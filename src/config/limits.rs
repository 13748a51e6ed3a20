//! The numbers `config.json` may set: each one's default and the range it
//! is held to. The boot script reads them too (the build writes them into
//! its facts: `xtask facts`).

/// A number `config.json` may set.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Limit {
    pub key: &'static str,
    pub default: u32,
    pub min: u32,
    pub max: u32,
    /// A value out of range is brought into it (else it is an error that
    /// names the key).
    pub clamped: bool,
}

impl Limit {
    /// The value to use for what the file says (`None`: not said).
    pub fn read(&self, value: Option<u32>) -> Result<u32, String> {
        let v = value.unwrap_or(self.default);
        if self.clamped {
            Ok(v.clamp(self.min, self.max))
        } else if (self.min..=self.max).contains(&v) {
            Ok(v)
        } else {
            Err(format!("{} must be {}..={}, got {v}", self.key, self.min, self.max))
        }
    }
}

/// Articles per list page.
pub const PAGE_SIZE: Limit = Limit {
    key: "page_size",
    default: 10,
    min: 1,
    max: 100,
    clamped: false,
};

/// Articles in "Các tin tức khác".
pub const OTHER_NEWS_LIMIT: Limit = Limit {
    key: "other_news_limit",
    default: 8,
    min: 1,
    max: 50,
    clamped: true,
};

/// How long the browser waits for one answer.
pub const REQUEST_TIMEOUT_MS: Limit = Limit {
    key: "request_timeout_ms",
    default: 15_000,
    min: 1_000,
    max: 120_000,
    clamped: true,
};

/// How long an answer is shown without asking again.
pub const CACHE_FRESH_MS: Limit = Limit {
    key: "cache_fresh_ms",
    default: 15_000,
    min: 0,
    max: 3_600_000,
    clamped: true,
};

/// How long the server waits for the backend before its error page.
pub const SERVER_TIMEOUT_MS: Limit = Limit {
    key: "server_timeout_ms",
    default: 3_000,
    min: 100,
    max: 60_000,
    clamped: true,
};

/// Every limit, for the build's facts.
pub const LIMITS: [Limit; 5] = [
    PAGE_SIZE,
    OTHER_NEWS_LIMIT,
    REQUEST_TIMEOUT_MS,
    CACHE_FRESH_MS,
    SERVER_TIMEOUT_MS,
];
