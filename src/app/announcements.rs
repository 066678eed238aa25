//! Telling the page what happened: events for the host's scripts, and for the
//! reader the title, the article's description in the head, and focus.

use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement};
use yew::prelude::*;

use super::ViewerEvent;
use super::edition_load::Load;
use super::page::document_title;
use crate::components::{MAIN_COLUMN_CLASS, Page};
use crate::locale::{Locale, Strings};
use crate::route::History;
use crate::{document_head, structured_data};

/// Tells the page what happened: events for the host's scripts, and for the
/// reader a new title, the view back at the top and focus on the new headline.
#[hook]
pub(super) fn use_announcements(
    load: &Load,
    page: Option<&Page>,
    history: History,
    on_event: &Callback<ViewerEvent>,
    root: &NodeRef,
    strings: &Strings,
) {
    // The edition's failure, or else the failure of the article asked for.
    let failure = match (load, page) {
        (Load::Failed(error), _) | (_, Some(Page::Unavailable { error, .. })) => {
            Some(error.to_string())
        }
        _ => None,
    };
    {
        let on_event = on_event.clone();
        use_effect_with(failure, move |failure| {
            if let Some(message) = failure {
                on_event.emit(ViewerEvent::Error {
                    message: message.clone(),
                });
            }
        });
    }

    let title = match (load, page) {
        (Load::Done(loaded), Some(page)) => {
            Some(document_title(loaded.index.title(), page, strings))
        }
        _ => None,
    };
    use_effect_with(title, move |title| {
        if history.owns_page()
            && let (Some(title), Some(document)) = (title, window_document())
        {
            document.set_title(title);
        }
    });

    // The article on screen, once there: `Some(None)` for no article; `None`
    // while the edition or a split edition's article is on its way.
    let shown = page.and_then(|page| match page {
        Page::Article(article) => Some(Some(article.id.clone())),
        Page::NotFound(_) | Page::Empty => Some(None),
        Page::Loading { .. } | Page::Unavailable { .. } => None,
    });
    let articles = match load {
        Load::Done(loaded) => loaded.index.article_count(),
        _ => 0,
    };
    let was_ready = use_mut_ref(|| false);
    let on_event = on_event.clone();
    let root = root.clone();
    use_effect_with(shown, move |shown| {
        let Some(article) = shown.clone() else {
            return;
        };
        if !*was_ready.borrow() {
            *was_ready.borrow_mut() = true;
            on_event.emit(ViewerEvent::Ready { article, articles });
            return;
        }
        on_event.emit(ViewerEvent::ArticleChange { article });
        if let Some(root) = root.cast::<Element>() {
            bring_headline_into_view(&root);
        }
    });
}

/// For a viewer that owns its page: the article's JSON-LD and meta tags in the
/// page's head, following the article on screen.
#[hook]
pub(super) fn use_structured_data(load: &Load, page: Option<&Page>, history: History) {
    let shown = match (load, page, history) {
        (Load::Done(loaded), Some(Page::Article(article)), history) if history.owns_page() => {
            Some((loaded.index.clone(), article.clone()))
        }
        _ => None,
    };
    use_effect_with(shown, |shown| {
        let entries = shown.as_ref().and_then(|(index, article)| {
            let document = window_document()?;
            let page_url = document
                .location()
                .and_then(|location| location.href().ok());
            let data = structured_data::for_article(article, index.title(), page_url.as_deref());
            Some(document_head::show(&document, &data))
        });
        move || {
            if let Some(entries) = entries {
                entries.remove();
            }
        }
    });
}

/// For a viewer that owns its page: the page's `lang` and `dir` are the
/// interface's, which the prerenderer wrote for the pages it made and a page that
/// reads its edition at run time learns once the edition is there.
#[hook]
pub(super) fn use_page_language(history: History, locale: Locale) {
    use_effect_with(locale, move |locale| {
        if history.owns_page()
            && let Some(root) = window_document().and_then(|document| document.document_element())
        {
            let _ = root.set_attribute("lang", locale.tag());
            let _ = root.set_attribute("dir", locale.direction());
        }
    });
}

fn window_document() -> Option<web_sys::Document> {
    web_sys::window()?.document()
}

/// After the reader opens another article: back to its top, focus on its headline.
fn bring_headline_into_view(root: &Element) {
    let Ok(Some(headline)) = root.query_selector("h1") else {
        return;
    };
    if let Ok(Some(column)) = root.query_selector(&format!(".{MAIN_COLUMN_CLASS}")) {
        column.scroll_into_view();
    }
    if let Ok(headline) = headline.dyn_into::<HtmlElement>() {
        let options = web_sys::FocusOptions::new();
        options.set_prevent_scroll(true);
        let _ = headline.focus_with_options(&options);
    }
}
