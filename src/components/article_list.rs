use super::article_card::ArticleCard;
use super::marked::Terms;
use super::pagination::Pagination;
use crate::api::models::ArticlePage;
use crate::i18n::t;
use crate::pagination::Pager;
use leptos::prelude::*;
use std::sync::Arc;

/// How many of a category's articles its front-page section shows.
pub const SECTION_ITEMS: usize = 4;

/// A page of articles with its pager. `href` builds the link to page n.
///
/// Not a keyed `<For>`: cards all have one shape, so a new page or a refresh
/// patches the existing cards in place (text and attributes), and the keyed
/// diff would cost 6.5 KB of brotli'd WASM (measured) for no fewer DOM writes.
#[component]
pub fn ArticleList(
    page: Arc<ArticlePage>,
    /// The page the reader asked for (the backend may answer another).
    requested: u32,
    href: Callback<u32, String>,
    #[prop(optional)] hide_category: bool,
    /// The first card is the front page's featured story.
    #[prop(optional)]
    featured: bool,
    /// A search's words, marked on the cards.
    #[prop(optional)]
    terms: Terms,
    /// A front-page section: its first [`SECTION_ITEMS`], no pager.
    #[prop(optional)]
    section: bool,
) -> impl IntoView {
    let pager = Pager::new(requested, page.per_page, page.total);
    if page.items.is_empty() {
        let msg = if pager.is_past_end() {
            t().page_past_end
        } else {
            t().empty_list
        };
        let back = pager.is_past_end().then(|| {
            view! { <a class="tt-list__back" href=href.run(1)>{t().back_to_first_page}</a> }
        });
        return view! {
            <div class="tt-list tt-list--empty">
                <p class="tt-list__empty">{msg}</p>
                {back}
            </div>
        }
        .into_any();
    }
    // The benchmark reads how long building the cards takes (`tt:list-render`).
    Effect::new(|_| crate::perf::measure("tt:list-render", "tt:list-data"));
    // (A backend that ignores per_page is cut at the decoder:
    // `api::models::limits`.)
    let cards = page
        .items
        .iter()
        .take(if section { SECTION_ITEMS } else { usize::MAX })
        .enumerate()
        .map(|(i, a)| {
            view! { <ArticleCard article=a.clone() eager=i == 0 featured=featured && i == 0 hide_category terms=terms.clone() /> }
                .into_any()
        })
        .collect::<Vec<_>>();
    view! {
        <div class="tt-list">
            <div class="tt-list__items">{cards}</div>
            {(!section).then(|| view! { <Pagination pager href open_ended=!page.total_known /> })}
        </div>
    }
    .into_any()
}
