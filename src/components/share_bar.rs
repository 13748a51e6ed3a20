use crate::i18n::t;
use crate::percent::encode;
use leptos::prelude::*;

/// Share this page: Facebook, Zalo, X, copy the link, or the device's own
/// share sheet where the browser has one. Plain links (no third-party
/// script on the page).
#[component]
pub fn ShareBar(url: String, title: String) -> impl IntoView {
    let u = encode(&url);
    let text = encode(&title);
    let networks = [
        ("Facebook", format!("https://www.facebook.com/sharer/sharer.php?u={u}")),
        ("Zalo", format!("https://sp.zalo.me/share?url={u}")),
        ("X", format!("https://x.com/intent/post?url={u}&text={text}")),
    ];
    let copied = RwSignal::new(false);
    let copy_url = url.clone();
    let copy = move |_| {
        // Cleared first, so a second copy is announced again.
        copied.set(false);
        let text = copy_url.clone();
        leptos::task::spawn_local(async move {
            if crate::clipboard::copy(&text).await {
                copied.set(true);
            }
        });
    };
    // The server can't know: the device's sheet is offered once the app runs.
    #[cfg(target_arch = "wasm32")]
    let can_share = js_sys::Reflect::has(&window().navigator(), &"share".into()).unwrap_or(false);
    #[cfg(not(target_arch = "wasm32"))]
    let can_share = false;
    let device = can_share.then(|| {
        let (url, title) = (url.clone(), title.clone());
        view! {
            <button
                class="tt-button tt-button--link"
                type="button"
                on:click=move |_| {
                    let data = web_sys::ShareData::new();
                    data.set_url(&url);
                    data.set_title(&title);
                    // The reader may cancel the sheet: nothing to report.
                    let _ = window().navigator().share_with_data(&data);
                }
            >
                {t().share_device}
            </button>
        }
    });
    view! {
        <div class="tt-share" role="group" aria-label=t().share>
            <span class="tt-share__label" aria-hidden="true">{t().share}":"</span>
            {networks
                .into_iter()
                .map(|(name, href)| {
                    view! {
                        <a
                            class="tt-button tt-button--link"
                            href=href
                            target="_blank"
                            rel="noopener noreferrer"
                            aria-label=(t().share_on)(name)
                        >
                            {name}
                        </a>
                    }
                    .into_any()
                })
                .collect::<Vec<_>>()}
            <button class="tt-button tt-button--link" type="button" on:click=copy>{t().copy_link}</button>
            {device}
            <p class="tt-share__done tt-status" role="status" aria-live="polite">
                {move || copied.get().then(|| t().link_copied)}
            </p>
        </div>
    }
}
