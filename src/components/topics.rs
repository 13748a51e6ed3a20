//! An article's topics (tags): links to each topic's list.

use crate::api::models::CategoryRef;
use crate::context::content_lang;
use crate::i18n::t;
use crate::route;
use leptos::prelude::*;

/// The article's topics as links to their lists (`/chu-de/<slug>`); nothing
/// when it has none.
#[component]
pub fn Topics(tags: Vec<CategoryRef>) -> impl IntoView {
    let lang = content_lang();
    // A hostile backend's empty or dot slug would link nowhere (or to `/`).
    let tags: Vec<CategoryRef> = tags.into_iter().filter(|t| route::is_slug(&t.slug)).collect();
    (!tags.is_empty()).then(|| {
        let links = tags
            .into_iter()
            .map(|tag| {
                view! {
                    <li>
                        <a class="tt-topics__link" href=route::topic(&tag.slug, 1) lang=lang>{tag.name}</a>
                    </li>
                }
                .into_any()
            })
            .collect::<Vec<_>>();
        view! {
            <nav class="tt-topics" aria-label=t().topics>
                <ul class="tt-topics__list">{links}</ul>
            </nav>
        }
    })
}
