//! Moving between pages: [`loader`] waits for a page's data before showing
//! it, [`links`] hands it the reader's clicks (browser only), [`scroll`]
//! returns the reader to where they were on back and forward; [`address`]
//! keeps the address bar clean and remembers where the page was opened.

#[cfg(target_arch = "wasm32")]
pub mod address;
#[cfg(target_arch = "wasm32")]
pub mod links;
pub mod loader;
pub mod scroll;
