//! The article viewer: Yew components that show an edition of news articles.
//!
//! [`embed`] puts viewers into a page; [`App`] loads an edition (through [`api`])
//! and holds the reader's place in it; everything under [`components`] is a pure
//! function of its props.

pub mod api;
mod app;
pub mod components;
pub mod crash_panel;
pub mod date_format;
pub mod document_head;
pub mod embed;
pub mod locale;
pub mod reading_settings;
pub mod reading_time;
pub mod route;
pub mod search;
pub mod structured_data;
#[cfg(test)]
mod test_support;
pub mod text_direction;

pub use app::{
    App, AppProps, EditionSource, SplitSeed, ViewerEvent, document_title, interface_locale,
};
