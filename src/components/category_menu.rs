use crate::api::models::CategoryList;
use crate::context::{content_lang, CurrentPage};
use crate::i18n::t;
use crate::route::{self, Page, PageKind};
use leptos::ev;
use leptos::prelude::*;
use std::sync::Arc;

/// "Danh mục tin tức": the newsroom's categories, the current one marked. On
/// phones it folds behind a button.
#[component]
pub fn CategoryMenu(
    categories: Option<Arc<CategoryList>>,
    /// The category being read (its list, or the category of its article).
    current: Signal<Option<String>>,
    open: RwSignal<bool>,
) -> impl IntoView {
    let toggle_ref = NodeRef::<leptos::html::Button>::new();
    let list_ref = NodeRef::<leptos::html::Ul>::new();
    // On wide screens the row scrolls sideways when the categories don't
    // fit: the one being read must not sit hidden past the edge.
    Effect::new(move |_| {
        current.track();
        if let Some(list) = list_ref.get() {
            reveal_current(&list);
        }
    });
    let close_and_refocus = move || {
        if open.get_untracked() {
            open.set(false);
            if let Some(b) = toggle_ref.get_untracked() {
                let _ = b.focus();
            }
        }
    };
    let on_key = move |e: ev::KeyboardEvent| {
        if e.key() == "Escape" {
            close_and_refocus();
        }
    };
    // Marked by where the reader is: search and 404 pages are neither home
    // nor a category. A category is the page itself on its list ("page"),
    // the article's section on an article ("true").
    let page = expect_context::<CurrentPage>().0;
    let kind = Memo::new(move |_| page.with(Page::kind));
    let is_home = move || kind.get() == PageKind::Home;
    let in_category = move |slug: &str| {
        matches!(kind.get(), PageKind::Category | PageKind::Article) && current.get().as_deref() == Some(slug)
    };
    let marker = move || {
        if kind.get() == PageKind::Category {
            "page"
        } else {
            "true"
        }
    };
    let lang = content_lang();
    let items = categories.map(|cats| {
        cats.items
            .iter()
            .map(|c| {
                let slug = c.slug.clone();
                let is_current = move || in_category(&slug);
                view! {
                    <li class="tt-menu__item">
                        <a
                            class="tt-menu__link"
                            class:tt-menu__link--current=is_current.clone()
                            aria-current=move || is_current().then(marker)
                            href=route::category(&c.slug, 1)
                            lang=lang
                        >
                            {c.name.clone()}
                        </a>
                    </li>
                }
            })
            .collect_view()
    });
    // The articles saved for offline reading, counted (offline reading's).
    #[cfg(feature = "offline")]
    let saved_link = super::offline::saved_link();
    #[cfg(not(feature = "offline"))]
    let saved_link = ();
    view! {
        <nav class="tt-menu" aria-label=t().categories on:keydown=on_key>
            <button
                class="tt-menu__toggle"
                type="button"
                node_ref=toggle_ref
                aria-expanded=move || open.get().to_string()
                aria-controls="tt-menu-list"
                aria-label=move || if open.get() { t().menu_close } else { t().menu_open }
                on:click=move |_| open.update(|o| *o = !*o)
            >
                <span class="tt-menu__icon" aria-hidden="true"></span>
                <span class="tt-menu__label">{t().categories}</span>
            </button>
            <ul
                id="tt-menu-list"
                class="tt-menu__list"
                node_ref=list_ref
                class:tt-menu__list--open=move || open.get()>
                <li class="tt-menu__item">
                    <a
                        class="tt-menu__link"
                        class:tt-menu__link--current=is_home
                        aria-current=move || is_home().then_some("page")
                        href=route::home(1)
                    >
                        {t().home}
                    </a>
                </li>
                {items}
                {saved_link}
            </ul>
        </nav>
    }
}

/// Scrolls the menu row just enough to show its current link (the list is the
/// links' offset parent, see style/components/category-menu.css).
fn reveal_current(list: &web_sys::HtmlElement) {
    use wasm_bindgen::JsCast;
    let Some(link) = list
        .query_selector(".tt-menu__link--current")
        .ok()
        .flatten()
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    else {
        return;
    };
    let (start, end) = (link.offset_left(), link.offset_left() + link.offset_width());
    let (view_start, width) = (list.scroll_left(), list.client_width());
    // Room for the fade at the row's end (1.5rem).
    let margin = 24;
    if start < view_start {
        list.set_scroll_left(start - margin);
    } else if end > view_start + width - margin {
        list.set_scroll_left(end - width + margin);
    }
}
