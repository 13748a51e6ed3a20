//! The article's lead photo under its title: the backend's featured image
//! (WordPress) or the list's thumbnail (the contract), unless the body
//! shows it already.

use crate::api::models::Image;
use leptos::prelude::*;

/// The lead photo's `sizes`: the server preloads the same rendition.
pub const SIZES: &str = "(min-width: 1024px) 760px, 100vw";

/// The lead photo: full width of the column, its box reserved from the
/// backend's size (3:2 when unknown), loaded first (it is the page's
/// largest paint on a phone).
#[component]
pub fn LeadPhoto(image: Image) -> impl IntoView {
    let srcset = image.srcset();
    view! {
        <figure class="tt-lead">
            <img
                class="tt-lead__img"
                srcset=srcset
                sizes=SIZES
                src=image.url
                alt=image.alt.unwrap_or_default()
                width=image.width.unwrap_or(960)
                height=image.height.unwrap_or(640)
                fetchpriority="high"
                decoding="async"
            />
        </figure>
    }
}
