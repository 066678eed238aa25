//! Every problem of an edition, for `edition-tool check`.
//!
//! [`parse_edition`] stops at the first problem, as the viewer needs. A person
//! fixing a file wants them all, so [`check_edition`] validates field by field:
//! each value with the very type the parser uses (so the messages are the
//! parser's), each object for missing and unknown fields, each article on its
//! own, and then the articles against each other. Every problem gets the line
//! and column where its value starts, found by reading the JSON text along the
//! field path.

use std::collections::HashMap;

use serde::Deserialize;
use serde::de::DeserializeOwned;
use serde_json::{Map, Value};

use crate::edition::{ArticleLinks, RawEdition, contradictions};
use crate::parse::{Document, MAX_EDITION_BYTES, document_text};
use crate::{
    Article, Block, LanguageTag, ParseError, Photo, PhotoSource, PublicationDate, RelatedItem,
    Removal, RemovalRule, Slug, Source, Text, WebUrl, parse_edition,
};

/// One problem of an edition.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// Where the value sits, as `articles[0].photo.src`; empty for the whole document.
    pub path: String,
    pub message: String,
    /// Line and column (counted from 1, the column in bytes) where the value
    /// starts; `None` when the text has no place for it, as for an empty file.
    pub position: Option<(usize, usize)>,
}

/// Every problem of the bytes of an edition file: one about its size or its
/// encoding (see [`crate::parse_edition_bytes`]), or else every problem of its text.
pub fn check_edition_bytes(bytes: &[u8]) -> Vec<Problem> {
    match document_text(bytes, Document::Edition, MAX_EDITION_BYTES) {
        Ok(text) => check_edition(text),
        Err(error) => vec![problem_from_parse_error(error)],
    }
}

/// Every problem `json` has as an edition, in the order of the text; none when
/// [`parse_edition`] accepts it.
pub fn check_edition(json: &str) -> Vec<Problem> {
    let json = json.strip_prefix('\u{FEFF}').unwrap_or(json);
    let first = match parse_edition(json) {
        Ok(_) => return Vec::new(),
        Err(error @ (ParseError::Invalid { .. } | ParseError::Inconsistent(_))) => error,
        // Too large or empty: there is nothing more to find.
        Err(error) => return vec![problem_from_parse_error(error)],
    };
    let Ok(document) = serde_json::from_str::<Value>(json) else {
        // Not JSON: past the first syntax error nothing can be read reliably.
        return vec![problem_from_parse_error(first)];
    };
    if document.is_array() {
        // Not an edition at all; the parser says so in the format's words.
        return vec![problem_from_parse_error(first)];
    }
    let mut positions = Positions::of(json);
    let mut checker = Checker {
        problems: std::mem::take(&mut positions.duplicate_keys),
        positions,
    };
    checker.edition(&document);
    let mut problems = checker.problems;
    if problems.is_empty() {
        // The walk knows every rule the parser has; should they ever drift apart,
        // the parser's word is final.
        problems.push(problem_from_parse_error(first));
    }
    problems.sort_by_key(|problem| problem.position);
    problems
}

fn problem_from_parse_error(error: ParseError) -> Problem {
    match error {
        ParseError::Empty { .. }
        | ParseError::TooLarge { .. }
        | ParseError::Utf16 { .. }
        | ParseError::NotUtf8 { .. } => Problem {
            path: String::new(),
            message: error.problem(),
            position: error.position(),
        },
        ParseError::Invalid {
            path,
            message,
            line,
            column,
        } => Problem {
            path,
            message,
            position: Some((line, column)),
        },
        ParseError::Inconsistent(error) => Problem {
            path: error.path(),
            message: message_after_path(&error.path(), &error.to_string()),
            position: None,
        },
    }
}

fn message_after_path(path: &str, message: &str) -> String {
    message
        .strip_prefix(&format!("{path}: "))
        .unwrap_or(message)
        .to_owned()
}

