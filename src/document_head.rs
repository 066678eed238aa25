//! Puts the article's structured data into the page's `<head>`, for a viewer that
//! owns its page. An embedded viewer never calls this: the host's head is the host's.

use std::cell::OnceCell;

use js_sys::{Function, Object, Reflect};
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::*;
use web_sys::{Document, Element};

use crate::structured_data::StructuredData;

/// Marks the elements this module adds, so it removes only its own.
pub const MARKER: &str = "data-article-viewer-head";

/// The one Trusted Types policy the viewer's pages allow (README:
/// "Content-Security-Policy"): it turns the JSON-LD, and nothing else, into the
/// `TrustedScript` a page that requires Trusted Types wants for a script's text.
pub const JSON_LD_POLICY: &str = "article-viewer-json-ld";

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
        // A data block never runs, but a page that requires Trusted Types refuses
        // any script text that is not a TrustedScript. Where the text cannot be
        // set, the page goes without structured data rather than the viewer stopping.
        let text = trusted_script(&data.json_ld).unwrap_or_else(|| data.json_ld.as_str().into());
        match Reflect::set(&script, &"text".into(), &text) {
            Ok(true) => add(script),
            _ => web_sys::console::warn_1(
                &"article viewer: the page refuses the structured data's script".into(),
            ),
        }
    }
    HeadEntries(added)
}

thread_local! {
    /// Created once per page: a second policy of the same name is refused.
    static POLICY: OnceCell<Option<JsValue>> = const { OnceCell::new() };
}

/// `text` as a TrustedScript from [`JSON_LD_POLICY`]; `None` where the browser has
/// no Trusted Types or the page does not allow the policy.
fn trusted_script(text: &str) -> Option<JsValue> {
    let policy = POLICY.with(|policy| policy.get_or_init(create_policy).clone())?;
    let create_script: Function = Reflect::get(&policy, &"createScript".into())
        .ok()?
        .dyn_into()
        .ok()?;
    create_script.call1(&policy, &text.into()).ok()
}

fn create_policy() -> Option<JsValue> {
    let window = web_sys::window()?;
    let factory = Reflect::get(&window, &"trustedTypes".into())
        .ok()
        .filter(|factory| factory.is_object())?;
    let create_policy: Function = Reflect::get(&factory, &"createPolicy".into())
        .ok()?
        .dyn_into()
        .ok()?;
    // Only this module calls the policy, and only with the JSON-LD it builds.
    let pass_through = Closure::<dyn Fn(String) -> String>::new(|text: String| text);
    let rules = Object::new();
    Reflect::set(&rules, &"createScript".into(), pass_through.as_ref()).ok()?;
    // The policy keeps the function for as long as the page lives.
    pass_through.forget();
    create_policy
        .call2(&factory, &JSON_LD_POLICY.into(), &rules)
        .ok()
}
