//! The app: loads the runtime config, then the reader under a router.

use crate::api::media::MediaBase;
use crate::api::models::CategoryList;
use crate::api::{self, provide_api, use_query, Api, ApiError, Request, Scope, APP_SCOPE};
use crate::components::article_body::BodyEnv;
use crate::components::error_view::ErrorView;
use crate::components::header_tools::Prefs;
pub use crate::components::layout::CurrentCategory;
use crate::components::layout::Layout;
use crate::config::Config;
use crate::i18n::{set_locale, t};
use crate::nav;
use crate::pages::{
    article::ArticlePage, category::CategoryPage, embed_builder::EmbedBuilderPage, home::HomePage, not_found::NotFound,
    search::SearchPage,
};
use crate::prefs;
use leptos::prelude::*;
use leptos_meta::{provide_meta_context, Title};
use leptos_router::components::{FlatRoutes, Route, Router};
use leptos_router::hooks::use_location;
use leptos_router::path;
use std::sync::Arc;
use wasm_bindgen::JsCast;

#[derive(Clone)]
struct SiteName(String);

/// The category list, for pages that need a category's name.
#[derive(Clone, Copy)]
struct Categories(Signal<Option<Arc<CategoryList>>>);

pub fn use_site_name() -> String {
    use_context::<SiteName>()
        .map(|s| s.0)
        .unwrap_or_else(|| t().default_site_name.to_string())
}

pub fn use_categories() -> Signal<Option<Arc<CategoryList>>> {
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
            Ok(config) => {
                let (media, _) = media_base(&config);
                let api = Api::new(config.clone(), media);
                launch(config, api);
            }
            Err(error) => leptos::mount::mount_to_body(move || view! { <ConfigError error /> }),
        }
    });
}

/// The mounted reader (dropping the handle unmounts it), with what it was
/// started with.
struct Running {
    handle: Box<dyn std::any::Any>,
    /// Parent of the app's reactive tree: cleaned up by hand on a remount,
    /// since closures the browser holds keep the mount's own owner alive.
    owner: Owner,
    config: Config,
    api: Api,
}

thread_local! {
    static RUNNING: std::cell::RefCell<Option<Running>> = const { std::cell::RefCell::new(None) };
}

fn launch(config: Config, api: Api) {
    set_locale(prefs::initial_locale());
    let (c, a) = (config.clone(), api.clone());
    let Some(body) = document().body() else {
        return;
    };
    let owner = Owner::new();
    let handle = owner.with(|| leptos::mount::mount_to(body, move || view! { <App config=c api=a /> }));
    RUNNING.with(|r| {
        *r.borrow_mut() = Some(Running {
            handle: Box::new(handle),
            owner,
            config,
            api,
        })
    });
}

/// Shows the reader again in the language just chosen. A remount, not a
/// reactive re-render: that would compile a second copy of the whole view
/// tree into the bundle (measured: +10 KB brotli). The api, its cache and the
/// scroll position carry over.
fn relaunch() {
    let Some(Running {
        handle,
        owner,
        config,
        api,
    }) = RUNNING.with(|r| r.borrow_mut().take())
    else {
        return;
    };
    let y = window().scroll_y().unwrap_or(0.0);
    drop(handle);
    // Every listener of the old mount goes (the router's, the loader's):
    // left behind, they would handle clicks for a router no longer shown.
    owner.cleanup();
    launch(config, api);
    request_animation_frame(move || window().scroll_to_with_x_and_y(0.0, y));
}

