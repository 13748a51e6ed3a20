use crate::api::models::ArticlePage;
use crate::api::{ApiError, ApiResource};
use crate::app::PageLoading;
use crate::components::article_list::ArticleList;
use crate::components::error_view::ErrorView;
use crate::components::skeleton::ListSkeleton;
use crate::nav;
use crate::pages::not_found::NotFound;
use leptos::prelude::*;

/// The loading, failure and success states of a list page, shared by home
/// and category pages.
#[component]
pub fn ListView(
    list: ApiResource<ArticlePage>,
    page: Memo<u32>,
    href: Callback<u32, String>,
    #[prop(optional)] hide_category: bool,
) -> impl IntoView {
    let loading = expect_context::<PageLoading>().0;
    // A page left while loading must not leave the bar running.
    on_cleanup(move || loading.set(false));
    view! {
        <Transition fallback=|| view! { <ListSkeleton /> } set_pending=loading>
            {move || Suspend::new(async move {
                match list.value().await {
                    Ok(data) => {
                        Effect::new(|_| nav::content_ready());
                        view! { <ArticleList page=data requested=page.get_untracked() href hide_category /> }
                            .into_any()
                    }
                    Err(ApiError::NotFound) => view! { <NotFound /> }.into_any(),
                    Err(e) => view! { <ErrorView error=e on_retry=list.retry_callback() /> }.into_any(),
                }
            })}
        </Transition>
    }
}
