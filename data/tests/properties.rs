//! Properties of the parser and the URL check, over generated hostile input.
//!
//! Each test runs a fixed number of generated cases (set `PROPTEST_CASES` to run
//! more) and prints how many it ran; `cargo test -p edition --test properties --
//! --nocapture` shows the counts. A failure is shrunk to a minimal input.
#![cfg(not(target_arch = "wasm32"))]

use std::path::Path;

use edition::{
    EditionIndex, ParseError, Slug, StreamError, WebUrl, parse_article_bytes, parse_edition,
    parse_edition_bytes, parse_index_bytes, stream_edition,
};
use proptest::prelude::*;
use proptest::test_runner::TestCaseError;
use serde_json::{Map, Value};

// Shared with the importer's property tests.
#[path = "support/generated_cases.rs"]
mod generated_cases;
use generated_cases::run;

/// Every position a message names lies inside the text (or just past its end).
fn position_is_inside(error: &ParseError, bytes: &[u8]) -> Result<(), TestCaseError> {
    let Some((line, column)) = error.position() else {
        return Ok(());
    };
    let lines: Vec<&[u8]> = bytes.split(|&byte| byte == b'\n').collect();
    prop_assert!(line >= 1 && line <= lines.len(), "{error}: line {line}");
    // serde_json's column 0 means "before the first byte of the line".
    prop_assert!(
        column <= lines[line - 1].len() + 1,
        "{error}: column {column}"
    );
    Ok(())
}

#[test]
fn parser_survives_arbitrary_bytes() {
    run(
        "arbitrary bytes",
        20_000,
        prop::collection::vec(any::<u8>(), 0..2_000),
        |bytes| match parse_edition_bytes(&bytes) {
            Ok(_) => Ok(()),
            Err(error) => position_is_inside(&error, &bytes),
        },
    );
}

#[test]
fn parser_survives_arbitrary_text() {
    run(
        "arbitrary text",
        20_000,
        prop_oneof![
            any::<String>(),
            "[\\[\\]{}\",:0-9a-z \\\\\n]{0,300}",
            r#"\{("[a-z]{1,9}": ?(null|true|"[^"]{0,9}"|[0-9]{1,4}|\[|\{)[,}\]]? ?){0,12}"#,
        ],
        |text| {
            // Read as a stream, the same text is accepted or refused alike.
            let streamed = stream_edition(text.as_bytes(), |_| Ok::<_, ()>(()));
            match parse_edition(&text) {
                Ok(_) => {
                    prop_assert!(streamed.is_ok(), "{streamed:?}");
                    Ok(())
                }
                Err(error) => {
                    prop_assert!(streamed.is_err(), "streamed, {text:?} is accepted");
                    position_is_inside(&error, text.as_bytes())
                }
            }
        },
    );
}

#[test]
fn split_edition_parsers_survive_arbitrary_text() {
    let edition = parse_edition(&fixture("related-articles.json").to_string()).unwrap();
    let index = EditionIndex::of(&edition);
    let id = Slug::try_from("first-article").unwrap();
    run(
        "arbitrary index and article files",
        10_000,
        prop_oneof![
            any::<String>(),
            r#"\{("(headlines|id|headline|language|body|related|article|title)": ?(null|true|"[^"]{0,9}"|"first-article"|[0-9]{1,4}|\[|\{)[,}\]]? ?){0,12}"#,
        ],
        |text| {
            let bytes = text.as_bytes();
            if let Err(error) = parse_index_bytes(bytes) {
                position_is_inside(&error, bytes)?;
            }
            match parse_article_bytes(bytes, &id, &index) {
                Ok(_) => Ok(()),
                Err(error) => position_is_inside(&error, bytes),
            }
        },
    );
}

fn fixture(name: &str) -> Value {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/valid")
        .join(name);
    serde_json::from_slice(&std::fs::read(path).unwrap()).unwrap()
}

