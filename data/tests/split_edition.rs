//! A split edition: the index of headlines and the article files, each read
//! and checked on its own, and together the same edition as the whole file.

use std::path::Path;

use edition::{
    Document, EditionIndex, ParseError, Slug, article_file_path, parse_article_bytes,
    parse_edition, parse_index_bytes,
};

fn fixture(path: &str) -> String {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(path);
    std::fs::read_to_string(&path).unwrap_or_else(|error| panic!("{}: {error}", path.display()))
}

fn slug(id: &str) -> Slug {
    Slug::try_from(id).unwrap()
}

const INDEX: &str = r#"{
  "title": "Morning edition",
  "headlines": [
    { "id": "first", "headline": "The first", "language": "en", "section": "World",
      "published": "2024-12-19", "dek": "A standfirst." },
    { "id": "second", "headline": "Le deuxième", "language": "fr" }
  ]
}"#;

fn index() -> EditionIndex {
    parse_index_bytes(INDEX.as_bytes()).unwrap()
}

fn article(id: &str, related: &str) -> String {
    format!(
        r#"{{ "id": "{id}", "headline": "The {id}", "language": "en",
             "body": [{{ "type": "paragraph", "text": "Text." }}],
             "related": [{related}] }}"#
    )
}

#[test]
fn an_edition_and_its_split_files_hold_the_same_articles() {
    let edition = parse_edition(&fixture("valid/every-field.json")).unwrap();
    let index = EditionIndex::of(&edition);
    let index_json = serde_json::to_string(&index).unwrap();
    let read_back = parse_index_bytes(index_json.as_bytes()).unwrap();
    assert_eq!(read_back, index);
    assert_eq!(read_back.title(), edition.title());
    assert_eq!(read_back.headlines().len(), edition.articles().len());
    for (headline, article) in read_back.headlines().iter().zip(edition.articles()) {
        assert_eq!(headline.id, article.id);
        assert_eq!(headline.headline, article.headline);
        assert_eq!(headline.dek, article.dek);
        assert_eq!(headline.section, article.section);
        assert_eq!(headline.published, article.published);
        assert_eq!(headline.language, article.language);
        let file = serde_json::to_vec(article.as_ref()).unwrap();
        let read = parse_article_bytes(&file, &article.id, &read_back).unwrap();
        assert_eq!(&read, article.as_ref());
    }
}

#[test]
fn finds_headlines_by_id() {
    let index = index();
    assert_eq!(index.title().map(|title| &**title), Some("Morning edition"));
    assert_eq!(&*index.headline("second").unwrap().headline, "Le deuxième");
    assert!(index.headline("third").is_none());
    assert_eq!(article_file_path(&slug("second")), "articles/second.json");
}

#[test]
fn refuses_an_index_with_two_headlines_of_one_id() {
    let json = r#"{"headlines": [
        {"id": "a", "headline": "A", "language": "en"},
        {"id": "b", "headline": "B", "language": "en"},
        {"id": "a", "headline": "A again", "language": "en"}]}"#;
    let error = parse_index_bytes(json.as_bytes()).unwrap_err();
    assert_eq!(
        error.to_string(),
        "headlines[2].id: \"a\" is already the id of headlines[0]"
    );
}

#[test]
fn names_the_field_of_a_bad_value_in_an_index() {
    let cases = [
        (
            r#"{"headlines": [{"id": "a", "headline": " ", "language": "en"}]}"#,
            "headlines[0].headline: must not be empty at line 1, column 42",
        ),
        (
            r#"{"headlines": [{"id": "a", "headline": "A", "language": "en", "body": []}]}"#,
            "headlines[0].body: unknown field `body`, expected one of `id`, `headline`, `section`, `dek`, `published`, `language` at line 1, column 68",
        ),
        (
            r#"{"articles": []}"#,
            "articles: unknown field `articles`, expected one of `title`, `language`, `headlines` at line 1, column 11",
        ),
        (
            "[]",
            "the edition index is an array; it must be an object with a \"headlines\" list at line 1, column 1",
        ),
        ("  ", "the edition index is empty"),
    ];
    for (json, expected) in cases {
        let error = parse_index_bytes(json.as_bytes()).unwrap_err();
        assert_eq!(error.to_string(), expected, "{json}");
    }
    assert_eq!(
        parse_index_bytes(b"\xFF\xFE{").unwrap_err(),
        ParseError::Utf16 {
            document: Document::Index
        }
    );
}

#[test]
fn takes_an_article_file_that_holds_the_article_the_index_names() {
    let related = r#"{"headline": "Le deuxième", "article": "second"},
                     {"headline": "Elsewhere", "url": "https://example.com/"}"#;
    let article = parse_article_bytes(
        article("first", related).as_bytes(),
        &slug("first"),
        &index(),
    )
    .unwrap();
    assert_eq!(article.related.len(), 2);
}

#[test]
fn refuses_an_article_file_that_does_not_fit_the_index() {
    let index = index();
    let cases = [
        (
            article("second", ""),
            "first",
            "id: the file holds the article \"second\", not \"first\"",
        ),
        (
            article("first", r#"{"headline": "Gone", "article": "third"}"#),
            "first",
            "related[0].article: the edition's index has no article with the id \"third\"",
        ),
        (
            article(
                "first",
                r#"{"headline": "X", "url": "https://example.com/"}, {"headline": "Me", "article": "first"}"#,
            ),
            "first",
            "related[1].article: an article cannot be related to itself",
        ),
        (
            r#"{"id": "first", "headline": "The first", "language": "en", "body": []}"#.to_owned(),
            "first",
            "body: an article needs at least one block of text at line 1, column 70",
        ),
        (
            article(
                "first",
                r#"{"headline": "X", "url": "javascript:alert(1)"}"#,
            ),
            "first",
            "related[0].url: \"javascript:alert(1)\" uses the \"javascript\" scheme; only http, https and relative URLs are allowed",
        ),
        (
            "[]".to_owned(),
            "first",
            "the article file is an array; it must be an object with the article's fields at line 1, column 1",
        ),
        (String::new(), "first", "the article file is empty"),
    ];
    for (json, id, expected) in cases {
        let error = parse_article_bytes(json.as_bytes(), &slug(id), &index).unwrap_err();
        assert!(
            error.to_string().starts_with(expected),
            "{json}\nexpected: {expected}\nfound:    {error}"
        );
    }
}
