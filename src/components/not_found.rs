use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct NotFoundProps {
    /// The id the reader asked for.
    pub id: AttrValue,
}

/// Shown in place of an article when a link names one the edition does not have.
#[component]
pub fn NotFound(NotFoundProps { id }: &NotFoundProps) -> Html {
    html! {
        <article class="not-found">
            <h1 class="not-found__title" tabindex="-1">{ "Article not found" }</h1>
            <p class="not-found__text">
                { format!("This edition has no article “{id}”. It may have been removed, or the link may be mistyped. Pick one of the headlines instead.") }
            </p>
        </article>
    }
}
