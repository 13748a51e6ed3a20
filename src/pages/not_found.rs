//! The 404 page.

use crate::components::notice::Notice;
use crate::i18n::t;
use crate::route;
use leptos::prelude::*;

/// The 404 page: for unknown routes and for slugs the backend doesn't know.
#[component]
pub fn NotFound(#[prop(optional)] article: bool) -> impl IntoView {
    let body = if article {
        t().article_not_found_body
    } else {
        t().not_found_body
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
    }
}
