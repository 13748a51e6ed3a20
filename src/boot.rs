//! The browser's entry: reads the config (embedded in a server-rendered page,
//! or `config.json`), builds the data stack, and mounts the reader in place
//! of what the page showed before (the server's markup, or `index.html`'s
//! skeleton), or says what is wrong with the config. A language switch
//! remounts it.

use crate::api::abort::Abort;
use crate::api::backend::AnyBackend;
use crate::api::client::{Client, Env};
use crate::api::decode::decode_for;
use crate::api::media::MediaBase;
use crate::api::transport::browser::Browser;
use crate::api::transport::Transport;
use crate::api::ApiError;
use crate::app::{App, Setup};
use crate::clock;
use crate::components::error_view::ErrorView;
use crate::config::Config;
use crate::embed;
use crate::i18n::{set_locale, t};
use crate::prefs;
use crate::route::Page;
use leptos::prelude::*;
use leptos_meta::{provide_meta_context, Title};

/// Reads `config.json` from beside `index.html`.
pub async fn load_config() -> Result<Config, ApiError> {
    let reply = Browser { timeout_ms: 10_000 }
        .get("/config.json", &Abort::new())
        .await
        .map_err(|e| match e {
            ApiError::NotFound => ApiError::Config("config.json is missing".into()),
            ApiError::Status { code, .. } => ApiError::Config(format!("config.json: HTTP {code}")),
            other => other,
        })?;
    Config::from_json(&reply.text).map_err(ApiError::Config)
}

/// Entry point for `main`. A page the server rendered carries its config
/// and data: the app rebuilds it from them in one go. A static host's page
/// is a skeleton: the app reads `config.json` first.
pub fn mount() {
    #[cfg(debug_assertions)]
    console_error_panic_hook::set_once();
    crate::nav::address::clean();
    crate::nav::address::note_opened_at();
    if let Some(start) = embed::read() {
        match Config::from_json(&start.config)
            .map_err(ApiError::Config)
            .and_then(setup)
        {
            Ok(setup) => return take_over(setup, start),
            Err(e) => {
                leptos::logging::warn!("tintuc: the page's embedded config is unusable ({e}); reading config.json")
            }
        }
    }
    // Leptos starts its executor when it mounts; until then, plain futures.
    wasm_bindgen_futures::spawn_local(async {
        let setup = load_config().await.and_then(setup);
        clear_static_page();
        match setup {
            Ok(setup) => launch(setup),
            Err(error) => leptos::mount::mount_to_body(move || view! { <ConfigError error /> }),
        }
    });
}

/// Starts from the server's page: its answers go into the cache (as of the
/// server's clock), and the app replaces the server's markup within one
/// task, so nothing is painted in between: the same page, now live.
fn take_over(setup: Setup, start: embed::Start) {
    let location = window().location();
    let page = Page::parse(
        &location.pathname().unwrap_or_default(),
        &location.search().unwrap_or_default(),
    );
    let media = setup.media();
    clock::frozen(start.now_ms, || {
        for (req, answer) in page.requests().iter().zip(start.answers) {
            match answer {
                Some(Ok((text, fingerprint))) => match decode_for(req, &text, &media) {
                    Ok(value) => setup.client.seed(req, value, fingerprint, start.copy_at),
                    Err(e) => leptos::logging::warn!("tintuc: embedded answer unreadable ({e}); asking again"),
                },
                Some(Err(e)) => setup.client.seed_error(req, e),
                None => {}
            }
        }
        let y = window().scroll_y().unwrap_or(0.0);
        clear_static_page();
        // The server fetched this page's answers, not the service worker:
        // they are asked again through it at once, so the page reads
        // offline in the app too (the worker kept the page itself as it
        // came, but drops those copies with a new release).
        if crate::offline::controlled() {
            crate::offline::keep_page(&setup.client, &page);
        }
        launch(setup);
        window().scroll_to_with_x_and_y(0.0, y);
        // When the app took over (the tests hold the page's paints to it).
        crate::perf::mark("tt:takeover");
    });
}

