//! The importer against feeds: each folder of `feeds/` holds a `feed.xml` or
//! `feed.json`, the `expected.json` edition its items import to (with the
//! feed's title), and `expected.skipped`, the items it skips and why.
//!
//! After a deliberate change, `BLESS=1 cargo test -p importer --test feeds`
//! rewrites the expected files; review their diff before committing it.

use std::fs;
use std::path::Path;

use edition::Edition;
use importer::{ImportOptions, Part, import_feed, is_feed};

#[path = "support/expected_files.rs"]
mod expected_files;
use expected_files::{Expectations, cases, edition_json};

fn feed_of(case: &Path) -> Vec<u8> {
    fs::read(case.join("feed.xml"))
        .or_else(|_| fs::read(case.join("feed.json")))
        .unwrap()
}

#[test]
fn imports_every_feed_as_expected() {
    let mut expectations = Expectations::new();
    for case in cases("feeds") {
        let feed = feed_of(&case);
        assert!(is_feed(&feed), "{} is not known as a feed", case.display());
        let imported = import_feed(&feed, &ImportOptions::default()).unwrap();
        let articles = imported
            .articles
            .into_iter()
            .map(|imported| imported.article)
            .collect();
        let edition = Edition::new(imported.title, articles).unwrap();
        expectations.check(&case.join("expected.json"), &edition_json(&edition));
        let skipped: String = imported
            .skipped
            .iter()
            .map(|item| format!("{item}\n"))
            .collect();
        expectations.check(&case.join("expected.skipped"), &skipped);
    }
    expectations.assert_all_met();
}

#[test]
fn refuses_a_headline_or_an_id_for_a_whole_feed() {
    let case = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/feeds/json-feed");
    let options = ImportOptions {
        id: Some(edition::Slug::try_from("one").unwrap()),
        ..ImportOptions::default()
    };
    let error = import_feed(&feed_of(&case), &options).unwrap_err();
    assert_eq!(
        error.to_string(),
        "--headline and --id name one article; a feed holds many"
    );
}

/// XML's entity expansion is no way in: an entity bomb or an external entity
/// gives an error or text, never a hang or a file's contents.
#[test]
fn reads_hostile_xml_without_expanding_entities() {
    let bomb = br#"<?xml version="1.0"?>
<!DOCTYPE rss [
<!ENTITY a "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa">
<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">
<!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">
<!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">
<!ENTITY e "&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;">
<!ENTITY file SYSTEM "file:///etc/passwd">
]>
<rss version="2.0"><channel><title>&e;</title>
<item><title>Bomb &e; and &file;</title><description>A text about the council, which met on Tuesday night to talk about the harbour and its wall.</description></item>
</channel></rss>"#;
    match import_feed(bomb, &ImportOptions::default()) {
        Err(_) => {}
        Ok(feed) => {
            let json = serde_json::to_string(
                &feed
                    .articles
                    .iter()
                    .map(|imported| &imported.article)
                    .collect::<Vec<_>>(),
            )
            .unwrap();
            assert!(!json.contains("root:"), "{json}");
            assert!(json.len() < 100_000, "{} bytes", json.len());
        }
    }
}

/// An item whose image states no size is imported without a photo, and the
/// import says why.
#[test]
fn imports_an_item_whose_image_has_no_stated_size_without_a_photo() {
    let case = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/feeds/rss-with-image-enclosure");
    let feed = import_feed(&feed_of(&case), &ImportOptions::default()).unwrap();
    let lido = &feed.articles[0];
    assert_eq!(lido.article.photo, None);
    let reasons: Vec<&str> = lido
        .findings
        .iter()
        .filter(|finding| matches!(finding.part, Part::PhotoNotTaken { .. }))
        .map(|finding| finding.value.as_str())
        .collect();
    assert_eq!(
        reasons,
        ["https://eastbrook-post.example/images/lido-1200.jpg: the feed does not state its size"]
    );
    // An audio enclosure is no image, and not mentioned as one.
    assert!(
        feed.articles[1]
            .findings
            .iter()
            .all(|finding| !matches!(finding.part, Part::PhotoNotTaken { .. }))
    );
}

/// A feed's `javascript:` or `data:` image addresses never reach the edition.
#[test]
fn takes_no_hostile_image_address_from_a_feed() {
    let case = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/feeds/rss-with-media-content");
    let feed = import_feed(&feed_of(&case), &ImportOptions::default()).unwrap();
    let json = serde_json::to_string(&feed.articles[1].article).unwrap();
    assert!(
        !json.contains("javascript") && !json.contains("data:"),
        "{json}"
    );
    assert_eq!(feed.articles[1].article.photo, None);
    assert!(feed.articles[0].article.photo.is_some());
}
