//! The importer against fixture cases, in the manner of Readability's test pages:
//! each folder of `fixtures/` holds a scraped `source.txt` and either the
//! `expected.json` edition it imports to or the `expected.error` message it fails
//! with.
//!
//! After a deliberate change to the importer, `BLESS=1 cargo test -p importer
//! --test fixtures` rewrites the expected files; review their diff before
//! committing it.

use std::fs;
use std::path::{Path, PathBuf};

use edition::Edition;
use importer::{ImportOptions, import_article};

#[path = "support/expected_files.rs"]
mod expected_files;
use expected_files::{Expectations, edition_json};

fn cases() -> Vec<PathBuf> {
    expected_files::cases("fixtures")
}

/// What the importer makes of a case's source: the edition as `edition-tool
/// import` prints it, or the error message.
fn outcome(case: &Path) -> (&'static str, String) {
    let source = fs::read_to_string(case.join("source.txt")).unwrap();
    match import_article(&source, &ImportOptions::default()) {
        Ok(imported) => {
            let edition = Edition::new(None, vec![imported.article]).unwrap();
            ("expected.json", edition_json(&edition))
        }
        Err(error) => ("expected.error", format!("{error}\n")),
    }
}

#[test]
fn imports_every_case_as_expected() {
    let mut expectations = Expectations::new();
    for case in cases() {
        let (expected_file, actual) = outcome(&case);
        expectations.check(&case.join(expected_file), &actual);
    }
    expectations.assert_all_met();
}

#[test]
fn has_cases_for_every_removal_rule() {
    let expected: String = cases()
        .iter()
        .filter_map(|case| fs::read_to_string(case.join("expected.json")).ok())
        .collect();
    for rule in edition::RemovalRule::ALL {
        assert!(
            expected.contains(&format!("\"rule\": \"{rule}\"")),
            "no fixture case shows the rule {rule}"
        );
    }
}

#[test]
fn every_case_has_a_source_and_one_expectation() {
    let cases = cases();
    assert!(cases.len() >= 15, "only {} cases", cases.len());
    for case in cases {
        assert!(case.join("source.txt").is_file(), "{}", case.display());
        let expectations = ["expected.json", "expected.error"]
            .iter()
            .filter(|file| case.join(file).is_file())
            .count();
        assert_eq!(expectations, 1, "{}", case.display());
    }
}
