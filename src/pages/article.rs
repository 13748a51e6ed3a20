use super::not_found::NotFound;
use crate::api::models::{Article, ArticleSummary};
use crate::api::{use_query, ApiError, Query, Request, Scope};
use crate::app::CurrentCategory;
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
    // Both are asked for together; other news does not wait for the article.
    let article = use_query::<Article>(Scope::Page, move || Request::Article(slug.get()));
    let other = use_query::<Vec<ArticleSummary>>(Scope::Page, move || Request::OtherNews(slug.get()));
    // The page's retry asks for everything that failed, not half of it.
    let retry_all = Callback::new(move |_| {
        article.retry();
        other.retry();
    });
    move || match article.get() {
        None => view! { <ArticleSkeleton /> }.into_any(),
        Some(Ok(a)) => view! { <ArticleView article=a other /> }.into_any(),
        Some(Err(ApiError::NotFound)) => view! { <NotFound article=true /> }.into_any(),
        Some(Err(e)) => view! { <ErrorView error=e on_retry=retry_all /> }.into_any(),
    }
}

/// The article and, beside or below it, the other news.
#[component]
fn ArticleView(article: Arc<Article>, other: Query<Vec<ArticleSummary>>) -> impl IntoView {
    if let Some(c) = use_context::<CurrentCategory>() {
        let slug = article.category.as_ref().map(|c| c.slug.clone());
        Effect::new(move |_| c.0.set(slug.clone()));
    }
    nav::content_ready();
    let a = (*article).clone();
    let description = a.summary.clone().unwrap_or_else(|| a.title.clone());
    let breadcrumb = a.category.map(|c| {
        view! {
            <nav class="tt-breadcrumb" aria-label=t().breadcrumb>
                <ol class="tt-breadcrumb__list">
                    <li class="tt-breadcrumb__item">
                        <a href=routes::home(1)>{t().home}</a>
                    </li>
                    <li class="tt-breadcrumb__item">
                        <a href=routes::category(&c.slug, 1)>{c.name}</a>
                    </li>
                </ol>
            </nav>
        }
    });
    let other_news = move || match other.get() {
        None => view! { <ListSkeleton rows=3 /> }.into_any(),
        Some(Ok(items)) => view! { <OtherNews items=(*items).clone() /> }.into_any(),
        Some(Err(e)) => view! { <ErrorView error=e on_retry=other.retry_callback() /> }.into_any(),
    };
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
            <aside class="tt-article-layout__aside">{other_news}</aside>
        </div>
    }
}
