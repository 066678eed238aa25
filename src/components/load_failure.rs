use edition::{Document, MAX_EDITION_BYTES, ParseError};
use yew::prelude::*;

use crate::api::LoadError;
use crate::locale::{Message, Strings, use_strings};

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
    let strings = use_strings();
    let can_retry = !matches!(error, LoadError::InvalidInline { .. });
    let onclick = on_retry.reform(|_: MouseEvent| ());
    html! {
        <div class="load-failure" role="alert">
            <h1 class="load-failure__sentence">{ sentence(error, *document, &strings) }</h1>
            // For whoever looks after the edition, in the format's own words.
            <p class="load-failure__detail" lang="en" dir="ltr">{ error.to_string() }</p>
            if can_retry {
                <button type="button" class="load-failure__retry" {onclick}>{ strings.text(Message::TryAgain) }</button>
            }
        </div>
    }
}

/// What happened, in the reader's words; the detail line under it is for
/// whoever looks after the edition.
fn sentence(error: &LoadError, document: Document, strings: &Strings) -> String {
    // To a reader, a split edition's index is the edition.
    let document_kind = match document {
        Document::Edition
        | Document::Index
        | Document::IndexPage
        | Document::SearchIndex
        | Document::SearchChunk => "edition",
        Document::Article => "article",
    };
    let message = match error {
        LoadError::Unreachable { .. } => Message::FailureUnreachable,
        LoadError::NoAnswer { .. } => Message::FailureNoAnswer,
        LoadError::Status {
            status: 404 | 410, ..
        } => Message::FailureNotFound,
        LoadError::Status {
            status: 401 | 403, ..
        } => Message::FailureRefused,
        LoadError::Status {
            status: 500..=599, ..
        } => Message::FailureServerError,
        LoadError::Status { .. } => Message::FailureStatus,
        LoadError::WrongType { content_type, .. } if is_html(content_type) => {
            Message::FailureWebPage
        }
        LoadError::WrongType { .. } => Message::FailureWrongType,
        LoadError::TooLarge { .. }
        | LoadError::Invalid {
            source: ParseError::TooLarge { .. },
            ..
        } => Message::FailureTooLarge,
        LoadError::Interrupted { .. } => Message::FailureInterrupted,
        LoadError::TooSlow { .. } => Message::FailureTooSlow,
        LoadError::Invalid {
            source: ParseError::Empty { .. },
            ..
        }
        | LoadError::InvalidInline {
            source: ParseError::Empty { .. },
        } => Message::FailureEmpty,
        LoadError::Invalid {
            source: ParseError::NotUtf8 { .. } | ParseError::Utf16 { .. },
            ..
        } => Message::FailureNotUtf8,
        LoadError::Invalid { .. } | LoadError::InvalidInline { .. } => Message::FailureInvalid,
    };
    strings.text_with(
        message,
        &[
            ("document", document_kind.into()),
            ("megabytes", size_limit_megabytes().into()),
        ],
    )
}

/// The size limit as a reader reads it, in whole megabytes: the limit is one.
fn size_limit_megabytes() -> usize {
    const _: () = assert!(
        MAX_EDITION_BYTES.is_multiple_of(1_000_000),
        "the reader is told the limit in whole megabytes"
    );
    MAX_EDITION_BYTES / 1_000_000
}

fn is_html(content_type: &str) -> bool {
    let essence = content_type.split(';').next().unwrap_or_default().trim();
    essence.eq_ignore_ascii_case("text/html")
        || essence.eq_ignore_ascii_case("application/xhtml+xml")
}
