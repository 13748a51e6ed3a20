//! A page that says why there is nothing else to show: the 404, an article
//! not kept for offline reading, the saved articles' page. One component
//! for all three: each page of its own cost the first visit's bundle more.

use crate::nav;
use leptos::prelude::*;
use leptos_meta::{Meta, Title};

/// A notice page: its title, a line, where to go; between them a slot
/// `web/offline.js` may fill (`kept`: its kind, see
/// `crate::components::offline`; an empty one is not shown).
#[component]
pub fn Notice(
    /// `data-status`, for the tests and the stylesheet.
    status: &'static str,
    /// Shown large above the title ("404"), or nothing.
    #[prop(optional)]
    code: &'static str,
    title: &'static str,
    body: &'static str,
    href: String,
    link: &'static str,
    #[prop(optional)] kept: &'static str,
) -> impl IntoView {
    Effect::new(|_| nav::scroll::content_ready());
    view! {
        <Title text=title />
        <Meta name="robots" content="noindex" />
        <section class="tt-page tt-notfound" data-status=status>
            <p class="tt-notfound__code" aria-hidden="true">{code}</p>
            <h1 class="tt-page__title">{title}</h1>
            <p class="tt-notfound__body">{body}</p>
            <div class="tt-notfound__slot" data-tt-slot=kept></div>
            <a class="tt-button tt-button--primary tt-notfound__home" href=href>{link}</a>
        </section>
    }
}
