//! Where the reader is: the article they asked for, kept in memory, in the
//! URL fragment or in the page's address, and followed when the URL changes.

use edition::Slug;
use yew::prelude::*;

use super::EditionSource;
use crate::route::{self, History};

/// An article the reader navigated to, and the edition it was navigated in:
/// the viewer's source and initial article at the time. A place in one
/// edition means nothing in another, which opens on its own initial article.
#[derive(Clone, PartialEq)]
pub(super) struct Navigation {
    source: EditionSource,
    initial_article: Option<AttrValue>,
    /// The id as text: a link may name an article that is not there.
    article: Option<String>,
}

impl Navigation {
    /// The id of the article the reader asks for in `source`: where they last
    /// navigated in it, or else `initial_article`. `None` asks for the first.
    pub(super) fn requested_article<'a>(
        navigation: Option<&'a Self>,
        source: &EditionSource,
        initial_article: Option<&'a AttrValue>,
    ) -> Option<&'a str> {
        match navigation {
            Some(navigation)
                if navigation.source == *source
                    && navigation.initial_article.as_ref() == initial_article =>
            {
                navigation.article.as_deref()
            }
            _ => initial_article.map(AttrValue::as_str),
        }
    }
}

/// The id of the article the reader asks for, and the callback that opens
/// another. For a viewer that owns its page, the URL keeps the article, and
/// links, back and forward all change it.
#[hook]
pub(super) fn use_navigation(
    source: &EditionSource,
    initial_article: Option<&AttrValue>,
    history: History,
) -> (Option<String>, Callback<Slug>) {
    let navigation = use_state(|| None::<Navigation>);
    {
        let navigation = navigation.setter();
        let deps = (history, source.clone(), initial_article.cloned());
        use_effect_with(deps, move |(history, source, initial_article)| {
            let history = *history;
            let (source, initial_article) = (source.clone(), initial_article.clone());
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
                        navigation.set(Some(Navigation {
                            source: source.clone(),
                            initial_article: initial_article.clone(),
                            article: read(&location),
                        }));
                    })
                });
            move || drop(listener)
        });
    }

    let requested_article =
        Navigation::requested_article(navigation.as_ref(), source, initial_article)
            .map(str::to_owned);
    let on_select = {
        let navigation = navigation.setter();
        let (source, initial_article) = (source.clone(), initial_article.cloned());
        Callback::from(move |id: Slug| {
            match history {
                // The fragment listener picks the change up, as for any other link.
                History::Fragment => {
                    if let Some(href) = route::article_href(&id, history) {
                        set_location_fragment(&href);
                    }
                    return;
                }
                History::Pages => {
                    let page = route::article_page(&id);
                    if !push_history_entry(&page) {
                        // A page opened from disk may not change its address
                        // (browsers refuse it across files): the article's own
                        // prerendered page opens instead.
                        open_page(&page);
                        return;
                    }
                }
                History::Memory => {}
            }
            navigation.set(Some(Navigation {
                source: source.clone(),
                initial_article: initial_article.clone(),
                article: Some(id.to_string()),
            }));
        })
    };
    (requested_article, on_select)
}

fn set_location_fragment(fragment: &str) {
    if let Some(window) = web_sys::window() {
        let _ = window.location().set_hash(fragment);
    }
}

/// Whether the browser took `url` as the page's new address.
fn push_history_entry(url: &str) -> bool {
    web_sys::window()
        .and_then(|window| window.history().ok())
        .is_some_and(|history| {
            history
                .push_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(url))
                .is_ok()
        })
}

fn open_page(url: &str) {
    if let Some(window) = web_sys::window() {
        let _ = window.location().assign(url);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn source(url: &'static str) -> EditionSource {
        EditionSource::Url(url.into())
    }

    fn navigated(
        source: EditionSource,
        initial_article: Option<&'static str>,
        article: Option<&str>,
    ) -> Navigation {
        Navigation {
            source,
            initial_article: initial_article.map(AttrValue::from),
            article: article.map(str::to_owned),
        }
    }

    #[test]
    fn asks_for_the_initial_article_until_the_reader_navigates() {
        let initial = AttrValue::from("second-article");
        assert_eq!(
            Navigation::requested_article(None, &source("a.json"), Some(&initial)),
            Some("second-article")
        );
        assert_eq!(
            Navigation::requested_article(None, &source("a.json"), None),
            None
        );
    }

    #[test]
    fn asks_for_the_article_the_reader_navigated_to() {
        let initial = AttrValue::from("first-article");
        let navigation = navigated(
            source("a.json"),
            Some("first-article"),
            Some("second-article"),
        );
        assert_eq!(
            Navigation::requested_article(Some(&navigation), &source("a.json"), Some(&initial)),
            Some("second-article")
        );
        let front_page = navigated(source("a.json"), Some("first-article"), None);
        assert_eq!(
            Navigation::requested_article(Some(&front_page), &source("a.json"), Some(&initial)),
            None,
            "a link to the front page asks for the first article"
        );
    }

    #[test]
    fn opens_another_edition_on_its_own_initial_article() {
        let navigation = navigated(source("a.json"), None, Some("second-article"));
        assert_eq!(
            Navigation::requested_article(Some(&navigation), &source("b.json"), None),
            None
        );
        let initial = AttrValue::from("sport-1");
        assert_eq!(
            Navigation::requested_article(Some(&navigation), &source("b.json"), Some(&initial)),
            Some("sport-1")
        );
        let inline = EditionSource::Inline("a.json".into());
        assert_eq!(
            Navigation::requested_article(Some(&navigation), &inline, None),
            None,
            "the same text is another source"
        );
    }

    #[test]
    fn opens_on_a_new_initial_article_of_the_same_edition() {
        let navigation = navigated(source("a.json"), None, Some("second-article"));
        let initial = AttrValue::from("first-article");
        assert_eq!(
            Navigation::requested_article(Some(&navigation), &source("a.json"), Some(&initial)),
            Some("first-article")
        );
    }
}
