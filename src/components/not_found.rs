use yew::prelude::*;

use crate::locale::{Message, use_strings};

#[derive(Properties, PartialEq)]
pub struct NotFoundProps {
    /// The id the reader asked for.
    pub id: AttrValue,
}

/// Shown in place of an article when a link names one the edition does not have.
#[component]
pub fn NotFound(NotFoundProps { id }: &NotFoundProps) -> Html {
    let strings = use_strings();
    html! {
        <article class="not-found">
            <h1 class="not-found__title" tabindex="-1">{ strings.text(Message::NotFoundTitle) }</h1>
            <p class="not-found__text">
                { strings.text_with(Message::NotFoundText, &[("id", id.as_str().into())]) }
            </p>
        </article>
    }
}
