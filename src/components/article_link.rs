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
/// When the viewer keeps the article in the URL it is a link (to the article's
/// page, or its fragment): it can be opened in a new tab or bookmarked, and it
/// works before the page is interactive. A plain click on a page link is taken
/// over to open the article without reloading. In memory it is a button, so an
/// embedded viewer never touches its host's URL.
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
    let select = {
        let id = id.clone();
        let on_select = on_select.clone();
        move || on_select.emit(id.clone())
    };
    match (article_href(id, *history), history) {
        (Some(href), History::Pages) => {
            let onclick = Callback::from(move |event: MouseEvent| {
                let new_tab = event.ctrl_key() || event.meta_key() || event.shift_key();
                if event.button() == 0 && !new_tab && !event.alt_key() {
                    event.prevent_default();
                    select();
                }
            });
            html! {
                <a {class} {href} aria-current={is_current.then_some("page")} {onclick}>
                    { children.clone() }
                </a>
            }
        }
        (Some(href), _) => html! {
            <a {class} {href} aria-current={is_current.then_some("page")}>
                { children.clone() }
            </a>
        },
        (None, _) => {
            let onclick = Callback::from(move |_: MouseEvent| select());
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
