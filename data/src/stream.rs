//! An edition of any size, read as a stream: each article is handed on as soon
//! as it is read and checked, and only what the checks between articles need
//! is kept (ids, the ids related items name, a headline per article). For the
//! tool that splits an edition too large to hold, or to show in one file.

use std::cell::RefCell;
use std::fmt;
use std::io::{BufRead, BufReader, Read};

use serde::de::{self, DeserializeSeed, MapAccess, SeqAccess, Visitor};

use crate::edition::{ArticleLinks, contradictions};
use crate::parse::{field_path, invalid};
use crate::{Article, Document, EditionIndex, Headline, LanguageTag, ParseError, Text};

/// Why a streamed edition stopped: a problem in the edition, or one the
/// caller's handler of an article returned.
#[derive(Debug)]
pub enum StreamError<E> {
    Edition(ParseError),
    Handler(E),
}

/// Reads an edition from `reader`, checking it exactly as [`crate::parse_edition`]
/// does, without holding it whole: `each` gets every article, in order, as soon
/// as it is read and valid. Returns the edition's index once the articles have
/// been checked against each other. `each` may have been given articles of an
/// edition that then turns out invalid: what it makes of them is provisional
/// until this returns `Ok`.
pub fn stream_edition<R: Read, E>(
    reader: R,
    each: impl FnMut(Article) -> Result<(), E>,
) -> Result<EditionIndex, StreamError<E>> {
    let mut reader = BufReader::with_capacity(1 << 16, reader);
    let start = reader
        .fill_buf()
        .map_err(|error| StreamError::Edition(io_problem(&error)))?;
    if start.starts_with(b"\xFF\xFE") || start.starts_with(b"\xFE\xFF") {
        return Err(StreamError::Edition(ParseError::Utf16 {
            document: Document::Edition,
        }));
    }
    if start.starts_with(b"\xEF\xBB\xBF") {
        reader.consume(3);
    }
    let handler = Handler {
        entered: std::cell::Cell::new(false),
        each: RefCell::new(each),
        stopped: RefCell::new(None),
        links: RefCell::new(Vec::new()),
        headlines: RefCell::new(Vec::new()),
    };
    let mut deserializer = serde_json::Deserializer::from_reader(reader);
    let mut track = serde_path_to_error::Track::new();
    let read = EditionSeed { handler: &handler }.deserialize(
        serde_path_to_error::Deserializer::new(&mut deserializer, &mut track),
    );
    if let Some(stopped) = handler.stopped.take() {
        return Err(StreamError::Handler(stopped));
    }
    let Header { title, language } = read.map_err(|error| {
        // serde_json reaches the end before any value only when there is none.
        StreamError::Edition(if error.is_eof() && !handler.entered.get() {
            ParseError::Empty {
                document: Document::Edition,
            }
        } else {
            invalid(field_path(&track.path()), &error)
        })
    })?;
    deserializer
        .end()
        .map_err(|error| StreamError::Edition(invalid(String::new(), &error)))?;
    if let Some(problem) = contradictions(&handler.links.take()).into_iter().next() {
        return Err(StreamError::Edition(ParseError::Inconsistent(problem)));
    }
    EditionIndex::new(title, handler.headlines.take())
        .map(|index| index.with_language(language))
        .map_err(|problem| StreamError::Edition(ParseError::Inconsistent(problem)))
}

fn io_problem(error: &std::io::Error) -> ParseError {
    ParseError::Invalid {
        path: String::new(),
        message: format!("cannot read the edition: {error}"),
        line: 1,
        column: 1,
    }
}

/// What the stream keeps and calls, shared by its seeds.
struct Handler<F, E> {
    /// Whether the edition's value has begun.
    entered: std::cell::Cell<bool>,
    each: RefCell<F>,
    /// The handler's own error, which stops the stream.
    stopped: RefCell<Option<E>>,
    links: RefCell<Vec<ArticleLinks>>,
    headlines: RefCell<Vec<Headline>>,
}