/// Values the format meets in the wild, wanted or not.
fn hostile_value() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::from),
        any::<i64>().prop_map(Value::from),
        any::<f64>().prop_map(
            |number| serde_json::Number::from_f64(number).map_or(Value::Null, Value::Number)
        ),
        prop_oneof![
            Just(String::new()),
            Just(" \t\n".to_owned()),
            Just("javascript:alert(1)".to_owned()),
            Just("&#106;avascript:alert(1)".to_owned()),
            Just("https://example.com/a.jpg".to_owned()),
            Just("<img src=x onerror=alert(1)>".to_owned()),
            Just("2025-02-29".to_owned()),
            Just("first-article".to_owned()),
            Just("paragraph".to_owned()),
            Just("en".to_owned()),
            any::<String>(),
        ]
        .prop_map(Value::from),
    ];
    leaf.prop_recursive(4, 24, 4, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..4).prop_map(Value::Array),
            prop::collection::vec(("[a-z]{1,8}", inner), 0..4)
                .prop_map(|entries| Value::Object(entries.into_iter().collect::<Map<_, _>>())),
        ]
    })
}

/// One change to a JSON tree, aimed by `target` at one of its nodes.
#[derive(Debug, Clone)]
enum Mutation {
    Replace(Value),
    RemoveKey,
    AddKey(String, Value),
    DuplicateItem,
    Nest(usize),
}

fn mutation() -> impl Strategy<Value = Mutation> {
    prop_oneof![
        4 => hostile_value().prop_map(Mutation::Replace),
        2 => Just(Mutation::RemoveKey),
        1 => ("[a-zA-Z]{1,10}", hostile_value()).prop_map(|(key, value)| Mutation::AddKey(key, value)),
        1 => Just(Mutation::DuplicateItem),
        1 => (100_usize..300).prop_map(Mutation::Nest),
    ]
}

/// The nodes of `value` in a fixed order, as paths of keys and indices.
fn node_paths(value: &Value, path: &mut Vec<Value>, paths: &mut Vec<Vec<Value>>) {
    paths.push(path.clone());
    match value {
        Value::Array(items) => {
            for (index, item) in items.iter().enumerate() {
                path.push(Value::from(index));
                node_paths(item, path, paths);
                path.pop();
            }
        }
        Value::Object(entries) => {
            for (key, item) in entries {
                path.push(Value::from(key.as_str()));
                node_paths(item, path, paths);
                path.pop();
            }
        }
        _ => {}
    }
}

fn node_at<'a>(value: &'a mut Value, path: &[Value]) -> &'a mut Value {
    path.iter().fold(value, |node, step| match step {
        Value::String(key) => &mut node[key.as_str()],
        index => &mut node[index.as_u64().unwrap() as usize],
    })
}

fn mutate(document: &mut Value, target: usize, mutation: Mutation) {
    let mut paths = Vec::new();
    node_paths(document, &mut Vec::new(), &mut paths);
    let path = &paths[target % paths.len()];
    match mutation {
        Mutation::Replace(value) => *node_at(document, path) = value,
        Mutation::RemoveKey => {
            if let Some((Value::String(key), parent)) = path.split_last() {
                node_at(document, parent)
                    .as_object_mut()
                    .unwrap()
                    .remove(key);
            }
        }
        Mutation::AddKey(key, value) => {
            if let Value::Object(entries) = node_at(document, path) {
                entries.insert(key, value);
            }
        }
        Mutation::DuplicateItem => {
            if let Some((Value::Number(index), parent)) = path.split_last() {
                let items = node_at(document, parent).as_array_mut().unwrap();
                let item = items[index.as_u64().unwrap() as usize].clone();
                items.push(item);
            }
        }
        Mutation::Nest(depth) => {
            let node = node_at(document, path);
            let mut nested = node.take();
            for _ in 0..depth {
                nested = Value::Array(vec![nested]);
            }
            *node = nested;
        }
    }
}

