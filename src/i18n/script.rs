//! The strings of what runs outside the app: `index.html`'s own text (the
//! title and description before a page has its own, the message without
//! JavaScript), the boot script's message after a crash (`web/boot.js`)
//! and the offline module's buttons and lists (`web/offline.js`). The
//! build writes them into those files (`xtask facts`): the app's bundle
//! never links them.

use super::Locale;

pub struct ScriptText {
    /// `<title>` of a page before the app or the server names it.
    pub default_title: &'static str,
    pub default_description: &'static str,
    /// `index.html` read without JavaScript on a static host.
    pub needs_javascript: &'static str,
    /// After a trap in the WASM: the app is gone.
    pub fatal: &'static str,
    pub fatal_reload: &'static str,
    // Offline reading (web/offline.js).
    pub save: &'static str,
    pub unsave: &'static str,
    pub saved: &'static str,
    pub saved_empty: &'static str,
    pub read_lately: &'static str,
    pub update: &'static str,
    pub update_reload: &'static str,
    /// A save the browser refused (storage full, the network gone mid-save).
    pub save_failed: &'static str,
    // The partner widget's loader (widget/loader.js), before its WASM runs.
    pub widget_failed: &'static str,
    pub widget_blocked: &'static str,
}

impl Locale {
    pub fn script(self) -> &'static ScriptText {
        match self {
            Locale::Vi => &SCRIPT_VI,
            Locale::En => &SCRIPT_EN,
        }
    }
}

pub static SCRIPT_VI: ScriptText = ScriptText {
    default_title: super::vi::phrases::SITE_NAME,
    default_description: "Tin tức, sự kiện của địa phương",
    needs_javascript: "Trang này cần JavaScript để hiển thị tin tức.",
    fatal: "Rất tiếc, trang gặp lỗi và không thể tiếp tục.",
    fatal_reload: "Tải lại trang",
    save: "Lưu bài",
    unsave: "Bỏ lưu",
    saved: "Đã lưu: bài này đọc được cả khi không có mạng.",
    saved_empty: "Chưa có bài nào được lưu. Bấm “Lưu bài” trong một bài để đọc lại cả khi không có mạng.",
    read_lately: "Đã đọc gần đây",
    update: "Có phiên bản mới",
    update_reload: "Tải lại",
    save_failed: "Chưa lưu được bài này (bộ nhớ đầy hoặc mất mạng). Vui lòng thử lại.",
    widget_failed: "Không tải được tiện ích tin tức.",
    widget_blocked: super::vi::phrases::WIDGET_BLOCKED,
};

pub static SCRIPT_EN: ScriptText = ScriptText {
    default_title: super::en::phrases::SITE_NAME,
    default_description: "Local news and events",
    needs_javascript: "This page needs JavaScript to show the news.",
    fatal: "Sorry, the page ran into an error and cannot continue.",
    fatal_reload: "Reload the page",
    save: "Save",
    unsave: "Remove from saved",
    saved: "Saved: this article can be read without a connection.",
    saved_empty: "Nothing saved yet. Press “Save” on an article to read it again even without a connection.",
    read_lately: "Recently read",
    update: "A new version is available",
    update_reload: "Reload",
    save_failed: "This article could not be saved (storage full or the connection dropped). Please try again.",
    widget_failed: "The news widget could not be loaded.",
    widget_blocked: super::en::phrases::WIDGET_BLOCKED,
};
