//! The JSON Schema of the edition format, generated from the types (feature
//! `schema`, which only the native tools turn on).
//!
//! The structs derive their schema; the validated newtypes describe theirs here,
//! as close to their `TryFrom` rules as JSON Schema can say. Some rules JSON
//! Schema cannot say (a day that exists, the URL schemes, ids unique across the
//! edition): the descriptions name them, and `edition-tool check` enforces them.

use std::borrow::Cow;

use schemars::{JsonSchema, Schema, SchemaGenerator, json_schema};

use crate::edition::RawEdition;
use crate::index::{RawIndex, RawPage};
use crate::search_index::RawChunk;
use crate::{Block, Body, LanguageTag, PhotoSource, PublicationDate, Slug, Text, WebUrl};

/// The schema as pretty-printed JSON, the way `edition.schema.json` holds it.
pub fn json_schema() -> String {
    let schema = schemars::schema_for!(RawEdition);
    serde_json::to_string_pretty(&schema).expect("a schema serializes")
}

/// The schema of a split edition's index, the way `index.schema.json` holds it.
/// Its article files follow the `Article` definition of [`json_schema`].
pub fn index_json_schema() -> String {
    let schema = schemars::schema_for!(RawIndex);
    serde_json::to_string_pretty(&schema).expect("a schema serializes")
}

/// The schema of a page file of a paged index (`pages/<n>.json`), the way
/// `index-page.schema.json` holds it.
pub fn index_page_json_schema() -> String {
    let schema = schemars::schema_for!(RawPage);
    serde_json::to_string_pretty(&schema).expect("a schema serializes")
}

/// The schema of a paged index's search index (`search/chunks.json`): where
/// each chunk starts; the way `search-index.schema.json` holds it.
pub fn search_index_json_schema() -> String {
    let schema = schemars::schema_for!(crate::search_index::RawManifest);
    serde_json::to_string_pretty(&schema).expect("a schema serializes")
}

/// The schema of a chunk of a paged index's search index (`search/<number>.json`),
/// the way `search-chunk.schema.json` holds it.
pub fn search_chunk_json_schema() -> String {
    let schema = schemars::schema_for!(RawChunk);
    serde_json::to_string_pretty(&schema).expect("a schema serializes")
}

impl JsonSchema for Text {
    fn schema_name() -> Cow<'static, str> {
        "Text".into()
    }

    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "type": "string",
            "pattern": "\\S",
            "description": "Text a reader sees: surrounding white space is trimmed, and it must not be empty."
        })
    }
}

impl JsonSchema for Slug {
    fn schema_name() -> Cow<'static, str> {
        "Slug".into()
    }

    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "type": "string",
            "pattern": "^[a-z0-9]+(-[a-z0-9]+)*$",
            "maxLength": 128,
            "description": "An article id: lowercase letters a-z and digits in words joined by single hyphens."
        })
    }
}

impl JsonSchema for LanguageTag {
    fn schema_name() -> Cow<'static, str> {
        "LanguageTag".into()
    }

    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "type": "string",
            "pattern": "^([A-Za-z]{2,8}|[xXiI](-[A-Za-z0-9]{1,8})+)(-[A-Za-z0-9]{1,8})*$",
            "description": "A well-formed BCP 47 language tag: en, ko-KR, zh-Hant-TW; und when undetermined."
        })
    }
}

impl JsonSchema for PublicationDate {
    fn schema_name() -> Cow<'static, str> {
        "PublicationDate".into()
    }

    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "type": "string",
            "pattern": "^\\d{4}-\\d{2}-\\d{2}(T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:\\d{2}))?$",
            "description": "ISO 8601: a date (2025-09-02), or a date and time with its zone (2025-09-02T14:30:00+09:00, ...Z). The day and time must exist."
        })
    }
}

impl JsonSchema for WebUrl {
    fn schema_name() -> Cow<'static, str> {
        "WebUrl".into()
    }

    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "type": "string",
            "minLength": 1,
            "pattern": "^\\S(.*\\S)?$",
            "description": "An http: or https: URL, or a relative one. Every other scheme (javascript:, data: ...) is rejected, in any case, as are control characters."
        })
    }
}

impl JsonSchema for PhotoSource {
    fn schema_name() -> Cow<'static, str> {
        "PhotoSource".into()
    }

    fn json_schema(generator: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "anyOf": [
                generator.subschema_for::<WebUrl>(),
                {
                    "type": "string",
                    "pattern": "^[Dd][Aa][Tt][Aa]:[Ii][Mm][Aa][Gg][Ee]/([Pp][Nn][Gg]|[Jj][Pp][Ee][Gg]|[Gg][Ii][Ff]|[Ww][Ee][Bb][Pp]|[Aa][Vv][Ii][Ff]|[Ss][Vv][Gg]\\+[Xx][Mm][Ll]);[Bb][Aa][Ss][Ee]64,[A-Za-z0-9+/]+={0,2}$"
                }
            ],
            "description": "The photo's address (a WebUrl), or the image itself: data:image/TYPE;base64,DATA with TYPE one of png, jpeg, gif, webp, avif, svg+xml, as a one-file edition carries its photos."
        })
    }
}

impl JsonSchema for Body {
    fn schema_name() -> Cow<'static, str> {
        "Body".into()
    }

    fn json_schema(generator: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "type": "array",
            "items": generator.subschema_for::<Block>(),
            "minItems": 1,
            "description": "The article's text, in reading order: at least one block."
        })
    }
}
