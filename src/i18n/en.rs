//! English.

use super::Catalog;

/// Phrases the reader's catalog and the partner widget's share.
pub mod phrases {
    pub const SITE_NAME: &str = "News";
    pub const LATEST_NEWS: &str = "Latest news";
    pub const LOADING: &str = "Loading…";
    pub const RETRY: &str = "Try again";
    pub const EMPTY_LIST: &str = "No articles yet.";
    pub const MORE_NEWS: &str = "More news";
    pub const WIDGET_INVALID: &str = "This news widget is not set up correctly:";
    pub const WIDGET_CONFIG: &str =
        "The news portal's configuration (config.json) could not be read. Check the portal attribute.";
    pub const WIDGET_CORS: &str = "The news portal's site doesn't allow partner pages to read it (CORS). \
         The portal's administrator must allow this site.";
    pub const WIDGET_BLOCKED: &str = "This page's security policy (Content-Security-Policy) blocks the news widget. \
         The page's administrator must allow the addresses listed on the portal's “News widget for your website” page.";
    pub const BUSY: &str = "The server is busy. Please try again in a few minutes.";
    pub const UNREACHABLE: &str = "The server could not be reached. You seem to be offline or on an unstable network.";
    pub const TIMEOUT: &str = "The server took too long to answer. Please try again.";
    pub const UNREADABLE: &str = "The content the server sent could not be read.";
    pub const NOT_FOUND: &str = "The page you are looking for does not exist or has moved.";
    pub const SERVER_ERROR: &str = "The server ran into a problem. Please try again.";
}

use phrases as en;

/// English: "1 minute", "2 minutes".
fn plural(n: u64, one: &str, many: &str) -> String {
    if n == 1 {
        format!("1 {one}")
    } else {
        format!("{n} {many}")
    }
}

pub static EN: Catalog = Catalog {
    switch_language: "Chuyển sang tiếng Việt",
    default_site_name: en::SITE_NAME,
    home: "Home",
    latest_news: en::LATEST_NEWS,
    categories: "news categories",
    menu_open: "Open the news categories",
    menu_close: "Close the news categories",
    menu_more: "More",
    other_news: "Other news",
    no_other_news: "No other news in this category yet.",
    most_read: "Most read",
    breadcrumb: "Breadcrumb",
    pagination: "Pagination",
    prev_page: "Previous",
    next_page: "Next",
    page_n: |n| format!("Page {n}"),
    page_n_of: |n, total| format!("Page {n} of {total}"),
    empty_list: en::EMPTY_LIST,
    page_past_end: "This page has no articles any more.",
    back_to_first_page: "Back to the first page",
    loading: en::LOADING,
    retry: en::RETRY,
    back_home: "Back to the home page",
    not_found_title: "Page not found",
    not_found_body: en::NOT_FOUND,
    article_not_found_body: "This article does not exist or has been removed.",
    error_title: "The content could not be loaded",
    error_busy: en::BUSY,
    error_status: |code| format!("The server ran into a problem (error {code}). Please try again."),
    error_offline: "You are offline. The page will load again when the connection returns.",
    error_unreachable: en::UNREACHABLE,
    retry_in: |s| format!("Trying again in {}.", plural(u64::from(s), "second", "seconds")),
    offline_banner:
        "You are offline. What has loaded can still be read; the page carries on when the connection returns.",
    error_timeout: en::TIMEOUT,
    error_decode: en::UNREADABLE,
    error_config: "This site is not configured correctly (config.json). Please tell its administrator.",
    error_cors: "The news server does not let this site read it (CORS). Please tell its administrator.",
    error_technical: "Technical details",
    footer_note: "Copyright the newsroom. Please credit the source when republishing.",
    skip_to_content: "Skip to main content",
    category_fallback_description: |name| format!("News in {name}"),
    topic: "Topic",
    topic_description: |name| format!("News about {name}"),
    topics: "Topics of this article",
    home_description: |site| format!("The latest news from {site}"),
    search: "Search",
    search_placeholder: "Search the news…",
    search_submit: "Search",
    search_title: "Search",
    search_results_for: |q| format!("Search results for “{q}”"),
    search_count: |n| plural(n, "result", "results"),
    search_empty_query: "Type what you are looking for in the search box, for example “Hoàn Kiếm” or “hoan kiem”.",
    search_no_results: |q| format!("No articles found for “{q}”."),
    search_tips: [
        "Check the spelling.",
        "Use fewer or other words.",
        "Accents are optional: “ha noi” finds “Hà Nội”.",
    ],
    theme_to_dark: "Dark theme",
    theme_to_light: "Light theme",
    text_smaller: "Smaller text",
    text_larger: "Larger text",
    text_size: "Text size",
    share: "Share",
    share_on: |network| format!("Share on {network}"),
    copy_link: "Copy link",
    link_copied: "Link copied to the clipboard.",
    share_device: "Share…",
    just_now: "Just now",
    minutes_ago: |n| format!("{} ago", plural(n, "minute", "minutes")),
    hours_ago: |n| format!("{} ago", plural(n, "hour", "hours")),
    page_loaded: |title| format!("Opened: {title}"),
    embed_link: "Put this news on your website",
    embed_title: "News widget for your website",
    embed_intro: "Pick what to show, preview it, then copy one snippet into your page.",
    embed_what: "News shown",
    embed_count: "Number of articles (1–20)",
    embed_theme: "Theme",
    embed_theme_auto: "Follow the device",
    embed_cards: "With pictures",
    embed_show_time: "Show publish times",
    embed_new_tab: "Open articles in a new tab",
    embed_preview: "Preview",
    embed_script: "Snippet (recommended)",
    embed_iframe: "Or an iframe (for pages that cannot run scripts)",
    embed_csp: "If your page has a Content-Security-Policy",
    embed_csp_note: "Add these sources to your page's policy so that the widget can run:",
    embed_csp_iframe: "For the iframe, the policy must allow:",
    embed_pinned: "Or a snippet that keeps one exact version (safer)",
    embed_pinned_note:
        "Your visitors' browsers check that the widget file is exactly this version: if it changes (by mistake or in an attack), the widget does not run on your page. This snippet never updates itself: when the portal updates the widget, get the snippet here again.",
    embed_iframe_title: "News",
    copy_link_snippet: "Copy the snippet",
    snippet_copied: "Snippet copied.",
    saved_title: "Saved articles",
    saved_none: "No articles saved on this device yet.",
    #[cfg(feature = "offline")]
    offline_article_title: "This article is not available offline",
    #[cfg(feature = "offline")]
    offline_article_body: "You are offline, and this article has not been opened on this device. The articles you saved or read can still be read.",
    #[cfg(feature = "offline")]
    offline_article_link: "See saved and read articles",
    updated_at: |at| format!("Updated at {at}"),
    embed_limit_default: |n| format!("Empty: the snippet uses the default, {n} articles."),
    embed_limit_out: |n| format!("Only 1 to {} articles: the snippet uses {n}.", crate::snippet::LIMIT_MAX),
    reading_time: |n| format!("{n} min read"),
};
