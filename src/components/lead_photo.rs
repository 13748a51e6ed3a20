//! The article's lead photo under its title: the backend's featured image
//! (WordPress) or the list's thumbnail (the contract), unless the body
//! shows it already; its caption and credit under it when the backend has
//! them.

use crate::api::models::Image;
use leptos::prelude::*;

/// The lead photo's `sizes`: the server preloads the same rendition.
pub const SIZES: &str = "(min-width: 1024px) 760px, 100vw";

/// The lead photo: full width of the column, its box reserved from the
/// backend's size (3:2 when unknown), loaded first (it is the page's
/// largest paint on a phone), with its caption and credit.
#[component]
pub fn LeadPhoto(image: Image) -> impl IntoView {
    let srcset = image.srcset();
    // Text nodes only: both come from the backend.
    let caption = (image.caption.is_some() || image.credit.is_some()).then(|| {
        view! {
            <figcaption class="tt-lead__caption">
                {image.caption} " " <span class="tt-lead__credit">{image.credit}</span>
            </figcaption>
        }
    });
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
            {caption}
        </figure>
    }
}
