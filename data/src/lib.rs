//! The edition format: what the viewer shows and the tools write.
//!
//! An [`Edition`] holds [`Article`]s. Every type here validates itself while it is
//! deserialized, so a value that exists is valid: the viewer never meets an article
//! without a headline or a photo with a `javascript:` URL. [`parse_edition`] is the
//! one entry point for JSON text; it names the field path and position of the first
//! problem it finds.

mod article;
mod edition;
mod language_tag;
mod parse;
mod publication_date;
mod slug;
mod text;
mod web_url;

pub use article::{Article, Block, Body, BodyError, Photo, RelatedItem, Source};
pub use edition::{Edition, EditionError};
pub use language_tag::{LanguageTag, LanguageTagError};
pub use parse::{ParseError, parse_edition};
pub use publication_date::{ClockTime, DateParts, PublicationDate, PublicationDateError};
pub use slug::{Slug, SlugError};
pub use text::{Text, TextError};
pub use web_url::{WebUrl, WebUrlError};
