//! `/bai-da-luu`: the articles the reader saved for offline reading, then
//! those read lately. Both are kept in the browser and listed by
//! `web/offline.js` in this page's slot; a browser that can't keep pages
//! (no service workers) is told so instead (the line the stylesheet hides
//! where boot.js found them).

use crate::components::notice::Notice;
use crate::i18n::t;
use crate::route;
use leptos::prelude::*;

/// The saved and read articles' page.
#[component]
pub fn SavedPage() -> impl IntoView {
    view! {
        <Notice
            status="saved"
            title=t().saved_title
            body=t().saved_unsupported
            href=route::home(1)
            link=t().back_home
            kept="saved"
        />
    }
}
