use crate::i18n::t;
use leptos::prelude::*;

/// Grey placeholders where a list will appear on first load.
#[component]
pub fn ListSkeleton(#[prop(default = 5)] rows: usize) -> impl IntoView {
    let rows = (0..rows)
        .map(|_| {
            view! {
                <div class="tt-skel-card">
                    <div class="tt-skel tt-skel-card__thumb"></div>
                    <div class="tt-skel-card__lines">
                        <div class="tt-skel tt-skel--title"></div>
                        <div class="tt-skel tt-skel--meta"></div>
                        <div class="tt-skel tt-skel--line"></div>
                    </div>
                </div>
            }
            .into_any()
        })
        .collect::<Vec<_>>();
    view! {
        <div class="tt-skeleton" aria-busy="true">
            <span class="tt-visually-hidden">{t().loading}</span>
            {rows}
        </div>
    }
}

/// Placeholders where an article will appear on first load.
#[component]
pub fn ArticleSkeleton() -> impl IntoView {
    view! {
        <div class="tt-skeleton" aria-busy="true">
            <span class="tt-visually-hidden">{t().loading}</span>
            <div class="tt-skel tt-skel--meta"></div>
            <div class="tt-skel tt-skel--h1"></div>
            <div class="tt-skel tt-skel--h1 tt-skel--short"></div>
            <div class="tt-skel tt-skel--meta"></div>
            <div class="tt-skel tt-skel--line"></div>
            <div class="tt-skel tt-skel--line"></div>
            <div class="tt-skel tt-skel--line tt-skel--short"></div>
        </div>
    }
}