/// Removes what `index.html` (or the server) put between the `tt:app` and
/// `tt:meta` markers: the app renders its own.
fn clear_static_page() {
    let doc = document();
    if let Some(body) = doc.body() {
        remove_between(&body, "tt:app");
    }
    if let Some(head) = doc.head() {
        remove_between(&head, "tt:meta");
    }
}

/// Removes the nodes of `parent` from the comment `<!--{name}-->` to
/// `<!--/{name}-->`, both included.
fn remove_between(parent: &web_sys::Node, name: &str) {
    let end = format!("/{name}");
    let mut inside = false;
    let mut node = parent.first_child();
    while let Some(n) = node {
        node = n.next_sibling();
        let marker = (n.node_type() == web_sys::Node::COMMENT_NODE)
            .then(|| n.node_value().unwrap_or_default())
            .map(|v| v.trim().to_string());
        if marker.as_deref() == Some(name) {
            inside = true;
        }
        if inside {
            let _ = parent.remove_child(&n);
        }
        if marker.as_deref() == Some(end.as_str()) {
            return;
        }
    }
}

/// What the app starts with, read off the page's own address.
fn setup(config: Config) -> Result<Setup, ApiError> {
    let location = window().location();
    let here = location.href().unwrap_or_default();
    let origin = config
        .site_url
        .clone()
        .unwrap_or_else(|| location.origin().unwrap_or_default());
    let page_is_https = location.protocol().is_ok_and(|p| p == "https:");
    let api_origin = web_sys::Url::new_with_base(&config.api_base, &here)
        .map(|u| u.origin())
        .unwrap_or_else(|_| location.origin().unwrap_or_default());
    let media = MediaBase {
        origin: api_origin.clone(),
        page_is_https,
    };
    let backend = AnyBackend::new(
        &config,
        media,
        Browser {
            timeout_ms: config.request_timeout_ms,
        },
    )?;
    let client = Client::new(backend, Env::system(config.cache_fresh_ms));
    Ok(Setup {
        config,
        client,
        origin,
        api_origin,
        page_is_https,
    })
}

/// The mounted reader (dropping the handle unmounts it), with what it was
/// started with.
struct Running {
    handle: Box<dyn std::any::Any>,
    /// Parent of the app's reactive tree: cleaned up by hand on a remount,
    /// since closures the browser holds keep the mount's own owner alive.
    owner: Owner,
    setup: Setup,
}

thread_local! {
    static RUNNING: std::cell::RefCell<Option<Running>> = const { std::cell::RefCell::new(None) };
}

fn launch(setup: Setup) {
    set_locale(prefs::initial_locale(setup.config.language));
    let s = setup.clone();
    let Some(body) = document().body() else {
        return;
    };
    let owner = Owner::new();
    let handle = owner.with(|| leptos::mount::mount_to(body, move || view! { <App setup=s on_locale=relaunch /> }));
    RUNNING.with(|r| {
        *r.borrow_mut() = Some(Running {
            handle: Box::new(handle),
            owner,
            setup,
        })
    });
}

/// Shows the reader again in the language just chosen. A remount, not a
/// reactive re-render: that would compile a second copy of the whole view
/// tree into the bundle (measured: +10 KB brotli). The client, its cache
/// and the scroll position carry over.
fn relaunch() {
    // Outside the reader's own reactive work, which the remount ends.
    request_animation_frame(|| {
        let Some(Running { handle, owner, setup }) = RUNNING.with(|r| r.borrow_mut().take()) else {
            return;
        };
        let y = window().scroll_y().unwrap_or(0.0);
        drop(handle);
        // Every listener of the old mount goes (the router's, the loader's):
        // left behind, they would handle clicks for a router no longer shown.
        owner.cleanup();
        launch(setup);
        request_animation_frame(move || window().scroll_to_with_x_and_y(0.0, y));
    });
}

/// The app could not start: no usable config, or the network is down. Retry
/// starts over.
#[component]
fn ConfigError(error: ApiError) -> impl IntoView {
    provide_meta_context();
    set_locale(prefs::initial_locale(crate::i18n::Locale::Vi));
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