#[test]
fn parser_survives_mutated_editions_and_keeps_what_it_accepts() {
    let editions = [
        fixture("every-field.json"),
        fixture("related-articles.json"),
        fixture("minimal.json"),
    ];
    let strategy = (
        0..editions.len(),
        prop::collection::vec((any::<usize>(), mutation()), 1..4),
    );
    run(
        "mutated editions",
        5_000,
        strategy,
        |(edition, mutations)| {
            let mut document = editions[edition].clone();
            for (target, mutation) in mutations {
                mutate(&mut document, target, mutation);
            }
            let json = serde_json::to_string_pretty(&document).unwrap();
            // Read as a stream (as `split` reads), the edition is accepted or
            // refused as it is whole, with the same problem.
            let mut streamed_articles = Vec::new();
            let streamed = stream_edition(json.as_bytes(), |article| {
                streamed_articles.push(article);
                Ok::<_, ()>(())
            });
            match parse_edition(&json) {
                // A value that exists is valid: written back, it reads the same.
                Ok(parsed) => {
                    let written = serde_json::to_string(&parsed).unwrap();
                    let reread = parse_edition(&written);
                    prop_assert_eq!(reread.as_ref(), Ok(&parsed));
                    let index = streamed.map_err(|error| format!("{error:?}"));
                    prop_assert_eq!(index, Ok(EditionIndex::of(&parsed)));
                    let whole: Vec<_> = parsed.articles().iter().map(|a| (**a).clone()).collect();
                    prop_assert_eq!(streamed_articles, whole);
                    Ok(())
                }
                Err(error) => {
                    match streamed {
                        Err(StreamError::Edition(problem)) => {
                            prop_assert_eq!(problem.problem(), error.problem());
                        }
                        other => prop_assert!(false, "streamed, {other:?} where {error}"),
                    }
                    position_is_inside(&error, json.as_bytes())
                }
            }
        },
    );
}

#[derive(Debug, Clone)]
enum ByteDamage {
    Truncate(usize),
    Flip(usize, u8),
    Insert(usize, u8),
    Remove(usize),
}

#[test]
fn parser_survives_damaged_bytes_of_a_valid_edition() {
    let original = serde_json::to_vec_pretty(&fixture("every-field.json")).unwrap();
    let damage = prop_oneof![
        any::<usize>().prop_map(ByteDamage::Truncate),
        (any::<usize>(), any::<u8>()).prop_map(|(at, byte)| ByteDamage::Flip(at, byte)),
        (any::<usize>(), any::<u8>()).prop_map(|(at, byte)| ByteDamage::Insert(at, byte)),
        any::<usize>().prop_map(ByteDamage::Remove),
    ];
    run(
        "damaged bytes",
        10_000,
        prop::collection::vec(damage, 1..6),
        |damages| {
            let mut bytes = original.clone();
            for damage in damages {
                let length = bytes.len().max(1);
                match damage {
                    ByteDamage::Truncate(at) => bytes.truncate(at % length),
                    ByteDamage::Flip(at, byte) if !bytes.is_empty() => bytes[at % length] = byte,
                    ByteDamage::Insert(at, byte) => bytes.insert(at % (bytes.len() + 1), byte),
                    ByteDamage::Remove(at) if !bytes.is_empty() => {
                        bytes.remove(at % length);
                    }
                    _ => {}
                }
            }
            match parse_edition_bytes(&bytes) {
                Ok(_) => Ok(()),
                Err(error) => position_is_inside(&error, &bytes),
            }
        },
    );
}

#[test]
fn url_check_survives_arbitrary_text_and_keeps_only_clean_urls() {
    run(
        "arbitrary URLs",
        50_000,
        prop_oneof![
            any::<String>(),
            "[a-zA-Z0-9:/?#%&;\\\\. \t\n\u{0}\u{a0}\u{200b}\u{ff41}-]{0,40}",
        ],
        |text| {
            if let Ok(url) = WebUrl::try_from(text.as_str()) {
                prop_assert!(!url.chars().any(char::is_control), "{url:?}");
                prop_assert_eq!(url.trim(), &*url);
                prop_assert!(!url.is_empty());
            }
            Ok(())
        },
    );
}

