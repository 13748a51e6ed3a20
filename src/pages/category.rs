use super::list_view::ListView;
use super::not_found::NotFound;
use crate::api::{use_query, ApiError, Request, Scope};
use crate::app::{use_categories, CurrentCategory};
use crate::i18n::t;
use crate::pagination::parse_page;
use crate::routes;
use leptos::prelude::*;
use leptos_meta::{Meta, Title};
use leptos_router::hooks::{use_params_map, use_query_map};

/// `/danh-muc/<slug>`: one category's articles, newest first.
#[component]
pub fn CategoryPage() -> impl IntoView {
    let params = use_params_map();
    let query = use_query_map();
    let slug = Memo::new(move |_| routes::decode_segment(&params.read().get("slug").unwrap_or_default()));
    let page = Memo::new(move |_| parse_page(query.read().get("page").as_deref()));
    if let Some(c) = use_context::<CurrentCategory>() {
        Effect::new(move |_| c.0.set(Some(slug.get())));
    }
    let categories = use_categories();
    // The heading comes from the menu's list; until it has loaded (or if the
    // backend lists no such category) the slug stands in.
    let category = Memo::new(move |_| {
        let s = slug.get();
        categories
            .get()
            .and_then(|cats| cats.items.iter().find(|c| c.slug == s).cloned())
    });
    let name = move || category.get().map(|c| c.name).unwrap_or_else(|| slug.get());
    let description = move || {
        category
            .get()
            .and_then(|c| c.description)
            .unwrap_or_else(|| (t().category_fallback_description)(&name()))
    };
    let list = use_query(Scope::Page, move || Request::Articles {
        category: Some(slug.get()),
        page: page.get(),
    });
    let title = move || match page.get() {
        1 => name(),
        n => format!("{} - {}", name(), (t().page_n)(n)),
    };
    let href = Callback::new(move |p: u32| routes::category(&slug.get_untracked(), p));
    // A category the backend doesn't know is the 404 page, not a list page
    // with a 404 inside it.
    let missing = Memo::new(move |_| matches!(list.get(), Some(Err(ApiError::NotFound))));
    move || {
        if missing.get() {
            view! { <NotFound /> }.into_any()
        } else {
            view! {
                <Title text=title />
                <Meta name="description" content=description />
                <section class="tt-page tt-page--list">
                    <h1 class="tt-page__title">{name}</h1>
                    <ListView list page href hide_category=true />
                </section>
            }
            .into_any()
        }
    }
}
