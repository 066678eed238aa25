//! Where the reader is: the article they asked for, kept in memory, in the
//! URL fragment or in the page's address, and followed when the URL changes.

use edition::Slug;
use yew::prelude::*;

use crate::route::{self, History};

/// The id of the article the reader asks for, as text (a link may name an
/// article that is not there), and the callback that opens another. For a
/// viewer that owns its page, the URL keeps the article, and links, back and
/// forward all change it.
#[hook]
pub(super) fn use_navigation(
    initial_article: Option<&AttrValue>,
    history: History,
) -> (Option<String>, Callback<Slug>) {
    let requested_article = use_state(|| initial_article.map(|id| id.to_string()));
    {
        let requested_article = requested_article.setter();
        use_effect_with(history, move |history| {
            let history = *history;
            let listener = history
                .owns_page()
                .then(web_sys::window)
                .flatten()
                .map(|window| {
                    let location = window.location();
                    let (event, read): (&str, fn(&web_sys::Location) -> Option<String>) =
                        match history {
                            History::Pages => ("popstate", |location| {
                                route::article_in_path(&location.pathname().unwrap_or_default())
                            }),
                            _ => ("hashchange", |location| {
                                route::article_in_fragment(&location.hash().unwrap_or_default())
                            }),
                        };
                    gloo_events::EventListener::new(&window, event, move |_| {
                        requested_article.set(read(&location));
                    })
                });
            move || drop(listener)
        });
    }

    let on_select = {
        let requested_article = requested_article.setter();
        Callback::from(move |id: Slug| {
            match history {
                // The fragment listener picks the change up, as for any other link.
                History::Fragment => {
                    if let Some(href) = route::article_href(&id, history) {
                        set_location_fragment(&href);
                    }
                    return;
                }
                History::Pages => push_history_entry(&route::article_page(&id)),
                History::Memory => {}
            }
            requested_article.set(Some(id.to_string()));
        })
    };
    ((*requested_article).clone(), on_select)
}

fn set_location_fragment(fragment: &str) {
    if let Some(window) = web_sys::window() {
        let _ = window.location().set_hash(fragment);
    }
}

fn push_history_entry(url: &str) {
    if let Some(history) = web_sys::window().and_then(|window| window.history().ok()) {
        let _ = history.push_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(url));
    }
}
