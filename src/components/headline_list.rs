use std::rc::Rc;

use edition::{Edition, Slug};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct HeadlineListProps {
    /// The edition whose articles are listed.
    pub articles: Rc<Edition>,
    /// The article on screen, marked as current.
    pub current: Option<Slug>,
    /// Called with the id of the headline the reader picks.
    pub on_select: Callback<Slug>,
}

/// Navigation between the edition's articles.
#[component]
pub fn HeadlineList(
    HeadlineListProps {
        articles,
        current,
        on_select,
    }: &HeadlineListProps,
) -> Html {
    html! {
        <nav class="headline-list" aria-label="Headlines">
            <h2 class="headline-list__title">{ "In this edition" }</h2>
            <ol class="headline-list__items">
                { for articles.articles().iter().map(|article| html! {
                    <HeadlineListItem
                        key={article.id.to_string()}
                        id={article.id.clone()}
                        headline={AttrValue::from(article.headline.to_string())}
                        is_current={current.as_ref() == Some(&article.id)}
                        on_select={on_select.clone()}
                    />
                }) }
            </ol>
        </nav>
    }
}

#[derive(Properties, PartialEq)]
struct HeadlineListItemProps {
    /// The article this headline opens.
    id: Slug,
    /// The text of the headline.
    headline: AttrValue,
    /// Whether the article is the one on screen.
    is_current: bool,
    /// Shared by every item, so an unchanged item is not rendered again.
    on_select: Callback<Slug>,
}

#[component]
fn HeadlineListItem(
    HeadlineListItemProps {
        id,
        headline,
        is_current,
        on_select,
    }: &HeadlineListItemProps,
) -> Html {
    let onclick = {
        let id = id.clone();
        on_select.reform(move |_: MouseEvent| id.clone())
    };
    html! {
        <li class="headline-list__item">
            <button
                type="button"
                class={classes!("headline-list__link", is_current.then_some("is-current"))}
                aria-current={is_current.then_some("true")}
                {onclick}
            >
                { headline.clone() }
            </button>
        </li>
    }
}