/// Validates one value of the tree: reports what is wrong with it under its path.
type Rule = fn(&mut Checker, &str, &Value);

/// A field of an object: its name, whether it must be there, and its rule.
struct Field {
    name: &'static str,
    required: bool,
    rule: Rule,
}

const fn required(name: &'static str, rule: Rule) -> Field {
    Field {
        name,
        required: true,
        rule,
    }
}

const fn optional(name: &'static str, rule: Rule) -> Field {
    Field {
        name,
        required: false,
        rule,
    }
}

/// The fields of [`Article`], each checked with the type the article holds.
const ARTICLE_FIELDS: &[Field] = &[
    required("id", value::<Slug>),
    required("headline", value::<Text>),
    optional("dek", value::<Option<Text>>),
    optional("byline", value::<Option<Text>>),
    optional("dateline", value::<Option<Text>>),
    optional("published", value::<Option<PublicationDate>>),
    required("language", value::<LanguageTag>),
    required("body", Checker::body),
    optional("photo", Checker::photo),
    optional("related", |checker, path, value| {
        checker.list(path, value, Checker::related_item);
    }),
    optional("source", Checker::source),
    optional("removed", |checker, path, value| {
        checker.list(path, value, Checker::removal);
    }),
];

const PHOTO_FIELDS: &[Field] = &[
    required("src", value::<PhotoSource>),
    required("width", value::<std::num::NonZeroU32>),
    required("height", value::<std::num::NonZeroU32>),
    required("alt", value::<Text>),
    optional("caption", value::<Option<Text>>),
    optional("credit", value::<Option<Text>>),
];

const RELATED_ITEM_FIELDS: &[Field] = &[
    required("headline", value::<Text>),
    optional("url", value::<Option<WebUrl>>),
    optional("article", value::<Option<Slug>>),
];

const SOURCE_FIELDS: &[Field] = &[
    required("name", value::<Text>),
    optional("url", value::<Option<WebUrl>>),
];

const REMOVAL_FIELDS: &[Field] = &[
    required("text", value::<Text>),
    required("line", value::<std::num::NonZeroU32>),
    required("rule", value::<RemovalRule>),
];

const TEXT_BLOCK_FIELDS: &[Field] = &[required("text", value::<Text>)];

const QUOTE_BLOCK_FIELDS: &[Field] = &[
    required("text", value::<Text>),
    optional("attribution", value::<Option<Text>>),
];

/// Checks `value` as a `T`, the way the parser reads it.
fn value<T: DeserializeOwned>(checker: &mut Checker, path: &str, value: &Value) {
    checker.read::<T>(path, value);
}

struct Checker {
    positions: Positions,
    problems: Vec<Problem>,
}

impl Checker {
    fn report(&mut self, path: &str, message: impl Into<String>) {
        self.problems.push(Problem {
            path: path.to_owned(),
            message: message.into(),
            position: self.positions.values.get(path).copied(),
        });
    }

    /// Reads `value` as a `T`, reporting why it is not one.
    fn read<T: DeserializeOwned>(&mut self, path: &str, value: &Value) -> Option<T> {
        match T::deserialize(value) {
            Ok(read) => Some(read),
            Err(error) => {
                self.report(path, error.to_string());
                None
            }
        }
    }

    fn edition(&mut self, document: &Value) {
        let fields = &[
            optional("title", value::<Option<Text>>),
            optional("language", value::<Option<LanguageTag>>),
            required("articles", |_, _, _| {}),
        ];
        let Some(edition) = self.object::<RawEdition>("", document, fields) else {
            return;
        };
        let Some(articles) = edition.get("articles") else {
            return;
        };
        let Value::Array(articles) = articles else {
            self.read::<Vec<Article>>("articles", articles);
            return;
        };
        let links: Vec<ArticleLinks> = articles
            .iter()
            .enumerate()
            .map(|(index, article)| self.article(&format!("articles[{index}]"), article))
            .collect();
        for error in contradictions(&links) {
            let path = error.path();
            let message = message_after_path(&path, &error.to_string());
            self.report(&path, message);
        }
    }

