//! Files in the repository that the tool generates must be what it generates now.

use crate::support::{edition_tool, repo, seed, text};

/// `assets/edition.json` is the importer's output for the seed article and the
/// overlay beside it; edit those and regenerate rather than editing the edition
/// (the command is in README.md).
#[test]
fn bundled_edition_is_the_importers_output() {
    let folder = tempfile::tempdir().unwrap();
    let output = folder.path().join("edition.json");
    let import = edition_tool([
        "import".as_ref(),
        seed().as_os_str(),
        "--overlay".as_ref(),
        repo("assets/sources/edition-overlay.json").as_os_str(),
        "-o".as_ref(),
        output.as_os_str(),
    ]);
    assert!(import.status.success(), "{}", text(&import.stderr));
    let generated = std::fs::read_to_string(output).unwrap();
    let committed = std::fs::read_to_string(repo("assets/edition.json")).unwrap();
    assert!(
        generated == committed,
        "assets/edition.json differs from the importer's output; regenerate it:\n\
         cargo run -p edition-tool -- import assets/sources/000_113ec146f7468fd0.txt \
         --overlay assets/sources/edition-overlay.json -o assets/edition.json"
    );
}

#[test]
fn committed_json_schema_is_up_to_date() {
    let output = edition_tool(["schema"]);
    assert!(output.status.success());
    let generated = text(&output.stdout);
    let committed = std::fs::read_to_string(repo("data/edition.schema.json")).unwrap();
    assert!(
        generated == committed,
        "data/edition.schema.json is stale; regenerate it:\n\
         cargo run -p edition-tool -- schema > data/edition.schema.json"
    );
}

#[test]
fn committed_index_json_schema_is_up_to_date() {
    let output = edition_tool(["schema", "--index"]);
    assert!(output.status.success());
    let generated = text(&output.stdout);
    let committed = std::fs::read_to_string(repo("data/index.schema.json")).unwrap();
    assert!(
        generated == committed,
        "data/index.schema.json is stale; regenerate it:\n\
         cargo run -p edition-tool -- schema --index > data/index.schema.json"
    );
}

#[test]
fn bundled_seed_is_kept_byte_for_byte() {
    let seed = std::fs::read(seed()).unwrap();
    // As scraped: the attribution spam and the scraper's error are still in it.
    let seed = String::from_utf8(seed).unwrap();
    assert!(seed.contains("This news data comes from:http://"));
    assert!(seed.contains("- 500 Internal Server Error"));
}
