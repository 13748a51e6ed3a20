use super::category_menu::CategoryMenu;
use super::progress_bar::ProgressBar;
use crate::api::models::Category;
use crate::i18n::t;
use crate::routes;
use leptos::prelude::*;
use std::sync::Arc;

/// The category being read, set by the page that knows it.
#[derive(Clone, Copy)]
pub struct CurrentCategory(pub RwSignal<Option<String>>);

/// Header (site name and category menu), progress bar, content, footer.
#[component]
pub fn Layout(
    site_name: String,
    categories: Signal<Option<Arc<Vec<Category>>>>,
    current: Signal<Option<String>>,
    loading: Signal<bool>,
    menu_open: RwSignal<bool>,
    online: Signal<bool>,
    children: Children,
) -> impl IntoView {
    view! {
        <a class="tt-skip" href="#tt-main">{t().skip_to_content}</a>
        <ProgressBar active=loading />
        <Show when=move || !online.get()>
            <p class="tt-offline" role="status">{t().offline_banner}</p>
        </Show>
        <header class="tt-header">
            <div class="tt-header__inner">
                <a class="tt-header__brand" href=routes::home(1)>{site_name.clone()}</a>
            </div>
            <div class="tt-header__nav">
                {move || view! { <CategoryMenu categories=categories.get() current open=menu_open /> }}
            </div>
        </header>
        <main class="tt-main" id="tt-main" tabindex="-1">{children()}</main>
        <footer class="tt-footer">
            <p class="tt-footer__name">{site_name}</p>
            <p class="tt-footer__note">{t().footer_note}</p>
        </footer>
    }
}
