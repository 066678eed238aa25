use serde_path_to_error::Segment;
use thiserror::Error;

use crate::edition::RawEdition;
use crate::{Edition, EditionError};

/// Why a text is not a valid edition.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum ParseError {
    /// Nothing but white space: most often a file that was never written.
    #[error("the edition is empty")]
    Empty,
    /// The text is not JSON, or a value in it does not fit the format.
    #[error("{}{message} at line {line}, column {column}", path_prefix(path))]
    Invalid {
        /// Where the value sits, as `articles[0].photo.src`; empty for the whole document.
        path: String,
        message: String,
        line: usize,
        column: usize,
    },
    #[error(transparent)]
    Inconsistent(#[from] EditionError),
}

fn path_prefix(path: &str) -> String {
    if path.is_empty() {
        String::new()
    } else {
        format!("{path}: ")
    }
}

/// Reads an edition from JSON text, validating every value on the way in.
pub fn parse_edition(json: &str) -> Result<Edition, ParseError> {
    if json.trim().is_empty() {
        return Err(ParseError::Empty);
    }
    let mut deserializer = serde_json::Deserializer::from_str(json);
    let raw: RawEdition = serde_path_to_error::deserialize(&mut deserializer).map_err(|error| {
        let path = field_path(error.path());
        invalid(path, &error.into_inner())
    })?;
    // Text after the edition's closing brace is as wrong as a missing brace.
    deserializer
        .end()
        .map_err(|error| invalid(String::new(), &error))?;
    Ok(Edition::try_from(raw)?)
}

fn invalid(path: String, error: &serde_json::Error) -> ParseError {
    ParseError::Invalid {
        path,
        message: message_without_position(error),
        line: error.line(),
        column: error.column(),
    }
}

/// `articles[0].photo.src`, the way a reader of the JSON would point at a value.
fn field_path(path: &serde_path_to_error::Path) -> String {
    let mut text = String::new();
    for segment in path {
        match segment {
            Segment::Seq { index } => text.push_str(&format!("[{index}]")),
            Segment::Map { key } | Segment::Enum { variant: key } => {
                if !text.is_empty() {
                    text.push('.');
                }
                text.push_str(key);
            }
            Segment::Unknown => text.push_str(".?"),
        }
    }
    text
}

/// serde_json appends " at line L column C" to its messages; the position is kept
/// in fields of its own, so the text loses it.
fn message_without_position(error: &serde_json::Error) -> String {
    let message = error.to_string();
    let suffix = format!(" at line {} column {}", error.line(), error.column());
    match message.strip_suffix(&suffix) {
        Some(bare) => bare.to_owned(),
        None => message,
    }
}
