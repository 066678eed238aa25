//! `edition-tool split`, and `edition-tool check` on what it writes.

use std::fs;
use std::io::Write;
use std::path::Path;
use std::process::{Command, Output, Stdio};

use edition::{parse_article_bytes, parse_edition, parse_index_bytes};

use crate::support::{EDITION_TOOL, edition_tool, format_fixture as fixture};

fn path(path: &Path) -> &str {
    path.to_str().unwrap()
}

fn split(edition: &Path, output: &Path) -> Output {
    edition_tool(["split", path(edition), "-o", path(output)])
}

#[test]
fn writes_an_index_and_a_file_per_article_that_make_the_same_edition() {
    let folder = tempfile::tempdir().unwrap();
    let output = folder.path().join("split");
    let edition_file = fixture("valid/related-articles.json");
    let result = split(&edition_file, &output);
    assert!(result.status.success(), "{result:?}");

    let edition = parse_edition(&fs::read_to_string(&edition_file).unwrap()).unwrap();
    let index = parse_index_bytes(&fs::read(output.join("index.json")).unwrap()).unwrap();
    assert_eq!(index.title(), edition.title());
    let mut files: Vec<String> = fs::read_dir(output.join("articles"))
        .unwrap()
        .map(|entry| entry.unwrap().file_name().into_string().unwrap())
        .collect();
    files.sort();
    assert_eq!(files, ["first-article.json", "second-article.json"]);
    for article in edition.articles() {
        let bytes = fs::read(output.join(format!("articles/{}.json", article.id))).unwrap();
        let read = parse_article_bytes(&bytes, &article.id, &index).unwrap();
        assert_eq!(&read, article.as_ref());
    }

    let check = edition_tool(["check", path(&output.join("index.json"))]);
    assert!(check.status.success(), "{check:?}");
    assert_eq!(String::from_utf8(check.stdout).unwrap(), "");
}

#[test]
fn check_names_each_bad_or_missing_article_file() {
    let folder = tempfile::tempdir().unwrap();
    let output = folder.path().join("split");
    assert!(
        split(&fixture("valid/related-articles.json"), &output)
            .status
            .success()
    );
    let first = output.join("articles/first-article.json");
    let second = output.join("articles/second-article.json");
    fs::write(&first, "{\n  \"id\": \"second-article\",\n  \"headline\": \"x\",\n  \"language\": \"en\",\n  \"body\": [{\"type\": \"paragraph\", \"text\": \"x\"}]\n}\n").unwrap();
    fs::remove_file(&second).unwrap();

    let check = edition_tool(["check", path(&output.join("index.json"))]);
    assert_eq!(check.status.code(), Some(1));
    let stdout = String::from_utf8(check.stdout).unwrap();
    let lines: Vec<&str> = stdout.lines().collect();
    assert_eq!(lines.len(), 2, "{stdout}");
    assert_eq!(
        lines[0],
        format!(
            "{}: id: the file holds the article \"second-article\", not \"first-article\"",
            first.display()
        )
    );
    assert!(
        lines[1].starts_with(&format!("{}: cannot read the file: ", second.display())),
        "{}",
        lines[1]
    );
}

#[test]
fn check_names_the_position_of_a_problem_in_an_index() {
    let folder = tempfile::tempdir().unwrap();
    let index = folder.path().join("index.json");
    fs::write(
        &index,
        "{\"headlines\": [\n  {\"id\": \"A\", \"headline\": \"x\", \"language\": \"en\"}\n]}\n",
    )
    .unwrap();
    let check = edition_tool(["check", path(&index)]);
    assert_eq!(check.status.code(), Some(1));
    let stdout = String::from_utf8(check.stdout).unwrap();
    assert!(
        stdout.starts_with(&format!(
            "{}:2:12: headlines[0].id: \"A\" is not a slug",
            index.display()
        )),
        "{stdout}"
    );
}

#[test]
fn replaces_an_earlier_split_but_no_other_folder() {
    let folder = tempfile::tempdir().unwrap();
    let output = folder.path().join("split");
    assert!(
        split(&fixture("valid/related-articles.json"), &output)
            .status
            .success()
    );
    assert!(
        split(&fixture("valid/minimal.json"), &output)
            .status
            .success()
    );
    let index = parse_index_bytes(&fs::read(output.join("index.json")).unwrap()).unwrap();
    assert_eq!(index.headlines().len(), 1);
    assert_eq!(
        fs::read_dir(output.join("articles")).unwrap().count(),
        1,
        "the earlier split's articles are gone"
    );
    let beside: Vec<_> = fs::read_dir(folder.path())
        .unwrap()
        .map(|entry| entry.unwrap().file_name())
        .collect();
    assert_eq!(beside, ["split"], "nothing is left beside the output");

    let other = folder.path().join("photos");
    fs::create_dir(&other).unwrap();
    fs::write(other.join("map.svg"), "<svg/>").unwrap();
    let result = split(&fixture("valid/minimal.json"), &other);
    assert_eq!(result.status.code(), Some(1));
    assert_eq!(
        String::from_utf8(result.stderr).unwrap(),
        format!(
            "{}: the folder holds map.svg, which is not part of a split edition; choose a new or empty folder\n",
            other.display()
        )
    );
    assert_eq!(fs::read_to_string(other.join("map.svg")).unwrap(), "<svg/>");
}

