//! The app: loads the runtime config, then the reader under a router.

use crate::api::media::MediaBase;
use crate::api::models::Category;
use crate::api::{self, provide_api, use_query, Api, ApiError, Request, Scope, APP_SCOPE};
use crate::components::article_body::BodyEnv;
use crate::components::error_view::ErrorView;
pub use crate::components::layout::CurrentCategory;
use crate::components::layout::Layout;
use crate::config::Config;
use crate::i18n::t;
use crate::nav;
use crate::pages::{article::ArticlePage, category::CategoryPage, home::HomePage, not_found::NotFound};
use leptos::prelude::*;
use leptos_meta::{provide_meta_context, Title};
use leptos_router::components::{FlatRoutes, Route, Router};
use leptos_router::hooks::use_location;
use leptos_router::path;
use std::sync::Arc;

#[derive(Clone)]
struct SiteName(String);

/// The category list, for pages that need a category's name.
#[derive(Clone, Copy)]
struct Categories(Signal<Option<Arc<Vec<Category>>>>);

pub fn use_site_name() -> String {
    use_context::<SiteName>()
        .map(|s| s.0)
        .unwrap_or_else(|| t().default_site_name.to_string())
}

pub fn use_categories() -> Signal<Option<Arc<Vec<Category>>>> {
    use_context::<Categories>().map(|c| c.0).unwrap_or_default()
}

/// Entry point for `main`: reads `config.json`, then mounts the reader in
/// place of the static boot skeleton of `index.html`, or says what is wrong.
pub fn mount() {
    #[cfg(debug_assertions)]
    console_error_panic_hook::set_once();
    // Leptos starts its executor when it mounts; until then, plain futures.
    wasm_bindgen_futures::spawn_local(async {
        let config = api::load_config().await;
        if let Some(boot) = document().get_element_by_id("tt-boot") {
            boot.remove();
        }
        match config {
            Ok(config) => leptos::mount::mount_to_body(move || view! { <App config /> }),
            Err(error) => leptos::mount::mount_to_body(move || view! { <ConfigError error /> }),
        }
    });
}

/// The app could not start: no usable config, or the network is down. Retry
/// starts over.
#[component]
fn ConfigError(error: ApiError) -> impl IntoView {
    provide_meta_context();
    let reload = Callback::new(|_| {
        let _ = window().location().reload();
    });
    view! {
        <Title text=t().error_title />
        <main class="tt-main tt-main--alone" id="tt-main">
            <ErrorView error on_retry=reload />
        </main>
    }
}

fn media_base(config: &Config) -> (MediaBase, BodyEnv) {
    let location = window().location();
    let here = location.href().unwrap_or_default();
    let page_origin = location.origin().unwrap_or_default();
    let page_is_https = location.protocol().is_ok_and(|p| p == "https:");
    let api_origin = web_sys::Url::new_with_base(&config.api_base, &here)
        .map(|u| u.origin())
        .unwrap_or_else(|_| page_origin.clone());
    let media = MediaBase {
        origin: api_origin.clone(),
        page_is_https,
    };
    let body = BodyEnv {
        base: format!("{api_origin}/"),
        page_origin,
        page_is_https,
    };
    (media, body)
}

/// The reader: contexts for every page, then the router.
#[component]
pub fn App(config: Config) -> impl IntoView {
    provide_meta_context();
    let (media, body_env) = media_base(&config);
    let site_name = config
        .site_name
        .clone()
        .unwrap_or_else(|| t().default_site_name.to_string());
    provide_context(config.zone);
    provide_context(body_env);
    provide_context(SiteName(site_name.clone()));
    provide_api(Api::new(config, media));
    let current = RwSignal::new(None::<String>);
    provide_context(CurrentCategory(current));
    let pending = RwSignal::new(None::<String>);
    provide_context(nav::PendingNav(pending));
    // Something the reader waits for is on its way (set by the shell).
    let loading = RwSignal::new(false);
    // Before the router: its popstate listener must run after ours.
    nav::provide_scroll_memory(loading.into());
    let formatter = move |title: String| format!("{title} - {site_name}");
    view! {
        <Title formatter />
        <Router>
            <Shell loading current=current.into() />
        </Router>
    }
}

/// Everything inside the router: menu, navigation loader, routes.
#[component]
fn Shell(loading: RwSignal<bool>, current: Signal<Option<String>>) -> impl IntoView {
    nav::install_loader();
    let api = api::use_api();
    let api_handle = expect_context::<StoredValue<Api, LocalStorage>>();
    let pending = expect_context::<nav::PendingNav>().0;
    let location = use_location();
    Effect::new(move |_| {
        let here = location.pathname.get() + &location.search.get();
        let target = pending.get().unwrap_or_default();
        loading.set(api_handle.with_value(|a| a.busy(&[&here, &target])));
    });
    let menu_open = RwSignal::new(false);
    // A new page: what was loading for the old one is moot.
    Effect::new(move |_| {
        let here = location.pathname.get() + &location.search.get();
        let target = pending.get_untracked().unwrap_or_default();
        api.abort_except(&[&here, &target, APP_SCOPE]);
        menu_open.set(false);
    });
    let online = RwSignal::new(window().navigator().on_line());
    let on = window_event_listener(leptos::ev::online, move |_| {
        online.set(true);
        api_handle.with_value(|a| a.revive());
    });
    let off = window_event_listener(leptos::ev::offline, move |_| online.set(false));
    on_cleanup(move || {
        on.remove();
        off.remove();
    });
    let categories = use_query::<Vec<Category>>(Scope::App, || Request::Categories);
    let list = Signal::derive(move || categories.get().and_then(Result::ok));
    provide_context(Categories(list));
    let site_name = use_site_name();
    view! {
        <Layout site_name categories=list current loading=loading.into() menu_open online=online.into()>
            <FlatRoutes fallback=|| view! { <NotFound /> }>
                <Route path=path!("/") view=HomePage />
                <Route path=path!("/danh-muc/:slug") view=CategoryPage />
                <Route path=path!("/tin-tuc/:slug") view=ArticlePage />
            </FlatRoutes>
        </Layout>
    }
}
