//! `/nhung`: the snippet builder for partner sites.

use crate::context::{use_categories, use_site};
use crate::i18n::t;
use crate::nav;
use crate::snippet::{LimitField, Pick, Pinned, LIMIT_DEFAULT, LIMIT_MAX};
use leptos::prelude::*;
use leptos_meta::Title;
use wasm_bindgen::JsCast;

/// Loads widget.js (for the live preview) and the page's own stylesheet,
/// once: plain elements, cheaper in bytes than a component for each.
#[cfg(target_arch = "wasm32")]
fn load_builder_assets() {
    let doc = document();
    if doc
        .query_selector("script[data-tintuc-widget]")
        .ok()
        .flatten()
        .is_some()
    {
        return;
    }
    let Some(head) = doc.head() else { return };
    for (tag, attrs) in [
        ("script", [("src", "/widget.js"), ("data-tintuc-widget", "")]),
        ("link", [("rel", "stylesheet"), ("href", "/embed-builder.css")]),
    ] {
        if let Ok(el) = doc.create_element(tag) {
            for (k, v) in attrs {
                let _ = el.set_attribute(k, v);
            }
            let _ = head.append_child(&el);
        }
    }
}

/// `/nhung`: partners pick what to show, see it live, and copy a snippet.
#[component]
pub fn EmbedBuilderPage() -> impl IntoView {
    nav::scroll::content_ready();
    #[cfg(target_arch = "wasm32")]
    load_builder_assets();
    let categories = use_categories();
    let pick = RwSignal::new(Pick {
        category: String::new(),
        limit: LIMIT_DEFAULT,
        cards: false,
        theme: "auto",
        show_time: true,
        new_tab: false,
    });
    // What the count field holds, said beside it when it is not what the
    // snippet uses.
    let limit = RwSignal::new(LimitField::Fits(LIMIT_DEFAULT));
    let limit_note = move || match limit.get() {
        LimitField::Fits(_) => None,
        LimitField::Empty => Some((t().embed_limit_default)(LIMIT_DEFAULT)),
        LimitField::Out(n) => Some((t().embed_limit_out)(n)),
    };
    let site = use_site();
    let portal = site.origin;
    let frame_policy = format!("frame-src {portal}");
    // The pinned version the build offers (/widget.json), if it offers one.
    let pinned = RwSignal::new(None::<Pinned>);
    #[cfg(target_arch = "wasm32")]
    leptos::task::spawn_local(async move {
        use crate::api::transport::Transport;
        let got = crate::api::transport::browser::Browser { timeout_ms: 10_000 }
            .get("/widget.json", &crate::api::abort::Abort::new())
            .await;
        pinned.set(got.ok().and_then(|r| Pinned::from_json(&r.text)));
    });
    let preview = NodeRef::<leptos::html::Div>::new();
    // The preview is a real <tintuc-news>, rebuilt from the picks with DOM
    // calls (category slugs come from the backend: never through markup).
    Effect::new(move |_| {
        let p = pick.get();
        let Some(box_) = preview.get() else { return };
        box_.set_text_content(None);
        if let Ok(w) = document().create_element("tintuc-news") {
            for (k, v) in p.attrs() {
                let _ = w.set_attribute(k, &v);
            }
            let _ = box_.append_child(&w);
        }
    });
    let copied = RwSignal::new("");
    let copy = move |which: &'static str, text: String| {
        // Cleared first, so a second copy is announced again.
        copied.set("");
        leptos::task::spawn_local(async move {
            if crate::clipboard::copy(&text).await {
                copied.set(which);
            }
        });
    };
    let portal_a = portal.clone();
    let portal_p = portal.clone();
    let script = Memo::new(move |_| pick.get().script_snippet(&portal_a));
    let pinned_snippet = Memo::new(move |_| pinned.get().map(|p| pick.get().pinned_snippet(&portal_p, &p)));
    let iframe = Memo::new(move |_| pick.get().iframe_snippet(&portal, t().embed_iframe_title));
    let value = |e: &leptos::ev::Event| -> String {
        e.target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok().map(|i| i.value()))
            .or_else(|| {
                e.target()
                    .and_then(|t| t.dyn_into::<web_sys::HtmlSelectElement>().ok().map(|s| s.value()))
            })
            .unwrap_or_default()
    };
    let checked = |e: &leptos::ev::Event| {
        e.target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
            .is_some_and(|i| i.checked())
    };
    let options = move || {
        categories.get().map(|c| {
            c.items
                .iter()
                .map(|c| view! { <option value=c.slug.clone()>{c.name.clone()}</option> })
                .collect_view()
        })
    };
    view! {
        <Title text=t().embed_title />
        <section class="tt-page tt-embed">
            <h1 class="tt-page__title">{t().embed_title}</h1>
            <p>{t().embed_intro}</p>
            <div class="tt-embed__layout">
                <form class="tt-embed__form" on:submit=|e| e.prevent_default()>
                    <label>
                        {t().embed_what}
                        <select on:change=move |e| pick.update(|p| p.category = value(&e))>
                            <option value="">{t().latest_news}</option>
                            {options}
                        </select>
                    </label>
                    <label>
                        {t().embed_count}
                        <input
                            type="number"
                            min="1"
                            max=LIMIT_MAX
                            value=LIMIT_DEFAULT
                            aria-describedby="tt-embed-limit"
                            on:input=move |e| {
                                let field = LimitField::read(&value(&e));
                                limit.set(field);
                                pick.update(|p| p.limit = field.used());
                            }
                        />
                    </label>
                    <p class="tt-embed__note" id="tt-embed-limit" aria-live="polite">{limit_note}</p>
                    <label>
                        {t().embed_theme}
                        <select on:change=move |e| {
                            let v = value(&e);
                            pick.update(|p| p.theme = match v.as_str() { "light" => "light", "dark" => "dark", _ => "auto" });
                        }>
                            <option value="auto">{t().embed_theme_auto}</option>
                            <option value="light">{t().theme_to_light}</option>
                            <option value="dark">{t().theme_to_dark}</option>
                        </select>
                    </label>
                    <label class="tt-embed__check">
                        <input type="checkbox" on:change=move |e| pick.update(|p| p.cards = checked(&e)) />
                        {t().embed_cards}
                    </label>
                    <label class="tt-embed__check">
                        <input type="checkbox" checked on:change=move |e| pick.update(|p| p.show_time = checked(&e)) />
                        {t().embed_show_time}
                    </label>
                    <label class="tt-embed__check">
                        <input type="checkbox" on:change=move |e| pick.update(|p| p.new_tab = checked(&e)) />
                        {t().embed_new_tab}
                    </label>
                </form>
                <div class="tt-embed__preview" node_ref=preview aria-label=t().embed_preview></div>
            </div>
            <h2>{t().embed_script}</h2>
            <pre class="tt-embed__code" data-snippet="script"><code>{script}</code></pre>
            <button class="tt-button tt-button--link" type="button" on:click=move |_| copy("script", script.get())>
                {t().copy_link_snippet}
            </button>
            {move || pinned_snippet.get().map(|text| {
                let copied_text = text.clone();
                view! {
                    <h2>{t().embed_pinned}</h2>
                    <p>{t().embed_pinned_note}</p>
                    <pre class="tt-embed__code" data-snippet="pinned"><code>{text}</code></pre>
                    <button class="tt-button tt-button--link" type="button" on:click=move |_| copy("pinned", copied_text.clone())>
                        {t().copy_link_snippet}
                    </button>
                }
            })}
            <h2>{t().embed_iframe}</h2>
            <pre class="tt-embed__code" data-snippet="iframe"><code>{iframe}</code></pre>
            <button class="tt-button tt-button--link" type="button" on:click=move |_| copy("iframe", iframe.get())>
                {t().copy_link_snippet}
            </button>
            <h2>{t().embed_csp}</h2>
            <p>{t().embed_csp_note}</p>
            <pre class="tt-embed__code" data-snippet="csp"><code>{site.partner_policy}</code></pre>
            <p>{t().embed_csp_iframe}</p>
            <pre class="tt-embed__code" data-snippet="csp-iframe"><code>{frame_policy}</code></pre>
            <p class="tt-status" role="status" aria-live="polite">
                {move || (!copied.get().is_empty()).then(|| t().snippet_copied)}
            </p>
        </section>
    }
}
