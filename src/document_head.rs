//! Puts the article's structured data into the page's `<head>`, for a viewer that
//! owns its page. An embedded viewer never calls this: the host's head is the host's.

use web_sys::{Document, Element};

use crate::structured_data::StructuredData;

/// Marks the elements this module adds, so it removes only its own.
pub const MARKER: &str = "data-article-viewer-head";

/// The elements added to the head; [`HeadEntries::remove`] takes them out again.
pub struct HeadEntries(Vec<Element>);

impl HeadEntries {
    pub fn remove(self) {
        for element in self.0 {
            element.remove();
        }
    }
}

/// Adds the JSON-LD script and the meta tags to `document.head`, replacing any
/// left by an earlier article.
pub fn show(document: &Document, data: &StructuredData) -> HeadEntries {
    let Some(head) = document.head() else {
        return HeadEntries(Vec::new());
    };
    if let Ok(stale) = head.query_selector_all(&format!("[{MARKER}]")) {
        for index in 0..stale.length() {
            if let Some(node) = stale.item(index)
                && let Some(parent) = node.parent_node()
            {
                let _ = parent.remove_child(&node);
            }
        }
    }
    let mut added = Vec::new();
    let mut add = |element: Element| {
        let _ = element.set_attribute(MARKER, "");
        if head.append_child(&element).is_ok() {
            added.push(element);
        }
    };
    for tag in &data.meta {
        if let Ok(meta) = document.create_element("meta") {
            let _ = meta.set_attribute(tag.attribute.as_str(), tag.key);
            let _ = meta.set_attribute("content", &tag.content);
            add(meta);
        }
    }
    if let Ok(script) = document.create_element("script") {
        let _ = script.set_attribute("type", "application/ld+json");
        script.set_text_content(Some(&data.json_ld));
        add(script);
    }
    HeadEntries(added)
}
