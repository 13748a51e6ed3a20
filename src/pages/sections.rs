//! The front page's sections below the latest news, on wide screens: each
//! menu category's newest few, under its name (a link to its page). Each is
//! the category page's own first page (one request, which the cache then
//! has for that page), shown by the list pages' own view.

use super::list_view::ListView;
use crate::api::client::query::{use_query, Scope};
use crate::context::use_categories;
use crate::route::Page;
use leptos::prelude::*;

/// The most sections the front page shows (the menu may list more).
pub const MAX_SECTIONS: usize = 8;

/// Each menu category's section, in the menu's order, once `show` is true
/// (the caller's: a wide screen, the first page, its latest news shown, so
/// that the sections never compete with them).
#[component]
pub fn Sections(show: Signal<bool>) -> impl IntoView {
    let categories = use_categories();
    // An erased view out of the closure: its rebuild is then the one every
    // erased view has, not code of its own.
    move || {
        let Some(menu) = categories.get().filter(|_| show.get()) else {
            return ().into_any();
        };
        let sections = menu
            .items
            .iter()
            .take(MAX_SECTIONS)
            .map(|c| {
                let page = Page::Category {
                    slug: c.slug.clone(),
                    page: 1,
                };
                let href = page.href();
                let list = use_query(Scope::Page, move || page.list());
                let title = view! { <a href=href.clone()>{c.name.clone()}</a> };
                let first = Callback::new(move |_| href.clone());
                view! {
                    <section class="tt-section">
                        <h2 class="tt-section__title">{title}</h2>
                        <ListView list page=Signal::stored(1) href=first hide_category=true section=true />
                    </section>
                }
                .into_any()
            })
            .collect::<Vec<_>>();
        view! { <div class="tt-sections">{sections}</div> }.into_any()
    }
}
