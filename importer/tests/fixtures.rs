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

fn cases() -> Vec<PathBuf> {
    let folder = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    let mut cases: Vec<PathBuf> = fs::read_dir(&folder)
        .unwrap()
        .map(|entry| entry.unwrap().path())
        .filter(|path| path.is_dir())
        .collect();
    cases.sort();
    cases
}

/// What the importer makes of a case's source: the edition as `edition-tool
/// import` prints it, or the error message.
fn outcome(case: &Path) -> (&'static str, String) {
    let source = fs::read_to_string(case.join("source.txt")).unwrap();
    match import_article(&source, &ImportOptions::default()) {
        Ok(imported) => {
            let edition = Edition::new(None, vec![imported.article]).unwrap();
            let json = serde_json::to_string_pretty(&edition).unwrap() + "\n";
            ("expected.json", json)
        }
        Err(error) => ("expected.error", format!("{error}\n")),
    }
}

#[test]
fn imports_every_case_as_expected() {
    let bless = std::env::var_os("BLESS").is_some();
    let mut mismatches = Vec::new();
    for case in cases() {
        let (expected_file, actual) = outcome(&case);
        let expected_path = case.join(expected_file);
        if bless {
            fs::write(&expected_path, &actual).unwrap();
            continue;
        }
        match fs::read_to_string(&expected_path) {
            Ok(expected) if expected == actual => {}
            Ok(expected) => mismatches.push(format!(
                "{}:\n--- expected\n{expected}\n--- actual\n{actual}",
                expected_path.display()
            )),
            Err(_) => mismatches.push(format!(
                "{}: missing; the importer gives\n{actual}",
                expected_path.display()
            )),
        }
    }
    assert!(mismatches.is_empty(), "{}", mismatches.join("\n"));
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
