use super::category_menu::CategoryMenu;
use super::header_tools::HeaderTools;
use super::progress_bar::ProgressBar;
use crate::api::models::CategoryList;
use crate::i18n::t;
use crate::route;
use leptos::prelude::*;
use std::sync::Arc;
use wasm_bindgen::JsCast;

/// The skip link moves focus itself: the router would only scroll.
fn skip_to_main(ev: leptos::ev::MouseEvent) {
    if let Some(main) = document().get_element_by_id("tt-main") {
        ev.prevent_default();
        if let Ok(main) = main.dyn_into::<web_sys::HtmlElement>() {
            let _ = main.focus();
            main.scroll_into_view();
        }
    }
}

/// Header (site name and category menu), progress bar, content, footer.
#[component]
pub fn Layout(
    site_name: String,
    categories: Signal<Option<Arc<CategoryList>>>,
    current: Signal<Option<String>>,
    loading: Signal<bool>,
    menu_open: RwSignal<bool>,
    online: Signal<bool>,
    /// Said by screen readers after a navigation ("Đã mở trang: …").
    announce: Signal<String>,
    children: Children,
) -> impl IntoView {
    // Until the category list says otherwise the search box is shown, so the
    // header keeps the height the boot skeleton reserved for it.
    let can_search = Signal::derive(move || categories.with(|c| c.as_ref().is_none_or(|c| c.can_search())));
    view! {
        <a class="tt-skip" href="#tt-main" on:click=skip_to_main>
            {t().skip_to_content}
        </a>
        <ProgressBar active=loading />
        // The live region is always there and only its content comes and
        // goes: a region inserted already filled is often not announced.
        <div role="status">
            <Show when=move || !online.get()>
                <p class="tt-offline">{t().offline_banner}</p>
            </Show>
        </div>
        <header class="tt-header">
            <div class="tt-header__inner">
                <a class="tt-header__brand" href=route::home(1)>{site_name.clone()}</a>
                <HeaderTools can_search />
            </div>
            <div class="tt-header__nav">
                {move || view! { <CategoryMenu categories=categories.get() current open=menu_open /> }}
            </div>
        </header>
        <main class="tt-main" id="tt-main" tabindex="-1">{children()}</main>
        <div class="tt-visually-hidden" role="status" aria-live="polite" aria-atomic="true">{announce}</div>
        <footer class="tt-footer">
            <p class="tt-footer__name">{site_name}</p>
            <p class="tt-footer__note">{t().footer_note}</p>
            <p class="tt-footer__note">
                <a href=route::embed_builder()>{t().embed_link}</a>
            </p>
        </footer>
    }
}
