use std::fmt;

use serde::de::DeserializeOwned;
use serde_path_to_error::Segment;
use thiserror::Error;

use crate::edition::RawEdition;
use std::rc::Rc;

use crate::index::{RawIndex, RawPage};
use crate::search_index::RawChunk;
use crate::{
    Article, Edition, EditionError, EditionIndex, Headline, SearchChunk, SearchManifest, Slug,
};

/// The largest edition the viewer and the tools read, in bytes of UTF-8.
///
/// The bundled edition is under 5 kB and a long article is about 50 kB of JSON,
/// so 10 MB holds a couple of hundred long articles; anything larger is almost
/// certainly not an edition, and a reader's phone should not try to hold it.
pub const MAX_EDITION_BYTES: usize = 10_000_000;

/// The kinds of file the format has: a whole edition, or an edition split into
/// its index of headlines and a file per article.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Document {
    Edition,
    Index,
    Article,
    /// A page of a paged index's headlines.
    IndexPage,
    /// Where each chunk of a paged index's search index starts.
    SearchIndex,
    /// A chunk of a paged index's search index.
    SearchChunk,
}

impl Document {
    /// The words for it in a message: "edition", "edition index", "article file".
    pub fn name(self) -> &'static str {
        match self {
            Self::Edition => "edition",
            Self::Index => "edition index",
            Self::Article => "article file",
            Self::IndexPage => "index page",
            Self::SearchIndex => "search index",
            Self::SearchChunk => "search chunk",
        }
    }

    /// What its top-level value must be, for a text that has something else.
    fn expected_shape(self) -> &'static str {
        match self {
            Self::Edition => "an object with an \"articles\" list",
            Self::Index => "an object with a \"headlines\" list",
            Self::Article => "an object with the article's fields",
            Self::IndexPage => "an object with \"page\" and \"headlines\"",
            Self::SearchIndex => "an object with a \"chunks\" list",
            Self::SearchChunk => "an object with a \"terms\" object",
        }
    }
}

impl fmt::Display for Document {
    fn fmt(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        formatter.write_str(self.name())
    }
}

/// Why a text is not a valid edition, edition index or article file.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum ParseError {
    /// Nothing but white space: most often a file that was never written.
    #[error("the {document} is empty")]
    Empty { document: Document },
    #[error(
        "the {document} is {} bytes long; an {document} may be at most {} bytes ({} MB)",
        grouped(*bytes),
        grouped(*limit),
        limit / 1_000_000
    )]
    TooLarge {
        document: Document,
        bytes: usize,
        limit: usize,
    },
    /// The file starts with a UTF-16 byte order mark.
    #[error(
        "the {document} is UTF-16 text, not UTF-8: it starts with a UTF-16 byte order mark at line 1, column 1"
    )]
    Utf16 { document: Document },
    /// Bytes that are not UTF-8: most often a file saved in a legacy encoding.
    #[error(
        "the {document} is not UTF-8 text: byte 0x{byte:02X} does not begin or continue a character at line {line}, column {column}"
    )]
    NotUtf8 {
        document: Document,
        byte: u8,
        line: usize,
        /// Counted in bytes from the start of the line, as for [`ParseError::Invalid`].
        column: usize,
    },
    /// The text is not JSON, or a value in it does not fit the format.
    #[error("{}{message} at line {line}, column {column}", path_prefix(path))]
    Invalid {
        /// Where the value sits, as `articles[0].photo.src`; empty for the whole document.
        path: String,
        message: String,
        line: usize,
        /// Counted in bytes from the start of the line, the way serde_json counts.
        column: usize,
    },
    #[error(transparent)]
    Inconsistent(#[from] EditionError),
}

impl ParseError {
    /// The line and column the problem is at, when it is at one place.
    pub fn position(&self) -> Option<(usize, usize)> {
        match self {
            Self::Utf16 { .. } => Some((1, 1)),
            Self::NotUtf8 { line, column, .. } | Self::Invalid { line, column, .. } => {
                Some((*line, *column))
            }
            Self::Empty { .. } | Self::TooLarge { .. } | Self::Inconsistent(_) => None,
        }
    }

    /// The message without its position, for callers that show the position
    /// their own way (`file:line:column: problem`).
    pub fn problem(&self) -> String {
        let message = self.to_string();
        match self.position() {
            Some((line, column)) => message
                .strip_suffix(&format!(" at line {line}, column {column}"))
                .map_or_else(|| message.clone(), str::to_owned),
            None => message,
        }
    }
}

fn path_prefix(path: &str) -> String {
    if path.is_empty() {
        String::new()
    } else {
        format!("{path}: ")
    }
}

/// `10000000` as `10,000,000`.
fn grouped(number: usize) -> String {
    let digits = number.to_string();
    let mut text = String::with_capacity(digits.len() + digits.len() / 3);
    for (index, digit) in digits.chars().enumerate() {
        if index > 0 && (digits.len() - index).is_multiple_of(3) {
            text.push(',');
        }
        text.push(digit);
    }
    text
}

