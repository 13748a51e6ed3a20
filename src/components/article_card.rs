use super::marked::{marked, Terms};
use super::publish_time::PublishTime;
use crate::api::models::ArticleSummary;
use crate::context::content_lang;
use crate::route;
use leptos::prelude::*;

/// The featured story's photo's `sizes`: the server preloads the same
/// rendition.
pub const FEATURED_SIZES: &str = "(min-width: 768px) 600px, 100vw";

/// One article in a list: thumbnail (when there is one), title, time,
/// category and summary; a search result's sentence, the words marked.
#[component]
pub fn ArticleCard(
    article: ArticleSummary,
    /// The first card's image is likely the largest paint: load it first.
    #[prop(optional)]
    eager: bool,
    /// Lists of one category need not repeat its name on every card.
    #[prop(optional)]
    hide_category: bool,
    /// The front page's featured story: its photo large, above its title.
    #[prop(optional)]
    featured: bool,
    /// A search's words, marked in the title, summary and sentence.
    #[prop(optional)]
    terms: Terms,
) -> impl IntoView {
    let lang = content_lang();
    let href = route::article(&article.slug);
    let thumb = article.thumbnail.map(|img| {
        let srcset = img.srcset();
        view! {
            <a class="tt-card__thumb" href=href.clone() tabindex="-1" aria-hidden="true">
                <img
                    srcset=srcset
                    sizes=if featured { FEATURED_SIZES } else { "(min-width: 768px) 240px, 120px" }
                    src=img.url
                    alt=""
                    width=img.width.unwrap_or(960)
                    height=img.height.unwrap_or(640)
                    loading=if eager { "eager" } else { "lazy" }
                    fetchpriority=if eager { "high" } else { "auto" }
                    decoding="async"
                />
            </a>
        }
    });
    let category = article.category.filter(|_| !hide_category).map(|c| {
        view! {
            <a class="tt-card__category" href=route::category(&c.slug, 1) lang=lang>{c.name}</a>
        }
    });
    view! {
        <article class="tt-card" class:tt-card--featured=featured>
            {thumb}
            <div class="tt-card__body">
                <h2 class="tt-card__title" lang=lang>
                    <a href=href>{marked(article.title, &terms)}</a>
                </h2>
                <p class="tt-card__meta">
                    <PublishTime at=article.published_at />
                    {category}
                </p>
                {article.summary.map(|s| view! { <p class="tt-card__summary" lang=lang>{marked(s, &terms)}</p> })}
                {article.found.map(|s| view! { <p class="tt-card__found" lang=lang>{marked(s, &terms)}</p> })}
            </div>
        </article>
    }
}
