use super::publish_time::PublishTime;
use crate::api::models::ArticleSummary;
use crate::context::content_lang;
use crate::i18n::t;
use crate::route;
use leptos::prelude::*;

/// "Các tin tức khác" (related by topic first, then the category's, as the
/// backend orders them), each with its photo when it has one: a sidebar on
/// wide screens, a list under the body on phones (the layout decides; the
/// markup is the same). Under another `title` (and its heading's `id`,
/// unique on the page), the latest news a 404 page offers, the most read
/// beside an article.
#[component]
pub fn OtherNews(
    items: Vec<ArticleSummary>,
    #[prop(optional)] title: Option<&'static str>,
    #[prop(default = "tt-other-title")] id: &'static str,
) -> impl IntoView {
    let lang = content_lang();
    let list = if items.is_empty() {
        view! { <p class="tt-other__empty">{t().no_other_news}</p> }.into_any()
    } else {
        let rows = items
            .into_iter()
            .map(|a| {
                // A small photo beside the headline: decorative (the link
                // says it all), loaded only when scrolled near.
                let thumb = a.thumbnail.map(|img| {
                    view! {
                        <img
                            class="tt-other__thumb"
                            srcset=img.srcset()
                            sizes="96px"
                            src=img.url
                            alt=""
                            width=img.width.unwrap_or(960)
                            height=img.height.unwrap_or(640)
                            loading="lazy"
                            decoding="async"
                        />
                    }
                });
                view! {
                    <li class="tt-other__item">
                        {thumb}
                        <a class="tt-other__link" href=route::article(&a.slug) lang=lang>{a.title}</a>
                        <PublishTime at=a.published_at />
                    </li>
                }
                .into_any()
            })
            .collect::<Vec<_>>();
        view! { <ul class="tt-other__list">{rows}</ul> }.into_any()
    };
    view! {
        <section class="tt-other" aria-labelledby=id>
            <h2 class="tt-other__title" id=id>{title.unwrap_or(t().other_news)}</h2>
            {list}
        </section>
    }
}
