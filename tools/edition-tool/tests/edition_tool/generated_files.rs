//! Files in the repository that the tool generates must be what it generates now.

use std::path::{Path, PathBuf};
use std::process::Command;

fn repo(path: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..").join(path)
}

/// `assets/edition.json` is the importer's output for the seed article and the
/// overlay beside it; edit those and regenerate rather than editing the edition
/// (the command is in README.md).
#[test]
fn bundled_edition_is_the_importers_output() {
    let folder = tempfile::tempdir().unwrap();
    let output = folder.path().join("edition.json");
    let status = Command::new(env!("CARGO_BIN_EXE_edition-tool"))
        .arg("import")
        .arg(repo("assets/sources/000_113ec146f7468fd0.txt"))
        .arg("--overlay")
        .arg(repo("assets/sources/edition-overlay.json"))
        .arg("-o")
        .arg(&output)
        .status()
        .unwrap();
    assert!(status.success());
    let generated = std::fs::read_to_string(output).unwrap();
    let committed = std::fs::read_to_string(repo("assets/edition.json")).unwrap();
    assert!(
        generated == committed,
        "assets/edition.json differs from the importer's output; regenerate it:\n\
         cargo run -p edition-tools -- import assets/sources/000_113ec146f7468fd0.txt \
         --overlay assets/sources/edition-overlay.json -o assets/edition.json"
    );
}

#[test]
fn committed_json_schema_is_up_to_date() {
    let output = Command::new(env!("CARGO_BIN_EXE_edition-tool"))
        .arg("schema")
        .output()
        .unwrap();
    assert!(output.status.success());
    let generated = String::from_utf8(output.stdout).unwrap();
    let committed = std::fs::read_to_string(repo("data/edition.schema.json")).unwrap();
    assert!(
        generated == committed,
        "data/edition.schema.json is stale; regenerate it:\n\
         cargo run -p edition-tools -- schema > data/edition.schema.json"
    );
}

#[test]
fn committed_index_json_schema_is_up_to_date() {
    let output = Command::new(env!("CARGO_BIN_EXE_edition-tool"))
        .args(["schema", "--index"])
        .output()
        .unwrap();
    assert!(output.status.success());
    let generated = String::from_utf8(output.stdout).unwrap();
    let committed = std::fs::read_to_string(repo("data/index.schema.json")).unwrap();
    assert!(
        generated == committed,
        "data/index.schema.json is stale; regenerate it:\n\
         cargo run -p edition-tools -- schema --index > data/index.schema.json"
    );
}

#[test]
fn bundled_seed_is_kept_byte_for_byte() {
    let seed = std::fs::read(repo("assets/sources/000_113ec146f7468fd0.txt")).unwrap();
    // As scraped: the attribution spam and the scraper's error are still in it.
    let seed = String::from_utf8(seed).unwrap();
    assert!(seed.contains("This news data comes from:http://"));
    assert!(seed.contains("- 500 Internal Server Error"));
}