    /// Checks an article field by field, and returns what the checks between
    /// articles need.
    fn article(&mut self, path: &str, article: &Value) -> ArticleLinks {
        let Some(fields) = self.object::<Article>(path, article, ARTICLE_FIELDS) else {
            return ArticleLinks::default();
        };
        let id = fields.get("id").and_then(|id| Slug::deserialize(id).ok());
        let related_articles = match fields.get("related") {
            Some(Value::Array(items)) => items
                .iter()
                .enumerate()
                .filter_map(|(index, item)| {
                    let id = Slug::deserialize(item.get("article")?).ok()?;
                    Some((index, id))
                })
                .collect(),
            _ => Vec::new(),
        };
        ArticleLinks {
            id,
            related_articles,
        }
    }

    /// Checks the fields of an object: each known one with its rule, then the
    /// unknown and the missing ones. `T` is the type the parser reads it as, for
    /// the parser's own messages.
    fn object<'v, T: DeserializeOwned>(
        &mut self,
        path: &str,
        value: &'v Value,
        fields: &[Field],
    ) -> Option<&'v Map<String, Value>> {
        let Value::Object(object) = value else {
            self.read::<T>(path, value);
            return None;
        };
        for (key, field_value) in object {
            let field_path = child_path(path, key);
            match fields.iter().find(|field| field.name == key) {
                Some(field) => (field.rule)(self, &field_path, field_value),
                None => {
                    let message = unknown_field_message::<T>(key, value);
                    self.problems.push(Problem {
                        path: field_path.clone(),
                        message,
                        position: self.positions.keys.get(&field_path).copied(),
                    });
                }
            }
        }
        for field in fields {
            if field.required && !object.contains_key(field.name) {
                self.report(path, format!("missing field `{}`", field.name));
            }
        }
        Some(object)
    }

    fn list(&mut self, path: &str, value: &Value, item_rule: Rule) {
        match value {
            Value::Array(items) => {
                for (index, item) in items.iter().enumerate() {
                    item_rule(self, &format!("{path}[{index}]"), item);
                }
            }
            // The parser's message for a value that is not a list.
            other => {
                self.read::<Vec<Value>>(path, other);
            }
        }
    }

    fn body(&mut self, path: &str, body: &Value) {
        match body {
            Value::Array(blocks) if blocks.is_empty() => {
                self.read::<crate::Body>(path, body);
            }
            _ => self.list(path, body, Checker::block),
        }
    }

    /// A block is read by its `type` first, then checked with that type's fields.
    fn block(&mut self, path: &str, block: &Value) {
        let Value::Object(object) = block else {
            self.read::<Block>(path, block);
            return;
        };
        let fields = match object.get("type").and_then(Value::as_str) {
            Some("paragraph" | "heading") => TEXT_BLOCK_FIELDS,
            Some("quote") => QUOTE_BLOCK_FIELDS,
            _ => {
                let type_path = if object.contains_key("type") {
                    child_path(path, "type")
                } else {
                    path.to_owned()
                };
                let tag_only: Map<String, Value> = object
                    .iter()
                    .filter(|(key, _)| *key == "type")
                    .map(|(key, value)| (key.clone(), value.clone()))
                    .collect();
                self.read::<Block>(&type_path, &Value::Object(tag_only));
                return;
            }
        };
        let mut fields: Vec<Field> = fields.iter().map(|field| Field { ..*field }).collect();
        fields.push(required("type", |_, _, _| {}));
        self.object::<Block>(path, block, &fields);
    }

    fn photo(&mut self, path: &str, photo: &Value) {
        if !photo.is_null() {
            self.object::<Photo>(path, photo, PHOTO_FIELDS);
        }
    }

    fn source(&mut self, path: &str, source: &Value) {
        if !source.is_null() {
            self.object::<Source>(path, source, SOURCE_FIELDS);
        }
    }

    fn related_item(&mut self, path: &str, item: &Value) {
        self.object::<RelatedItem>(path, item, RELATED_ITEM_FIELDS);
    }

    fn removal(&mut self, path: &str, removal: &Value) {
        self.object::<Removal>(path, removal, REMOVAL_FIELDS);
    }
}

