//! The importer against saved web pages: each folder of `pages/` holds a
//! `page.html` and either the `expected.json` edition it imports to or the
//! `expected.error` message it fails with.
//!
//! After a deliberate change, `BLESS=1 cargo test -p importer --test pages`
//! rewrites the expected files; review their diff before committing it.

use std::fs;
use std::path::Path;

use edition::Edition;
use importer::{ImportOptions, Part, import_page};

#[path = "support/expected_files.rs"]
mod expected_files;
use expected_files::{Expectations, cases, edition_json};

/// What the importer makes of a case's page: the edition as `edition-tool import`
/// prints it, or the error message.
fn outcome(case: &Path) -> (&'static str, String) {
    let page = fs::read(case.join("page.html")).unwrap();
    match import_page(&page, &ImportOptions::default()) {
        Ok(imported) => {
            let edition = Edition::new(None, vec![imported.article]).unwrap();
            ("expected.json", edition_json(&edition))
        }
        Err(error) => ("expected.error", format!("{error}\n")),
    }
}

#[test]
fn imports_every_page_as_expected() {
    let mut expectations = Expectations::new();
    for case in cases("pages") {
        let (expected_file, actual) = outcome(&case);
        expectations.check(&case.join(expected_file), &actual);
    }
    expectations.assert_all_met();
}

/// No markup of a page reaches the edition, and no URL the format refuses: the
/// hostile page's scripts, handlers and `javascript:` links leave nothing.
#[test]
fn takes_only_text_from_a_hostile_page() {
    let case = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/pages/hostile-markup");
    let (_, json) = outcome(&case);
    for trace in [
        "alert('",
        "onerror",
        "onclick",
        "onload",
        "javascript:",
        "<img",
        "<iframe",
        "<style",
        "evil.example",
    ] {
        assert!(!json.contains(trace), "{trace} in\n{json}");
    }
    // Text that shows markup is kept as the text it is.
    assert!(
        json.contains(r#"<script>alert(\"text\")</script>"#),
        "{json}"
    );
}

/// No image or related address that the format refuses reaches the edition,
/// whether the page writes it plainly, encoded or in JSON-LD; the related
/// headlines stay, without their links.
#[test]
fn takes_no_hostile_photo_or_related_address() {
    let case = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/pages/hostile-photo-and-related");
    let (_, json) = outcome(&case);
    for trace in [
        "javascript",
        "data:",
        "alert(",
        "onerror",
        "onclick",
        "<script",
        "<img",
    ] {
        assert!(!json.contains(trace), "{trace} in\n{json}");
    }
    assert!(!json.contains("\"photo\""), "{json}");
    assert!(
        json.contains("Library hours longer from September"),
        "{json}"
    );
}

/// A page that states no size for any of its images has no photo, and the
/// import says why for each of them.
#[test]
fn says_why_a_photo_without_a_stated_size_is_not_taken() {
    let case = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/pages/photo-without-size");
    let page = fs::read(case.join("page.html")).unwrap();
    let imported = import_page(&page, &ImportOptions::default()).unwrap();
    assert_eq!(imported.article.photo, None);
    let reasons: Vec<(&str, &str)> = imported
        .findings
        .iter()
        .filter_map(|finding| match finding.part {
            Part::PhotoNotTaken { from } => Some((from, finding.value.as_str())),
            _ => None,
        })
        .collect();
    assert_eq!(
        reasons,
        [
            (
                "og:image",
                "https://northfield-news.example/images/market.jpg: the page does not state its size"
            ),
            (
                "the JSON-LD's image",
                "https://northfield-news.example/images/market-wide.jpg: the page does not state its size"
            ),
            (
                "the article's first figure",
                "https://northfield-news.example/images/market-stalls.jpg: the page does not state its size"
            ),
        ]
    );
}

/// The related list comes from the block the page names so, not from its menu,
/// tag list or footer, and each link it leaves out is recorded.
#[test]
fn takes_related_links_only_from_the_named_block() {
    let case = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/pages/related-block-among-menus");
    let page = fs::read(case.join("page.html")).unwrap();
    let imported = import_page(&page, &ImportOptions::default()).unwrap();
    let related: Vec<(&str, Option<&str>)> = imported
        .article
        .related
        .iter()
        .map(|item| (&*item.headline, item.url.as_deref()))
        .collect();
    assert_eq!(
        related,
        [
            (
                "Ferry fares frozen for another year",
                Some("https://gazette.example/news/ferry-fares")
            ),
            (
                "Harbour wall repairs finish early",
                Some("https://gazette.example/news/harbour-wall#top")
            ),
            (
                "Lido reopens after a winter of repairs",
                Some("https://gazette.example/news/lido")
            ),
        ]
    );
    let rules: Vec<&str> = imported
        .article
        .removed
        .iter()
        .map(|removal| removal.rule.id())
        .collect();
    assert_eq!(
        rules,
        [
            "duplicate-related",
            "related-is-headline",
            "related-is-headline",
            "http-error-in-related"
        ]
    );
    assert!(imported.findings.iter().any(|finding| finding.part
        == Part::RelatedFromPage {
            links: 7,
            kept: 3,
            over_limit: 0
        }));
}
