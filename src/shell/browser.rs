//! The shell's ties to the browser: online or not (and asking again when the
//! network comes back), focus and announcement after a navigation, and what
//! the offline module asks of the app.

#[cfg(target_arch = "wasm32")]
use crate::api::client::query::use_client;
#[cfg(target_arch = "wasm32")]
use crate::route::Page;
use leptos::prelude::*;

/// What the offline module (`web/offline.js`, see `crate::offline`) asks of
/// the app. When the service worker takes this page over (its first
/// install; boot.js notes one that did before the shell was here), what the
/// page shows was fetched without it: asked again, to be kept. And
/// `tt-sources`: which backend URLs the page was read from (saving an
/// article keeps its answers), written into the event's `detail.urls`.
#[cfg(target_arch = "wasm32")]
pub(super) fn offline_hooks(client: StoredValue<crate::api::client::Client, LocalStorage>, page: Memo<Page>) {
    // (In every build: the first visit's bundle is the one running when the
    // worker first takes a page over.)
    let keep = move || client.with_value(|c| crate::offline::keep_page(c, &page.get_untracked()));
    if crate::offline::claimed() {
        keep();
    }
    let controlled = window_event_listener_untyped("tt-controlled", move |_| keep());
    on_cleanup(move || controlled.remove());
    #[cfg(feature = "offline")]
    {
        let sources = window_event_listener_untyped("tt-sources", move |e| {
            let mut urls = String::new();
            client.with_value(|c| {
                page.with_untracked(|p| {
                    for r in p.requests() {
                        c.sources(&r, &mut urls);
                    }
                })
            });
            if let Ok(detail) = js_sys::Reflect::get(&e, &"detail".into()) {
                let _ = js_sys::Reflect::set(&detail, &"urls".into(), &urls.into());
            }
        });
        on_cleanup(move || sources.remove());
    }
}

/// Whether the browser is online, and what screen readers are told after a
/// navigation. After one, keyboard and screen-reader users land on the new
/// page's heading, and its title is announced.
/// When the network is back, how long before what is shown is asked again
/// once more.
#[cfg(target_arch = "wasm32")]
const REVIVE_AGAIN_MS: u64 = 2_000;

pub(super) fn browser_status(here: Memo<String>) -> (Signal<bool>, Signal<String>) {
    let announce = RwSignal::new(String::new());
    #[cfg(target_arch = "wasm32")]
    {
        use crate::i18n::t;
        use wasm_bindgen::JsCast;
        let client = use_client();
        let online = RwSignal::new(window().navigator().on_line());
        let on = window_event_listener(leptos::ev::online, move |_| {
            online.set(true);
            client.with_value(|c| c.revive());
            // And a moment later: the first requests after the network
            // returns often still fail (through the service worker: its
            // copy again). Copies are never fresh, so they are asked again;
            // live answers are, and are not.
            if cfg!(feature = "offline") {
                set_timeout(
                    // (The app may have been remounted meanwhile.)
                    move || {
                        client.try_with_value(|c| c.revive());
                    },
                    std::time::Duration::from_millis(REVIVE_AGAIN_MS),
                );
            }
        });
        let off = window_event_listener(leptos::ev::offline, move |_| online.set(false));
        on_cleanup(move || {
            on.remove();
            off.remove();
        });
        Effect::new(move |first: Option<()>| {
            here.track();
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
                    // (The app may have been remounted meanwhile.)
                    announce.try_set((t().page_loaded)(&document().title()));
                });
            }
        });
        (online.into(), announce.into())
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        let _ = here;
        (Signal::stored(true), announce.into())
    }
}
