//! A warning for the developer's console (the browser's; stderr natively),
//! for the layers below the app, which don't link Leptos's logging.

/// Writes `message` as a warning.
pub fn warn(message: &str) {
    #[cfg(target_arch = "wasm32")]
    web_sys::console::warn_1(&message.into());
    #[cfg(not(target_arch = "wasm32"))]
    eprintln!("{message}");
}
