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
        ErrorKind::Offline => c.error_offline.to_string(),
        ErrorKind::Timeout => c.error_timeout.to_string(),
        ErrorKind::Unreadable => c.error_decode.to_string(),
        ErrorKind::Config => c.error_config.to_string(),
        ErrorKind::Aborted => c.loading.to_string(),
    }
}

/// A failure, said plainly, with a retry button that asks again.
#[component]
pub fn ErrorView(error: ApiError, on_retry: Callback<()>) -> impl IntoView {
    let kind = error.kind().name();
    view! {
        <div class="tt-error" role="alert" data-kind=kind>
            <h2 class="tt-error__title">{t().error_title}</h2>
            <p class="tt-error__message">{message(&error)}</p>
            <button class="tt-error__retry" type="button" on:click=move |_| on_retry.run(())>
                {t().retry}
            </button>
            <details class="tt-error__details">
                <summary>{t().error_technical}</summary>
                <code>{error.to_string()}</code>
            </details>
        </div>
    }
}
