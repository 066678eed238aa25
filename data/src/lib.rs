//! The edition format: what the viewer shows and the tools write.
//!
//! An [`Edition`] holds [`Article`]s. Every type here validates itself while it is
//! deserialized, so a value that exists is valid: the viewer never meets an article
//! without a headline or a photo with a `javascript:` URL. [`parse_edition_bytes`]
//! (for files and responses) and [`parse_edition`] (for text) are the entry points;
//! they name the field path and position of the first problem they find.
//!
//! A large edition can be split into an [`EditionIndex`] of headlines and a
//! file per article, read with [`parse_index_bytes`] and [`parse_article_bytes`].

// First: the modules below use its macro.
#[macro_use]
mod validated_string;

mod article;
mod check;
mod edition;
mod index;
mod language_tag;
mod parse;
mod photo_source;
mod publication_date;
#[cfg(feature = "schema")]
mod schema;
mod search_index;
mod slug;
mod stream;
mod text;
mod web_url;

pub use article::{
    Article, Block, Body, BodyError, Photo, RelatedItem, Removal, RemovalRule, Source,
};
pub use check::{Problem, check_edition, check_edition_bytes};
pub use edition::{Edition, EditionError};
pub use index::{
    EditionIndex, Headline, Paging, article_file_path, index_page_json, index_page_path,
};
pub use language_tag::{LanguageTag, LanguageTagError};
pub use parse::{
    Document, MAX_EDITION_BYTES, ParseError, parse_article_bytes, parse_edition,
    parse_edition_bytes, parse_index_bytes, parse_index_page_bytes, parse_search_chunk_bytes,
    parse_search_index_bytes,
};
pub use photo_source::{PhotoSource, PhotoSourceError};
pub use publication_date::{ClockTime, DateParts, PublicationDate, PublicationDateError};
#[cfg(feature = "schema")]
pub use schema::{
    index_json_schema, index_page_json_schema, json_schema, search_chunk_json_schema,
    search_index_json_schema,
};
pub use search_index::{
    MAX_CHUNKS_PER_WORD, SEARCH_INDEX_PATH, SearchChunk, SearchManifest, positions_in_both,
    positions_in_either, search_terms,
};
pub use slug::{Slug, SlugError};
pub use stream::{StreamError, stream_edition};
pub use text::{Text, TextError};
pub use web_url::{WebUrl, WebUrlError};
