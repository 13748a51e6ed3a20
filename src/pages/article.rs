//! `/tin-tuc/<slug>`: one article and "Các tin tức khác".

use super::not_found::NotFound;
use crate::api::client::query::{use_query, Query, Scope};
use crate::api::models::{Article, ArticleSummary};
use crate::api::ApiError;
use crate::components::article_body::ArticleBody;
use crate::components::error_view::ErrorView;
use crate::components::lead_photo::LeadPhoto;
#[cfg(feature = "offline")]
use crate::components::offline::{OfflineArticle, SaveSlot};
use crate::components::other_news::OtherNews;
use crate::components::publish_time::PublishTime;
use crate::components::share_bar::ShareBar;
use crate::components::skeleton::{ArticleSkeleton, ListSkeleton};
use crate::components::text_size::TextSize;
use crate::components::topics::Topics;
use crate::context::{use_categories, use_page_of, use_site};
use crate::i18n::{locale, t};
use crate::nav;
use crate::route::{self, Page, PageKind};
use crate::text;
use crate::timefmt::Zone;
use leptos::prelude::*;
use leptos_meta::{Meta, Title};
use std::sync::Arc;

/// The article page: its states (loading, shown, unknown, failed).
#[component]
pub fn ArticlePage() -> impl IntoView {
    let page = use_page_of(PageKind::Article);
    // Both are asked for together; other news does not wait for the article.
    let article = use_query(Scope::Page, move || page.with(Page::article));
    let other = use_query(Scope::Page, move || page.with(Page::other_news));
    // Asked of a backend that announces them alone.
    let categories = use_categories();
    let most_read = use_query(Scope::Page, move || {
        let offered = categories.with(|c| c.as_ref().is_some_and(|c| c.can_most_read()));
        page.with(Page::most_read).filter(|_| offered)
    });
    // The page's retry asks for everything that failed, not half of it.
    let retry_all = Callback::new(move |_| {
        article.retry();
        other.retry();
        most_read.retry();
    });
    move || match article.get() {
        None => view! {
            <Title text=t().loading />
            <ArticleSkeleton />
        }
        .into_any(),
        Some(Ok(a)) => view! { <ArticleView article=a other most_read /> }.into_any(),
        Some(Err(ApiError::NotFound)) => view! { <NotFound article=true /> }.into_any(),
        #[cfg(feature = "offline")]
        Some(Err(e)) if crate::offline::is_offline_miss(&e) => view! { <OfflineArticle /> }.into_any(),
        Some(Err(e)) => view! {
            <Title text=t().error_title />
            <ErrorView error=e on_retry=retry_all main=true />
        }
        .into_any(),
    }
}

