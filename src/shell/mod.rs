//! Everything inside the router: the current page parsed from the location
//! (once, by the route model), the navigation loader, the category menu's
//! data, the layout, and the page itself.

use crate::api::client::query::{use_client, use_query, PageScope, Scope};
use crate::api::client::APP_SCOPE;
use crate::api::request;
use crate::components::layout::Layout;
use crate::context::{use_site, use_site_name, Categories, CurrentCategory, CurrentPage};
use crate::nav::loader::{Loader, PendingNav};
#[cfg(feature = "builder")]
use crate::pages::embed_builder::EmbedBuilderPage;
#[cfg(not(feature = "builder"))]
use crate::pages::not_found::BuilderElsewhere as EmbedBuilderPage;
use crate::pages::{
    article::ArticlePage, category::CategoryPage, home::HomePage, not_found::NotFound, saved::SavedPage,
    search::SearchPage,
};
use crate::route::{Page, PageKind};
use leptos::prelude::*;
use leptos_meta::Link;
use leptos_router::hooks::{use_location, use_navigate};

mod browser;

use browser::browser_status;
#[cfg(target_arch = "wasm32")]
use browser::offline_hooks;

/// The layout around the page the location names.
#[component]
pub fn Shell(loading: RwSignal<bool>) -> impl IntoView {
    let client = use_client();
    let location = use_location();
    let page = Memo::new(move |_| Page::parse(&location.pathname.get(), &location.search.get()));
    let here = Memo::new(move |_| page.with(Page::href));
    provide_context(CurrentPage(page));
    provide_context(PageScope(here.into()));
    let pending = expect_context::<PendingNav>().0;
    let navigate = use_navigate();
    let loader = Loader::new(
        client.get_value(),
        pending,
        move || here.get_untracked(),
        move |to| navigate(to, Default::default()),
    );
    #[cfg(target_arch = "wasm32")]
    crate::nav::links::install(loader.clone());
    crate::nav::loader::provide_loader(loader);
    Effect::new(move |_| {
        let (here, target) = (here.get(), pending.get().unwrap_or_default());
        loading.set(client.with_value(|c| c.busy(&[&here, &target])));
    });
    // The server's structured data describes its page: gone once another
    // is shown (not on the first run: that is the server's page).
    #[cfg(target_arch = "wasm32")]
    Effect::new(move |first: Option<()>| {
        here.track();
        if first.is_some() {
            let doc = web_sys::window().and_then(|w| w.document());
            if let Some(ld) = doc.and_then(|d| d.get_element_by_id(crate::embed::LD_ID)) {
                ld.remove();
            }
        }
    });
    let menu_open = RwSignal::new(false);
    let categories = use_query(Scope::App, || Some(request::categories()));
    // A new page: what was loading for the old one is moot, and a category
    // list that failed is asked again (the menu is the way around the site;
    // otherwise only the network coming back would retry it).
    Effect::new(move |_| {
        let here = here.get();
        let target = pending.get_untracked().unwrap_or_default();
        client.with_value(|c| c.abort_except(&[&here, &target, APP_SCOPE]));
        menu_open.set(false);
        if matches!(untrack(|| categories.get()), Some(Err(_))) {
            categories.retry();
        }
    });
    let list = Signal::derive(move || categories.get().and_then(Result::ok));
    provide_context(Categories(list));
    let current = current_category(page);
    provide_context(CurrentCategory(current));
    let (online, announce) = browser_status(here);
    // When what is shown is a copy the service worker kept, the oldest of
    // its answers' times ("Cập nhật lúc 14:05"): above the page.
    #[cfg(feature = "offline")]
    let copy_note = {
        use crate::components::offline::CopyNote;
        let at = Signal::derive(move || {
            client.with_value(|c| page.with(|p| p.requests().iter().filter_map(|r| c.copy_time(r)).reduce(f64::min)))
        });
        view! { <CopyNote at /> }
    };
    #[cfg(not(feature = "offline"))]
    let copy_note = ();
    #[cfg(target_arch = "wasm32")]
    offline_hooks(client, page);
    // Each page that is one of the portal's own has one public address.
    let origin = use_site().origin;
    let canonical = move || {
        let kind = page.with(Page::kind);
        matches!(
            kind,
            PageKind::Home | PageKind::Category | PageKind::Topic | PageKind::Article
        )
        .then(|| view! { <Link rel="canonical" href=format!("{origin}{}", here.get()) /> })
    };
    view! {
        {canonical}
        <Layout
            site_name=use_site_name()
            categories=list
            current=current.into()
            loading=loading.into()
            menu_open
            online
            announce
        >
            {copy_note}
            <Routed />
        </Layout>
    }
}

/// In the browser every address is one route of the router, and the route
/// model decides which page it is. (The router must still complete each
/// navigation: without a route it never updates the address bar.)
#[cfg(target_arch = "wasm32")]
#[component]
fn Routed() -> impl IntoView {
    use leptos_router::components::{FlatRoutes, Route};
    use leptos_router::path;
    view! {
        <FlatRoutes fallback=Pages>
            <Route path=path!("/*any") view=Pages />
        </FlatRoutes>
    }
}

/// The server renders one address: the page itself, whose reactive owner
/// then lives as long as the render (its title is read after the body).
#[cfg(not(target_arch = "wasm32"))]
#[component]
fn Routed() -> impl IntoView {
    view! { <Pages /> }
}

/// The page of the current location's kind.
#[component]
fn Pages() -> impl IntoView {
    let page = expect_context::<CurrentPage>().0;
    let kind = Memo::new(move |_| page.with(Page::kind));
    move || match kind.get() {
        PageKind::Home => view! { <HomePage /> }.into_any(),
        // One component for both named lists: each `view!` is code in the bundle.
        PageKind::Category | PageKind::Topic => view! { <CategoryPage /> }.into_any(),
        PageKind::Article => view! { <ArticlePage /> }.into_any(),
        PageKind::Search => view! { <SearchPage /> }.into_any(),
        PageKind::Embed => view! { <EmbedBuilderPage /> }.into_any(),
        PageKind::Saved => view! { <SavedPage /> }.into_any(),
        PageKind::NotFound => view! { <NotFound /> }.into_any(),
    }
}

/// The category being read: a category page's own, or the section of the
/// article shown (once it has loaded).
fn current_category(page: Memo<Page>) -> Memo<Option<String>> {
    let client = use_client();
    Memo::new(move |_| match page.get() {
        Page::Category { slug, .. } => Some(slug),
        p @ Page::Article { .. } => {
            let ask = p.article()?;
            let answer = client.with_value(|c| c.peek(ask.request()))?.ok()?;
            ask.downcast(answer).ok()?.category.as_ref().map(|c| c.slug.clone())
        }
        _ => None,
    })
}
