//! Presentational components: they take models as props and never fetch.

pub mod article_body;
pub mod article_card;
pub mod article_list;
pub mod category_menu;
pub mod error_view;
pub mod header_tools;
pub mod layout;
pub mod lead_photo;
pub mod marked;
pub mod notice;
#[cfg(feature = "offline")]
pub mod offline;
pub mod other_news;
pub mod pagination;
pub mod progress_bar;
pub mod publish_time;
pub mod share_bar;
pub mod skeleton;
pub mod text_size;
pub mod topics;