/// The parser's message for `key` in an object of type `T`, which lists the
/// fields `T` has: the object is read again with only that key.
fn unknown_field_message<T: DeserializeOwned>(key: &str, object: &Value) -> String {
    let mut only_key = Map::new();
    if let Some(tag) = object.get("type").filter(|_| key != "type") {
        only_key.insert("type".to_owned(), tag.clone());
    }
    only_key.insert(key.to_owned(), Value::Null);
    match T::deserialize(&Value::Object(only_key)) {
        Err(error) if error.to_string().starts_with("unknown field") => error.to_string(),
        _ => format!("unknown field `{key}`"),
    }
}

fn child_path(parent: &str, key: &str) -> String {
    if parent.is_empty() {
        key.to_owned()
    } else {
        format!("{parent}.{key}")
    }
}

/// Where each value and each key of a JSON text starts, by field path.
#[derive(Debug, Default)]
struct Positions {
    values: HashMap<String, (usize, usize)>,
    keys: HashMap<String, (usize, usize)>,
    /// A key that appears twice in one object: `serde_json::Value` keeps the last,
    /// the parser refuses the object.
    duplicate_keys: Vec<Problem>,
}

impl Positions {
    /// Reads `json`, which must be valid JSON, along every path.
    fn of(json: &str) -> Self {
        let mut scanner = Scanner {
            bytes: json.as_bytes(),
            offset: 0,
            line: 1,
            line_start: 0,
            positions: Self::default(),
        };
        scanner.value("");
        scanner.positions
    }
}

/// A reader of valid JSON that notes positions on the way; it does not validate.
struct Scanner<'a> {
    bytes: &'a [u8],
    offset: usize,
    line: usize,
    line_start: usize,
    positions: Positions,
}