const UTF8_BOM: &[u8] = b"\xEF\xBB\xBF";

/// Reads an edition from the bytes of a file or a response: UTF-8, with or
/// without a byte order mark (which is skipped, as browsers do), at most
/// [`MAX_EDITION_BYTES`] long.
pub fn parse_edition_bytes(bytes: &[u8]) -> Result<Edition, ParseError> {
    parse_edition(document_text(bytes, Document::Edition, MAX_EDITION_BYTES)?)
}

/// Reads an edition from JSON text, validating every value on the way in.
///
/// A byte order mark at the start is skipped. Nesting deeper than 128 arrays
/// and objects is refused (serde_json's recursion limit), so no edition can
/// exhaust the stack.
pub fn parse_edition(json: &str) -> Result<Edition, ParseError> {
    let raw: RawEdition = parse_document(json, Document::Edition, MAX_EDITION_BYTES)?;
    Ok(Edition::try_from(raw)?)
}

/// Reads an edition index (the headlines of a split edition) from the bytes of
/// a file or a response, as [`parse_edition_bytes`] reads an edition.
pub fn parse_index_bytes(bytes: &[u8]) -> Result<EditionIndex, ParseError> {
    let text = document_text(bytes, Document::Index, MAX_EDITION_BYTES)?;
    let raw: RawIndex = parse_document(text, Document::Index, MAX_EDITION_BYTES)?;
    Ok(EditionIndex::try_from(raw)?)
}

/// Reads the file of the article `id` of a split edition, and checks it against
/// the edition's index: it must hold that article, and its related items may
/// only name articles the index lists.
pub fn parse_article_bytes(
    bytes: &[u8],
    id: &Slug,
    index: &EditionIndex,
) -> Result<Article, ParseError> {
    let text = document_text(bytes, Document::Article, MAX_EDITION_BYTES)?;
    let article: Article = parse_document(text, Document::Article, MAX_EDITION_BYTES)?;
    Ok(index.admit(id, article)?)
}

/// Reads the page file `number` (from 2) of a paged index, and checks it
/// against the index: that page, as many headlines as the paging makes.
pub fn parse_index_page_bytes(
    bytes: &[u8],
    number: usize,
    index: &EditionIndex,
) -> Result<Vec<Rc<Headline>>, ParseError> {
    let text = document_text(bytes, Document::IndexPage, MAX_EDITION_BYTES)?;
    let raw: RawPage = parse_document(text, Document::IndexPage, MAX_EDITION_BYTES)?;
    Ok(index.admit_page(raw, number)?)
}

/// Reads a paged index's search index (`search/chunks.json`): where each of
/// its chunks starts.
pub fn parse_search_index_bytes(bytes: &[u8]) -> Result<SearchManifest, ParseError> {
    let text = document_text(bytes, Document::SearchIndex, MAX_EDITION_BYTES)?;
    parse_document(text, Document::SearchIndex, MAX_EDITION_BYTES)
}

/// Reads the chunk `number` of the search index `manifest` of a paged index,
/// and checks it: its terms in its range, its positions in the edition.
pub fn parse_search_chunk_bytes(
    bytes: &[u8],
    number: usize,
    manifest: &SearchManifest,
    index: &EditionIndex,
) -> Result<SearchChunk, ParseError> {
    if index.pages().is_none() {
        return Err(EditionError::NotPaged.into());
    }
    if number >= manifest.len() {
        return Err(EditionError::NoSuchChunk {
            number,
            chunks: manifest.len(),
        }
        .into());
    }
    let text = document_text(bytes, Document::SearchChunk, MAX_EDITION_BYTES)?;
    let raw: RawChunk = parse_document(text, Document::SearchChunk, MAX_EDITION_BYTES)?;
    Ok(SearchChunk::admit(
        raw,
        number,
        manifest,
        index.article_count(),
    )?)
}

/// The text of a file, once its size (at most `limit` bytes) and encoding are
/// found right.
pub(crate) fn document_text(
    bytes: &[u8],
    document: Document,
    limit: usize,
) -> Result<&str, ParseError> {
    if bytes.len() > limit {
        return Err(ParseError::TooLarge {
            document,
            bytes: bytes.len(),
            limit,
        });
    }
    if bytes.starts_with(b"\xFF\xFE") || bytes.starts_with(b"\xFE\xFF") {
        return Err(ParseError::Utf16 { document });
    }
    let bytes = bytes.strip_prefix(UTF8_BOM).unwrap_or(bytes);
    std::str::from_utf8(bytes).map_err(|error| {
        let offset = error.valid_up_to();
        let line_start = bytes[..offset]
            .iter()
            .rposition(|&byte| byte == b'\n')
            .map_or(0, |newline| newline + 1);
        ParseError::NotUtf8 {
            document,
            byte: bytes[offset],
            line: 1 + bytes[..line_start]
                .iter()
                .filter(|&&byte| byte == b'\n')
                .count(),
            column: offset - line_start + 1,
        }
    })
}

