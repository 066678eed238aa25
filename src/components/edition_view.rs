use std::rc::Rc;

use edition::{Article, Edition, Slug};
use yew::prelude::*;

use crate::components::{ArticleView, HeadlineList, NotFound, RelatedSidebar};
use crate::route::History;

/// What the main column shows.
#[derive(Debug, Clone, PartialEq)]
pub enum Page {
    Article(Rc<Article>),
    /// A link named an article the edition does not have.
    NotFound(AttrValue),
    /// The edition has no articles at all.
    Empty,
}

#[derive(Properties, PartialEq)]
pub struct EditionViewProps {
    /// The edition being read.
    pub edition: Rc<Edition>,
    /// What the main column shows.
    pub page: Page,
    /// How links between articles work.
    pub history: History,
    /// The headline filter's text.
    pub query: AttrValue,
    /// Called with the filter text as the reader types.
    pub on_query: Callback<String>,
    /// Called with the id of the article the reader opens.
    pub on_select: Callback<Slug>,
}

/// The page: masthead, headline list, the article and its related news.
///
/// A viewer that keeps its place in the URL owns its page, so its article
/// column is the page's `main` landmark and its masthead the `header`. Embedded
/// in memory, it uses neutral elements and leaves those landmarks to the host.
#[component]
pub fn EditionView(
    EditionViewProps {
        edition,
        page,
        history,
        query,
        on_query,
        on_select,
    }: &EditionViewProps,
) -> Html {
    let owns_page = history.owns_page();
    let (header_tag, main_tag) = if owns_page {
        ("header", "main")
    } else {
        ("div", "div")
    };
    let masthead = edition.title().map(|title| {
        html! {
            <@{header_tag} class="edition-view__masthead">
                <p class="edition-view__title">{ title.to_string() }</p>
            </@>
        }
    });
    let (main, current, related) = match page {
        Page::Article(article) => (
            html! { <ArticleView article={article.clone()} /> },
            Some(article.id.clone()),
            (!article.related.is_empty()).then(|| {
                html! {
                    <RelatedSidebar
                        article={article.clone()}
                        history={*history}
                        on_select={on_select.clone()}
                    />
                }
            }),
        ),
        Page::NotFound(id) => (html! { <NotFound id={id.clone()} /> }, None, None),
        Page::Empty => (
            html! { <p class="edition-view__empty">{ "This edition has no articles yet." }</p> },
            None,
            None,
        ),
    };
    html! {
        <div class="edition-view">
            { masthead }
            <div class="edition-view__layout">
                <HeadlineList
                    edition={edition.clone()}
                    {current}
                    history={*history}
                    query={query.clone()}
                    on_query={on_query.clone()}
                    on_select={on_select.clone()}
                />
                <@{main_tag}
                    class="edition-view__main"
                    role={(!owns_page).then_some("region")}
                    aria-label={(!owns_page).then_some("Article")}
                >
                    { main }
                </@>
                { related }
            </div>
        </div>
    }
}
