//! All of the viewer's network access: one `async fn` per resource.

use edition::{Edition, ParseError, parse_edition};
use gloo_net::http::Request;
use thiserror::Error;

/// Why an edition could not be loaded.
///
/// gloo-net's own error is neither `Clone` nor `PartialEq`, which component props
/// need, so its message is kept as text.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum LoadError {
    #[error("the request for {url} failed: {reason}")]
    Unreachable { url: String, reason: String },
    #[error("{url} answered with HTTP status {status}")]
    Status { url: String, status: u16 },
    #[error("the response from {url} could not be read: {reason}")]
    Unreadable { url: String, reason: String },
    #[error("{url} is not a valid edition: {source}")]
    Invalid {
        url: String,
        #[source]
        source: ParseError,
    },
    #[error("the edition in the page is not valid: {source}")]
    InvalidInline {
        #[source]
        source: ParseError,
    },
}

/// Downloads the edition at `url` and validates it.
pub async fn fetch_edition(url: &str) -> Result<Edition, LoadError> {
    let response = Request::get(url)
        .send()
        .await
        .map_err(|error| LoadError::Unreachable {
            url: url.to_owned(),
            reason: error.to_string(),
        })?;
    // fetch resolves for 404 and 500 too; only `ok()` tells success apart.
    if !response.ok() {
        return Err(LoadError::Status {
            url: url.to_owned(),
            status: response.status(),
        });
    }
    let text = response
        .text()
        .await
        .map_err(|error| LoadError::Unreadable {
            url: url.to_owned(),
            reason: error.to_string(),
        })?;
    let edition = parse_edition(&text).map_err(|source| LoadError::Invalid {
        url: url.to_owned(),
        source,
    })?;
    // Relative URLs in an edition (its photos) are relative to the edition file,
    // wherever the page that shows it lives.
    let edition_url = response.url();
    Ok(edition.with_urls_resolved(|relative| {
        web_sys::Url::new_with_base(relative, &edition_url)
            .ok()
            .map(|absolute| absolute.href())
    }))
}
