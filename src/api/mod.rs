//! Everything between the pages and the network, as a stack whose layers
//! only point down:
//!
//! - [`client`]: this visit's cache and the queries pages read it through;
//! - [`backend`]: a backend turns a [`Request`] into tintuc's [`models`]
//!   (tintuc's own contract or WordPress);
//! - [`transport`]: one HTTP GET with abort and timeout.
//!
//! Beside them: the requests ([`request`]), the models and their JSON
//! ([`decode`]), the one error type ([`error`]), image URL fixing
//! ([`media`]) and cancellation ([`abort`]).
//! Pages and components see only models, requests and errors.

pub mod abort;
pub mod backend;
#[cfg(feature = "ui")]
pub mod client;
pub mod decode;
pub mod error;
pub mod media;
pub mod models;
pub mod request;
pub mod transport;

pub use error::{ApiError, ErrorKind};
