//! The message catalog: every string a reader sees, in one place, in
//! Vietnamese (the portal's language) and English. Article content is the
//! newsroom's and never passes through here.
//!
//! The language is chosen once per render: switching it re-renders the
//! reader (see `app.rs`), so components read [`t`] plainly.

use std::cell::Cell;

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Locale {
    #[default]
    Vi,
    En,
}

impl Locale {
    pub fn code(self) -> &'static str {
        match self {
            Locale::Vi => "vi",
            Locale::En => "en",
        }
    }

    pub fn catalog(self) -> &'static Catalog {
        match self {
            Locale::Vi => &VI,
            Locale::En => &EN,
        }
    }

    /// `vi`, `vi-VN`, `en-GB`...; anything else is not ours.
    pub fn from_tag(tag: &str) -> Option<Locale> {
        let primary = tag.split(['-', '_']).next()?.trim().to_ascii_lowercase();
        match primary.as_str() {
            "vi" => Some(Locale::Vi),
            "en" => Some(Locale::En),
            _ => None,
        }
    }

    /// The language to start in: the reader's saved choice, else the first
    /// of the browser's preferred languages we have, else Vietnamese.
    pub fn choose<'a>(saved: Option<&str>, preferred: impl IntoIterator<Item = &'a str>) -> Locale {
        saved
            .and_then(Locale::from_tag)
            .or_else(|| preferred.into_iter().find_map(Locale::from_tag))
            .unwrap_or_default()
    }
}

thread_local! {
    static CURRENT: Cell<Locale> = const { Cell::new(Locale::Vi) };
}

/// Sets the language of what renders next.
pub fn set_locale(l: Locale) {
    CURRENT.with(|c| c.set(l));
}

pub fn locale() -> Locale {
    CURRENT.with(|c| c.get())
}

/// The catalog in use.
pub fn t() -> &'static Catalog {
    locale().catalog()
}

/// The few strings of the partner widget. A catalog of its own (from the
/// same phrases) because referencing the full one links every formatting
/// function in it into the widget's small bundle.
pub struct WidgetText {
    pub latest_news: &'static str,
    pub loading: &'static str,
    pub retry: &'static str,
    pub empty_list: &'static str,
    pub more_news: &'static str,
    pub invalid: &'static str,
    pub config_error: &'static str,
    pub busy: &'static str,
    pub unreachable: &'static str,
    pub timeout: &'static str,
    pub unreadable: &'static str,
    pub not_found: &'static str,
    pub server_error: &'static str,
}

impl Locale {
    pub fn widget(self) -> &'static WidgetText {
        match self {
            Locale::Vi => &WIDGET_VI,
            Locale::En => &WIDGET_EN,
        }
    }
}

mod vi {
    pub const LATEST_NEWS: &str = "Tin mới nhất";
    pub const LOADING: &str = "Đang tải…";
    pub const RETRY: &str = "Thử lại";
    pub const EMPTY_LIST: &str = "Chưa có bài viết nào.";
    pub const MORE_NEWS: &str = "Xem thêm tin";
    pub const WIDGET_INVALID: &str = "Tiện ích tin tức chưa được cấu hình đúng:";
    pub const WIDGET_CONFIG: &str =
        "Không đọc được cấu hình của cổng tin tức (config.json). Kiểm tra thuộc tính portal.";
    pub const BUSY: &str = "Máy chủ đang bận. Vui lòng thử lại sau ít phút.";
    pub const UNREACHABLE: &str = "Không kết nối được tới máy chủ. Có vẻ bạn đang ngoại tuyến hoặc mạng không ổn định.";
    pub const TIMEOUT: &str = "Máy chủ phản hồi quá lâu. Vui lòng thử lại.";
    pub const UNREADABLE: &str = "Không đọc được nội dung máy chủ trả về.";
    pub const NOT_FOUND: &str = "Trang bạn tìm không tồn tại hoặc đã được chuyển đi.";
    pub const SERVER_ERROR: &str = "Máy chủ gặp sự cố. Vui lòng thử lại.";
}

