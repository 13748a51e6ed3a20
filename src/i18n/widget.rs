//! The few strings of the partner widget.

use super::en::phrases as en;
use super::vi::phrases as vi;
use super::Locale;

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
    /// The backend's CORS headers don't let the partner's page read it.
    pub cors: &'static str,
    /// The partner page's own Content-Security-Policy blocks the portal.
    pub blocked: &'static str,
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

pub static WIDGET_VI: WidgetText = WidgetText {
    latest_news: vi::LATEST_NEWS,
    loading: vi::LOADING,
    retry: vi::RETRY,
    empty_list: vi::EMPTY_LIST,
    more_news: vi::MORE_NEWS,
    invalid: vi::WIDGET_INVALID,
    config_error: vi::WIDGET_CONFIG,
    cors: vi::WIDGET_CORS,
    blocked: vi::WIDGET_BLOCKED,
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
    cors: en::WIDGET_CORS,
    blocked: en::WIDGET_BLOCKED,
    busy: en::BUSY,
    unreachable: en::UNREACHABLE,
    timeout: en::TIMEOUT,
    unreadable: en::UNREADABLE,
    not_found: en::NOT_FOUND,
    server_error: en::SERVER_ERROR,
};