#[test]
fn writes_again_only_the_files_that_changed() {
    let folder = tempfile::tempdir().unwrap();
    let output = folder.path().join("split");
    let edition_file = folder.path().join("edition.json");
    let original = fs::read_to_string(fixture("valid/related-articles.json")).unwrap();
    fs::write(&edition_file, &original).unwrap();
    let first = split(&edition_file, &output);
    assert_eq!(
        String::from_utf8(first.stdout).unwrap(),
        "split: 3 files: 3 written, 0 unchanged, 0 removed\n"
    );
    let modified = |name: &str| fs::metadata(output.join(name)).unwrap().modified().unwrap();
    let before = modified("articles/first-article.json");

    let again = split(&edition_file, &output);
    assert_eq!(
        String::from_utf8(again.stdout).unwrap(),
        "split: 3 files: 0 written, 3 unchanged, 0 removed\n"
    );

    // The second article's text changes: its file alone is written; the index,
    // which holds no body text, stays.
    let changed = original
        .replacen("A paragraph.", "A paragraph, changed.", 2)
        .replacen("A paragraph, changed.", "A paragraph.", 1);
    assert_ne!(changed, original);
    fs::write(&edition_file, &changed).unwrap();
    let third = split(&edition_file, &output);
    assert!(third.status.success(), "{third:?}");
    assert_eq!(
        String::from_utf8(third.stdout).unwrap(),
        "split: 3 files: 1 written, 2 unchanged, 0 removed\n"
    );
    assert_eq!(
        modified("articles/first-article.json"),
        before,
        "kept as it was"
    );
    assert!(
        fs::read_to_string(output.join("articles/second-article.json"))
            .unwrap()
            .contains("A paragraph, changed.")
    );

    let fewer = split(&fixture("valid/minimal.json"), &output);
    assert_eq!(
        String::from_utf8(fewer.stdout).unwrap(),
        "split: 2 files: 2 written, 0 unchanged, 1 removed\n"
    );
}

#[test]
fn reads_the_edition_from_standard_input() {
    let folder = tempfile::tempdir().unwrap();
    let output = folder.path().join("split");
    let mut child = Command::new(EDITION_TOOL)
        .args(["split", "-", "-o", path(&output)])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    let edition = fs::read(fixture("valid/related-articles.json")).unwrap();
    child.stdin.take().unwrap().write_all(&edition).unwrap();
    let result = child.wait_with_output().unwrap();
    assert!(result.status.success(), "{result:?}");
    assert_eq!(
        String::from_utf8(result.stdout).unwrap(),
        "split: 3 files: 3 written, 0 unchanged, 0 removed\n"
    );
    let index = parse_index_bytes(&fs::read(output.join("index.json")).unwrap()).unwrap();
    assert_eq!(index.headlines().len(), 2);
}

#[test]
fn writes_nothing_for_an_invalid_edition() {
    let folder = tempfile::tempdir().unwrap();
    let output = folder.path().join("split");
    let invalid = fixture("invalid/duplicate-id.json");
    let result = split(&invalid, &output);
    assert_eq!(result.status.code(), Some(1));
    let stderr = String::from_utf8(result.stderr).unwrap();
    assert!(
        stderr.starts_with(&format!("{}: articles[1].id: ", invalid.display())),
        "{stderr}"
    );
    assert!(!output.exists());
    assert_eq!(
        fs::read_dir(folder.path()).unwrap().count(),
        0,
        "no staging folder is left behind"
    );
}

#[test]
fn splits_an_edition_too_large_for_the_viewer_into_files_it_reads() {
    let folder = tempfile::tempdir().unwrap();
    let paragraph = "Generated text for a size test; it reports nothing. ".repeat(40);
    let articles: Vec<serde_json::Value> = (0..5_500)
        .map(|number| {
            serde_json::json!({
                "id": format!("story-{number}"),
                "headline": format!("Synthetic story {number}"),
                "language": "en",
                "body": [{ "type": "paragraph", "text": paragraph }],
            })
        })
        .collect();
    let source = folder.path().join("large.json");
    let json = serde_json::to_string(&serde_json::json!({ "articles": articles })).unwrap();
    assert!(json.len() > edition::MAX_EDITION_BYTES);
    fs::write(&source, json).unwrap();

    let output = folder.path().join("split");
    let result = split(&source, &output);
    assert!(result.status.success(), "{result:?}");
    let index = parse_index_bytes(&fs::read(output.join("index.json")).unwrap()).unwrap();
    assert_eq!(index.headlines().len(), 5_500);
    let check = edition_tool(["check", path(&output.join("index.json"))]);
    assert!(check.status.success(), "{check:?}");
}

#[test]
fn keeps_the_edition_s_language_in_the_index() {
    let folder = tempfile::tempdir().unwrap();
    let output = folder.path().join("split");
    let edition_file = fixture("valid/arabic-edition.json");
    assert!(split(&edition_file, &output).status.success());
    let index = parse_index_bytes(&fs::read(output.join("index.json")).unwrap()).unwrap();
    assert_eq!(
        index.language().map(|tag| tag.to_string()).as_deref(),
        Some("ar")
    );
}