impl<F: FnMut(Article) -> Result<(), E>, E> Handler<F, E> {
    fn take(&self, article: Article) -> Result<(), ()> {
        self.links.borrow_mut().push(ArticleLinks::from(&article));
        self.headlines.borrow_mut().push(Headline::from(&article));
        (self.each.borrow_mut())(article).map_err(|error| {
            *self.stopped.borrow_mut() = Some(error);
        })
    }
}

/// What the edition's object holds besides its articles.
struct Header {
    title: Option<Text>,
    language: Option<LanguageTag>,
}

/// The edition's object: its other fields kept, its articles handed on.
struct EditionSeed<'a, F, E> {
    handler: &'a Handler<F, E>,
}

const FIELDS: &[&str] = &["title", "language", "articles"];

impl<'de, F: FnMut(Article) -> Result<(), E>, E> DeserializeSeed<'de> for EditionSeed<'_, F, E> {
    type Value = Header;

    fn deserialize<D: de::Deserializer<'de>>(
        self,
        deserializer: D,
    ) -> Result<Self::Value, D::Error> {
        self.handler.entered.set(false);
        deserializer.deserialize_any(self)
    }
}

impl<'de, F: FnMut(Article) -> Result<(), E>, E> Visitor<'de> for EditionSeed<'_, F, E> {
    type Value = Header;

    fn expecting(&self, formatter: &mut fmt::Formatter) -> fmt::Result {
        formatter.write_str("an edition: an object with an \"articles\" list")
    }

    fn visit_seq<A: SeqAccess<'de>>(self, _: A) -> Result<Self::Value, A::Error> {
        self.handler.entered.set(true);
        Err(de::Error::custom(
            "the edition is an array; it must be an object with an \"articles\" list",
        ))
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
        self.handler.entered.set(true);
        let mut title: Option<Option<Text>> = None;
        let mut language: Option<Option<LanguageTag>> = None;
        let mut articles = false;
        while let Some(field) = map.next_key_seed(FieldSeed)? {
            match field {
                Field::Title if title.is_some() => {
                    return Err(de::Error::duplicate_field("title"));
                }
                Field::Title => title = Some(map.next_value()?),
                Field::Language if language.is_some() => {
                    return Err(de::Error::duplicate_field("language"));
                }
                Field::Language => language = Some(map.next_value()?),
                Field::Articles if articles => {
                    return Err(de::Error::duplicate_field("articles"));
                }
                Field::Articles => {
                    map.next_value_seed(ArticlesSeed {
                        handler: self.handler,
                    })?;
                    articles = true;
                }
            }
        }
        if !articles {
            return Err(de::Error::missing_field("articles"));
        }
        Ok(Header {
            title: title.flatten(),
            language: language.flatten(),
        })
    }
}

/// A field of the edition's object; any other is refused as it is read, at
/// its name, as the whole edition's parser refuses it.
enum Field {
    Title,
    Language,
    Articles,
}

struct FieldSeed;

impl<'de> DeserializeSeed<'de> for FieldSeed {
    type Value = Field;

    fn deserialize<D: de::Deserializer<'de>>(self, deserializer: D) -> Result<Field, D::Error> {
        deserializer.deserialize_identifier(self)
    }
}

impl Visitor<'_> for FieldSeed {
    type Value = Field;

    fn expecting(&self, formatter: &mut fmt::Formatter) -> fmt::Result {
        formatter.write_str("a field of an edition")
    }

    fn visit_str<E: de::Error>(self, name: &str) -> Result<Field, E> {
        match name {
            "title" => Ok(Field::Title),
            "language" => Ok(Field::Language),
            "articles" => Ok(Field::Articles),
            other => Err(de::Error::unknown_field(other, FIELDS)),
        }
    }
}

/// The articles' list, each article handed on as it is read.
struct ArticlesSeed<'a, F, E> {
    handler: &'a Handler<F, E>,
}

impl<'de, F: FnMut(Article) -> Result<(), E>, E> DeserializeSeed<'de> for ArticlesSeed<'_, F, E> {
    type Value = ();

    fn deserialize<D: de::Deserializer<'de>>(self, deserializer: D) -> Result<(), D::Error> {
        deserializer.deserialize_seq(self)
    }
}

