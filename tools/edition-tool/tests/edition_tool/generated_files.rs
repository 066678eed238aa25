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

/// Each committed schema file, with the flag of `edition-tool schema` that prints it.
const SCHEMA_FILES: [(&str, Option<&str>); 5] = [
    ("data/edition.schema.json", None),
    ("data/index.schema.json", Some("--index")),
    ("data/index-page.schema.json", Some("--index-page")),
    ("data/search-index.schema.json", Some("--search-index")),
    ("data/search-chunk.schema.json", Some("--search-chunk")),
];

#[test]
fn committed_json_schemas_are_up_to_date() {
    for (file, flag) in SCHEMA_FILES {
        let output = edition_tool(std::iter::once("schema").chain(flag));
        assert!(output.status.success());
        let generated = text(&output.stdout);
        let committed = std::fs::read_to_string(repo(file)).unwrap();
        assert!(
            generated == committed,
            "{file} is stale; regenerate it:\n\
             cargo run -p edition-tool -- schema {} > {file}",
            flag.unwrap_or_default()
        );
    }
}

#[test]
fn bundled_seed_is_kept_byte_for_byte() {
    let seed = std::fs::read(seed()).unwrap();
    // As scraped: the attribution spam and the scraper's error are still in it.
    let seed = String::from_utf8(seed).unwrap();
    assert!(seed.contains("This news data comes from:http://"));
    assert!(seed.contains("- 500 Internal Server Error"));
}
