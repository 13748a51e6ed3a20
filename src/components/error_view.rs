use crate::api::{ApiError, ErrorKind};
use crate::i18n::t;
use leptos::prelude::*;

/// The reader-facing sentence for an error.
pub fn message(err: &ApiError) -> String {
    let c = t();
    match err.kind() {
        ErrorKind::NotFound => c.not_found_body.to_string(),
        ErrorKind::Busy => c.error_busy.to_string(),
        ErrorKind::Server => match err {
            ApiError::Status { code, .. } => (c.error_status)(*code),
            _ => c.error_busy.to_string(),
        },
        ErrorKind::Offline => c.error_unreachable.to_string(),
        ErrorKind::Timeout => c.error_timeout.to_string(),
        ErrorKind::Unreadable => c.error_decode.to_string(),
        // (The reader's own policy allows its config's origins: a block is
        // a deployment's mistake, as a bad config is.)
        ErrorKind::Config | ErrorKind::Blocked => c.error_config.to_string(),
        ErrorKind::Cors => c.error_cors.to_string(),
        ErrorKind::Aborted => c.loading.to_string(),
    }
}

/// A failure, said plainly, with a retry button that asks again. When the
/// server said when to come back (`Retry-After`), the button waits that long
/// and then the page tries by itself.
#[component]
pub fn ErrorView(
    error: ApiError,
    on_retry: Callback<()>,
    /// The error is the page (nothing else loaded): its title is the h1.
    #[prop(optional)]
    main: bool,
) -> impl IntoView {
    let kind = error.kind().name();
    let wait = match error {
        ApiError::Status {
            retry_after: Some(s), ..
        } if s > 0 => s.min(120),
        _ => 0,
    };
    let left = RwSignal::new(wait);
    // The countdown runs in the browser (the server writes where it starts).
    // (crate::timer, not Leptos's helper: its id must clear the interval
    // whatever the page's timers are, or a tick after this view has gone
    // reads a value that is gone.)
    #[cfg(target_arch = "wasm32")]
    if wait > 0 {
        let interval = crate::timer::Interval::new(1000, move || {
            // Once, when the wait runs out: if that retry fails the same
            // way, this view stays and the reader retries by hand.
            let Some(n) = left.try_get_untracked() else { return };
            if n > 0 {
                left.set(n - 1);
                if n == 1 {
                    on_retry.run(());
                }
            }
        });
        on_cleanup(move || interval.clear());
    }
    // A network failure while the browser knows it is offline says so.
    #[cfg(target_arch = "wasm32")]
    let browser_offline = !window().navigator().on_line();
    #[cfg(not(target_arch = "wasm32"))]
    let browser_offline = false;
    let text = if matches!(error.kind(), ErrorKind::Offline) && browser_offline {
        t().error_offline.to_string()
    } else {
        message(&error)
    };
    view! {
        <div class="tt-error">
            // Announced once; the countdown below stays out of the alert, or
            // screen readers would repeat it all every second.
            <div role="alert" data-kind=kind>
                {if main {
                    view! { <h1 class="tt-error__title">{t().error_title}</h1> }.into_any()
                } else {
                    view! { <h2 class="tt-error__title">{t().error_title}</h2> }.into_any()
                }}
                <p class="tt-error__message">{text}</p>
            </div>
            <p class="tt-error__wait tt-status">
                {move || (left.get() > 0).then(|| (t().retry_in)(left.get()))}
            </p>
            <button
                class="tt-button tt-button--primary"
                type="button"
                disabled=move || left.get() != 0
                on:click=move |_| on_retry.run(())
            >
                {t().retry}
            </button>
            <details class="tt-error__details">
                <summary>{t().error_technical}</summary>
                <code>{error.to_string()}</code>
            </details>
        </div>
    }
}
