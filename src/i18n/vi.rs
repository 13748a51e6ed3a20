//! Vietnamese, the portal's language.

use super::Catalog;

/// Phrases the reader's catalog and the partner widget's share.
pub mod phrases {
    pub const SITE_NAME: &str = "Tin tức";
    pub const LATEST_NEWS: &str = "Tin mới nhất";
    pub const LOADING: &str = "Đang tải…";
    pub const RETRY: &str = "Thử lại";
    pub const EMPTY_LIST: &str = "Chưa có bài viết nào.";
    pub const MORE_NEWS: &str = "Xem thêm tin";
    pub const WIDGET_INVALID: &str = "Tiện ích tin tức chưa được cấu hình đúng:";
    pub const WIDGET_CONFIG: &str =
        "Không đọc được cấu hình của cổng tin tức (config.json). Kiểm tra thuộc tính portal.";
    pub const WIDGET_CORS: &str = "Trang web của cổng tin tức không cho phép các trang đối tác đọc tin (CORS). \
         Quản trị viên cổng tin cần cho phép trang này.";
    pub const WIDGET_BLOCKED: &str =
        "Chính sách bảo mật của trang này (Content-Security-Policy) chặn tiện ích tin tức. \
         Quản trị viên trang cần cho phép các địa chỉ ghi ở trang “Tiện ích tin tức cho website” của cổng tin tức.";
    pub const BUSY: &str = "Máy chủ đang bận. Vui lòng thử lại sau ít phút.";
    pub const UNREACHABLE: &str = "Không kết nối được tới máy chủ. Có vẻ bạn đang ngoại tuyến hoặc mạng không ổn định.";
    pub const TIMEOUT: &str = "Máy chủ phản hồi quá lâu. Vui lòng thử lại.";
    pub const UNREADABLE: &str = "Không đọc được nội dung máy chủ trả về.";
    pub const NOT_FOUND: &str = "Trang bạn tìm không tồn tại hoặc đã được chuyển đi.";
    pub const SERVER_ERROR: &str = "Máy chủ gặp sự cố. Vui lòng thử lại.";
}

use phrases as vi;

pub static VI: Catalog = Catalog {
    switch_language: "Switch to English",
    default_site_name: vi::SITE_NAME,
    home: "Trang chủ",
    latest_news: vi::LATEST_NEWS,
    categories: "danh mục tin tức",
    menu_open: "Mở danh mục tin tức",
    menu_close: "Đóng danh mục tin tức",
    menu_more: "Thêm",
    other_news: "Các tin tức khác",
    no_other_news: "Chưa có tin khác trong chuyên mục này.",
    most_read: "Đọc nhiều",
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
    error_cors: "Máy chủ tin tức không cho phép trang này đọc nội dung (CORS). Vui lòng báo quản trị viên.",
    error_technical: "Chi tiết kỹ thuật",
    footer_note: "Bản quyền thuộc về tòa soạn. Ghi rõ nguồn khi phát hành lại thông tin từ trang này.",
    skip_to_content: "Bỏ qua, đến nội dung chính",
    category_fallback_description: |name| format!("Tin tức chuyên mục {name}"),
    topic: "Chủ đề",
    topic_description: |name| format!("Tin tức về chủ đề {name}"),
    topics: "Chủ đề của bài viết",
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
    embed_csp: "Nếu trang của bạn có Content-Security-Policy",
    embed_csp_note: "Thêm các nguồn này vào chính sách của trang để tiện ích chạy được:",
    embed_csp_iframe: "Với khung iframe, chính sách cần cho phép:",
    embed_pinned: "Hoặc đoạn mã giữ đúng một phiên bản (an toàn hơn)",
    embed_pinned_note:
        "Trình duyệt của khách sẽ kiểm tra tệp tiện ích có đúng là phiên bản này không: nếu tệp bị thay đổi (do nhầm lẫn hay bị tấn công), tiện ích không chạy trên trang của bạn. Đoạn mã này không tự cập nhật: khi cổng tin tức nâng cấp tiện ích, hãy lấy lại đoạn mã ở đây.",
    embed_iframe_title: "Tin tức",
    copy_link_snippet: "Chép đoạn mã",
    snippet_copied: "Đã chép đoạn mã.",
    saved_title: "Bài đã lưu",
    saved_none: "Chưa có bài nào được lưu trên máy này.",
    #[cfg(feature = "offline")]
    offline_article_title: "Bài này chưa đọc được khi ngoại tuyến",
    #[cfg(feature = "offline")]
    offline_article_body:
        "Bạn đang ngoại tuyến, và bài này chưa từng được mở trên máy này. Những bài đã lưu hoặc đã đọc vẫn đọc được.",
    #[cfg(feature = "offline")]
    offline_article_link: "Xem bài đã lưu và đã đọc",
    updated_at: |at| format!("Cập nhật lúc {at}"),
    embed_limit_default: |n| format!("Để trống: đoạn mã dùng số mặc định, {n} tin."),
    embed_limit_out: |n| format!("Chỉ được từ 1 đến {} tin: đoạn mã dùng {n}.", crate::snippet::LIMIT_MAX),
    reading_time: |n| format!("{n} phút đọc"),
};
