//! The one error type of the api layer. Pages match on it to choose a message;
//! nothing is collapsed into `None`.

use std::fmt;

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ApiError {
    /// The backend says the thing does not exist (HTTP 404).
    NotFound,
    /// Any other non-success HTTP status. `retry_after` is in seconds.
    Status { code: u16, retry_after: Option<u32> },
    /// The request never got an HTTP answer: offline, DNS, refused, CORS,
    /// connection dropped.
    Network(String),
    /// The server at this origin answered, but its CORS headers don't let
    /// this page read the answer (told apart from [`ApiError::Network`] by
    /// the partner widget, whose requests are all cross-origin).
    Cors(String),
    /// The page's own Content-Security-Policy blocked the request (a
    /// partner's page that does not allow the portal's origins: the widget).
    Blocked(String),
    /// No answer within the configured time.
    Timeout,
    /// An answer arrived but is not the JSON the contract describes.
    Decode(String),
    /// The request was cancelled because the reader moved on. Never shown.
    Aborted,
    /// `config.json` is missing or invalid.
    Config(String),
}

/// What kind of trouble, for choosing the reader-facing message.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ErrorKind {
    NotFound,
    Busy,
    Server,
    Offline,
    Timeout,
    Unreadable,
    Config,
    /// The server's CORS headers don't let this page read it.
    Cors,
    /// The page's Content-Security-Policy blocked the request.
    Blocked,
    Aborted,
}

impl ErrorKind {
    /// A stable name, for `data-kind` attributes and tests.
    pub fn name(self) -> &'static str {
        match self {
            ErrorKind::NotFound => "notfound",
            ErrorKind::Busy => "busy",
            ErrorKind::Server => "server",
            ErrorKind::Offline => "offline",
            ErrorKind::Timeout => "timeout",
            ErrorKind::Unreadable => "unreadable",
            ErrorKind::Config => "config",
            ErrorKind::Cors => "cors",
            ErrorKind::Blocked => "blocked",
            ErrorKind::Aborted => "aborted",
        }
    }
}

impl ApiError {
    pub fn kind(&self) -> ErrorKind {
        match self {
            ApiError::NotFound => ErrorKind::NotFound,
            ApiError::Status {
                code: 429 | 502 | 503 | 504,
                ..
            } => ErrorKind::Busy,
            ApiError::Status { .. } => ErrorKind::Server,
            ApiError::Network(_) => ErrorKind::Offline,
            ApiError::Timeout => ErrorKind::Timeout,
            ApiError::Decode(_) => ErrorKind::Unreadable,
            ApiError::Config(_) => ErrorKind::Config,
            ApiError::Cors(_) => ErrorKind::Cors,
            ApiError::Blocked(_) => ErrorKind::Blocked,
            ApiError::Aborted => ErrorKind::Aborted,
        }
    }
}

impl fmt::Display for ApiError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ApiError::NotFound => f.write_str("HTTP 404 not found"),
            ApiError::Status {
                code,
                retry_after: Some(s),
            } => write!(f, "HTTP {code} (retry after {s} s)"),
            ApiError::Status {
                code,
                retry_after: None,
            } => write!(f, "HTTP {code}"),
            ApiError::Network(m) => write!(f, "network error: {m}"),
            ApiError::Timeout => f.write_str("request timed out"),
            ApiError::Decode(m) => write!(f, "unexpected response: {m}"),
            ApiError::Aborted => f.write_str("request aborted"),
            ApiError::Config(m) => write!(f, "configuration: {m}"),
            ApiError::Cors(origin) => write!(
                f,
                "{origin} answered, but its CORS headers (Access-Control-Allow-Origin) don't let this page read it"
            ),
            ApiError::Blocked(origin) => write!(f, "blocked by this page's Content-Security-Policy: {origin}"),
        }
    }
}

/// An error as plain parts (a kind's name, a status, a `Retry-After`, a
/// message), for the server to embed in its pages and the client to read.
pub struct ErrorParts {
    pub kind: String,
    pub code: Option<u16>,
    pub retry_after: Option<u32>,
    pub message: Option<String>,
}

impl ApiError {
    pub fn to_parts(&self) -> ErrorParts {
        let (kind, code, retry_after, message) = match self {
            ApiError::NotFound => ("notfound", None, None, None),
            ApiError::Status { code, retry_after } => ("status", Some(*code), *retry_after, None),
            ApiError::Network(m) => ("network", None, None, Some(m.clone())),
            ApiError::Timeout => ("timeout", None, None, None),
            ApiError::Decode(m) => ("decode", None, None, Some(m.clone())),
            ApiError::Aborted => ("aborted", None, None, None),
            ApiError::Config(m) => ("config", None, None, Some(m.clone())),
            ApiError::Cors(origin) => ("cors", None, None, Some(origin.clone())),
            ApiError::Blocked(origin) => ("blocked", None, None, Some(origin.clone())),
        };
        ErrorParts {
            kind: kind.into(),
            code,
            retry_after,
            message,
        }
    }

    /// The error `parts` describe; an unknown kind is a decode error.
    pub fn from_parts(p: ErrorParts) -> ApiError {
        let message = p.message.unwrap_or_default();
        match p.kind.as_str() {
            "notfound" => ApiError::NotFound,
            "status" => ApiError::Status {
                code: p.code.unwrap_or(500),
                retry_after: p.retry_after.map(|s| s.min(3600)),
            },
            "network" => ApiError::Network(message),
            "timeout" => ApiError::Timeout,
            "aborted" => ApiError::Aborted,
            "config" => ApiError::Config(message),
            "cors" => ApiError::Cors(message),
            "blocked" => ApiError::Blocked(message),
            _ => ApiError::Decode(message),
        }
    }
}

/// Reads a `Retry-After` header given in seconds (the HTTP-date form is rare
/// from APIs and is ignored rather than guessed at).
pub fn parse_retry_after(value: Option<&str>) -> Option<u32> {
    value?.trim().parse::<u32>().ok().map(|s| s.min(3600))
}
