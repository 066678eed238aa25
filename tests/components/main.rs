//! The components in headless Chromium, mounted with fixture props: one module
//! per component, and what they share in `support`.
#![cfg(target_arch = "wasm32")]

use wasm_bindgen_test::wasm_bindgen_test_configure;

wasm_bindgen_test_configure!(run_in_browser);

mod support;

mod app;
mod app_downloads;
mod article_link;
mod article_view;
mod crash_panel;
mod edition_view;
mod headline_list;
mod lead_photo;
mod load_error;
mod load_failure;
mod paged_edition;
mod reading_controls;
mod related_sidebar;
