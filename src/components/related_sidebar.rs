use std::rc::Rc;

use edition::{Article, RelatedItem, Slug};
use yew::prelude::*;

use crate::components::ArticleLink;
use crate::locale::{Message, use_strings};
use crate::route::History;

#[derive(Properties, PartialEq)]
pub struct RelatedSidebarProps {
    /// The article whose related news is listed.
    pub article: Rc<Article>,
    /// How items naming an edition article open it.
    pub history: History,
    /// Called with the id of an edition article the reader opens from the list.
    pub on_select: Callback<Slug>,
    /// Called with the id of an edition article the reader will likely open.
    #[prop_or_default]
    pub on_intent: Callback<Slug>,
}

/// The related-news list beside (or below) the article.
///
/// An item naming an article of the edition opens it here; an item with a URL
/// is a link; an item with neither is plain text, never a dead link.
#[component]
pub fn RelatedSidebar(
    RelatedSidebarProps {
        article,
        history,
        on_select,
        on_intent,
    }: &RelatedSidebarProps,
) -> Html {
    // Embedded, the page may hold other viewers with their own related news: the
    // headline tells the landmarks apart.
    let strings = use_strings();
    let label = if history.owns_page() {
        strings.text(Message::RelatedNews)
    } else {
        strings.text_with(
            Message::RelatedNewsLabel,
            &[("headline", (&*article.headline).into())],
        )
    };
    html! {
        <aside class="related-sidebar" aria-label={label}>
            <h2 class="related-sidebar__title">{ strings.text(Message::RelatedNews) }</h2>
            <ul class="related-sidebar__items">
                { for article.related.iter().map(|item| related_item(item, *history, on_select, on_intent)) }
            </ul>
        </aside>
    }
}

fn related_item(
    item: &RelatedItem,
    history: History,
    on_select: &Callback<Slug>,
    on_intent: &Callback<Slug>,
) -> Html {
    let headline = item.headline.to_string();
    let entry = match (&item.article, &item.url) {
        (Some(id), _) => html! {
            <ArticleLink
                id={id.clone()}
                {history}
                on_select={on_select.clone()}
                on_intent={on_intent.clone()}
                class="related-sidebar__link"
            >
                { headline }
            </ArticleLink>
        },
        (None, Some(url)) => html! {
            <a class="related-sidebar__link" href={url.to_string()} rel="noopener noreferrer">
                { headline }
            </a>
        },
        (None, None) => html! { <span class="related-sidebar__text">{ headline }</span> },
    };
    html! { <li class="related-sidebar__item">{ entry }</li> }
}
