use std::rc::Rc;

use edition::{Article, Edition, Slug};
use yew::prelude::*;

use crate::components::{ArticleView, HeadlineList, RelatedSidebar};

#[derive(Properties, PartialEq)]
pub struct EditionViewProps {
    /// The edition being read.
    pub edition: Rc<Edition>,
    /// The article on screen; `None` only when the edition has no articles.
    pub current: Option<Rc<Article>>,
    /// Called with the id of the article the reader opens.
    pub on_select: Callback<Slug>,
}

/// The page: masthead, headline list, the article and its related news.
#[component]
pub fn EditionView(
    EditionViewProps {
        edition,
        current,
        on_select,
    }: &EditionViewProps,
) -> Html {
    let masthead = edition.title().map(|title| {
        html! {
            <header class="edition-view__masthead">
                <p class="edition-view__title">{ title.to_string() }</p>
            </header>
        }
    });
    let current_id = current.as_ref().map(|article| article.id.clone());
    let article = match current {
        Some(article) => html! { <ArticleView article={article.clone()} /> },
        None => html! {
            <p class="edition-view__empty">{ "This edition has no articles yet." }</p>
        },
    };
    let related = current
        .as_ref()
        .filter(|article| !article.related.is_empty())
        .map(|article| {
            html! { <RelatedSidebar article={article.clone()} on_select={on_select.clone()} /> }
        });
    html! {
        <div class="edition-view">
            { masthead }
            <div class="edition-view__layout">
                <HeadlineList
                    articles={edition.clone()}
                    current={current_id}
                    on_select={on_select.clone()}
                />
                <main class="edition-view__main">{ article }</main>
                { related }
            </div>
        </div>
    }
}
