use crate::context::Prefs;
use crate::i18n::t;
use crate::prefs::TEXT_STEPS;
use leptos::prelude::*;

/// A− / A+ for the article text, remembered across visits.
#[component]
pub fn TextSize() -> impl IntoView {
    let prefs = expect_context::<Prefs>();
    let step = prefs.text_step;
    view! {
        <div class="tt-textsize" role="group" aria-label=t().text_size>
            <button
                class="tt-button tt-textsize__button"
                type="button"
                disabled=move || step.get() == 0
                on:click=move |_| step.update(|s| *s = s.saturating_sub(1))
            >
                // The visible text starts the accessible name (WCAG 2.5.3):
                // "A− Chữ nhỏ hơn".
                "A−"
                <span class="tt-visually-hidden">" " {t().text_smaller}</span>
            </button>
            <button
                class="tt-button tt-textsize__button tt-textsize__button--larger"
                type="button"
                disabled={move || step.get() + 1 >= TEXT_STEPS}
                on:click=move |_| step.update(|s| *s = (*s + 1).min(TEXT_STEPS - 1))
            >
                "A+"
                <span class="tt-visually-hidden">" " {t().text_larger}</span>
            </button>
        </div>
    }
}