mod en {
    pub const LATEST_NEWS: &str = "Latest news";
    pub const LOADING: &str = "Loading…";
    pub const RETRY: &str = "Try again";
    pub const EMPTY_LIST: &str = "No articles yet.";
    pub const MORE_NEWS: &str = "More news";
    pub const WIDGET_INVALID: &str = "This news widget is not set up correctly:";
    pub const WIDGET_CONFIG: &str =
        "The news portal's configuration (config.json) could not be read. Check the portal attribute.";
    pub const BUSY: &str = "The server is busy. Please try again in a few minutes.";
    pub const UNREACHABLE: &str = "The server could not be reached. You seem to be offline or on an unstable network.";
    pub const TIMEOUT: &str = "The server took too long to answer. Please try again.";
    pub const UNREADABLE: &str = "The content the server sent could not be read.";
    pub const NOT_FOUND: &str = "The page you are looking for does not exist or has moved.";
    pub const SERVER_ERROR: &str = "The server ran into a problem. Please try again.";
}

pub static WIDGET_VI: WidgetText = WidgetText {
    latest_news: vi::LATEST_NEWS,
    loading: vi::LOADING,
    retry: vi::RETRY,
    empty_list: vi::EMPTY_LIST,
    more_news: vi::MORE_NEWS,
    invalid: vi::WIDGET_INVALID,
    config_error: vi::WIDGET_CONFIG,
    busy: vi::BUSY,
    unreachable: vi::UNREACHABLE,
    timeout: vi::TIMEOUT,
    unreadable: vi::UNREADABLE,
    not_found: vi::NOT_FOUND,
    server_error: vi::SERVER_ERROR,
};

pub static WIDGET_EN: WidgetText = WidgetText {
    latest_news: en::LATEST_NEWS,
    loading: en::LOADING,
    retry: en::RETRY,
    empty_list: en::EMPTY_LIST,
    more_news: en::MORE_NEWS,
    invalid: en::WIDGET_INVALID,
    config_error: en::WIDGET_CONFIG,
    busy: en::BUSY,
    unreachable: en::UNREACHABLE,
    timeout: en::TIMEOUT,
    unreadable: en::UNREADABLE,
    not_found: en::NOT_FOUND,
    server_error: en::SERVER_ERROR,
};

/// All user-visible UI text.
pub struct Catalog {
    pub switch_language: &'static str,
    pub default_site_name: &'static str,
    pub home: &'static str,
    pub latest_news: &'static str,
    pub categories: &'static str,
    pub menu_open: &'static str,
    pub menu_close: &'static str,
    pub other_news: &'static str,
    pub no_other_news: &'static str,
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
    pub error_technical: &'static str,
    pub footer_note: &'static str,
    pub skip_to_content: &'static str,
    pub category_fallback_description: fn(&str) -> String,
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
    pub embed_iframe_title: &'static str,
    pub copy_link_snippet: &'static str,
    pub snippet_copied: &'static str,
}

