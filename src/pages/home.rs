use super::list_view::ListView;
use crate::api::{use_query, Request, Scope};
use crate::app::{use_site_name, CurrentCategory};
use crate::i18n::t;
use crate::pagination::parse_page;
use crate::routes;
use leptos::prelude::*;
use leptos_meta::{Meta, Title};
use leptos_router::hooks::use_query_map;

/// `/`: the latest articles of every category, newest first.
#[component]
pub fn HomePage() -> impl IntoView {
    let query = use_query_map();
    let page = Memo::new(move |_| parse_page(query.read().get("page").as_deref()));
    if let Some(c) = use_context::<CurrentCategory>() {
        Effect::new(move |_| c.0.set(None));
    }
    let list = use_query(Scope::Page, move || Request::Articles {
        category: None,
        page: page.get(),
    });
    let title = move || match page.get() {
        1 => t().latest_news.to_string(),
        n => format!("{} - {}", t().latest_news, (t().page_n)(n)),
    };
    view! {
        <Title text=title />
        <Meta name="description" content=(t().home_description)(&use_site_name()) />
        <section class="tt-page tt-page--list">
            <h1 class="tt-page__title">{t().latest_news}</h1>
            <ListView list page href=Callback::new(routes::home) />
        </section>
    }
}
