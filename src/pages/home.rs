//! `/`: the latest articles of every category, newest first, the newest
//! featured; below them on wide screens, each category's newest.

use super::list_view::ListView;
use super::sections::Sections;
use crate::api::client::query::{use_query, Scope};
use crate::context::{use_page_of, use_site_name};
use crate::i18n::t;
use crate::route::{Page, PageKind};
use leptos::prelude::*;
use leptos_meta::{Meta, Title};

/// The home page's list, paginated; its first page's sections.
#[component]
pub fn HomePage() -> impl IntoView {
    let page = use_page_of(PageKind::Home);
    let number = Memo::new(move |_| page.with(Page::page_number));
    let list = use_query(Scope::Page, move || page.with(Page::list));
    let title = move || match number.get() {
        1 => t().latest_news.to_string(),
        n => format!("{} - {}", t().latest_news, (t().page_n)(n)),
    };
    let href = Callback::new(move |n| page.with_untracked(|p| p.at_page(n).href()));
    // Asked once the latest news are on screen, and only where they show
    // (a phone's reader would download eight lists for nothing).
    let wide = crate::screen::matches(crate::screen::WIDE);
    // A Memo: a changed list of the latest news must not rebuild the sections.
    let sections = Memo::new(move |_| wide && number.get() == 1 && matches!(list.get(), Some(Ok(_))));
    view! {
        <Title text=title />
        <Meta name="description" content=(t().home_description)(&use_site_name()) />
        <section class="tt-page">
            <h1 class="tt-page__title">{t().latest_news}</h1>
            <ListView list page=number.into() href front=true />
        </section>
        <Sections show=sections.into() />
    }
}
