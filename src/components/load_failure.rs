use edition::{Document, MAX_EDITION_BYTES, ParseError};
use yew::prelude::*;

use crate::api::LoadError;

#[derive(Properties, PartialEq)]
pub struct LoadFailureProps {
    /// What went wrong.
    pub error: LoadError,
    /// Called when the reader asks to load it again.
    pub on_retry: Callback<()>,
    /// What could not be loaded: the edition (or its index), or an article.
    #[prop_or(Document::Edition)]
    pub document: Document,
}

/// Says why the edition or an article could not be shown, and offers to try again.
#[component]
pub fn LoadFailure(
    LoadFailureProps {
        error,
        on_retry,
        document,
    }: &LoadFailureProps,
) -> Html {
    // The same text would fail the same way: only what came over the network can
    // come out differently a second time.
    let can_retry = !matches!(error, LoadError::InvalidInline { .. });
    let onclick = on_retry.reform(|_: MouseEvent| ());
    html! {
        <div class="load-failure" role="alert">
            <h1 class="load-failure__sentence">{ sentence(error, *document) }</h1>
            <p class="load-failure__detail">{ error.to_string() }</p>
            if can_retry {
                <button type="button" class="load-failure__retry" {onclick}>{ "Try again" }</button>
            }
        </div>
    }
}

/// What happened, in the reader's words; the detail line under it is for
/// whoever looks after the edition.
fn sentence(error: &LoadError, document: Document) -> String {
    // To a reader, a split edition's index is the edition.
    let (thing, things) = match document {
        Document::Edition | Document::Index => ("edition", "editions"),
        Document::Article => ("article", "articles"),
    };
    match error {
        LoadError::Unreachable { .. } => {
            format!("The {thing} could not be downloaded. Check the connection and try again.")
        }
        LoadError::NoAnswer { .. } => {
            "The server did not answer. It may be busy or down; try again in a moment.".to_owned()
        }
        LoadError::Status {
            status: 404 | 410, ..
        } => format!("The {thing} was not found on the server."),
        LoadError::Status {
            status: 401 | 403, ..
        } => format!("The server refused to send the {thing}."),
        LoadError::Status {
            status: 500..=599, ..
        } => format!("The server failed while sending the {thing}. Try again in a moment."),
        LoadError::Status { .. } => format!("The server could not send the {thing}."),
        LoadError::WrongType { content_type, .. } if is_html(content_type) => format!(
            "The server sent a web page instead of the {thing}. The {thing}'s address may be wrong."
        ),
        LoadError::WrongType { .. } => {
            format!("The server sent a file of another kind instead of the {thing}.")
        }
        LoadError::TooLarge { .. }
        | LoadError::Invalid {
            source: ParseError::TooLarge { .. },
            ..
        } => format!(
            "The {thing} is too large to show: the viewer reads {things} of up to {}.",
            size_limit()
        ),
        LoadError::Interrupted { .. } => {
            format!("The connection broke while the {thing} was arriving. Try again.")
        }
        LoadError::TooSlow { .. } => format!(
            "The {thing} was arriving too slowly. Try again, perhaps on a faster connection."
        ),
        LoadError::Invalid {
            source: ParseError::Empty { .. },
            ..
        }
        | LoadError::InvalidInline {
            source: ParseError::Empty { .. },
        } => format!("The {thing} is empty."),
        LoadError::Invalid {
            source: ParseError::NotUtf8 { .. } | ParseError::Utf16 { .. },
            ..
        } => format!("The {thing} is not saved as UTF-8 text, so it cannot be read."),
        LoadError::Invalid { .. } | LoadError::InvalidInline { .. } => {
            format!("The {thing} has a mistake in it, so it cannot be shown.")
        }
    }
}

/// The size limit as a reader reads it, in whole megabytes: the limit is one.
fn size_limit() -> String {
    const _: () = assert!(
        MAX_EDITION_BYTES.is_multiple_of(1_000_000),
        "the reader is told the limit in whole megabytes"
    );
    format!("{} MB", MAX_EDITION_BYTES / 1_000_000)
}

fn is_html(content_type: &str) -> bool {
    let essence = content_type.split(';').next().unwrap_or_default().trim();
    essence.eq_ignore_ascii_case("text/html")
        || essence.eq_ignore_ascii_case("application/xhtml+xml")
}
