//! A split edition: the index of headlines and the article files, each read
//! and checked on its own, and together the same edition as the whole file.

use std::path::Path;

use edition::{
    Document, EditionIndex, ParseError, SEARCH_INDEX_PATH, SearchManifest, Slug, article_file_path,
    index_page_path, parse_article_bytes, parse_edition, parse_index_bytes, parse_index_page_bytes,
    parse_search_chunk_bytes, parse_search_index_bytes,
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
            "articles: unknown field `articles`, expected one of `title`, `language`, `headlines`, `pages` at line 1, column 11",
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

/// An index of five headlines in pages of two, whose search index has two chunks.
const PAGED_INDEX: &str = r#"{
  "title": "Archive",
  "headlines": [
    { "id": "a1", "headline": "One", "language": "en" },
    { "id": "a2", "headline": "Two", "language": "en" }
  ],
  "pages": { "size": 2, "headlines": 5 }
}"#;

/// The search index beside [`PAGED_INDEX`]: two chunks, cut at "m".
const SEARCH_INDEX: &str = r#"{ "chunks": ["", "m"], "files": [0, 1] }"#;

fn page(number: usize, ids: &[&str]) -> String {
    let headlines: Vec<String> = ids
        .iter()
        .map(|id| format!(r#"{{ "id": "{id}", "headline": "H", "language": "en" }}"#))
        .collect();
    format!(
        r#"{{ "page": {number}, "headlines": [{}] }}"#,
        headlines.join(",")
    )
}

fn read_page(json: &str, number: usize) -> Result<Vec<String>, String> {
    let index = parse_index_bytes(PAGED_INDEX.as_bytes()).unwrap();
    parse_index_page_bytes(json.as_bytes(), number, &index)
        .map(|headlines| {
            headlines
                .iter()
                .map(|headline| headline.id.to_string())
                .collect()
        })
        .map_err(|error| error.to_string())
}

#[test]
fn a_paged_index_holds_its_first_page_and_counts_every_article() {
    let index = parse_index_bytes(PAGED_INDEX.as_bytes()).unwrap();
    assert_eq!(index.headlines().len(), 2);
    assert_eq!(index.article_count(), 5);
    let pages = index.pages().unwrap();
    assert_eq!(pages.page_count(), 3);
    assert_eq!(
        (pages.page_of(0), pages.page_of(1), pages.page_of(4)),
        (1, 1, 3)
    );
    assert_eq!((pages.page_length(2), pages.page_length(3)), (2, 1));
    assert_eq!(index_page_path(2), "pages/2.json");
    let written = serde_json::to_string(&index).unwrap();
    assert_eq!(parse_index_bytes(written.as_bytes()).unwrap(), index);
}

#[test]
fn a_page_file_is_checked_against_its_index() {
    assert_eq!(read_page(&page(2, &["a3", "a4"]), 2).unwrap(), ["a3", "a4"]);
    assert_eq!(read_page(&page(3, &["a5"]), 3).unwrap(), ["a5"]);
    assert_eq!(
        read_page(&page(3, &["a5"]), 2).unwrap_err(),
        "page: the file holds page 3, not page 2"
    );
    assert_eq!(
        read_page(&page(3, &["a5", "a6"]), 3).unwrap_err(),
        "headlines: page 3 holds 2 headlines; with 5 headlines in pages of 2, it must hold 1"
    );
    assert!(
        read_page(&page(2, &["a3", "a3"]), 2)
            .unwrap_err()
            .contains("is already the id")
    );
    let error = parse_index_page_bytes(b"[]", 2, &index()).unwrap_err();
    assert!(
        error.to_string().contains("index page is an array"),
        "{error}"
    );
}

#[test]
fn a_paged_index_must_agree_with_itself() {
    let refuse = |json: &str| parse_index_bytes(json.as_bytes()).unwrap_err().to_string();
    assert!(
        refuse(&PAGED_INDEX.replace(r#""size": 2"#, r#""size": 3"#))
            .contains("page 1 holds 2 headlines")
    );
    assert!(refuse(&PAGED_INDEX.replace(r#""size": 2"#, r#""size": 0"#)).contains("pages of 0"));
}

#[test]
fn a_search_index_starts_its_first_chunk_at_nothing_and_ascends() {
    assert_eq!(SEARCH_INDEX_PATH, "search/chunks.json");
    assert_eq!(
        parse_search_index_bytes(SEARCH_INDEX.as_bytes())
            .unwrap()
            .len(),
        2
    );
    let refuse = |json: &str| {
        parse_search_index_bytes(json.as_bytes())
            .unwrap_err()
            .to_string()
    };
    assert!(refuse(r#"{ "chunks": ["m"], "files": [0] }"#).contains("must start at"));
    assert!(
        refuse(r#"{ "chunks": ["", "m", "c"], "files": [0, 1, 2] }"#).contains("ascending order")
    );
    assert!(refuse(r#"{ "chunks": [], "files": [] }"#).contains("at least one chunk"));
    assert!(refuse(r#"{ "chunks": ["", "m"], "files": [0] }"#).contains("names 1 files for 2"));
    assert!(refuse(r#"{ "chunks": ["", "m"], "files": [3, 3] }"#).contains("the file 3"));
    assert!(refuse(r#"{ "chunks": [""] }"#).contains("missing field `files`"));
    assert!(refuse(r#"{ "starts": [""], "files": [0] }"#).contains("unknown field"));
    assert!(refuse("").contains("the search index is empty"));
    let manifest =
        parse_search_index_bytes(br#"{ "chunks": ["", "m"], "files": [7, 2] }"#).unwrap();
    assert_eq!(
        (manifest.file_path(0), manifest.file_path(1)),
        ("search/7.json".to_owned(), "search/2.json".to_owned())
    );
}

#[test]
fn a_chunk_keeps_its_file_while_it_keeps_its_start() {
    let earlier =
        SearchManifest::with_files(["", "k", "t"].map(str::to_owned).to_vec(), vec![0, 4, 2])
            .unwrap();
    // "k" was cut in two at "m"; "t" joined the chunk before it.
    let later = SearchManifest::new(["", "k", "m"].map(str::to_owned).to_vec())
        .unwrap()
        .keeping_files_of(&earlier);
    assert_eq!(
        (0..3)
            .map(|number| later.file_path(number))
            .collect::<Vec<_>>(),
        ["search/0.json", "search/4.json", "search/5.json"]
    );
}

#[test]
fn a_paged_index_s_articles_may_relate_to_articles_on_later_pages() {
    let index = parse_index_bytes(PAGED_INDEX.as_bytes()).unwrap();
    let file = article("a1", r#"{ "headline": "Five", "article": "a5" }"#);
    assert!(parse_article_bytes(file.as_bytes(), &slug("a1"), &index).is_ok());
}

#[test]
fn a_search_chunk_is_checked_against_its_index() {
    let paged = parse_index_bytes(PAGED_INDEX.as_bytes()).unwrap();
    let manifest = parse_search_index_bytes(SEARCH_INDEX.as_bytes()).unwrap();
    let chunk = parse_search_chunk_bytes(
        br#"{"terms":{"one":[0,3],"two":[1]}}"#,
        1,
        &manifest,
        &paged,
    )
    .unwrap();
    assert_eq!(chunk.positions_for_prefix("o"), [0, 3]);
    let refuse = |json: &str, number| {
        parse_search_chunk_bytes(json.as_bytes(), number, &manifest, &paged)
            .unwrap_err()
            .to_string()
    };
    assert!(refuse(r#"{"terms":{"one":[5]}}"#, 1).contains("the edition's 5 articles"));
    assert!(refuse(r#"{"terms":{"alpha":[0]}}"#, 1).contains("does not belong in search chunk 1"));
    assert_eq!(
        refuse(r#"{"terms":{}}"#, 2),
        "search chunk 2 does not exist: the search index has 2"
    );
    assert!(refuse(r#"{"words":{}}"#, 0).contains("unknown field"));
    assert!(
        parse_search_chunk_bytes(br#"{"terms":{}}"#, 0, &manifest, &index()).is_err(),
        "an unpaged index has no search chunks"
    );
}
