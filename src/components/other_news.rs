use super::publish_time::PublishTime;
use crate::api::models::ArticleSummary;
use crate::context::content_lang;
use crate::i18n::t;
use crate::route;
use leptos::prelude::*;

/// "Các tin tức khác": a sidebar on wide screens, a list under the body on
/// phones (the layout decides; the markup is the same). Under another
/// `title`, the latest news a 404 page offers.
#[component]
pub fn OtherNews(items: Vec<ArticleSummary>, #[prop(optional)] title: Option<&'static str>) -> impl IntoView {
    let lang = content_lang();
    let list = if items.is_empty() {
        view! { <p class="tt-other__empty">{t().no_other_news}</p> }.into_any()
    } else {
        let rows = items
            .into_iter()
            .map(|a| {
                view! {
                    <li class="tt-other__item">
                        <a class="tt-other__link" href=route::article(&a.slug) lang=lang>{a.title}</a>
                        <PublishTime at=a.published_at />
                    </li>
                }
            })
            .collect_view();
        view! { <ul class="tt-other__list">{rows}</ul> }.into_any()
    };
    view! {
        <section class="tt-other" aria-labelledby="tt-other-title">
            <h2 class="tt-other__title" id="tt-other-title">{title.unwrap_or(t().other_news)}</h2>
            {list}
        </section>
    }
}