impl<'de, F: FnMut(Article) -> Result<(), E>, E> Visitor<'de> for ArticlesSeed<'_, F, E> {
    type Value = ();

    fn expecting(&self, formatter: &mut fmt::Formatter) -> fmt::Result {
        formatter.write_str("a sequence")
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<(), A::Error> {
        while let Some(article) = seq.next_element::<Article>()? {
            if self.handler.take(article).is_err() {
                return Err(de::Error::custom("stopped by the article's handler"));
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::parse_edition;

    const EDITION: &str = include_str!("../tests/fixtures/valid/related-articles.json");

    fn streamed(json: &str) -> Result<(EditionIndex, Vec<Article>), StreamError<String>> {
        let mut articles = Vec::new();
        let index = stream_edition(json.as_bytes(), |article| {
            articles.push(article);
            Ok::<_, String>(())
        })?;
        Ok((index, articles))
    }

    fn problem(json: &str) -> ParseError {
        match streamed(json) {
            Err(StreamError::Edition(problem)) => problem,
            other => panic!("{json}: {other:?}"),
        }
    }

    #[test]
    fn hands_on_each_article_and_returns_the_same_index_as_a_whole_edition() {
        let whole = parse_edition(EDITION).unwrap();
        let (index, articles) = streamed(EDITION).unwrap();
        assert_eq!(index, EditionIndex::of(&whole));
        let expected: Vec<Article> = whole.articles().iter().map(|a| (**a).clone()).collect();
        assert_eq!(articles, expected);
        let with_mark = format!("\u{FEFF}{EDITION}");
        assert_eq!(streamed(&with_mark).unwrap().0, index);
    }

    #[test]
    fn finds_the_same_problems_as_a_whole_edition_with_their_place() {
        for json in [
            r#"{"articles": [{"id": "a", "headline": "A", "language": "en", "body": [{"type": "paragraph", "text": "x"}]}, {"id": "Bad Id"}]}"#,
            r#"{"title": "T", "articles": [], "extra": 1}"#,
            r#"{"title": "T"}"#,
            r#"{"articles": []} trailing"#,
            r#"{"articles": [{"id": "a", "headline": "A", "language": "en", "body": [{"type": "paragraph", "text": "x"}], "related": [{"headline": "B", "article": "b"}]}]}"#,
            r#"{"articles": [{"id": "a", "headline": "A", "language": "en", "body": [{"type": "paragraph", "text": "x"}]}, {"id": "a", "headline": "A", "language": "en", "body": [{"type": "paragraph", "text": "x"}]}]}"#,
        ] {
            let (streamed, whole) = (problem(json), parse_edition(json).unwrap_err());
            assert_eq!(streamed.problem(), whole.problem(), "{json}");
            // Read from a stream, serde_json may stand one byte further on.
            let (streamed, whole) = (streamed.position(), whole.position());
            assert_eq!(streamed.map(|(line, _)| line), whole.map(|(line, _)| line));
            if let (Some((_, streamed)), Some((_, whole))) = (streamed, whole) {
                assert!(streamed.abs_diff(whole) <= 1, "{json}: {streamed} {whole}");
            }
        }
        assert_eq!(problem("  ").to_string(), "the edition is empty");
        assert_eq!(
            problem("[]").to_string(),
            "the edition is an array; it must be an object with an \"articles\" list at line 1, column 2"
        );
        assert!(matches!(
            stream_edition(&b"\xFF\xFE{"[..], |_| Ok::<_, ()>(())),
            Err(StreamError::Edition(ParseError::Utf16 { .. }))
        ));
    }

    #[test]
    fn stops_where_the_handler_says_so() {
        let mut seen = 0;
        let result = stream_edition(EDITION.as_bytes(), |article| {
            seen += 1;
            Err(format!("no room for {}", article.id))
        });
        assert_eq!(seen, 1);
        assert!(
            matches!(result, Err(StreamError::Handler(message)) if message == "no room for first-article")
        );
    }
}
