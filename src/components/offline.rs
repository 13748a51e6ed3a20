//! What offline reading shows in the app's own views: a copy's age ("Cập
//! nhật lúc 14:05", above the page: `crate::shell`), the page of an article
//! never kept here, and the slots `web/offline.js` fills (see
//! `crate::offline`): "Lưu bài" in an article, the saved and read lists
//! (in a [`Notice`]), the saved articles' count in the menu.
//! A slot is an element the app renders empty and never updates inside: its
//! children are the offline module's. Only in a build with the feature
//! `offline` (the first visit's bundle goes without: `crate::offline`).

use super::notice::Notice;
use crate::api::models::Article;
use crate::i18n::{locale, t};
use crate::route;
use crate::timefmt::{Timestamp, Zone};
use leptos::prelude::*;
use std::sync::Arc;

/// "Cập nhật lúc 14:05" under what is shown from a copy the service worker
/// kept; nothing while it is live.
/// (One element whose text comes and goes, not an element that comes and
/// goes: the smaller bundle. No text rather than an empty one: the server
/// writes an empty text as a space, which `:empty` would not hide.)
#[component]
pub fn CopyNote(#[prop(into)] at: Signal<Option<f64>>) -> impl IntoView {
    let zone = use_context::<Zone>().unwrap_or_default();
    let text = move || {
        at.get().map(|ms| {
            let ts = |ms: f64| Timestamp::from_unix((ms / 1000.0) as i64);
            (t().updated_at)(&ts(ms).fetched_at(ts(crate::clock::now_ms()), zone, locale()))
        })
    };
    view! { <p class="tt-copy tt-status">{text}</p> }
}

/// The slot of "Lưu bài" in an article: it carries what a saved or read
/// list shows of the article. (Which answers it was read from, the offline
/// module asks the shell: `tt-sources`.) Rendered everywhere, the server
/// too, and shown by the stylesheet only where pages can be kept: its room
/// is there from the first paint.
#[component]
pub fn SaveSlot(article: Arc<Article>) -> impl IntoView {
    let zone = use_context::<Zone>().unwrap_or_default();
    view! {
        <div
            class="tt-save"
            data-tt-slot="save"
            data-slug=article.slug.clone()
            data-href=route::article(&article.slug)
            data-title=article.title.clone()
            data-time=article.published_at.format_in(zone, locale())
            data-img=article.thumbnail.as_ref().map(|i| i.url.clone())
        ></div>
    }
}

/// An article asked for offline that was never opened nor saved here: say
/// so, list what was read, and lead to what was saved.
#[component]
pub fn OfflineArticle() -> impl IntoView {
    view! {
        <Notice
            status="offline"
            title=t().offline_article_title
            body=t().offline_article_body
            href=route::saved()
            link=t().offline_article_link
            kept="read"
        />
    }
}

/// The menu's "Bài đã lưu (N)", a slot the offline module shows and counts
/// once there are any, and marks current on its page.
pub fn saved_link() -> impl IntoView {
    view! {
        <li class="tt-menu__item" data-tt-slot="saved-link" hidden>
            <a class="tt-menu__link" href=route::saved()>
                {t().saved_title}
            </a>
        </li>
    }
}
