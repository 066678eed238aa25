//! The published attack strings in `vectors/xss.json`, as URLs and as text.
//!
//! The browser tests hold the same list against Chromium's own URL parser
//! (`tests/url_agreement.rs` at the top of the repository) and the end-to-end
//! tests put every string in every field of an edition.

use edition::{Text, WebUrl};
use serde::Deserialize;

#[derive(Deserialize)]
struct VectorFile {
    groups: Vec<Group>,
}

#[derive(Deserialize)]
struct Group {
    section: String,
    expect: Expect,
    vectors: Vec<String>,
}

#[derive(Deserialize, PartialEq)]
#[serde(rename_all = "lowercase")]
enum Expect {
    Refused,
    Allowed,
    /// HTML payloads written for text fields: as URLs, most are relative paths.
    Either,
}

fn groups() -> Vec<Group> {
    let file: VectorFile = serde_json::from_str(include_str!("vectors/xss.json")).unwrap();
    file.groups
}

#[test]
fn refuses_every_vector_that_would_run_or_hides_a_scheme() {
    let mut wrongly_allowed = Vec::new();
    let mut count = 0;
    for group in groups()
        .iter()
        .filter(|group| group.expect == Expect::Refused)
    {
        for vector in &group.vectors {
            count += 1;
            if let Ok(url) = WebUrl::try_from(vector.as_str()) {
                wrongly_allowed.push(format!("{}: {url:?}", group.section));
            }
        }
    }
    assert!(count > 100, "only {count} vectors to refuse");
    assert!(wrongly_allowed.is_empty(), "{}", wrongly_allowed.join("\n"));
}

#[test]
fn allows_http_https_and_relative_urls_from_the_lists() {
    let mut wrongly_refused = Vec::new();
    for group in groups()
        .iter()
        .filter(|group| group.expect == Expect::Allowed)
    {
        for vector in &group.vectors {
            if let Err(error) = WebUrl::try_from(vector.as_str()) {
                wrongly_refused.push(format!("{}: {error}", group.section));
            }
        }
    }
    assert!(wrongly_refused.is_empty(), "{}", wrongly_refused.join("\n"));
}

#[test]
fn every_vector_is_kept_as_text() {
    for group in groups() {
        for vector in group.vectors {
            let text = Text::try_from(vector.as_str()).unwrap();
            assert_eq!(&*text, vector.trim());
        }
    }
}