/// The article and, beside or below it, the other news.
#[component]
fn ArticleView(
    article: Arc<Article>,
    other: Query<Vec<ArticleSummary>>,
    most_read: Query<Vec<ArticleSummary>>,
) -> impl IntoView {
    nav::scroll::content_ready();
    // "Lưu bài"'s slot (offline reading's).
    #[cfg(feature = "offline")]
    let save = view! { <SaveSlot article=article.clone() /> };
    #[cfg(not(feature = "offline"))]
    let save = ();
    let a = (*article).clone();
    // A summary that only repeats the body's first words (WordPress's
    // automatic excerpt) is not shown above the body; without a summary,
    // the body's opening describes the page to crawlers and share cards.
    let body_text = text::html_to_text(&a.body_html);
    let summary = a.summary.clone().filter(|s| !text::repeats_opening(s, &body_text));
    let description = a.description(&body_text);
    let minutes = text::reading_minutes(&body_text);
    let lead = a.lead_photo().cloned().map(|image| view! { <LeadPhoto image /> });
    // The page's public address and head tags for sharing (Open Graph,
    // Twitter cards; the server adds the JSON-LD: server/src/structured.rs).
    let site = use_site();
    let site_language = site.language;
    let lang = site_language.code();
    let origin = site.origin;
    let canonical = format!("{origin}{}", route::article(&a.slug));
    let image = a.thumbnail.as_ref().map(|i| {
        if i.url.starts_with('/') {
            format!("{origin}{}", i.url)
        } else {
            i.url.clone()
        }
    });
    let zone = use_context::<Zone>().unwrap_or_default();
    let published = a.published_at.to_rfc3339(zone);
    let modified = a.modified_at.unwrap_or(a.published_at).to_rfc3339(zone);
    let site = site.name;
    // "Cập nhật lúc …": the full time, never "5 phút trước" (it reads as
    // when, not how long ago).
    let updated = a.updated_at().map(|m| {
        view! {
            <time class="tt-article__updated" datetime=m.to_rfc3339(zone)>
                {(t().updated_at)(&m.format_in(zone, locale()))}
            </time>
        }
    });
    let share_title = a.title.clone();
    let print_url = canonical.clone();
    let card = if image.is_some() {
        "summary_large_image"
    } else {
        "summary"
    };
    // One loop per kind of tag: each distinct `view!` is code in the bundle.
    let mut properties = vec![
        ("og:type", "article".to_string()),
        ("og:locale", site_language.og_locale().to_string()),
        ("og:site_name", site.clone()),
        ("og:title", a.title.clone()),
        ("og:description", description.clone()),
        ("og:url", canonical.clone()),
        ("article:published_time", published.clone()),
        ("article:modified_time", modified),
    ];
    properties.extend(a.tags.iter().map(|t| ("article:tag", t.name.clone())));
    let mut names = vec![
        ("description", description.clone()),
        ("twitter:card", card.to_string()),
        ("twitter:title", a.title.clone()),
        ("twitter:description", description.clone()),
    ];
    if let Some(i) = &image {
        properties.push(("og:image", i.clone()));
        names.push(("twitter:image", i.clone()));
        let size = a.thumbnail.as_ref().map(|t| (t.width, t.height));
        if let Some((Some(w), Some(h))) = size {
            properties.push(("og:image:width", w.to_string()));
            properties.push(("og:image:height", h.to_string()));
        }
        if let Some(alt) = a.thumbnail.as_ref().and_then(|t| t.alt.clone()) {
            properties.push(("og:image:alt", alt));
        }
    }
    let head = view! {
        {properties.into_iter().map(|(p, c)| view! { <Meta property=p content=c /> }.into_any()).collect::<Vec<_>>()}
        {names.into_iter().map(|(n, c)| view! { <Meta name=n content=c /> }.into_any()).collect::<Vec<_>>()}
    };
    let breadcrumb = a.category.map(|c| {
        view! {
            <nav class="tt-breadcrumb" aria-label=t().breadcrumb>
                <ol class="tt-breadcrumb__list">
                    <li class="tt-breadcrumb__item">
                        <a href=route::home(1)>{t().home}</a>
                    </li>
                    <li class="tt-breadcrumb__item">
                        <a href=route::category(&c.slug, 1) lang=lang>{c.name}</a>
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
    // Nothing while it loads (most backends have none: no skeleton that
    // would only vanish) and where the backend has none (it announced them,
    // then had none).
    let most_read = move || match most_read.get() {
        Some(Ok(items)) if !items.is_empty() => {
            view! { <OtherNews items=(*items).clone() title=t().most_read id="tt-most-read-title" /> }.into_any()
        }
        None | Some(Ok(_)) | Some(Err(ApiError::NotFound)) => ().into_any(),
        Some(Err(e)) => view! { <ErrorView error=e on_retry=most_read.retry_callback() /> }.into_any(),
    };
    view! {
        <Title text=a.title.clone() />
        {head}
        <div class="tt-article-layout">
            // Its address for print's attribution (style/print.css).
            <article class="tt-article" data-url=print_url>
                {breadcrumb}
                <h1 class="tt-article__title" lang=lang>{a.title}</h1>
                <div class="tt-article__meta">
                    <span class="tt-article__times">
                        <PublishTime at=a.published_at />
                        {updated}
                        <span class="tt-article__reading">{(t().reading_time)(minutes)}</span>
                    </span>
                    <TextSize />
                </div>
                {lead}
                {save}
                {summary.map(|s| view! { <p class="tt-article__summary" lang=lang>{s}</p> })}
                <ArticleBody html=a.body_html author=a.author />
                <Topics tags=a.tags />
                <ShareBar url=canonical title=share_title />
            </article>
            <aside class="tt-article-layout__aside">{other_news}{most_read}</aside>
        </div>
    }
}
