//! The shape of a language: every user-visible UI string, as a field.

/// All user-visible UI text.
pub struct Catalog {
    pub switch_language: &'static str,
    pub default_site_name: &'static str,
    pub home: &'static str,
    pub latest_news: &'static str,
    pub categories: &'static str,
    pub menu_open: &'static str,
    pub menu_close: &'static str,
    /// Wide screens: the categories that don't fit the row ("Thêm").
    pub menu_more: &'static str,
    pub other_news: &'static str,
    pub no_other_news: &'static str,
    /// The most read beside an article (where the backend has them).
    pub most_read: &'static str,
    pub breadcrumb: &'static str,
    pub pagination: &'static str,
    pub prev_page: &'static str,
    pub next_page: &'static str,
    pub page_n: fn(u32) -> String,
    pub page_n_of: fn(u32, u32) -> String,
    pub empty_list: &'static str,
    pub page_past_end: &'static str,
    pub back_to_first_page: &'static str,
    pub loading: &'static str,
    pub retry: &'static str,
    pub back_home: &'static str,
    pub not_found_title: &'static str,
    pub not_found_body: &'static str,
    pub article_not_found_body: &'static str,
    pub error_title: &'static str,
    pub error_busy: &'static str,
    pub error_status: fn(u16) -> String,
    pub error_offline: &'static str,
    pub error_unreachable: &'static str,
    pub retry_in: fn(u32) -> String,
    pub offline_banner: &'static str,
    pub error_timeout: &'static str,
    pub error_decode: &'static str,
    pub error_config: &'static str,
    pub error_cors: &'static str,
    pub error_technical: &'static str,
    pub footer_note: &'static str,
    pub skip_to_content: &'static str,
    pub category_fallback_description: fn(&str) -> String,
    /// A topic's (tag's) page: the word above its name, and its description.
    pub topic: &'static str,
    pub topic_description: fn(&str) -> String,
    /// The article's topics, as a list's label.
    pub topics: &'static str,
    pub home_description: fn(&str) -> String,
    // Search.
    pub search: &'static str,
    pub search_placeholder: &'static str,
    pub search_submit: &'static str,
    pub search_title: &'static str,
    pub search_results_for: fn(&str) -> String,
    pub search_count: fn(u64) -> String,
    pub search_empty_query: &'static str,
    pub search_no_results: fn(&str) -> String,
    pub search_tips: [&'static str; 3],
    // Reading comfort.
    pub theme_to_dark: &'static str,
    pub theme_to_light: &'static str,
    pub text_smaller: &'static str,
    pub text_larger: &'static str,
    pub text_size: &'static str,
    // Sharing.
    pub share: &'static str,
    pub share_on: fn(&str) -> String,
    pub copy_link: &'static str,
    pub link_copied: &'static str,
    pub share_device: &'static str,
    // Times.
    pub just_now: &'static str,
    pub minutes_ago: fn(u64) -> String,
    pub hours_ago: fn(u64) -> String,
    pub page_loaded: fn(&str) -> String,
    // Widgets for partner sites.
    pub embed_link: &'static str,
    pub embed_title: &'static str,
    pub embed_intro: &'static str,
    pub embed_what: &'static str,
    pub embed_count: &'static str,
    pub embed_theme: &'static str,
    pub embed_theme_auto: &'static str,
    pub embed_cards: &'static str,
    pub embed_show_time: &'static str,
    pub embed_new_tab: &'static str,
    pub embed_preview: &'static str,
    pub embed_script: &'static str,
    pub embed_iframe: &'static str,
    /// The partner page's own CSP: what it must allow.
    pub embed_csp: &'static str,
    pub embed_csp_note: &'static str,
    pub embed_csp_iframe: &'static str,
    pub embed_pinned: &'static str,
    pub embed_pinned_note: &'static str,
    pub embed_iframe_title: &'static str,
    pub copy_link_snippet: &'static str,
    pub snippet_copied: &'static str,
    // Offline reading.
    pub saved_title: &'static str,
    pub saved_none: &'static str,
    #[cfg(feature = "offline")]
    pub offline_article_title: &'static str,
    #[cfg(feature = "offline")]
    pub offline_article_body: &'static str,
    #[cfg(feature = "offline")]
    pub offline_article_link: &'static str,
    /// An article's last change ("Cập nhật lúc 05/02/2021 - 04:10 PM"), and
    /// when a page shown offline was fetched.
    pub updated_at: fn(&str) -> String,
    /// The snippet builder's count field left empty: the default it uses.
    pub embed_limit_default: fn(u32) -> String,
    /// The count field out of range: the number the snippet uses.
    pub embed_limit_out: fn(u32) -> String,
    /// "4 phút đọc": the body's reading time in minutes.
    pub reading_time: fn(u32) -> String,
}
