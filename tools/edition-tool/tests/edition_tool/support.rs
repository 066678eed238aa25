//! What the command's tests share: where the repository's files are, and
//! running `edition-tool` as a user does.

use std::ffi::OsStr;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// The `edition-tool` program this test run built.
pub const EDITION_TOOL: &str = env!("CARGO_BIN_EXE_edition-tool");

/// A file of the repository, by its path from the repository's root.
pub fn repo(path: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../..")
        .join(path)
}

/// A fixture file of the format (`data/tests/fixtures/`).
pub fn format_fixture(name: &str) -> PathBuf {
    repo("data/tests/fixtures").join(name)
}

/// A fixture case of the importer (`importer/tests/fixtures/`), or a file in it.
pub fn import_case(name: &str) -> PathBuf {
    repo("importer/tests/fixtures").join(name)
}

/// The scraped article the bundled edition is imported from.
pub fn seed() -> PathBuf {
    repo("assets/sources/000_113ec146f7468fd0.txt")
}

/// Runs `edition-tool` with `arguments` and waits for it.
pub fn edition_tool<I, S>(arguments: I) -> Output
where
    I: IntoIterator<Item = S>,
    S: AsRef<OsStr>,
{
    Command::new(EDITION_TOOL).args(arguments).output().unwrap()
}

/// Output of the program as text.
pub fn text(bytes: &[u8]) -> String {
    String::from_utf8(bytes.to_vec()).unwrap()
}

/// The files in `folder`, to see that nothing was left behind.
pub fn files_in(folder: &Path) -> Vec<String> {
    let mut names: Vec<String> = fs::read_dir(folder)
        .unwrap()
        .map(|entry| entry.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}
