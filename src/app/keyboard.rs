//! "/" jumps to the headline filter, as on many sites with a search field.

use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement};
use yew::prelude::*;

use super::VIEWER_CLASS;
use crate::components::FILTER_INPUT_CLASS;
use crate::route::History;

/// For a viewer that owns its page: "/" typed with nothing focused jumps to
/// its filter too, not only "/" typed inside the viewer.
#[hook]
pub(super) fn use_slash_with_nothing_focused(history: History) {
    use_effect_with(history, |history| {
        let listener = history
            .owns_page()
            .then(web_sys::window)
            .flatten()
            .map(|window| {
                // gloo's listeners are passive unless told otherwise, and this
                // one must keep the "/" out of the filter it focuses.
                gloo_events::EventListener::new_with_options(
                    &window,
                    "keydown",
                    gloo_events::EventListenerOptions::enable_prevent_default(),
                    |event| {
                        if let Some(event) = event.dyn_ref::<KeyboardEvent>() {
                            focus_filter_on_slash(event);
                        }
                    },
                )
            });
        move || drop(listener)
    });
}

/// "/" typed in the viewer outside a text field, or typed with nothing focused in
/// a page the viewer owns, jumps to the headline filter.
pub(super) fn focus_filter_on_slash(event: &KeyboardEvent) {
    if event.key() != "/"
        || event.ctrl_key()
        || event.meta_key()
        || event.alt_key()
        || event.default_prevented()
    {
        return;
    }
    let Some(target) = event
        .target()
        .and_then(|target| target.dyn_into::<Element>().ok())
    else {
        return;
    };
    let viewer = match target.tag_name().as_str() {
        "INPUT" | "TEXTAREA" | "SELECT" => return,
        // Nothing focused: the first viewer of the page.
        "BODY" | "HTML" => target.owner_document().and_then(|document| {
            document
                .query_selector(&format!(".{VIEWER_CLASS}"))
                .ok()
                .flatten()
        }),
        _ => target.closest(&format!(".{VIEWER_CLASS}")).ok().flatten(),
    };
    if let Some(viewer) = viewer
        && let Ok(Some(filter)) = viewer.query_selector(&format!(".{FILTER_INPUT_CLASS}"))
        && let Ok(filter) = filter.dyn_into::<HtmlElement>()
    {
        event.prevent_default();
        let _ = filter.focus();
    }
}
