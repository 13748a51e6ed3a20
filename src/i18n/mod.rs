//! The message catalog: every string a reader sees, in one place, in
//! Vietnamese (the portal's language) and English. Article content is the
//! newsroom's and never passes through here.
//!
//! The language is chosen once per render: switching it remounts the reader
//! (see `boot.rs`), so components read [`t`] plainly. One file per
//! language ([`vi`], [`en`]): adding a language is adding a file and a
//! [`Locale`] variant.

mod catalog;
pub mod en;
pub mod script;
pub mod vi;
pub mod widget;

pub use catalog::Catalog;
pub use script::ScriptText;
use std::cell::Cell;
pub use widget::WidgetText;

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Locale {
    #[default]
    Vi,
    En,
}

impl Locale {
    pub fn code(self) -> &'static str {
        match self {
            Locale::Vi => "vi",
            Locale::En => "en",
        }
    }

    /// Open Graph's name for the language (`og:locale`).
    pub fn og_locale(self) -> &'static str {
        match self {
            Locale::Vi => "vi_VN",
            Locale::En => "en_US",
        }
    }

    pub fn catalog(self) -> &'static Catalog {
        match self {
            Locale::Vi => &vi::VI,
            Locale::En => &en::EN,
        }
    }

    /// `vi`, `vi-VN`, `en-GB`...; anything else is not ours.
    pub fn from_tag(tag: &str) -> Option<Locale> {
        let primary = tag.split(['-', '_']).next()?.trim().to_ascii_lowercase();
        match primary.as_str() {
            "vi" => Some(Locale::Vi),
            "en" => Some(Locale::En),
            _ => None,
        }
    }

    /// The language to start in: the reader's saved choice, else the
    /// portal's (the newsroom's, from config.json), whatever language the
    /// browser prefers.
    pub fn choose(saved: Option<&str>, portal: Locale) -> Locale {
        saved.and_then(Locale::from_tag).unwrap_or(portal)
    }
}

thread_local! {
    static CURRENT: Cell<Locale> = const { Cell::new(Locale::Vi) };
}

/// Sets the language of what renders next.
pub fn set_locale(l: Locale) {
    CURRENT.with(|c| c.set(l));
}

pub fn locale() -> Locale {
    CURRENT.with(|c| c.get())
}

/// The catalog in use.
pub fn t() -> &'static Catalog {
    locale().catalog()
}
