//! What the importer's case tests share: the folders of cases, and comparing
//! what the importer gives with the expected file beside each case, or, with
//! `BLESS=1`, rewriting that file (review its diff before committing it).

use std::fs;
use std::path::{Path, PathBuf};

use edition::Edition;

/// The case folders of `tests/<folder>`, in order; files beside them are notes.
pub fn cases(folder: &str) -> Vec<PathBuf> {
    let folder = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests")
        .join(folder);
    let mut cases: Vec<PathBuf> = fs::read_dir(&folder)
        .unwrap()
        .map(|entry| entry.unwrap().path())
        .filter(|path| path.is_dir())
        .collect();
    cases.sort();
    cases
}

/// An edition as `edition-tool import` prints it.
pub fn edition_json(edition: &Edition) -> String {
    serde_json::to_string_pretty(edition).unwrap() + "\n"
}

/// The expected files checked so far, and those the importer did not meet.
pub struct Expectations {
    bless: bool,
    mismatches: Vec<String>,
}

impl Expectations {
    pub fn new() -> Self {
        Self {
            bless: std::env::var_os("BLESS").is_some(),
            mismatches: Vec::new(),
        }
    }

    /// Compares `actual` with the file at `path`, or writes it there when blessing.
    pub fn check(&mut self, path: &Path, actual: &str) {
        if self.bless {
            fs::write(path, actual).unwrap();
            return;
        }
        match fs::read_to_string(path) {
            Ok(expected) if expected == actual => {}
            Ok(expected) => self.mismatches.push(format!(
                "{}:\n--- expected\n{expected}\n--- actual\n{actual}",
                path.display()
            )),
            Err(_) => self.mismatches.push(format!(
                "{}: missing; the importer gives\n{actual}",
                path.display()
            )),
        }
    }

    /// Fails with every mismatch at once.
    pub fn assert_all_met(self) {
        assert!(self.mismatches.is_empty(), "{}", self.mismatches.join("\n"));
    }
}
