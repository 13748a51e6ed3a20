//! `/tim-kiem?q=…`: search results, paginated; helpful pages for an empty
//! query and for no results.

use super::list_view::ListView;
use crate::api::client::query::{use_query, Scope};
use crate::context::use_page_of;
use crate::i18n::t;
use crate::nav;
use crate::route::{Page, PageKind};
use leptos::prelude::*;
use leptos_meta::{Meta, Title};

/// The search page: a hint without a query, else the results.
#[component]
pub fn SearchPage() -> impl IntoView {
    let page = use_page_of(PageKind::Search);
    let q = Memo::new(move |_| match page.get() {
        Page::Search { q, .. } => q,
        _ => String::new(),
    });
    let title = move || match q.get() {
        s if s.is_empty() => t().search_title.to_string(),
        s => (t().search_results_for)(&s),
    };
    view! {
        <Title text=title />
        <Meta name="robots" content="noindex" />
        <section class="tt-page tt-search">
            <h1 class="tt-page__title">{title}</h1>
            {move || {
                let query = q.get();
                if query.is_empty() {
                    nav::scroll::content_ready();
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
fn Results(q: String, page: Memo<Page>) -> impl IntoView {
    let list = use_query(Scope::Page, move || page.with(Page::list));
    let number = Memo::new(move |_| page.with(Page::page_number));
    let href = Callback::new(move |n| page.with_untracked(|p| p.at_page(n).href()));
    let terms = Some(std::sync::Arc::new(tintuc_fold::words(&q)));
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
                    <ul>{t().search_tips.iter().map(|tip| view! { <li>{*tip}</li> }.into_any()).collect::<Vec<_>>()}</ul>
                </div>
            }
            .into_any()
        } else {
            view! { <ListView list page=number.into() href terms=terms.clone() /> }.into_any()
        }}
    }
}
