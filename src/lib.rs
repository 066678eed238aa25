//! The article viewer: Yew components that show an edition of news articles.
//!
//! [`App`] loads the edition (through [`api`]) and holds the reader's place in it;
//! everything under [`components`] is a pure function of its props.

pub mod api;
mod app;
pub mod components;
pub mod crash_panel;

pub use app::{App, AppProps};

/// The page's elements that ask for a viewer: `<div data-article-viewer>`.
pub fn viewer_roots() -> Vec<web_sys::Element> {
    let Some(document) = web_sys::window().and_then(|window| window.document()) else {
        return Vec::new();
    };
    let Ok(nodes) = document.query_selector_all("[data-article-viewer]") else {
        return Vec::new();
    };
    (0..nodes.length())
        .filter_map(|index| nodes.item(index))
        .filter_map(|node| wasm_bindgen::JsCast::dyn_into::<web_sys::Element>(node).ok())
        .collect()
}
