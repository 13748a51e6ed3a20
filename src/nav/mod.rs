//! Moving between pages: [`loader`] waits for a page's data before showing
//! it, [`links`] hands it the reader's clicks (browser only), [`scroll`]
//! returns the reader to where they were on back and forward; and the
//! address the page was opened at.

#[cfg(target_arch = "wasm32")]
pub mod links;
pub mod loader;
pub mod scroll;

#[cfg(target_arch = "wasm32")]
thread_local! {
    static OPENED_AT: std::cell::RefCell<String> = const { std::cell::RefCell::new(String::new()) };
}

/// Notes the path the page was opened at (the boot does, once).
#[cfg(target_arch = "wasm32")]
pub fn note_opened_at(path: String) {
    OPENED_AT.with(|o| *o.borrow_mut() = path);
}

/// Whether the reader is at the path the page was opened at: no
/// navigation in the app brought them here.
#[cfg(target_arch = "wasm32")]
pub fn at_opened_path() -> bool {
    let here = leptos::prelude::window().location().pathname().unwrap_or_default();
    OPENED_AT.with(|o| *o.borrow() == here)
}
