use crate::api::models::CategoryList;
use crate::context::{content_lang, CurrentPage};
use crate::i18n::t;
use crate::route::{self, Page, PageKind};
use leptos::ev;
use leptos::prelude::*;
use std::sync::Arc;

/// "Danh mục tin tức": the newsroom's categories, the current one marked. On
/// phones it folds behind a button; on wide screens what doesn't fit the
/// row goes under "Thêm".
#[component]
pub fn CategoryMenu(
    categories: Option<Arc<CategoryList>>,
    /// The category being read (its list, or the category of its article).
    current: Signal<Option<String>>,
    open: RwSignal<bool>,
) -> impl IntoView {
    let toggle_ref = NodeRef::<leptos::html::Button>::new();
    let list_ref = NodeRef::<leptos::html::Ul>::new();
    let more_ref = NodeRef::<leptos::html::Details>::new();
    let panel_ref = NodeRef::<leptos::html::Ul>::new();
    let close_and_refocus = move || {
        if open.get_untracked() {
            open.set(false);
            if let Some(b) = toggle_ref.get_untracked() {
                let _ = b.focus();
            }
        }
        // "Thêm", if open, closes too (its summary keeps the focus).
        if let Some(m) = more_ref.get_untracked() {
            let _ = m.remove_attribute("open");
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
    // On wide screens, what doesn't fit the row goes under "Thêm": measured
    // once the row is laid out, again when the window's width or the
    // current page changes. (Without the app the row scrolls sideways.)
    #[cfg(target_arch = "wasm32")]
    {
        let fit = move || {
            if let (Some(t), Some(l), Some(m), Some(p)) = (
                toggle_ref.get_untracked(),
                list_ref.get_untracked(),
                more_ref.get_untracked(),
                panel_ref.get_untracked(),
            ) {
                fit_row(&t, &l, &m, &p);
            }
        };
        Effect::new(move |_| {
            current.track();
            kind.track();
            fit();
        });
        let resize = window_event_listener(ev::resize, move |_| fit());
        on_cleanup(move || resize.remove());
    }
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
                .into_any()
            })
            .collect::<Vec<_>>()
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
            <details class="tt-menu__more" node_ref=more_ref hidden>
                <summary class="tt-menu__link tt-menu__more-toggle">{t().menu_more}</summary>
                // Copies of the row's items that don't fit (`fit_row`); a
                // click on one closes the panel.
                <ul
                    class="tt-menu__panel"
                    node_ref=panel_ref
                    on:click=move |_| {
                        if let Some(m) = more_ref.get_untracked() {
                            let _ = m.remove_attribute("open");
                        }
                    }
                ></ul>
            </details>
        </nav>
    }
}

/// Lays the row out as one line of what fits, and copies what doesn't
/// into "Thêm"'s panel (shown only then, and marked when the current
/// page's link is among them). On phones (the menu button shown) the list
/// is the folded column: no "Thêm".
#[cfg(target_arch = "wasm32")]
fn fit_row(
    toggle: &web_sys::HtmlElement,
    list: &web_sys::HtmlElement,
    more: &web_sys::HtmlElement,
    panel: &web_sys::HtmlElement,
) {
    use wasm_bindgen::JsCast;
    panel.set_text_content(None);
    let wide = toggle.offset_width() == 0;
    let _ = list.set_attribute("data-fit", "");
    // Measured with "Thêm" in the row, where it will stand (hidden again
    // below if nothing is under it: what fits with it fits without).
    more.set_hidden(false);
    let items = list.children();
    let mut top = None;
    let mut current = false;
    for i in 0..items.length() {
        let Some(li) = items.item(i).and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) else {
            continue;
        };
        if li.hidden() || !wide {
            continue;
        }
        let y = li.offset_top();
        if *top.get_or_insert(y) < y {
            if let Ok(copy) = li.clone_node_with_deep(true) {
                let _ = panel.append_child(&copy);
            }
            current |= li.query_selector("[aria-current]").ok().flatten().is_some();
        }
    }
    more.set_hidden(panel.child_element_count() == 0);
    let _ = if current {
        more.set_attribute("data-current", "")
    } else {
        more.remove_attribute("data-current")
    };
}
