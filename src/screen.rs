//! What the browser says of the reader's screen, by media query: a dark
//! system theme (`prefs`), a screen wide enough for the front page's
//! sections (`pages::home`). Natively (the server, tests) nothing matches.

/// Whether the media `query` matches now.
pub fn matches(query: &str) -> bool {
    #[cfg(target_arch = "wasm32")]
    if let Some(w) = web_sys::window() {
        return w.match_media(query).ok().flatten().is_some_and(|m| m.matches());
    }
    let _ = query;
    false
}

/// The screens the front page's sections show on (style/components/
/// sections.css has the same width).
pub const WIDE: &str = "(min-width: 1024px)";
