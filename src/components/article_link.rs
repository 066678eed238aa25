use edition::Slug;
use yew::prelude::*;

use crate::route::{History, article_href};

#[derive(Properties, PartialEq)]
pub struct ArticleLinkProps {
    /// The article it opens.
    pub id: Slug,
    /// Fragment history makes a real link; in memory, a button.
    pub history: History,
    /// Called with `id` when a button is pressed; a link goes through the URL instead.
    pub on_select: Callback<Slug>,
    /// Classes for the link or button.
    #[prop_or_default]
    pub class: Classes,
    /// Marks the article on screen.
    #[prop_or_default]
    pub is_current: bool,
    /// What the reader sees: the headline.
    pub children: Html,
}

/// A control that opens an article of the edition.
///
/// With fragment history it is a link (`#/article/<id>`): it can be opened in a
/// new tab, bookmarked, and it works before the page is interactive. In memory
/// it is a button, so an embedded viewer never touches its host's URL.
#[component]
pub fn ArticleLink(
    ArticleLinkProps {
        id,
        history,
        on_select,
        class,
        is_current,
        children,
    }: &ArticleLinkProps,
) -> Html {
    let class = classes!(class.clone(), is_current.then_some("is-current"));
    match history {
        History::Fragment => html! {
            <a
                {class}
                href={article_href(id)}
                aria-current={is_current.then_some("page")}
            >
                { children.clone() }
            </a>
        },
        History::Memory => {
            let onclick = {
                let id = id.clone();
                on_select.reform(move |_: MouseEvent| id.clone())
            };
            html! {
                <button
                    type="button"
                    {class}
                    aria-current={is_current.then_some("true")}
                    {onclick}
                >
                    { children.clone() }
                </button>
            }
        }
    }
}
