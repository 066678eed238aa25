use std::rc::Rc;

use edition::{Article, RelatedItem, Slug};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct RelatedSidebarProps {
    /// The article whose related news is listed.
    pub article: Rc<Article>,
    /// Called with the id of an edition article the reader opens from the list.
    pub on_select: Callback<Slug>,
}

/// The related-news list beside (or below) the article.
///
/// An item naming an article of the edition opens it here; an item with a URL
/// is a link; an item with neither is plain text, never a dead link.
#[component]
pub fn RelatedSidebar(RelatedSidebarProps { article, on_select }: &RelatedSidebarProps) -> Html {
    html! {
        <aside class="related-sidebar" aria-label="Related news">
            <h2 class="related-sidebar__title">{ "Related news" }</h2>
            <ul class="related-sidebar__items">
                { for article.related.iter().map(|item| related_item(item, on_select)) }
            </ul>
        </aside>
    }
}

fn related_item(item: &RelatedItem, on_select: &Callback<Slug>) -> Html {
    let headline = item.headline.to_string();
    let entry = match (&item.article, &item.url) {
        (Some(id), _) => {
            let id = id.clone();
            let onclick = on_select.reform(move |_: MouseEvent| id.clone());
            html! {
                <button type="button" class="related-sidebar__link" {onclick}>{ headline }</button>
            }
        }
        (None, Some(url)) => html! {
            <a class="related-sidebar__link" href={url.to_string()} rel="noopener noreferrer">
                { headline }
            </a>
        },
        (None, None) => html! { <span class="related-sidebar__text">{ headline }</span> },
    };
    html! { <li class="related-sidebar__item">{ entry }</li> }
}