/// Reads one JSON document of the format, validating every value on the way in.
fn parse_document<T: DeserializeOwned>(
    json: &str,
    document: Document,
    limit: usize,
) -> Result<T, ParseError> {
    if json.len() > limit {
        return Err(ParseError::TooLarge {
            document,
            bytes: json.len(),
            limit,
        });
    }
    let json = json.strip_prefix('\u{FEFF}').unwrap_or(json);
    if json.trim().is_empty() {
        return Err(ParseError::Empty { document });
    }
    if let Some(offset) = json.find(|c: char| !c.is_ascii_whitespace())
        && json[offset..].starts_with('[')
    {
        // serde would read a struct from an array too, and explain the mismatch
        // in terms of the struct's fields.
        let line_start = json[..offset].rfind('\n').map_or(0, |newline| newline + 1);
        return Err(ParseError::Invalid {
            path: String::new(),
            message: format!(
                "the {document} is an array; it must be {}",
                document.expected_shape()
            ),
            line: 1 + json[..line_start].matches('\n').count(),
            column: offset - line_start + 1,
        });
    }
    let mut deserializer = serde_json::Deserializer::from_str(json);
    let value: T = serde_path_to_error::deserialize(&mut deserializer).map_err(|error| {
        let path = field_path(error.path());
        invalid(path, &error.into_inner())
    })?;
    // Text after the closing brace is as wrong as a missing brace.
    deserializer
        .end()
        .map_err(|error| invalid(String::new(), &error))?;
    Ok(value)
}

pub(crate) fn invalid(path: String, error: &serde_json::Error) -> ParseError {
    ParseError::Invalid {
        path,
        message: message_without_position(error),
        line: error.line(),
        column: error.column(),
    }
}

/// Segments of a field path shown before it is cut short with `…`: deep
/// enough for any field of the format, short enough for a value nested 128
/// levels deep.
const SHOWN_PATH_SEGMENTS: usize = 16;

/// `articles[0].photo.src`, the way a reader of the JSON would point at a value.
pub(crate) fn field_path(path: &serde_path_to_error::Path) -> String {
    let mut text = String::new();
    for (index, segment) in path.iter().enumerate() {
        if index == SHOWN_PATH_SEGMENTS {
            text.push('…');
            break;
        }
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
        // serde_json's words for its nesting limit name its implementation.
        Some("recursion limit exceeded") => {
            "arrays and objects are nested more than 128 levels deep".to_owned()
        }
        Some(bare) => bare.to_owned(),
        None => message,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn refuses_a_fifty_megabyte_edition_before_reading_it() {
        let mut bytes = b"{\"articles\": [".to_vec();
        bytes.resize(50 * 1024 * 1024, b' ');
        let error = parse_edition_bytes(&bytes).unwrap_err();
        assert_eq!(
            error.to_string(),
            "the edition is 52,428,800 bytes long; an edition may be at most 10,000,000 bytes (10 MB)"
        );
        assert_eq!(error.position(), None);
        let text = String::from_utf8(bytes).unwrap();
        assert_eq!(
            parse_edition(&text),
            Err(ParseError::TooLarge {
                document: Document::Edition,
                bytes: 52_428_800,
                limit: MAX_EDITION_BYTES
            })
        );
    }

    #[test]
    fn skips_a_byte_order_mark_in_text_too() {
        let with_mark = "\u{FEFF}{\"articles\": []}";
        assert!(parse_edition(with_mark).is_ok());
        assert_eq!(
            parse_edition("\u{FEFF}{\"articles\": [}")
                .unwrap_err()
                .position(),
            Some((1, 15)),
            "columns count from after the mark"
        );
    }

    #[test]
    fn names_the_line_and_column_of_a_byte_that_is_not_utf8() {
        let error = parse_edition_bytes(b"{\n  \"title\": \"Caf\xC3\"\n}").unwrap_err();
        assert_eq!(
            error,
            ParseError::NotUtf8 {
                document: Document::Edition,
                byte: 0xC3,
                line: 2,
                column: 16
            }
        );
        assert_eq!(
            error.problem(),
            "the edition is not UTF-8 text: byte 0xC3 does not begin or continue a character"
        );
    }

    #[test]
    fn splits_each_message_into_problem_and_position() {
        let error = parse_edition("{\"articles\": 1}").unwrap_err();
        assert_eq!(error.position(), Some((1, 14)));
        assert_eq!(
            error.problem(),
            "articles: invalid type: integer `1`, expected a sequence"
        );
        assert_eq!(
            parse_edition("").unwrap_err().problem(),
            "the edition is empty"
        );
    }

    #[test]
    fn groups_digits_in_threes() {
        assert_eq!(grouped(0), "0");
        assert_eq!(grouped(999), "999");
        assert_eq!(grouped(1_000), "1,000");
        assert_eq!(grouped(52_428_800), "52,428,800");
    }
}
