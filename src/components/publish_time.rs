use crate::timefmt::{Timestamp, Zone};
use leptos::prelude::*;

/// A publish time in the portal's zone, as `05/02/2021 - 02:39 PM`.
#[component]
pub fn PublishTime(at: Timestamp) -> impl IntoView {
    let zone = use_context::<Zone>().unwrap_or_default();
    view! {
        <time class="tt-time" datetime=at.to_rfc3339(zone)>{at.format_portal(zone)}</time>
    }
}