impl Scanner<'_> {
    fn position(&self) -> (usize, usize) {
        (self.line, self.offset - self.line_start + 1)
    }

    fn peek(&self) -> Option<u8> {
        self.bytes.get(self.offset).copied()
    }

    fn advance(&mut self) {
        if self.peek() == Some(b'\n') {
            self.line += 1;
            self.line_start = self.offset + 1;
        }
        self.offset += 1;
    }

    fn skip_white_space(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\t' | b'\n' | b'\r')) {
            self.advance();
        }
    }

    fn value(&mut self, path: &str) {
        self.skip_white_space();
        self.positions
            .values
            .insert(path.to_owned(), self.position());
        match self.peek() {
            Some(b'{') => self.object(path),
            Some(b'[') => self.array(path),
            Some(b'"') => {
                self.string();
            }
            _ => {
                while self.peek().is_some_and(|byte| {
                    !matches!(byte, b',' | b']' | b'}' | b' ' | b'\t' | b'\n' | b'\r')
                }) {
                    self.advance();
                }
            }
        }
    }

    fn object(&mut self, path: &str) {
        self.advance();
        let mut seen: Vec<String> = Vec::new();
        loop {
            self.skip_white_space();
            match self.peek() {
                Some(b'"') => {
                    let key_position = self.position();
                    let key = self.string();
                    let key_path = child_path(path, &key);
                    if seen.contains(&key) {
                        self.positions.duplicate_keys.push(Problem {
                            path: key_path.clone(),
                            message: format!("duplicate field `{key}`"),
                            position: Some(key_position),
                        });
                    } else {
                        self.positions.keys.insert(key_path.clone(), key_position);
                        seen.push(key);
                    }
                    self.skip_white_space();
                    self.advance(); // the colon
                    self.value(&key_path);
                }
                Some(b',') => self.advance(),
                Some(b'}') => {
                    self.advance();
                    return;
                }
                _ => return,
            }
        }
    }

    fn array(&mut self, path: &str) {
        self.advance();
        let mut index = 0;
        loop {
            self.skip_white_space();
            match self.peek() {
                Some(b']') => {
                    self.advance();
                    return;
                }
                Some(b',') => self.advance(),
                Some(_) => {
                    self.value(&format!("{path}[{index}]"));
                    index += 1;
                }
                None => return,
            }
        }
    }

    /// Reads a string, returning its text with escapes resolved.
    fn string(&mut self) -> String {
        let start = self.offset;
        self.advance();
        while let Some(byte) = self.peek() {
            match byte {
                b'\\' => {
                    self.advance();
                    self.advance();
                }
                b'"' => {
                    self.advance();
                    break;
                }
                _ => self.advance(),
            }
        }
        let literal = std::str::from_utf8(&self.bytes[start..self.offset]).unwrap_or_default();
        serde_json::from_str(literal).unwrap_or_default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn problems(json: &str) -> Vec<String> {
        check_edition(json)
            .into_iter()
            .map(|problem| {
                let (line, column) = problem.position.unwrap_or_default();
                format!("{line}:{column}: {}: {}", problem.path, problem.message)
            })
            .collect()
    }

    #[test]
    fn finds_nothing_in_a_valid_edition() {
        assert!(problems(r#"{"articles": []}"#).is_empty());
    }

    #[test]
    fn finds_every_problem_with_the_position_of_its_value() {
        let json = r#"{
  "articles": [
    {"id": "Bad Id", "headline": "", "language": "en",
     "body": [{"type": "paragraph", "text": "A"}, {"type": "image"}],
     "photo": {"src": "javascript:x", "width": 0, "height": 1, "alt": "A"},
     "extra": 1},
    {"id": "b", "language": "en", "body": [],
     "related": [{"headline": "R", "article": "missing"}]}
  ]
}"#;
        assert_eq!(
            problems(json),
            [
                "3:12: articles[0].id: \"Bad Id\" is not a slug: use lowercase letters a-z, digits and single hyphens between words",
                "3:34: articles[0].headline: must not be empty",
                "4:60: articles[0].body[1].type: unknown variant `image`, expected one of `paragraph`, `quote`, `heading`",
                "5:23: articles[0].photo.src: \"javascript:x\" uses the \"javascript\" scheme; only http, https and relative URLs are allowed",
                "5:48: articles[0].photo.width: invalid value: integer `0`, expected a nonzero u32",
                "6:6: articles[0].extra: unknown field `extra`, expected one of `id`, `headline`, `section`, `dek`, `byline`, `dateline`, `published`, `language`, `body`, `photo`, `related`, `source`, `removed`",
                "7:5: articles[1]: missing field `headline`",
                "7:43: articles[1].body: an article needs at least one block of text",
                "8:47: articles[1].related[0].article: no article in this edition has the id \"missing\"",
            ]
        );
    }

    #[test]
    fn finds_duplicate_keys_and_duplicate_ids() {
        let json = "{\"articles\": [\n{\"id\": \"a\", \"id\": \"a\", \"headline\": \"H\", \"language\": \"en\", \"body\": [{\"type\": \"paragraph\", \"text\": \"P\"}]},\n{\"id\": \"a\", \"headline\": \"H\", \"language\": \"en\", \"body\": [{\"type\": \"paragraph\", \"text\": \"P\"}]}\n]}";
        assert_eq!(
            problems(json),
            [
                "2:13: articles[0].id: duplicate field `id`",
                "3:8: articles[1].id: \"a\" is already the id of articles[0]",
            ]
        );
    }

    #[test]
    fn reports_only_the_first_syntax_error() {
        assert_eq!(
            problems("{\"articles\": [}\n{"),
            ["1:15: articles[0]: expected value"]
        );
    }
}
