//! `edition-tool check` on the format's fixture files.

use std::path::Path;
use std::process::Output;

use crate::support::{edition_tool, format_fixture as fixture, repo, text};

fn check(files: &[&Path]) -> Output {
    edition_tool(std::iter::once(Path::new("check")).chain(files.iter().copied()))
}

fn stdout(output: &Output) -> String {
    text(&output.stdout)
}

#[test]
fn accepts_valid_editions_silently() {
    let bundled = repo("assets/edition.json");
    let output = check(&[&fixture("valid/every-field.json"), &bundled]);
    assert!(output.status.success());
    assert_eq!(stdout(&output), "");
}

#[test]
fn names_file_position_and_field_of_each_problem() {
    let javascript = fixture("invalid/javascript-photo-src.json");
    let duplicate = fixture("invalid/duplicate-id.json");
    let valid = fixture("valid/minimal.json");
    let output = check(&[&javascript, &valid, &duplicate]);
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
    let output = check(&[&file]);
    assert_eq!(output.status.code(), Some(1));
    let expected: String = std::fs::read_to_string(fixture("check/many-problems.problems"))
        .unwrap()
        .lines()
        .map(|line| format!("{}:{line}\n", file.display()))
        .collect();
    assert_eq!(stdout(&output), expected);
    assert_eq!(stdout(&output).lines().count(), 17);
}

#[test]
fn reports_syntax_errors_without_a_field_path() {
    let file = fixture("invalid/not-json.json");
    let output = check(&[&file]);
    assert_eq!(output.status.code(), Some(1));
    assert_eq!(
        stdout(&output),
        format!("{}:1:1: expected value\n", file.display())
    );
}

#[test]
fn reports_empty_files() {
    let file = fixture("invalid/empty-file.json");
    let output = check(&[&file]);
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

    let output = check(&[&latin1, &missing]);
    assert_eq!(output.status.code(), Some(1));
    let report = stdout(&output);
    let lines: Vec<&str> = report.lines().collect();
    assert_eq!(
        lines[0],
        format!(
            "{}:1:31: the edition is not UTF-8 text: byte 0xE9 does not begin or continue a character",
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
    let output = edition_tool::<_, &str>([]);
    assert_eq!(output.status.code(), Some(2));
    let usage = String::from_utf8(output.stderr).unwrap();
    assert!(usage.contains("Usage: edition-tool <COMMAND>"), "{usage}");
    for command in ["import", "check", "schema"] {
        assert!(usage.contains(&format!("  {command} ")), "{usage}");
    }
}

#[test]
fn needs_a_file_to_check() {
    let output = check(&[]);
    assert_eq!(output.status.code(), Some(2));
}

#[test]
fn reports_oversized_utf16_and_deeply_nested_files_and_reads_a_byte_order_mark() {
    let folder = std::env::temp_dir().join(format!("edition-tool-limits-{}", std::process::id()));
    std::fs::create_dir_all(&folder).unwrap();
    let huge = folder.join("huge.json");
    std::fs::write(&huge, vec![b' '; 50 * 1024 * 1024]).unwrap();
    let utf16 = fixture("invalid/utf-16.json");
    let deep = fixture("invalid/nesting-10000-deep-in-a-block.json");
    let with_mark = fixture("valid/byte-order-mark.json");

    let output = check(&[&huge, &utf16, &deep, &with_mark]);
    std::fs::remove_dir_all(&folder).unwrap();
    assert_eq!(output.status.code(), Some(1));
    let report = stdout(&output);
    let lines: Vec<&str> = report.lines().collect();
    assert_eq!(
        lines,
        [
            format!(
                "{}: the edition is 52,428,800 bytes long; an edition may be at most 10,000,000 bytes (10 MB)",
                huge.display()
            ),
            format!(
                "{}:1:1: the edition is UTF-16 text, not UTF-8: it starts with a UTF-16 byte order mark",
                utf16.display()
            ),
            format!(
                "{}:8:186: articles[0].body[0].note[0][0][0][0][0][0][0][0][0][0][0]…: arrays and objects are nested more than 128 levels deep",
                deep.display()
            ),
        ]
    );
}
