use crate::i18n::locale;
use crate::timefmt::{Timestamp, Zone};
use leptos::prelude::*;

/// A publish time in the portal's zone: "5 phút trước" within the last day,
/// then `05/02/2021 - 02:39 PM` (in English `Feb 5, 2021, 2:39 PM`).
#[component]
pub fn PublishTime(at: Timestamp) -> impl IntoView {
    let zone = use_context::<Zone>().unwrap_or_default();
    let absolute = at.format_in(zone, locale());
    let now = Timestamp::from_unix((crate::clock::now_ms() / 1000.0) as i64);
    let shown = at.relative(now, locale()).unwrap_or_else(|| absolute.clone());
    view! {
        <time class="tt-time" datetime=at.to_rfc3339(zone) title=absolute>{shown}</time>
    }
}
