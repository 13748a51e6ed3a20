use crate::i18n::t;
use leptos::prelude::*;

/// A thin bar at the top of the window while a navigation loads.
#[component]
pub fn ProgressBar(active: Signal<bool>) -> impl IntoView {
    view! {
        <div
            class="tt-progress"
            class:tt-progress--active=move || active.get()
            role="progressbar"
            aria-label=t().loading
            aria-hidden=move || (!active.get()).to_string()
        ></div>
    }
}
