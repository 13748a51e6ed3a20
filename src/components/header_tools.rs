use crate::context::Prefs;
use crate::i18n::{t, Locale};
use crate::nav::loader::use_loader;
use crate::prefs::Theme;
use crate::route;
use leptos::ev::SubmitEvent;
use leptos::prelude::*;

/// The search box (when the backend can search), the language switch and the
/// theme switch.
#[component]
pub fn HeaderTools(can_search: Signal<bool>) -> impl IntoView {
    let prefs = expect_context::<Prefs>();
    let other = move || match prefs.locale.get() {
        Locale::Vi => Locale::En,
        Locale::En => Locale::Vi,
    };
    view! {
        <div class="tt-tools">
            <Show when=move || can_search.get()>
                <SearchBox id="tt-q" />
            </Show>
            <button
                class="tt-button tt-button--on-brand tt-tools__lang"
                type="button"
                lang=move || other().code()
                on:click=move |_| prefs.locale.set(other())
            >
                // The visible code starts the accessible name, so voice
                // control users can say what they see (WCAG 2.5.3).
                {move || other().code().to_ascii_uppercase()}
                <span class="tt-visually-hidden">" – " {t().switch_language}</span>
            </button>
            // Its label names what a press does; no aria-pressed beside it,
            // which would contradict the label.
            <button
                class="tt-button tt-button--on-brand tt-tools__theme"
                type="button"
                on:click=move |_| {
                    prefs.theme.update(|th| *th = if *th == Theme::Dark { Theme::Light } else { Theme::Dark })
                }
            >
                <span aria-hidden="true">{move || if prefs.theme.get() == Theme::Dark { "☀" } else { "☾" }}</span>
                <span class="tt-visually-hidden tt-visually-hidden--narrow">
                    {move || if prefs.theme.get() == Theme::Dark { t().theme_to_light } else { t().theme_to_dark }}
                </span>
            </button>
        </div>
    }
}

/// A search form: works as a plain GET form, and inside the app opens the
/// results without reloading. `id` is its field's (the header's and the
/// 404 page's are on one page).
#[component]
pub fn SearchBox(id: &'static str) -> impl IntoView {
    let input = NodeRef::<leptos::html::Input>::new();
    let loader = use_loader();
    let on_submit = move |ev: SubmitEvent| {
        let Some(q) = input.get_untracked().map(|i| i.value()) else {
            return;
        };
        if let Some(l) = loader {
            ev.prevent_default();
            l.with_value(|l| l.go(&route::search(q.trim(), 1)));
        }
    };
    view! {
        <form class="tt-search-form" role="search" action=route::search_action() method="get" on:submit=on_submit>
            <label class="tt-visually-hidden" for=id>{t().search}</label>
            <input
                class="tt-search-form__input"
                id=id
                name="q"
                type="search"
                node_ref=input
                placeholder=t().search_placeholder
                autocomplete="off"
                enterkeyhint="search"
            />
            <button class="tt-button tt-button--on-brand tt-search-form__submit" type="submit">{t().search_submit}</button>
        </form>
    }
}
