use std::cell::Cell;
use std::rc::Rc;

use edition::{Edition, Slug};
use yew::prelude::*;

use crate::api::{self, LoadError};
use crate::components::{EditionView, LoadFailure};

#[derive(Properties, PartialEq)]
pub struct AppProps {
    /// The edition's URL, absolute or relative to the page.
    pub src: AttrValue,
}

enum Load {
    InProgress,
    Done(Rc<Edition>),
    Failed(LoadError),
}

/// Loads the edition and keeps track of the article being read.
#[component]
pub fn App(AppProps { src }: &AppProps) -> Html {
    let load = use_state(|| Load::InProgress);
    // Bumped by "Try again": a new value runs the loading effect again.
    let attempt = use_state(|| 0_u32);
    // `None` until the reader picks an article; the first one is shown meanwhile.
    let chosen_article = use_state(|| None::<Slug>);

    {
        let load = load.clone();
        use_effect_with((src.clone(), *attempt), move |(src, _)| {
            load.set(Load::InProgress);
            // A response that arrives after `src` changed or the viewer was
            // removed must not overwrite what replaced it.
            let superseded = Rc::new(Cell::new(false));
            let src = src.clone();
            wasm_bindgen_futures::spawn_local({
                let superseded = superseded.clone();
                async move {
                    let result = api::fetch_edition(&src).await;
                    if !superseded.get() {
                        load.set(match result {
                            Ok(edition) => Load::Done(Rc::new(edition)),
                            Err(error) => Load::Failed(error),
                        });
                    }
                }
            });
            move || superseded.set(true)
        });
    }

    let on_retry = {
        let attempt = attempt.clone();
        Callback::from(move |()| attempt.set(*attempt + 1))
    };
    let on_select = {
        let chosen_article = chosen_article.clone();
        Callback::from(move |id: Slug| chosen_article.set(Some(id)))
    };

    let content = match &*load {
        Load::InProgress => html! {
            <p class="article-viewer__status" role="status">{ "Loading the edition…" }</p>
        },
        Load::Failed(error) => html! { <LoadFailure error={error.clone()} {on_retry} /> },
        Load::Done(edition) => {
            let current = chosen_article
                .as_deref()
                .and_then(|id| edition.article(id))
                .or_else(|| edition.articles().first())
                .cloned();
            html! { <EditionView edition={edition.clone()} {current} {on_select} /> }
        }
    };
    html! { <div class="article-viewer">{ content }</div> }
}
