use edition::ParseError;
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
    // The same text would fail the same way: only what came over the network can
    // come out differently a second time.
    let can_retry = !matches!(error, LoadError::InvalidInline { .. });
    let onclick = on_retry.reform(|_: MouseEvent| ());
    html! {
        <div class="load-failure" role="alert">
            <h1 class="load-failure__sentence">{ sentence(error) }</h1>
            <p class="load-failure__detail">{ error.to_string() }</p>
            if can_retry {
                <button type="button" class="load-failure__retry" {onclick}>{ "Try again" }</button>
            }
        </div>
    }
}

/// What happened, in the reader's words; the detail line under it is for
/// whoever looks after the edition.
fn sentence(error: &LoadError) -> &'static str {
    match error {
        LoadError::Unreachable { .. } => {
            "The edition could not be downloaded. Check the connection and try again."
        }
        LoadError::NoAnswer { .. } => {
            "The server did not answer. It may be busy or down; try again in a moment."
        }
        LoadError::Status {
            status: 404 | 410, ..
        } => "The edition was not found on the server.",
        LoadError::Status {
            status: 401 | 403, ..
        } => "The server refused to send the edition.",
        LoadError::Status {
            status: 500..=599, ..
        } => "The server failed while sending the edition. Try again in a moment.",
        LoadError::Status { .. } => "The server could not send the edition.",
        LoadError::WrongType { content_type, .. } if is_html(content_type) => {
            "The server sent a web page instead of the edition. The edition's address may be wrong."
        }
        LoadError::WrongType { .. } => {
            "The server sent a file of another kind instead of the edition."
        }
        LoadError::TooLarge { .. }
        | LoadError::Invalid {
            source: ParseError::TooLarge { .. },
            ..
        } => "The edition is too large to show: the viewer reads editions of up to 10 MB.",
        LoadError::Interrupted { .. } => {
            "The connection broke while the edition was arriving. Try again."
        }
        LoadError::TooSlow { .. } => {
            "The edition was arriving too slowly. Try again, perhaps on a faster connection."
        }
        LoadError::Invalid {
            source: ParseError::Empty,
            ..
        }
        | LoadError::InvalidInline {
            source: ParseError::Empty,
        } => "The edition is empty.",
        LoadError::Invalid {
            source: ParseError::NotUtf8 { .. } | ParseError::Utf16,
            ..
        } => "The edition is not saved as UTF-8 text, so it cannot be read.",
        LoadError::Invalid { .. } | LoadError::InvalidInline { .. } => {
            "The edition has a mistake in it, so it cannot be shown."
        }
    }
}

fn is_html(content_type: &str) -> bool {
    let essence = content_type.split(';').next().unwrap_or_default().trim();
    essence.eq_ignore_ascii_case("text/html")
        || essence.eq_ignore_ascii_case("application/xhtml+xml")
}
