//! What offline reading shows (`crate::offline` keeps the lists): a copy's
//! age ("Cập nhật lúc 14:05"), the "Lưu bài" button, a list of saved or
//! read articles, the page for an article never kept here, and the prompt
//! a new release waits behind ("Có phiên bản mới – Tải lại").

use super::article_card::ArticleCard;
use crate::api::models::{Article, ArticleSummary};
use crate::i18n::{locale, t};
use crate::offline;
use crate::route;
use crate::timefmt::{Timestamp, Zone};
use leptos::prelude::*;
use leptos_meta::{Meta, Title};
use std::sync::Arc;

/// "Cập nhật lúc 14:05" under what is shown from a copy the service worker
/// kept; nothing while it is live.
/// (One text that empties, not an element that comes and goes: the
/// smaller bundle.)
#[component]
pub fn CopyNote(#[prop(into)] at: Signal<Option<f64>>) -> impl IntoView {
    let zone = use_context::<Zone>().unwrap_or_default();
    let text = move || {
        at.get()
            .map(|ms| {
                let ts = |ms: f64| Timestamp::from_unix((ms / 1000.0) as i64);
                (t().updated_at)(&ts(ms).fetched_at(ts(crate::clock::now_ms()), zone, locale()))
            })
            .unwrap_or_default()
    };
    view! { <p class="tt-copy tt-status">{text}</p> }
}

/// What an article shows of offline reading, where pages can be kept
/// (nothing elsewhere: copies come only from the service worker): whether
/// it is a copy, and "Lưu bài". Type-erased: the article's own view stays
/// as it was.
pub fn article_tools(article: Arc<Article>, copy: Signal<Option<f64>>, urls: Callback<(), Vec<String>>) -> AnyView {
    if !offline::supported() {
        return ().into_any();
    }
    view! {
        <div class="tt-article__offline">
            <CopyNote at=copy />
            <SaveButton article urls />
        </div>
    }
    .into_any()
}

/// "Lưu bài" / "Bỏ lưu": keeps the article (its answers and its photos, as
/// loaded) for reading without a network. `urls`: where it was read from.
#[component]
pub fn SaveButton(article: Arc<Article>, urls: Callback<(), Vec<String>>) -> impl IntoView {
    let saved = offline::use_saved();
    let slug = article.slug.clone();
    let is_saved = Memo::new(move |_| saved.with(|s| s.iter().any(|a| a.slug == slug)));
    let done = RwSignal::new(false);
    let toggle = move |_| {
        if is_saved.get_untracked() {
            offline::unsave(saved, &article.slug);
            done.set(false);
        } else {
            offline::save(saved, &article, urls.run(()), photos());
            done.set(true);
        }
    };
    view! {
        <button class="tt-button tt-button--link tt-save" type="button" on:click=toggle>
            {move || if is_saved.get() { t().unsave_article } else { t().save_article }}
        </button>
        <p class="tt-save__done tt-status" role="status">
            {move || done.get().then(|| t().article_saved)}
        </p>
    }
}

/// The article's photos, as the browser chose them (or will).
fn photos() -> Vec<String> {
    #[cfg(target_arch = "wasm32")]
    {
        use wasm_bindgen::JsCast;
        let Ok(list) = document().query_selector_all(".tt-article img") else {
            return Vec::new();
        };
        (0..list.length())
            .filter_map(|i| list.item(i)?.dyn_into::<web_sys::Element>().ok())
            .filter_map(|img| {
                let current = js_sys::Reflect::get(&img, &"currentSrc".into()).ok()?.as_string();
                current.filter(|s| !s.is_empty()).or_else(|| img.get_attribute("src"))
            })
            .collect()
    }
    #[cfg(not(target_arch = "wasm32"))]
    Vec::new()
}

/// Saved or read articles, as cards.
#[component]
pub fn SavedCards(items: Vec<ArticleSummary>) -> impl IntoView {
    view! {
        <div class="tt-list">
            <div class="tt-list__items">
                {items.into_iter().map(|a| view! { <ArticleCard article=a /> }).collect_view()}
            </div>
        </div>
    }
}

/// An article asked for offline that was never opened nor saved here: say
/// so, and lead to what can be read.
#[component]
pub fn OfflineArticle() -> impl IntoView {
    Effect::new(|_| crate::nav::scroll::content_ready());
    let read = offline::list(offline::READ_KEY);
    view! {
        <Title text=t().offline_article_title />
        <Meta name="robots" content="noindex" />
        <section class="tt-page tt-notfound" data-status="offline">
            <h1 class="tt-page__title">{t().offline_article_title}</h1>
            <p class="tt-notfound__body">{t().offline_article_body}</p>
            <a class="tt-button tt-button--primary tt-notfound__home" href=route::saved()>
                {t().offline_article_link}
            </a>
            <a class="tt-button tt-button--link" href=route::home(1)>{t().back_home}</a>
        </section>
        {(!read.is_empty()).then(|| view! {
            <section class="tt-page">
                <h2 class="tt-page__title">{t().recently_read}</h2>
                <SavedCards items=read />
            </section>
        })}
    }
}

/// "Có phiên bản mới – Tải lại": a new release waits; reloading starts it.
#[component]
pub fn UpdatePrompt() -> impl IntoView {
    let ready = offline::update_ready();
    view! {
        <div class="tt-update" hidden=move || !ready.get()>
            <p class="tt-update__text">{t().update_ready}</p>
            <button class="tt-button tt-button--primary" type="button" on:click=|_| offline::update()>
                {t().update_reload}
            </button>
        </div>
    }
}
