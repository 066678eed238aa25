//! Every file in `fixtures/valid` parses; every file in `fixtures/invalid` fails
//! with exactly the message in the `.error` file beside it.

use std::fs;
use std::path::{Path, PathBuf};

use edition::{ParseError, check_edition_bytes, parse_edition, parse_edition_bytes};

fn fixtures(folder: &str, extension: &str) -> Vec<PathBuf> {
    let folder = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(folder);
    let mut paths: Vec<PathBuf> = fs::read_dir(&folder)
        .unwrap_or_else(|error| panic!("{}: {error}", folder.display()))
        .map(|entry| entry.unwrap().path())
        .filter(|path| path.extension().is_some_and(|found| found == extension))
        .collect();
    paths.sort();
    assert!(!paths.is_empty(), "no fixtures in {}", folder.display());
    paths
}

/// A fixture's bytes: some invalid ones are not UTF-8 on purpose.
fn read(path: &Path) -> Vec<u8> {
    fs::read(path).unwrap_or_else(|error| panic!("{}: {error}", path.display()))
}

fn read_text(path: &Path) -> String {
    fs::read_to_string(path).unwrap_or_else(|error| panic!("{}: {error}", path.display()))
}

#[test]
fn parses_every_valid_fixture() {
    for path in fixtures("valid", "json") {
        if let Err(error) = parse_edition_bytes(&read(&path)) {
            panic!("{}: {error}", path.display());
        }
    }
}

#[test]
fn rejects_every_invalid_fixture_with_its_expected_message() {
    let mut mismatches = Vec::new();
    for path in fixtures("invalid", "json") {
        let expected_path = path.with_extension("error");
        let expected = read_text(&expected_path);
        match parse_edition_bytes(&read(&path)) {
            Ok(_) => mismatches.push(format!("{}: parsed, but should fail", path.display())),
            Err(error) if error.to_string() != expected.trim_end() => mismatches.push(format!(
                "{}:\n  expected: {}\n  actual:   {error}",
                path.display(),
                expected.trim_end()
            )),
            Err(_) => {}
        }
    }
    assert!(mismatches.is_empty(), "{}", mismatches.join("\n"));
}

#[test]
fn every_invalid_fixture_has_an_expected_message() {
    for path in fixtures("invalid", "json") {
        assert!(
            path.with_extension("error").is_file(),
            "{} has no .error file",
            path.display()
        );
    }
}

#[test]
fn writes_every_valid_fixture_back_as_json_that_reads_the_same() {
    for path in fixtures("valid", "json") {
        let edition = parse_edition_bytes(&read(&path)).unwrap();
        let written = serde_json::to_string_pretty(&edition).unwrap();
        assert_eq!(
            parse_edition(&written).unwrap(),
            edition,
            "{}",
            path.display()
        );
    }
}

#[test]
fn resolves_only_relative_urls_against_a_base() {
    let edition = parse_edition(&read_text(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/valid/every-field.json"),
    ))
    .unwrap();
    let resolved = edition
        .with_urls_resolved(|relative| Some(format!("https://news.example/editions/{relative}")));
    let article = &resolved.articles()[0];
    assert_eq!(
        &*article.photo.as_ref().unwrap().src,
        "https://news.example/editions/photos/lead.jpg"
    );
    assert_eq!(
        article.related[0].url.as_deref(),
        Some("https://example.com/story"),
        "absolute URLs stay"
    );
    assert_eq!(
        article.source.as_ref().unwrap().url.as_deref(),
        Some("https://example.com/")
    );
}

#[test]
fn keeps_a_url_whose_resolution_is_not_a_web_url() {
    let edition = parse_edition(&read_text(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/valid/every-field.json"),
    ))
    .unwrap();
    let resolved = edition.with_urls_resolved(|relative| Some(format!("javascript:{relative}")));
    assert_eq!(
        &*resolved.articles()[0].photo.as_ref().unwrap().src,
        "photos/lead.jpg"
    );
}

#[test]
fn check_finds_nothing_in_valid_editions() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = fixtures("valid", "json");
    files.push(root.join("../assets/edition.json"));
    for path in files {
        assert_eq!(check_edition_bytes(&read(&path)), [], "{}", path.display());
    }
}

/// The checker reads field by field where the parser reads the whole; both must
/// find the same problem, the checker perhaps at a deeper field (`body[1].text`
/// where the parser says `body[1]`).
#[test]
fn check_finds_the_problem_the_parser_finds() {
    for path in fixtures("invalid", "json") {
        let bytes = read(&path);
        let (parser_path, parser_message) = match parse_edition_bytes(&bytes).unwrap_err() {
            ParseError::Invalid { path, message, .. } => (path, message),
            error @ (ParseError::Empty { .. }
            | ParseError::TooLarge { .. }
            | ParseError::Utf16 { .. }
            | ParseError::NotUtf8 { .. }) => (String::new(), error.problem()),
            ParseError::Inconsistent(error) => {
                let path = error.path();
                let message = error.to_string()[path.len() + 2..].to_owned();
                (path, message)
            }
        };
        let problems = check_edition_bytes(&bytes);
        assert!(
            problems
                .iter()
                .any(|problem| problem.path.starts_with(&parser_path)
                    && problem.message == parser_message),
            "{}: the parser says {parser_path}: {parser_message}, the checker {problems:?}",
            path.display()
        );
    }
}

#[test]
fn check_lists_every_problem_of_a_file() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/check");
    let problems: Vec<String> = check_edition_bytes(&read(&root.join("many-problems.json")))
        .into_iter()
        .map(|problem| {
            let (line, column) = problem.position.unwrap();
            format!("{line}:{column}: {}: {}", problem.path, problem.message)
        })
        .collect();
    let expected = read_text(&root.join("many-problems.problems"));
    assert_eq!(problems, expected.lines().collect::<Vec<_>>());
}
