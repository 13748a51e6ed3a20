//! `/danh-muc/<slug>`: one category's articles, newest first.

use super::list_view::ListView;
use super::not_found::NotFound;
use crate::api::client::query::{use_query, Scope};
use crate::api::ApiError;
use crate::context::{use_categories, use_page_of};
use crate::i18n::t;
use crate::route::{Page, PageKind};
use leptos::prelude::*;
use leptos_meta::{Meta, Title};

/// A category's list, named from the menu's list of categories.
#[component]
pub fn CategoryPage() -> impl IntoView {
    let page = use_page_of(PageKind::Category);
    let slug = Memo::new(move |_| match page.get() {
        Page::Category { slug, .. } => slug,
        _ => String::new(),
    });
    let number = Memo::new(move |_| page.with(Page::page_number));
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
    let list = use_query(Scope::Page, move || page.with(Page::list));
    let title = move || match number.get() {
        1 => name(),
        n => format!("{} - {}", name(), (t().page_n)(n)),
    };
    let href = Callback::new(move |n| page.with_untracked(|p| p.at_page(n).href()));
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
                <section class="tt-page">
                    <h1 class="tt-page__title">{name}</h1>
                    <ListView list page=number href hide_category=true />
                </section>
            }
            .into_any()
        }
    }
}
