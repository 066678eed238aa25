//! The crash panel: what stands in front of a viewer that stopped working.

use wasm_bindgen_test::wasm_bindgen_test;
use web_sys::Element;

use crate::support::{all, one, text};

#[wasm_bindgen_test]
fn stands_in_front_of_each_viewer_once() {
    let document = web_sys::window().unwrap().document().unwrap();
    let page = document.create_element("section").unwrap();
    document.body().unwrap().append_child(&page).unwrap();
    let in_place: Vec<Element> = (0..2)
        .map(|_| {
            let viewer = document.create_element("div").unwrap();
            viewer.set_attribute("data-article-viewer", "").unwrap();
            page.append_child(&viewer).unwrap();
            viewer
        })
        .collect();
    let isolated = document.create_element("div").unwrap();
    isolated.set_attribute("data-article-viewer", "").unwrap();
    page.append_child(&isolated).unwrap();
    let shadow = isolated
        .attach_shadow(&web_sys::ShadowRootInit::new(web_sys::ShadowRootMode::Open))
        .unwrap();
    let app_root = document.create_element("div").unwrap();
    shadow.append_child(&app_root).unwrap();

    article_viewer::crash_panel::show("boom");
    article_viewer::crash_panel::show("a second panic");

    let check_panel = |panel: &Element| {
        assert_eq!(panel.get_attribute("role").unwrap(), "alert");
        assert!(panel.class_list().contains("article-viewer"), "themed");
        assert!(text(panel).starts_with("The article viewer stopped working."));
        assert_eq!(text(&one(panel, ".crash-panel__detail")), "boom");
        let button = one(panel, "button");
        assert_eq!(button.get_attribute("type").unwrap(), "button");
        assert_eq!(text(&button), "Reload the page");
    };
    assert_eq!(all(&page, ".crash-panel").len(), 2);
    for viewer in &in_place {
        let panel = viewer.previous_element_sibling().unwrap();
        check_panel(&panel);
        assert!(viewer.has_attribute("inert"));
        assert!(!viewer.contains(Some(&panel)), "outside the stopped viewer");
    }
    assert_eq!(
        shadow.query_selector_all(".crash-panel").unwrap().length(),
        1
    );
    let panel = shadow.first_element_child().unwrap();
    check_panel(&panel);
    assert!(app_root.has_attribute("inert"));
    assert!(
        !app_root.contains(Some(&panel)),
        "outside the stopped viewer"
    );
    page.remove();
}
