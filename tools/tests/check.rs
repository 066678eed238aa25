//! `edition-tool check` on the data crate's fixture files.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../data/tests/fixtures")
        .join(name)
}

fn edition_tool(arguments: &[&Path]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_edition-tool"))
        .arg("check")
        .args(arguments)
        .output()
        .unwrap()
}

fn stdout(output: &Output) -> String {
    String::from_utf8(output.stdout.clone()).unwrap()
}

#[test]
fn accepts_valid_editions_silently() {
    let bundled = Path::new(env!("CARGO_MANIFEST_DIR")).join("../assets/edition.json");
    let output = edition_tool(&[&fixture("valid/every-field.json"), &bundled]);
    assert!(output.status.success());
    assert_eq!(stdout(&output), "");
}

#[test]
fn names_file_position_and_field_of_each_problem() {
    let javascript = fixture("invalid/javascript-photo-src.json");
    let duplicate = fixture("invalid/duplicate-id.json");
    let valid = fixture("valid/minimal.json");
    let output = edition_tool(&[&javascript, &valid, &duplicate]);
    assert_eq!(output.status.code(), Some(1));
    assert_eq!(
        stdout(&output),
        format!(
            "{}:14:16: articles[0].photo.src: \"javascript:alert(1)\" uses the \"javascript\" scheme; only http, https and relative URLs are allowed\n\
             {}:15:13: articles[1].id: \"first-article\" is already the id of articles[0]\n",
            javascript.display(),
            duplicate.display()
        )
    );
}

#[test]
fn lists_every_problem_of_a_file_in_the_order_of_the_text() {
    let file = fixture("check/many-problems.json");
    let output = edition_tool(&[&file]);
    assert_eq!(output.status.code(), Some(1));
    let expected: String = std::fs::read_to_string(fixture("check/many-problems.problems"))
        .unwrap()
        .lines()
        .map(|line| format!("{}:{line}\n", file.display()))
        .collect();
    assert_eq!(stdout(&output), expected);
    assert_eq!(stdout(&output).lines().count(), 16);
}

#[test]
fn reports_syntax_errors_without_a_field_path() {
    let file = fixture("invalid/not-json.json");
    let output = edition_tool(&[&file]);
    assert_eq!(output.status.code(), Some(1));
    assert_eq!(
        stdout(&output),
        format!("{}:1:1: expected value\n", file.display())
    );
}

#[test]
fn reports_empty_files() {
    let file = fixture("invalid/empty-file.json");
    let output = edition_tool(&[&file]);
    assert_eq!(output.status.code(), Some(1));
    assert_eq!(
        stdout(&output),
        format!("{}: the edition is empty\n", file.display())
    );
}

#[test]
fn reports_unreadable_and_non_utf8_files() {
    let folder = tempfile::tempdir().unwrap();
    let latin1 = folder.path().join("latin1.json");
    std::fs::write(&latin1, b"{\"articles\": [], \"title\": \"Caf\xe9\"}").unwrap();
    let missing = folder.path().join("missing.json");

    let output = edition_tool(&[&latin1, &missing]);
    assert_eq!(output.status.code(), Some(1));
    let report = stdout(&output);
    let lines: Vec<&str> = report.lines().collect();
    assert_eq!(
        lines[0],
        format!(
            "{}: not UTF-8 text: the bytes at offset 30 are not valid UTF-8",
            latin1.display()
        )
    );
    assert!(
        lines[1].starts_with(&format!("{}: cannot read the file: ", missing.display())),
        "{}",
        lines[1]
    );
}

#[test]
fn explains_its_usage() {
    let output = Command::new(env!("CARGO_BIN_EXE_edition-tool"))
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
    let usage = String::from_utf8(output.stderr).unwrap();
    assert!(usage.contains("Usage: edition-tool <COMMAND>"), "{usage}");
    for command in ["import", "check", "schema"] {
        assert!(usage.contains(&format!("  {command} ")), "{usage}");
    }
}

#[test]
fn needs_a_file_to_check() {
    let output = edition_tool(&[]);
    assert_eq!(output.status.code(), Some(2));
}
