use yew::prelude::*;

use crate::api::LoadError;

#[derive(Properties, PartialEq)]
pub struct LoadFailureProps {
    /// What went wrong.
    pub error: LoadError,
    /// Called when the reader asks to load the edition again.
    pub on_retry: Callback<()>,
}

/// Says why the edition could not be shown, and offers to try again.
#[component]
pub fn LoadFailure(LoadFailureProps { error, on_retry }: &LoadFailureProps) -> Html {
    let sentence = match error {
        LoadError::Unreachable { .. } => {
            "The edition could not be downloaded. Check the connection and try again."
        }
        LoadError::Status { status: 404, .. } => "The edition was not found on the server.",
        LoadError::Status { .. } => "The server could not send the edition.",
        LoadError::Unreadable { .. } => "The edition stopped arriving before it was complete.",
        LoadError::Invalid { .. } | LoadError::InvalidInline { .. } => {
            "The edition has a mistake in it, so it cannot be shown."
        }
    };
    // The same text would fail the same way: only what came over the network can
    // come out differently a second time.
    let can_retry = !matches!(error, LoadError::InvalidInline { .. });
    let onclick = on_retry.reform(|_: MouseEvent| ());
    html! {
        <div class="load-failure" role="alert">
            <h1 class="load-failure__sentence">{ sentence }</h1>
            <p class="load-failure__detail">{ error.to_string() }</p>
            if can_retry {
                <button type="button" class="load-failure__retry" {onclick}>{ "Try again" }</button>
            }
        </div>
    }
}
