//! `/bai-da-luu`: the articles the reader saved for offline reading, then
//! those read lately (both kept in the browser: `crate::offline`).

use crate::components::offline::SavedCards;
use crate::components::skeleton::ListSkeleton;
use crate::i18n::t;
use crate::offline;
use leptos::prelude::*;
use leptos_meta::{Meta, Title};

#[component]
pub fn SavedPage() -> impl IntoView {
    Effect::new(|_| crate::nav::scroll::content_ready());
    let saved = offline::use_saved();
    let read = offline::list(offline::READ_KEY);
    // The server can't see the reader's browser: a placeholder until the
    // app shows what it keeps.
    let list = move || {
        if cfg!(not(target_arch = "wasm32")) {
            return view! { <ListSkeleton /> }.into_any();
        }
        let items = saved.get();
        if items.is_empty() {
            view! { <p class="tt-list__empty">{t().saved_empty}</p> }.into_any()
        } else {
            view! { <SavedCards items /> }.into_any()
        }
    };
    view! {
        <Title text=t().saved_title />
        <Meta name="robots" content="noindex" />
        <section class="tt-page">
            <h1 class="tt-page__title">{t().saved_title}</h1>
            {list}
        </section>
        {(!read.is_empty()).then(|| view! {
            <section class="tt-page">
                <h2 class="tt-page__title">{t().recently_read}</h2>
                <SavedCards items=read />
            </section>
        })}
    }
}
