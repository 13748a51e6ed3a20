//! `/bai-da-luu`: the articles the reader saved for offline reading, then
//! those read lately. Both are kept in the browser and listed by
//! `web/offline.js` in this page's slot, on pages a service worker
//! controls; elsewhere (a first visit, a browser without service workers)
//! the page says nothing is saved here, the line the stylesheet hides once
//! the slot is filled.

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
            body=t().saved_none
            href=route::home(1)
            link=t().back_home
            kept="saved"
        />
    }
}
