//! The 404 page.

use crate::i18n::t;
use crate::nav;
use crate::route;
use leptos::prelude::*;
use leptos_meta::{Meta, Title};

/// The 404 page: for unknown routes and for slugs the backend doesn't know.
#[component]
pub fn NotFound(#[prop(optional)] article: bool) -> impl IntoView {
    Effect::new(|_| nav::scroll::content_ready());
    let body = if article {
        t().article_not_found_body
    } else {
        t().not_found_body
    };
    view! {
        <Title text=t().not_found_title />
        <Meta name="robots" content="noindex" />
        <section class="tt-page tt-notfound" data-status="404">
            <p class="tt-notfound__code" aria-hidden="true">"404"</p>
            <h1 class="tt-page__title">{t().not_found_title}</h1>
            <p class="tt-notfound__body">{body}</p>
            <a class="tt-button tt-button--primary tt-notfound__home" href=route::home(1)>{t().back_home}</a>
        </section>
    }
}