pub static VI: Catalog = Catalog {
    switch_language: "Switch to English",
    default_site_name: "Tin tức",
    home: "Trang chủ",
    latest_news: vi::LATEST_NEWS,
    categories: "danh mục tin tức",
    menu_open: "Mở danh mục tin tức",
    menu_close: "Đóng danh mục tin tức",
    other_news: "Các tin tức khác",
    no_other_news: "Chưa có tin khác trong chuyên mục này.",
    breadcrumb: "Đường dẫn",
    pagination: "Phân trang",
    prev_page: "Trang trước",
    next_page: "Trang sau",
    page_n: |n| format!("Trang {n}"),
    page_n_of: |n, total| format!("Trang {n}/{total}"),
    empty_list: vi::EMPTY_LIST,
    page_past_end: "Trang này không còn bài viết nào.",
    back_to_first_page: "Về trang đầu",
    loading: vi::LOADING,
    retry: vi::RETRY,
    back_home: "Về trang chủ",
    not_found_title: "Không tìm thấy trang",
    not_found_body: vi::NOT_FOUND,
    article_not_found_body: "Bài viết này không tồn tại hoặc đã được gỡ bỏ.",
    error_title: "Không tải được nội dung",
    error_busy: vi::BUSY,
    error_status: |code| format!("Máy chủ gặp sự cố (mã lỗi {code}). Vui lòng thử lại."),
    error_offline: "Bạn đang ngoại tuyến. Trang sẽ tự tải lại khi có mạng.",
    error_unreachable: vi::UNREACHABLE,
    retry_in: |s| format!("Tự thử lại sau {s} giây."),
    offline_banner: "Bạn đang ngoại tuyến. Nội dung đã tải vẫn đọc được; trang sẽ tự tải tiếp khi có mạng.",
    error_timeout: vi::TIMEOUT,
    error_decode: vi::UNREADABLE,
    error_config: "Trang chưa được cấu hình đúng (config.json). Vui lòng báo quản trị viên.",
    error_technical: "Chi tiết kỹ thuật",
    footer_note: "Bản quyền thuộc về tòa soạn. Ghi rõ nguồn khi phát hành lại thông tin từ trang này.",
    skip_to_content: "Bỏ qua, đến nội dung chính",
    category_fallback_description: |name| format!("Tin tức chuyên mục {name}"),
    home_description: |site| format!("Tin tức mới nhất của {site}"),
    search: "Tìm kiếm",
    search_placeholder: "Tìm tin tức…",
    search_submit: "Tìm",
    search_title: "Tìm kiếm",
    search_results_for: |q| format!("Kết quả tìm kiếm cho “{q}”"),
    search_count: |n| format!("{n} kết quả"),
    search_empty_query: "Nhập từ khóa vào ô tìm kiếm, ví dụ: “Hoàn Kiếm” hoặc “hoan kiem”.",
    search_no_results: |q| format!("Không tìm thấy bài viết nào cho “{q}”."),
    search_tips: [
        "Kiểm tra lại chính tả.",
        "Dùng ít từ hơn hoặc từ khóa khác.",
        "Có thể gõ không dấu: “ha noi” tìm được “Hà Nội”.",
    ],
    theme_to_dark: "Giao diện tối",
    theme_to_light: "Giao diện sáng",
    text_smaller: "Chữ nhỏ hơn",
    text_larger: "Chữ lớn hơn",
    text_size: "Cỡ chữ",
    share: "Chia sẻ",
    share_on: |network| format!("Chia sẻ lên {network}"),
    copy_link: "Chép liên kết",
    link_copied: "Đã chép liên kết vào bộ nhớ tạm.",
    share_device: "Chia sẻ…",
    just_now: "Vừa xong",
    minutes_ago: |n| format!("{n} phút trước"),
    hours_ago: |n| format!("{n} giờ trước"),
    page_loaded: |title| format!("Đã mở trang: {title}"),
    embed_link: "Đưa tin tức lên website của bạn",
    embed_title: "Tiện ích tin tức cho website",
    embed_intro: "Chọn tin muốn hiển thị, xem trước, rồi chép một đoạn mã vào trang của bạn.",
    embed_what: "Tin hiển thị",
    embed_count: "Số tin (1–20)",
    embed_theme: "Giao diện",
    embed_theme_auto: "Theo thiết bị",
    embed_cards: "Kèm ảnh",
    embed_show_time: "Hiện thời gian đăng",
    embed_new_tab: "Mở tin trong thẻ mới",
    embed_preview: "Xem trước",
    embed_script: "Đoạn mã (khuyên dùng)",
    embed_iframe: "Hoặc khung iframe (cho trang không chạy được mã)",
    embed_iframe_title: "Tin tức",
    copy_link_snippet: "Chép đoạn mã",
    snippet_copied: "Đã chép đoạn mã.",
};

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
    default_site_name: "News",
    home: "Home",
    latest_news: en::LATEST_NEWS,
    categories: "news categories",
    menu_open: "Open the news categories",
    menu_close: "Close the news categories",
    other_news: "Other news",
    no_other_news: "No other news in this category yet.",
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
    error_technical: "Technical details",
    footer_note: "Copyright the newsroom. Please credit the source when republishing.",
    skip_to_content: "Skip to main content",
    category_fallback_description: |name| format!("News in {name}"),
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
    embed_iframe_title: "News",
    copy_link_snippet: "Copy the snippet",
    snippet_copied: "Snippet copied.",
};
