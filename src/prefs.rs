//! The reader's comfort settings: language, theme and text size, kept in
//! localStorage and applied to `<html>` (web/boot.js applies the saved ones
//! before the first paint, so nothing flashes).

use crate::i18n::Locale;

pub const LANG_KEY: &str = "tintuc.lang";
/// The cookie that tells the server the reader's language, so that its
/// page is in it from the first paint (`server/src/language.rs`): written
/// only once the reader has chosen one, for a year.
pub const LANG_COOKIE: &str = "tintuc_lang";
pub const THEME_KEY: &str = "tintuc.theme";
pub const TEXT_KEY: &str = "tintuc.text";

/// Article text sizes, smallest to largest; the default is index 1.
pub const TEXT_STEPS: usize = 5;
pub const TEXT_DEFAULT: usize = 1;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Theme {
    Light,
    Dark,
}

impl Theme {
    pub fn name(self) -> &'static str {
        match self {
            Theme::Light => "light",
            Theme::Dark => "dark",
        }
    }

    pub fn parse(s: &str) -> Option<Theme> {
        match s {
            "light" => Some(Theme::Light),
            "dark" => Some(Theme::Dark),
            _ => None,
        }
    }
}

/// A saved text size step, if it is one.
pub fn parse_text_step(s: &str) -> Option<usize> {
    s.parse::<usize>().ok().filter(|&n| n < TEXT_STEPS)
}

/// The reader's saved value for `key` (the server has none: it renders the
/// defaults).
pub fn load(key: &str) -> Option<String> {
    #[cfg(target_arch = "wasm32")]
    return web_sys::window()?.local_storage().ok()??.get_item(key).ok()?;
    #[cfg(not(target_arch = "wasm32"))]
    {
        let _ = key;
        None
    }
}

pub fn save(key: &str, value: &str) {
    #[cfg(target_arch = "wasm32")]
    if let Some(s) = web_sys::window().and_then(|w| w.local_storage().ok().flatten()) {
        // A full or forbidden storage only means the choice is not remembered.
        let _ = s.set_item(key, value);
    }
    if key == LANG_KEY {
        tell_server(Locale::from_tag(value));
    }
    #[cfg(not(target_arch = "wasm32"))]
    let _ = (key, value);
}

/// The reader's language in [`LANG_COOKIE`], for the server's next page
/// (only a language this app has: the saved text is not written as it is).
fn tell_server(locale: Option<Locale>) {
    #[cfg(target_arch = "wasm32")]
    if let (Some(l), Some(d)) = (locale, web_sys::window().and_then(|w| w.document())) {
        let cookie = format!("{LANG_COOKIE}={}; path=/; max-age=31536000; samesite=lax", l.code());
        let _ = js_sys::Reflect::set(&d, &"cookie".into(), &cookie.into());
    }
    #[cfg(not(target_arch = "wasm32"))]
    let _ = locale;
}

/// Sets an attribute of `<html>` (the reader's choices style the page).
fn set_html_attribute(name: &str, value: &str) {
    #[cfg(target_arch = "wasm32")]
    if let Some(h) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    {
        let _ = h.set_attribute(name, value);
    }
    #[cfg(not(target_arch = "wasm32"))]
    let _ = (name, value);
}

/// The language to start in: the reader's saved choice (told the server
/// again, for a choice made before it read one), else the portal's. On the
/// server: the language it renders in (`crate::i18n::set_locale`).
pub fn initial_locale(portal: Locale) -> Locale {
    #[cfg(target_arch = "wasm32")]
    {
        let saved = load(LANG_KEY);
        tell_server(saved.as_deref().and_then(Locale::from_tag));
        Locale::choose(saved.as_deref(), portal)
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        let _ = portal;
        crate::i18n::locale()
    }
}

/// Whether the system asks for a dark theme.
fn system_dark() -> bool {
    crate::screen::matches("(prefers-color-scheme: dark)")
}

/// The theme in effect: the saved one, else the system's.
pub fn initial_theme() -> Theme {
    load(THEME_KEY).as_deref().and_then(Theme::parse).unwrap_or_else(|| {
        if system_dark() {
            Theme::Dark
        } else {
            Theme::Light
        }
    })
}

pub fn initial_text_step() -> usize {
    load(TEXT_KEY)
        .as_deref()
        .and_then(parse_text_step)
        .unwrap_or(TEXT_DEFAULT)
}

pub fn apply_theme(theme: Theme) {
    set_html_attribute("data-theme", theme.name());
}

pub fn apply_text_step(step: usize) {
    set_html_attribute("data-text", &step.to_string());
}

pub fn apply_lang(l: Locale) {
    set_html_attribute("lang", l.code());
}
/// Keeps a preference applied to the page and, once the reader changes it,
/// remembered under `key`; `changed` runs after each change.
#[cfg(feature = "ui")]
pub fn remember<T: Clone + Send + Sync + 'static>(
    pref: leptos::prelude::RwSignal<T>,
    key: &'static str,
    text: fn(&T) -> String,
    apply: fn(&T),
    changed: fn(),
) {
    use leptos::prelude::*;
    Effect::new(move |first: Option<()>| {
        let v = pref.get();
        apply(&v);
        if first.is_some() {
            save(key, &text(&v));
            changed();
        }
    });
}
