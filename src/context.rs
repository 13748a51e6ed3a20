//! What the app provides to every page and component, and how they read
//! it: the site, the page being shown, the category menu's list, the
//! category being read, and the reader's preferences.

use crate::api::models::CategoryList;
use crate::i18n::{t, Locale};
use crate::prefs::Theme;
use crate::route::{Page, PageKind};
use leptos::prelude::*;
use std::sync::Arc;

/// The portal itself: its name, its public origin (`https://host`, for
/// canonical URLs and share links) and its language (the newsroom's: what
/// comes from the backend is marked with it, whatever the UI's language).
#[derive(Clone, Debug)]
pub struct Site {
    pub name: String,
    pub origin: String,
    pub language: Locale,
    /// What a partner page's own CSP must allow for the widget
    /// (`tintuc_headers::partner_policy`), shown by the snippet builder.
    pub partner_policy: String,
}

pub fn use_site() -> Site {
    use_context::<Site>().unwrap_or_else(|| Site {
        name: t().default_site_name.to_string(),
        origin: String::new(),
        language: Locale::Vi,
        partner_policy: String::new(),
    })
}

/// The language what comes from the backend is written in (the portal's),
/// for its `lang` attributes: a screen reader then reads a Vietnamese title
/// with a Vietnamese voice, whatever language the UI is in.
pub fn content_lang() -> &'static str {
    use_context::<Site>().map_or(Locale::Vi, |s| s.language).code()
}

pub fn use_site_name() -> String {
    use_site().name
}

/// The category list, for the menu and for pages that need a category's
/// name. `None` until it has loaded (or when it failed).
#[derive(Clone, Copy)]
pub struct Categories(pub Signal<Option<Arc<CategoryList>>>);

pub fn use_categories() -> Signal<Option<Arc<CategoryList>>> {
    use_context::<Categories>().map(|c| c.0).unwrap_or_default()
}

/// The page at the current location, parsed once by the shell.
#[derive(Clone, Copy)]
pub struct CurrentPage(pub Memo<Page>);

/// The current page, held at the last page of `kind` while another kind of
/// page replaces it: a page's own queries never follow the location to a
/// page that isn't theirs.
pub fn use_page_of(kind: PageKind) -> Memo<Page> {
    let current = expect_context::<CurrentPage>().0;
    Memo::new(move |prev: Option<&Page>| {
        let page = current.get();
        match prev {
            Some(p) if page.kind() != kind => p.clone(),
            _ => page,
        }
    })
}

/// The category being read: the list's own, or the article's section.
/// Derived once by the shell.
#[derive(Clone, Copy)]
pub struct CurrentCategory(pub Memo<Option<String>>);

/// The reader's preferences that re-render or restyle the page.
#[derive(Clone, Copy)]
pub struct Prefs {
    pub locale: RwSignal<Locale>,
    pub theme: RwSignal<Theme>,
    pub text_step: RwSignal<usize>,
}
