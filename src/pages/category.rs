//! `/danh-muc/<slug>` and `/chu-de/<slug>`: a category's or a topic's
//! (tag's) articles, newest first. One page for both: they differ in where
//! their name comes from and in what the heading says they are.

use super::list_view::ListView;
use super::not_found::NotFound;
use crate::api::client::query::{use_query, Scope};
use crate::api::ApiError;
use crate::context::{use_categories, use_page_of, CurrentPage};
use crate::i18n::t;
use crate::route::{Page, PageKind};
use leptos::prelude::*;
use leptos_meta::{Meta, Title};

/// A category's list, named from the menu's list of categories, or a
/// topic's, named by its list's answer.
#[component]
pub fn CategoryPage() -> impl IntoView {
    // Which of the two this page is stays what it was created as (the shell
    // makes a new one when the kind changes).
    let kind = expect_context::<CurrentPage>().0.with_untracked(Page::kind);
    let topic = kind == PageKind::Topic;
    let page = use_page_of(kind);
    let number = Memo::new(move |_| page.with(Page::page_number));
    let categories = use_categories();
    let list = use_query(Scope::Page, move || page.with(Page::list));
    // The name and description: a category's from the menu's list, a
    // topic's from its list; until they have loaded (or if the backend
    // names none) the slug stands in.
    let named = Memo::new(move |_| {
        let (slug, topic) = match page.get() {
            Page::Category { slug, .. } => (slug, false),
            Page::Topic { slug, .. } => (slug, true),
            _ => (String::new(), false),
        };
        let (name, description) = if topic {
            let tag = match list.get() {
                Some(Ok(p)) => p.tag.clone(),
                _ => None,
            };
            (tag.map(|t| t.name), None)
        } else {
            let found = categories
                .get()
                .and_then(|cats| cats.items.iter().find(|c| c.slug == slug).cloned());
            (found.clone().map(|c| c.name), found.and_then(|c| c.description))
        };
        let name = name.unwrap_or(slug);
        let description = description.unwrap_or_else(|| match topic {
            true => (t().topic_description)(&name),
            false => (t().category_fallback_description)(&name),
        });
        (name, description)
    });
    let name = move || named.with(|n| n.0.clone());
    let title = move || match number.get() {
        1 => name(),
        n => format!("{} - {}", name(), (t().page_n)(n)),
    };
    let href = Callback::new(move |n| page.with_untracked(|p| p.at_page(n).href()));
    // A list the backend doesn't know is the 404 page, not a list page with
    // a 404 inside it.
    let missing = Memo::new(move |_| matches!(list.get(), Some(Err(ApiError::NotFound))));
    move || {
        if missing.get() {
            view! { <NotFound /> }.into_any()
        } else {
            view! {
                <Title text=title />
                <Meta name="description" content=move || named.with(|n| n.1.clone()) />
                <section class="tt-page">
                    // A topic's heading says it is one ("Chủ đề", drawn by
                    // CSS from the attribute).
                    <h1 class="tt-page__title" data-kicker=move || topic.then(|| t().topic)>{name}</h1>
                    // A category's list need not repeat its name on every card.
                    <ListView list page=number.into() href hide_category=!topic />
                </section>
            }
            .into_any()
        }
    }
}
