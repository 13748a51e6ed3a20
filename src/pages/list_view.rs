//! The loading, failure and success states of a list page.

use crate::api::client::query::Query;
use crate::api::models::ArticlePage;
use crate::api::ApiError;
use crate::components::article_list::ArticleList;
use crate::components::error_view::ErrorView;
use crate::components::offline::CopyNote;
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
) -> impl IntoView {
    move || match list.get() {
        None => view! { <ListSkeleton /> }.into_any(),
        Some(Ok(data)) => {
            perf::mark("tt:list-data");
            nav::scroll::content_ready();
            view! {
                <CopyNote at=Signal::derive(move || list.copy_time()) />
                <ArticleList page=data requested=page.get_untracked() href hide_category />
            }
            .into_any()
        }
        Some(Err(ApiError::NotFound)) => view! { <NotFound /> }.into_any(),
        Some(Err(e)) => view! { <ErrorView error=e on_retry=list.retry_callback() /> }.into_any(),
    }
}
