//! What the reader sees if the viewer's program fails anyway.
//!
//! A panic in WebAssembly ends the program (the release build aborts), and
//! every viewer on the page stops with it: its last picture stays on screen but
//! nothing in it answers any more. The panic hook runs before the abort, so it
//! puts a panel with a reload button in front of each viewer, outside the
//! element the viewer renders into, which no code will touch again: at the start
//! of the viewer's shadow root (where the viewer's stylesheet applies), or just
//! before the viewer's element when it renders in place. The button calls the
//! browser's `location.reload` directly, never back into the stopped program.
//!
//! This is plain DOM, not a component: nothing of Yew can run at this point.

use std::panic::PanicHookInfo;

use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Document, Element};

use crate::locale::{Locale, Message, Strings};

/// The class of the panel: its root class, and the viewer's, for the theme.
const PANEL_CLASS: &str = "crash-panel";

/// Installs the panic hook: the message and its place in the source go to the
/// console as before, and each viewer gets the panel with the message alone.
/// Yew keeps a hook installed this way.
pub fn install() {
    yew::set_custom_panic_hook(Box::new(|info: &PanicHookInfo<'_>| {
        console_error_panic_hook::hook(info);
        show(info.payload_as_str().unwrap_or("an unexpected error"));
    }));
}

/// Puts the panel in front of every viewer on the page (or at the end of the
/// page if it has none), once, and makes the stopped viewers inert.
pub fn show(detail: &str) {
    let Some(document) = web_sys::window().and_then(|window| window.document()) else {
        return;
    };
    let viewers = document
        .query_selector_all(&format!("[{}]", crate::embed::MARKER))
        .ok()
        .map(|nodes| {
            (0..nodes.length())
                .filter_map(|index| nodes.item(index)?.dyn_into::<Element>().ok())
                .collect::<Vec<_>>()
        })
        .unwrap_or_default();
    if viewers.is_empty() {
        let locale = document
            .document_element()
            .and_then(|root| root.get_attribute("lang"))
            .and_then(|tag| Locale::from_tag(&tag))
            .unwrap_or_default();
        if let (Some(body), Some(panel)) = (document.body(), panel(&document, detail, locale)) {
            let _ = body.append_child(&panel);
        }
        return;
    }
    for viewer in viewers {
        let locale = interface_locale(&viewer);
        match viewer.shadow_root() {
            Some(shadow) => {
                if is_panel(shadow.first_element_child()) {
                    continue;
                }
                let stopped = shadow.children();
                for index in 0..stopped.length() {
                    if let Some(child) = stopped.item(index) {
                        let _ = child.set_attribute("inert", "");
                    }
                }
                if let Some(panel) = panel(&document, detail, locale) {
                    let _ = shadow.prepend_with_node_1(&panel);
                }
            }
            None => {
                if is_panel(viewer.previous_element_sibling()) {
                    continue;
                }
                if let Some(panel) = panel(&document, detail, locale) {
                    let _ = viewer.before_with_node_1(&panel);
                }
                let _ = viewer.set_attribute("inert", "");
            }
        }
    }
}

/// The language the stopped viewer spoke: its root's `lang`.
fn interface_locale(viewer: &Element) -> Locale {
    let selector = format!(".{}", crate::app::VIEWER_CLASS);
    let root = match viewer.shadow_root() {
        Some(shadow) => shadow.query_selector(&selector).ok().flatten(),
        None => viewer.query_selector(&selector).ok().flatten(),
    };
    root.and_then(|root| root.get_attribute("lang"))
        .and_then(|tag| Locale::from_tag(&tag))
        .unwrap_or_default()
}

fn is_panel(element: Option<Element>) -> bool {
    element.is_some_and(|element| element.class_list().contains(PANEL_CLASS))
}

fn panel(document: &Document, detail: &str, locale: Locale) -> Option<Element> {
    let strings = Strings::new(locale);
    let panel = element(
        document,
        "div",
        &format!("{} {PANEL_CLASS}", crate::app::VIEWER_CLASS),
        None,
    )?;
    panel.set_attribute("role", "alert").ok()?;
    panel.set_attribute("lang", locale.tag()).ok()?;
    panel.set_attribute("dir", locale.direction()).ok()?;
    let sentence = element(
        document,
        "p",
        "crash-panel__sentence",
        Some(&strings.text(Message::CrashSentence)),
    )?;
    let detail = element(document, "p", "crash-panel__detail", Some(detail))?;
    // The program's own message, in English.
    detail.set_attribute("lang", "en").ok()?;
    detail.set_attribute("dir", "ltr").ok()?;
    let button = element(
        document,
        "button",
        "crash-panel__reload",
        Some(&strings.text(Message::CrashReload)),
    )?;
    button.set_attribute("type", "button").ok()?;
    button
        .add_event_listener_with_callback("click", &reload_function()?)
        .ok()?;
    panel.append_with_node_3(&sentence, &detail, &button).ok()?;
    Some(panel)
}

fn element(document: &Document, tag: &str, class: &str, text: Option<&str>) -> Option<Element> {
    let element = document.create_element(tag).ok()?;
    element.set_class_name(class);
    element.set_text_content(text);
    Some(element)
}

/// `location.reload`, bound to the page's location: a click runs it without
/// entering WebAssembly.
fn reload_function() -> Option<js_sys::Function> {
    let location = web_sys::window()?.location();
    let reload: js_sys::Function = js_sys::Reflect::get(&location, &JsValue::from_str("reload"))
        .ok()?
        .dyn_into()
        .ok()?;
    Some(reload.bind0(&location))
}
