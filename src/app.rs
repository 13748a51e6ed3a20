//! The reader's root: every context a page reads, the reader's preferences
//! kept in step with `<html>` and storage, then the router and the shell.

use crate::api::client::query::provide_client;
use crate::api::client::Client;
use crate::components::article_body::BodyEnv;
use crate::config::Config;
use crate::context::{Prefs, Site};
use crate::i18n::t;
use crate::nav::loader::PendingNav;
use crate::prefs;
use crate::shell::Shell;
use leptos::prelude::*;
use leptos_meta::{provide_meta_context, Title};
use leptos_router::components::Router;

/// What the app starts with: the config, the data client, and where it is
/// served from. Built by the browser's boot or by the server.
#[derive(Clone)]
pub struct Setup {
    pub config: Config,
    pub client: Client,
    /// The portal's origin (`https://host`).
    pub origin: String,
    /// The backend's origin: relative media URLs in bodies point there.
    pub api_origin: String,
    pub page_is_https: bool,
}

impl Setup {
    /// How image URLs from the backend are made absolute and safe.
    pub fn media(&self) -> crate::api::media::MediaBase {
        crate::api::media::MediaBase {
            origin: self.api_origin.clone(),
            page_is_https: self.page_is_https,
        }
    }
}

/// The reader: contexts for every page, then the router. `on_locale` runs
/// when the reader picks another language.
#[component]
pub fn App(setup: Setup, on_locale: fn()) -> impl IntoView {
    provide_meta_context();
    let Setup {
        config,
        client,
        origin,
        api_origin,
        page_is_https,
    } = setup;
    let name = config
        .site_name
        .clone()
        .unwrap_or_else(|| t().default_site_name.to_string());
    provide_context(config.zone);
    provide_context(BodyEnv {
        base: format!("{api_origin}/"),
        page_origin: origin.clone(),
        page_is_https,
    });
    provide_context(Site {
        name: name.clone(),
        partner_policy: tintuc_headers::partner_policy(&origin, &api_origin, &config.image_origins),
        origin,
        language: config.language,
    });
    provide_client(client);
    let p = Prefs {
        locale: RwSignal::new(prefs::initial_locale(config.language)),
        theme: RwSignal::new(prefs::initial_theme()),
        text_step: RwSignal::new(prefs::initial_text_step()),
    };
    provide_context(p);
    // The reader's choices are applied to <html> and remembered (web/boot.js
    // applies the saved ones before the first paint).
    prefs::remember(
        p.locale,
        prefs::LANG_KEY,
        |l| l.code().into(),
        |l| prefs::apply_lang(*l),
        on_locale,
    );
    prefs::remember(
        p.theme,
        prefs::THEME_KEY,
        |th| th.name().into(),
        |th| prefs::apply_theme(*th),
        || {},
    );
    prefs::remember(
        p.text_step,
        prefs::TEXT_KEY,
        |s| s.to_string(),
        |s| prefs::apply_text_step(*s),
        || {},
    );
    provide_context(PendingNav(RwSignal::new(None)));
    // Something the reader waits for is on its way (set by the shell).
    let loading = RwSignal::new(false);
    // Before the router: its popstate listener must run after ours.
    #[cfg(target_arch = "wasm32")]
    crate::nav::scroll::provide_scroll_memory(loading.into());
    let formatter = move |title: String| title_text(&format!("{title} - {name}"));
    view! {
        <Title formatter />
        <Router>
            <Shell loading />
        </Router>
    }
}

/// The document's title. The server writes it into `<title>` unescaped
/// (leptos_meta), so there it is escaped here: a title from the backend is
/// text, never markup.
fn title_text(title: &str) -> String {
    #[cfg(not(target_arch = "wasm32"))]
    return crate::html::escape_text(title);
    #[cfg(target_arch = "wasm32")]
    title.to_string()
}
