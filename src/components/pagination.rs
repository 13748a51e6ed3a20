use crate::i18n::t;
use crate::pagination::{PageCell, Pager};
use leptos::prelude::*;

/// Prev / page numbers / next. Nothing is drawn for a single page.
#[component]
pub fn Pagination(
    pager: Pager,
    href: Callback<u32, String>,
    /// The backend did not say how many pages there are: only prev/next.
    #[prop(optional)]
    open_ended: bool,
) -> impl IntoView {
    if pager.total_pages <= 1 {
        return ().into_any();
    }
    let cat = t();
    let link = move |target: Option<u32>, label: &'static str, class: &'static str, rel: &'static str| {
        match target {
        Some(p) => view! { <a class=format!("tt-pager__step {class}") href=href.run(p) rel=rel>{label}</a> }.into_any(),
        None => view! { <span class=format!("tt-pager__step {class} tt-pager__step--off") aria-hidden="true">{label}</span> }
            .into_any(),
    }
    };
    let cells = if open_ended { vec![] } else { pager.cells(2) };
    let status = if open_ended {
        (cat.page_n)(pager.current)
    } else {
        (cat.page_n_of)(pager.current, pager.total_pages)
    };
    let cells = cells
        .into_iter()
        .map(|cell| match cell {
            PageCell::Page(p) if p == pager.current => view! {
                <li><span class="tt-pager__num tt-pager__num--current" aria-current="page">{p}</span></li>
            }
            .into_any(),
            PageCell::Page(p) => view! {
                <li><a class="tt-pager__num" href=href.run(p) aria-label=(cat.page_n)(p)>{p}</a></li>
            }
            .into_any(),
            PageCell::Gap => view! { <li><span class="tt-pager__gap" aria-hidden="true">"…"</span></li> }.into_any(),
        })
        .collect::<Vec<_>>();
    view! {
        <nav class="tt-pager" aria-label=cat.pagination>
            {link(pager.prev(), cat.prev_page, "tt-pager__step--prev", "prev")}
            <ul class="tt-pager__nums">{cells}</ul>
            <span class="tt-pager__status tt-status" class:tt-pager__status--shown=open_ended>{status}</span>
            {link(pager.next(), cat.next_page, "tt-pager__step--next", "next")}
        </nav>
    }
    .into_any()
}
