//! The loading, failure and success states of a list page, and of a
//! front-page section (a category's newest few).

use crate::api::client::query::Query;
use crate::api::models::ArticlePage;
use crate::api::ApiError;
use crate::components::article_list::ArticleList;
use crate::components::error_view::ErrorView;
use crate::components::marked::Terms;
use crate::components::skeleton::ListSkeleton;
use crate::nav;
use crate::pages::not_found::NotFound;
use crate::perf;
use leptos::prelude::*;

/// The loading, failure and success states of a list page, shared by home,
/// category, topic and search pages, and by the front page's sections.
#[component]
pub fn ListView(
    list: Query<ArticlePage>,
    page: Signal<u32>,
    href: Callback<u32, String>,
    #[prop(optional)] hide_category: bool,
    /// The front page: its first page's newest story is featured.
    #[prop(optional)]
    front: bool,
    /// A search's words, marked on the cards.
    #[prop(optional)]
    terms: Terms,
    /// A front-page section: its first few, no pager; not the page's own
    /// list (its arrival is not the page's, and a 404 is not the page's).
    #[prop(optional)]
    section: bool,
) -> impl IntoView {
    move || match list.get() {
        None => view! { <ListSkeleton /> }.into_any(),
        // A category with nothing yet has no section.
        Some(Ok(data)) if section && data.items.is_empty() => ().into_any(),
        Some(Ok(data)) => {
            if !section {
                perf::mark("tt:list-data");
                nav::scroll::content_ready();
            }
            let requested = page.get_untracked();
            let featured = front && requested == 1;
            view! { <ArticleList page=data requested href hide_category featured terms=terms.clone() section /> }
                .into_any()
        }
        Some(Err(ApiError::NotFound)) if section => ().into_any(),
        Some(Err(ApiError::NotFound)) => view! { <NotFound /> }.into_any(),
        Some(Err(e)) => view! { <ErrorView error=e on_retry=list.retry_callback() /> }.into_any(),
    }
}
