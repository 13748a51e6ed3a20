//! `/`: the latest articles of every category, newest first.

use super::list_view::ListView;
use crate::api::client::query::{use_query, Scope};
use crate::context::{use_page_of, use_site_name};
use crate::i18n::t;
use crate::route::{Page, PageKind};
use leptos::prelude::*;
use leptos_meta::{Meta, Title};

/// The home page's list, paginated.
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
    view! {
        <Title text=title />
        <Meta name="description" content=(t().home_description)(&use_site_name()) />
        <section class="tt-page">
            <h1 class="tt-page__title">{t().latest_news}</h1>
            <ListView list page=number href front=true />
        </section>
    }
}