/// One character of a scheme, written in one of the ways filters miss.
fn disguised_char(c: char) -> impl Strategy<Value = String> {
    let byte = c as u32;
    prop_oneof![
        Just(c.to_string()),
        Just(c.to_ascii_uppercase().to_string()),
        Just(format!("%{byte:02X}")),
        Just(format!("%{byte:02x}")),
        Just(format!("%25{byte:02X}")),
        Just(format!("&#{byte};")),
        Just(format!("&#{byte:07}")),
        Just(format!("&#x{byte:X};")),
        Just(format!("&#X{byte:06x};")),
        Just(format!("&amp;#{byte};")),
        Just(format!("\\u{byte:04X}")),
        Just(format!("\\x{byte:02x}")),
        Just(format!("\\u{{{byte:x}}}")),
        Just(char::from_u32(byte + 0xFEE0).unwrap().to_string()),
    ]
}

/// Something a reader does not see, raw or encoded.
fn invisible() -> impl Strategy<Value = String> {
    prop_oneof![
        Just(String::new()),
        Just(String::new()),
        Just("\t".to_owned()),
        Just("\n".to_owned()),
        Just("\r".to_owned()),
        Just("\u{0}".to_owned()),
        Just("\u{ad}".to_owned()),
        Just("\u{200b}".to_owned()),
        Just("\u{a0}".to_owned()),
        Just("\u{2028}".to_owned()),
        Just("\u{feff}".to_owned()),
        Just("&Tab;".to_owned()),
        Just("&NewLine;".to_owned()),
        Just("&#x09;".to_owned()),
        Just("&#14;".to_owned()),
        Just("%09".to_owned()),
        Just("%00".to_owned()),
        Just(" ".to_owned()),
    ]
}

fn disguised_scheme() -> impl Strategy<Value = String> {
    let scheme = prop_oneof![
        Just("javascript"),
        Just("vbscript"),
        Just("data"),
        Just("livescript"),
        Just("file"),
    ];
    (scheme, "([a-z(][a-z(1);/,<>]{0,11})?")
        .prop_flat_map(|(scheme, payload)| {
            let characters: Vec<_> = format!("{scheme}:")
                .chars()
                .map(|c| (invisible(), disguised_char(c)))
                .collect();
            (characters, Just(payload))
        })
        .prop_map(|(characters, payload)| {
            let mut url: String = characters
                .into_iter()
                .map(|(before, c)| before + &c)
                .collect();
            url.push_str(&payload);
            url
        })
}

#[test]
fn url_check_refuses_every_disguise_of_a_scheme() {
    run("disguised schemes", 20_000, disguised_scheme(), |url| {
        prop_assert!(WebUrl::try_from(url.as_str()).is_err(), "{url:?} passed");
        Ok(())
    });
}

fn benign_url() -> impl Strategy<Value = String> {
    let segment = "([a-z0-9._~-]|%[89A-F][0-9A-F]|%20){1,12}";
    let path = prop::collection::vec(segment, 0..4).prop_map(|segments| segments.join("/"));
    (
        prop_oneof![
            Just("https://example.com/"),
            Just("HTTP://example.com:8080/"),
            Just("//cdn.example.com/"),
            Just("/"),
            Just("./"),
            Just("../"),
            Just(""),
        ],
        path,
        "(\\?[a-z]{1,5}=[a-z%0-9:]{0,9})?(#[a-z:]{0,9})?",
    )
        .prop_map(|(start, path, rest)| format!("{start}{path}{rest}"))
        .prop_filter("a URL is not empty", |url| !url.is_empty())
}

#[test]
fn url_check_allows_http_https_and_relative_urls() {
    run("benign URLs", 20_000, benign_url(), |url| {
        prop_assert!(
            WebUrl::try_from(url.as_str()).is_ok(),
            "{url:?}: {:?}",
            WebUrl::try_from(url.as_str())
        );
        Ok(())
    });
}
