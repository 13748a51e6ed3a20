use super::list_view::ListView;
use crate::api::models::ArticlePage;
use crate::api::{use_query, Request, Scope};
use crate::app::CurrentCategory;
use crate::i18n::t;
use crate::nav;
use crate::pagination::parse_page;
use crate::routes;
use leptos::prelude::*;
use leptos_meta::{Meta, Title};
use leptos_router::hooks::use_query_map;

/// `/tim-kiem?q=…`: search results, paginated; helpful pages for an empty
/// query and for no results.
#[component]
pub fn SearchPage() -> impl IntoView {
    let query = use_query_map();
    let q = Memo::new(move |_| query.read().get("q").unwrap_or_default().trim().to_string());
    let page = Memo::new(move |_| parse_page(query.read().get("page").as_deref()));
    if let Some(c) = use_context::<CurrentCategory>() {
        Effect::new(move |_| c.0.set(None));
    }
    let title = move || match q.get() {
        s if s.is_empty() => t().search_title.to_string(),
        s => (t().search_results_for)(&s),
    };
    view! {
        <Title text=title />
        <Meta name="robots" content="noindex" />
        <section class="tt-page tt-page--list tt-search">
            <h1 class="tt-page__title">{title}</h1>
            {move || {
                let query = q.get();
                if query.is_empty() {
                    nav::content_ready();
                    view! { <p class="tt-search__hint">{t().search_empty_query}</p> }.into_any()
                } else {
                    view! { <Results q=query page /> }.into_any()
                }
            }}
        </section>
    }
}

/// The results for a non-empty query.
#[component]
fn Results(q: String, page: Memo<u32>) -> impl IntoView {
    let for_query = q.clone();
    let list = use_query::<ArticlePage>(Scope::Page, move || Request::Search {
        q: for_query.clone(),
        page: page.get(),
    });
    let href_q = q.clone();
    let href = Callback::new(move |p: u32| routes::search(&href_q, p));
    // Only a known total is a count: WordPress behind a CORS setup that
    // hides X-WP-Total gives a lower bound.
    let count = move || match list.get() {
        Some(Ok(p)) if p.total > 0 && p.total_known => {
            Some(view! { <p class="tt-search__count">{(t().search_count)(p.total)}</p> })
        }
        _ => None,
    };
    // A Memo, so a new answer patches the mounted list rather than
    // rebuilding it.
    let no_results = Memo::new(move |_| matches!(list.get(), Some(Ok(p)) if p.total == 0));
    view! {
        {count}
        {move || if no_results.get() {
            view! {
                <div class="tt-search__none">
                    <p>{(t().search_no_results)(&q)}</p>
                    <ul>{t().search_tips.iter().map(|tip| view! { <li>{*tip}</li> }).collect_view()}</ul>
                </div>
            }
            .into_any()
        } else {
            view! { <ListView list page href /> }.into_any()
        }}
    }
}
