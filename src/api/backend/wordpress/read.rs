//! Where a WordPress answer was read from, for offline reading (see
//! [`Fetched`](crate::api::backend::Fetched)): its URLs, and the oldest
//! copy among them. In a build without offline reading (the partner
//! widget's) a unit: nothing is noted, and it costs no byte.

use crate::api::transport::Reply;

/// What an answer was read from.
#[cfg(feature = "offline")]
#[derive(Clone, Default)]
pub struct Read {
    urls: Vec<String>,
    copy: Option<f64>,
}

#[cfg(feature = "offline")]
impl Read {
    pub fn none() -> Self {
        Read::default()
    }

    pub fn of(url: &str, reply: &Reply) -> Self {
        Read {
            urls: vec![url.to_owned()],
            copy: reply.copy(),
        }
    }

    pub fn and(mut self, other: Read) -> Self {
        self.urls.extend(other.urls);
        self.copy = oldest(self.copy, other.copy);
        self
    }

    pub fn is_live(&self) -> bool {
        self.copy.is_none()
    }

    pub fn into_parts(self) -> (Option<f64>, Vec<String>) {
        (self.copy, self.urls)
    }
}

#[cfg(not(feature = "offline"))]
#[derive(Clone)]
pub struct Read;

#[cfg(not(feature = "offline"))]
impl Read {
    pub fn none() -> Self {
        Read
    }

    pub fn of(_: &str, _: &Reply) -> Self {
        Read
    }

    pub fn and(self, _: Read) -> Self {
        Read
    }

    pub fn is_live(&self) -> bool {
        true
    }

    pub fn into_parts(self) -> (Option<f64>, Vec<String>) {
        (None, Vec::new())
    }
}

/// The older of two copies' times (`None` is live).
#[cfg(feature = "offline")]
fn oldest(a: Option<f64>, b: Option<f64>) -> Option<f64> {
    match (a, b) {
        (Some(a), Some(b)) => Some(a.min(b)),
        (a, b) => a.or(b),
    }
}
