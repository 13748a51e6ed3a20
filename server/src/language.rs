//! The reader's language on the server: a page's interface in the language
//! the reader chose in the app (the cookie `tintuc::prefs::LANG_COOKIE` it
//! writes then), so a reader who chose English sees English from the first
//! paint, not Vietnamese until the WASM runs. What the newsroom wrote keeps
//! its language either way, and so do the crawlers' pages (they send no
//! cookie). One cached page per language: the page cache's key carries it;
//! a page in another language than the portal's is `private` to shared
//! caches (a CDN that keys by the address alone would hand it to every
//! reader), and nginx's recipe passes this cookie alone and keys its cache
//! by it (`deploy/nginx/tintuc-server.conf`).

use axum::http::{header, HeaderMap};
use tintuc::i18n::Locale;
use tintuc::prefs::LANG_COOKIE;

/// The language the reader chose (their `Cookie`), else the portal's.
/// Anything but a language the app has is the portal's.
pub fn chosen(headers: &HeaderMap, portal: Locale) -> Locale {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .find_map(|pair| {
            let (name, value) = pair.trim().split_once('=')?;
            (name == LANG_COOKIE).then(|| value.trim())
        })
        .filter(|v| v.len() <= 8)
        .and_then(Locale::from_tag)
        .unwrap_or(portal)
}

/// The page cache's key of `key` rendered in `lang`: the portal's language
/// keeps the route's own key.
pub fn keyed(key: &str, lang: Locale, portal: Locale) -> String {
    if lang == portal {
        key.to_string()
    } else {
        format!("{key}#{}", lang.code())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use axum::http::HeaderValue;

    fn with(cookies: &[&str]) -> HeaderMap {
        let mut h = HeaderMap::new();
        for c in cookies {
            h.append(header::COOKIE, HeaderValue::from_str(c).unwrap());
        }
        h
    }

    #[test]
    fn the_readers_choice_else_the_portals() {
        assert_eq!(chosen(&with(&[]), Locale::Vi), Locale::Vi);
        assert_eq!(chosen(&with(&["tintuc_lang=en"]), Locale::Vi), Locale::En);
        assert_eq!(chosen(&with(&["a=1; tintuc_lang=en; b=2"]), Locale::Vi), Locale::En);
        assert_eq!(chosen(&with(&["a=1", "tintuc_lang=vi"]), Locale::En), Locale::Vi);
        // Not ours, or not a language the app has: the portal's.
        assert_eq!(chosen(&with(&["xtintuc_lang=en"]), Locale::Vi), Locale::Vi);
        assert_eq!(chosen(&with(&["tintuc_lang=fr"]), Locale::Vi), Locale::Vi);
        assert_eq!(chosen(&with(&["tintuc_lang=en<script>"]), Locale::Vi), Locale::Vi);
        assert_eq!(chosen(&with(&["tintuc_lang="]), Locale::Vi), Locale::Vi);
    }

    #[test]
    fn one_key_per_language() {
        assert_eq!(keyed("/tin-tuc/a", Locale::Vi, Locale::Vi), "/tin-tuc/a");
        assert_eq!(keyed("/tin-tuc/a", Locale::En, Locale::Vi), "/tin-tuc/a#en");
        assert_ne!(keyed("/", Locale::En, Locale::Vi), keyed("/", Locale::Vi, Locale::Vi));
    }
}
