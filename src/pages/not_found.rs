//! The 404 page: why, and where to go from here (the search, the latest
//! news, the home page).

use crate::api::client::query::{use_query, Scope};
use crate::components::header_tools::SearchBox;
use crate::components::notice::Notice;
use crate::components::other_news::OtherNews;
use crate::context::use_categories;
use crate::i18n::t;
use crate::route;
use leptos::prelude::*;

/// How many of the latest articles a 404 offers.
const LATEST: usize = 5;

/// The 404 page: for unknown routes and for slugs the backend doesn't know.
#[component]
pub fn NotFound(#[prop(optional)] article: bool) -> impl IntoView {
    let body = if article {
        t().article_not_found_body
    } else {
        t().not_found_body
    };
    let categories = use_categories();
    let can_search = move || categories.with(|c| c.as_ref().is_none_or(|c| c.can_search()));
    // The home page's first page: what the route model has the server
    // fetch for a 404 (`Page::latest`), and often cached in the browser.
    let latest = use_query(Scope::Page, || Some(route::not_found_latest()));
    let latest = move || match latest.get() {
        Some(Ok(p)) if !p.items.is_empty() => {
            let items = p.items.iter().take(LATEST).cloned().collect();
            Some(view! { <OtherNews items title=t().latest_news /> })
        }
        // Without them the page still says why and where to go.
        _ => None,
    };
    view! {
        <Notice
            status="404"
            code="404"
            title=t().not_found_title
            body
            href=route::home(1)
            link=t().back_home
        />
        <div class="tt-notfound__more">
            <Show when=can_search>
                <SearchBox id="tt-q-404" />
            </Show>
            {latest}
        </div>
    }
}

/// `/nhung` in a reader built without the snippet builder (Cargo.toml's
/// `builder`: partners' page, which readers never need): a navigation here
/// loads the page anew, and web/boot.js picks the bundle that has it. If
/// this bundle is what `/nhung` itself loaded (a build without that
/// bundle), the 404, and no reload loop.
#[cfg(not(feature = "builder"))]
#[component]
pub fn BuilderElsewhere() -> impl IntoView {
    #[cfg(target_arch = "wasm32")]
    if !crate::nav::address::at_opened_path() {
        let _ = window().location().reload();
        return ().into_any();
    }
    view! { <NotFound /> }.into_any()
}