/// The app could not start: no usable config, or the network is down. Retry
/// starts over.
#[component]
fn ConfigError(error: ApiError) -> impl IntoView {
    provide_meta_context();
    set_locale(prefs::initial_locale());
    let reload = Callback::new(|_| {
        let _ = window().location().reload();
    });
    view! {
        <Title text=t().error_title />
        <main class="tt-main tt-main--alone" id="tt-main">
            <ErrorView error on_retry=reload main=true />
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
pub fn App(config: Config, api: Api) -> impl IntoView {
    provide_meta_context();
    let (_, body_env) = media_base(&config);
    let site_name = config
        .site_name
        .clone()
        .unwrap_or_else(|| t().default_site_name.to_string());
    provide_context(config.zone);
    provide_context(body_env);
    provide_context(SiteName(site_name.clone()));
    provide_api(api);
    let prefs = Prefs {
        locale: RwSignal::new(prefs::initial_locale()),
        theme: RwSignal::new(prefs::initial_theme()),
        text_step: RwSignal::new(prefs::initial_text_step()),
    };
    provide_context(prefs);
    // The reader's choices are remembered and applied to <html> (web/boot.js
    // applies the saved ones before the first paint).
    Effect::new(move |first: Option<()>| {
        let l = prefs.locale.get();
        prefs::apply_lang(l);
        if first.is_some() {
            prefs::save(prefs::LANG_KEY, l.code());
            // Outside this reader's own reactive work, which the remount ends.
            request_animation_frame(relaunch);
        }
    });
    Effect::new(move |first: Option<()>| {
        let th = prefs.theme.get();
        prefs::apply_theme(th);
        if first.is_some() {
            prefs::save(prefs::THEME_KEY, th.name());
        }
    });
    Effect::new(move |first: Option<()>| {
        let step = prefs.text_step.get();
        prefs::apply_text_step(step);
        if first.is_some() {
            prefs::save(prefs::TEXT_KEY, &step.to_string());
        }
    });
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
    let api_handle = expect_context::<StoredValue<Api, LocalStorage>>();
    let pending = expect_context::<nav::PendingNav>().0;
    let location = use_location();
    Effect::new(move |_| {
        location.pathname.track();
        location.search.track();
        let here = api::page_scope();
        let target = pending.get().unwrap_or_default();
        loading.set(api_handle.with_value(|a| a.busy(&[&here, &target])));
    });
    let menu_open = RwSignal::new(false);
    let categories = use_query::<CategoryList>(Scope::App, || Request::Categories);
    // A new page: what was loading for the old one is moot, and a category
    // list that failed is asked again (the menu is the way around the site;
    // otherwise only the network coming back would retry it).
    Effect::new(move |_| {
        location.pathname.track();
        location.search.track();
        let here = api::page_scope();
        let target = pending.get_untracked().unwrap_or_default();
        api_handle.with_value(|a| a.abort_except(&[&here, &target, APP_SCOPE]));
        menu_open.set(false);
        if matches!(untrack(|| categories.get()), Some(Err(_))) {
            categories.retry();
        }
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
    let list = Signal::derive(move || categories.get().and_then(Result::ok));
    provide_context(Categories(list));
    let site_name = use_site_name();
    let announce = RwSignal::new(String::new());
    // After a navigation, keyboard and screen-reader users land on the new
    // page's heading, and the new title is announced.
    Effect::new(move |first: Option<()>| {
        location.pathname.track();
        location.search.track();
        if first.is_some() {
            request_animation_frame(move || {
                if let Some(h1) = document().query_selector("main h1").ok().flatten() {
                    if !h1.has_attribute("tabindex") {
                        let _ = h1.set_attribute("tabindex", "-1");
                    }
                    if let Ok(h1) = h1.dyn_into::<web_sys::HtmlElement>() {
                        let opts = web_sys::FocusOptions::new();
                        opts.set_prevent_scroll(true);
                        let _ = h1.focus_with_options(&opts);
                    }
                }
                announce.set((t().page_loaded)(&document().title()));
            });
        }
    });
    view! {
        <Layout
            site_name
            categories=list
            current
            loading=loading.into()
            menu_open
            online=online.into()
            announce=announce.into()
        >
            <FlatRoutes fallback=|| view! { <NotFound /> }>
                <Route path=path!("/") view=HomePage />
                <Route path=path!("/danh-muc/:slug") view=CategoryPage />
                <Route path=path!("/tin-tuc/:slug") view=ArticlePage />
                <Route path=path!("/tim-kiem") view=SearchPage />
                <Route path=path!("/nhung") view=EmbedBuilderPage />
            </FlatRoutes>
        </Layout>
    }
}
