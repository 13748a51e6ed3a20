//! The loading, failure and success states of a list page.

use crate::api::client::query::Query;
use crate::api::models::ArticlePage;
use crate::api::ApiError;
use crate::components::article_list::ArticleList;
use crate::components::error_view::ErrorView;
use crate::components::skeleton::ListSkeleton;
use crate::nav;
use crate::pages::not_found::NotFound;
use crate::perf;
use leptos::prelude::*;

/// The loading, failure and success states of a list page, shared by home
/// and category pages.
#[component]
pub fn ListView(
    list: Query<ArticlePage>,
    page: Memo<u32>,
    href: Callback<u32, String>,
    #[prop(optional)] hide_category: bool,
    /// The front page: its first page's newest story is featured.
    #[prop(optional)]
    front: bool,
) -> impl IntoView {
    move || match list.get() {
        None => view! { <ListSkeleton /> }.into_any(),
        Some(Ok(data)) => {
            perf::mark("tt:list-data");
            nav::scroll::content_ready();
            let requested = page.get_untracked();
            let featured = front && requested == 1;
            view! { <ArticleList page=data requested href hide_category featured /> }.into_any()
        }
        Some(Err(ApiError::NotFound)) => view! { <NotFound /> }.into_any(),
        Some(Err(e)) => view! { <ErrorView error=e on_retry=list.retry_callback() /> }.into_any(),
    }
}
