use super::not_found::NotFound;
use crate::api::models::{Article, ArticleSummary};
use crate::api::{use_resource, ApiError, ApiResource, Scope};
use crate::app::{CurrentCategory, PageLoading};
use crate::components::article_body::ArticleBody;
use crate::components::error_view::ErrorView;
use crate::components::other_news::OtherNews;
use crate::components::publish_time::PublishTime;
use crate::components::skeleton::{ArticleSkeleton, ListSkeleton};
use crate::i18n::t;
use crate::nav;
use crate::routes;
use leptos::prelude::*;
use leptos_meta::{Meta, Title};
use leptos_router::hooks::use_params_map;
use std::sync::Arc;

/// `/tin-tuc/<slug>`: one article and "Các tin tức khác".
#[component]
pub fn ArticlePage() -> impl IntoView {
    let params = use_params_map();
    let slug = Memo::new(move |_| routes::decode_segment(&params.read().get("slug").unwrap_or_default()));
    // Both requests start together; other news does not wait for the article.
    let article = use_resource(Scope::Page, move |api, abort| {
        let s = slug.get();
        async move { api.article(&s, &abort).await }
    });
    let other = use_resource(Scope::Page, move |api, abort| {
        let s = slug.get();
        async move { api.other_news(&s, &abort).await }
    });
    // The page's retry asks for everything that failed, not half of it.
    let retry_all = Callback::new(move |_| {
        article.retry();
        other.retry();
    });
    let loading = expect_context::<PageLoading>().0;
    // A page left while loading must not leave the bar running.
    on_cleanup(move || loading.set(false));
    view! {
        <Transition fallback=|| view! { <ArticleSkeleton /> } set_pending=loading>
            {move || Suspend::new(async move {
                match article.value().await {
                    Ok(a) => view! { <ArticleView article=a other /> }.into_any(),
                    Err(ApiError::NotFound) => view! { <NotFound article=true /> }.into_any(),
                    Err(e) => view! { <ErrorView error=e on_retry=retry_all /> }.into_any(),
                }
            })}
        </Transition>
    }
}

/// The article and, beside or below it, the other news.
#[component]
fn ArticleView(article: Arc<Article>, other: ApiResource<Vec<ArticleSummary>>) -> impl IntoView {
    if let Some(c) = use_context::<CurrentCategory>() {
        c.0.set(article.category.as_ref().map(|c| c.slug.clone()));
    }
    Effect::new(|_| nav::content_ready());
    let a = (*article).clone();
    let description = a.summary.clone().unwrap_or_else(|| a.title.clone());
    let breadcrumb = a.category.map(|c| {
        view! {
            <nav class="tt-breadcrumb" aria-label=t().breadcrumb>
                <ol class="tt-breadcrumb__list">
                    <li class="tt-breadcrumb__item"><a href=routes::home(1)>{t().home}</a></li>
                    <li class="tt-breadcrumb__item">
                        <a href=routes::category(&c.slug, 1)>{c.name}</a>
                    </li>
                </ol>
            </nav>
        }
    });
    view! {
        <Title text=a.title.clone() />
        <Meta name="description" content=description />
        <div class="tt-article-layout">
            <article class="tt-article">
                {breadcrumb}
                <h1 class="tt-article__title">{a.title}</h1>
                <p class="tt-article__meta">
                    <PublishTime at=a.published_at />
                </p>
                {a.summary.map(|s| view! { <p class="tt-article__summary">{s}</p> })}
                <ArticleBody html=a.body_html author=a.author />
            </article>
            <aside class="tt-article-layout__aside">
                <Suspense fallback=|| view! { <ListSkeleton rows=3 /> }>
                    {move || Suspend::new(async move {
                        match other.value().await {
                            Ok(items) => view! { <OtherNews items=(*items).clone() /> }.into_any(),
                            Err(e) => view! { <ErrorView error=e on_retry=other.retry_callback() /> }.into_any(),
                        }
                    })}
                </Suspense>
            </aside>
        </div>
    }
}
