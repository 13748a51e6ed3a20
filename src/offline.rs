//! Reading without a network, the app's side. The service worker
//! (`web/sw.js`) keeps what was read; the offline module (`web/offline.js`,
//! loaded by `web/boot.js` once the page is idle, where service workers
//! exist) registers it and owns "Lưu bài", the saved and read lists and the
//! prompt of a new release, in the slots the app's views leave for it
//! (`crate::components::offline`). Their code is JavaScript fetched after
//! the first visit rather than Rust in the first visit's WASM: written in
//! Rust they made that visit 11 KB brotli heavier.
//!
//! What stays here: whether the worker is there, having it keep what the
//! page shows, and telling an article never kept from any other failure.
//! Where service workers are missing (some private modes, old browsers)
//! nothing here does anything. The readers' bundles all have it (feature
//! `offline`): a first visit runs the bundle the worker then keeps, so a
//! page the worker takes over during that visit (its first install) can
//! keep what it reads from then on, and the next visit downloads nothing
//! more. (Only the snippet builder's bundle goes without.)

#[cfg(target_arch = "wasm32")]
fn tt(name: &str) -> wasm_bindgen::JsValue {
    use js_sys::Reflect;
    Reflect::get(&leptos::prelude::window(), &"__tt".into())
        .and_then(|tt| Reflect::get(&tt, &name.into()))
        .unwrap_or_default()
}

/// Whether the service worker took this page over after it loaded (its
/// first install): what the page showed was fetched without it.
pub fn claimed() -> bool {
    #[cfg(target_arch = "wasm32")]
    return tt("claimed").is_truthy();
    #[cfg(not(target_arch = "wasm32"))]
    false
}

/// Whether a service worker controls this page now (from its load, or since
/// its first install took the page over): its requests go through it, and
/// what they fetch is kept. Never on the server, nor in a build without
/// the feature.
pub fn controlled() -> bool {
    #[cfg(target_arch = "wasm32")]
    return cfg!(feature = "offline")
        && js_sys::Reflect::get(&leptos::prelude::window().navigator(), &"serviceWorker".into())
            .and_then(|sw| js_sys::Reflect::get(&sw, &"controller".into()))
            .is_ok_and(|c| c.is_truthy());
    #[cfg(not(target_arch = "wasm32"))]
    false
}

/// Has the service worker keep what `page` shows: asked again through it
/// (an answer fetched before it controlled the page, or by the server, was
/// never seen by it), in the next task (once the app runs: its requests
/// need the app's executor).
pub fn keep_page(client: &crate::api::client::Client, page: &crate::route::Page) {
    let (client, reqs, scope) = (client.clone(), page.requests(), page.href());
    leptos::prelude::set_timeout(
        move || {
            for r in &reqs {
                client.refresh(r, &scope);
            }
        },
        std::time::Duration::ZERO,
    );
}

/// Whether a failure means: offline, and this was never kept here.
pub fn is_offline_miss(e: &crate::api::ApiError) -> bool {
    #[cfg(target_arch = "wasm32")]
    return controlled()
        && e.kind() == crate::api::ErrorKind::Offline
        && !leptos::prelude::window().navigator().on_line();
    #[cfg(not(target_arch = "wasm32"))]
    {
        let _ = e;
        false
    }
}
