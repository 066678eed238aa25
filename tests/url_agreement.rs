//! The format's URL check against Chromium's own URL parser, on every string
//! of the published attack lists in `data/tests/vectors/xss.json`.
//!
//! The browser reads each string as the viewer's page would, relative to an
//! `https:` page. The check must agree with it in this way:
//!
//! - everything the check allows, the browser reads as `http:` or `https:`
//!   (a relative URL resolves to the page's scheme), or cannot parse at all,
//!   which leaves a link that goes nowhere;
//! - everything the browser reads as another scheme, the check refuses, and
//!   when it refuses for the scheme it names exactly the browser's scheme;
//! - the check refuses more than that on purpose: control characters and
//!   surrounding spaces (which the browser strips, sometimes revealing a
//!   scheme), and schemes hidden by encoding, which the browser reads as
//!   harmless relative paths.
#![cfg(target_arch = "wasm32")]

use std::collections::BTreeMap;

use edition::{WebUrl, WebUrlError};
use serde_json::Value;
use wasm_bindgen_test::{console_log, wasm_bindgen_test, wasm_bindgen_test_configure};

wasm_bindgen_test_configure!(run_in_browser);

/// Where the viewer's page might be; any `https:` page reads URLs alike.
const PAGE: &str = "https://example.com/news/";

/// What the browser makes of a string as a link or image address.
#[derive(Debug, PartialEq)]
enum BrowserReading {
    /// `http:` or `https:`, absolute or resolved against the page.
    Web,
    /// Another scheme, such as `javascript:`.
    Scheme(String),
    /// Not a URL at all: a link to it goes nowhere.
    Unparsable,
}

fn browser_reading(url: &str) -> BrowserReading {
    match web_sys::Url::new_with_base(url, PAGE) {
        Ok(parsed) => match parsed.protocol().as_str() {
            "http:" | "https:" => BrowserReading::Web,
            other => BrowserReading::Scheme(other.to_owned()),
        },
        Err(_) => BrowserReading::Unparsable,
    }
}

fn vectors() -> Vec<String> {
    let file: Value = serde_json::from_str(include_str!("../data/tests/vectors/xss.json")).unwrap();
    file["groups"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|group| group["vectors"].as_array().unwrap())
        .map(|vector| vector.as_str().unwrap().to_owned())
        .collect()
}

#[wasm_bindgen_test]
fn url_check_agrees_with_the_browser_on_every_published_vector() {
    let vectors = vectors();
    let mut tally: BTreeMap<&str, usize> = BTreeMap::new();
    let mut disagreements = Vec::new();
    for vector in &vectors {
        let reading = browser_reading(vector);
        let outcome = match (WebUrl::try_from(vector.as_str()), &reading) {
            (Ok(_), BrowserReading::Web) => Ok("allowed; the browser reads http(s)"),
            (Ok(_), BrowserReading::Unparsable) => Ok("allowed; the browser cannot parse it"),
            (Ok(_), BrowserReading::Scheme(scheme)) => {
                Err(format!("allowed, but the browser reads {scheme}"))
            }
            (Err(WebUrlError::SchemeNotAllowed { scheme, .. }), BrowserReading::Scheme(read))
                if format!("{scheme}:") == *read =>
            {
                Ok("refused for the scheme the browser reads")
            }
            (Err(WebUrlError::SchemeNotAllowed { scheme, .. }), reading) => Err(format!(
                "refused for the {scheme:?} scheme, but the browser reads {reading:?}"
            )),
            (Err(error), BrowserReading::Scheme(_)) => Ok(match error {
                WebUrlError::SurroundingSpace(_) | WebUrlError::ControlCharacter(_) => {
                    "refused for characters the browser strips to reveal a scheme"
                }
                _ => "refused as a disguise; the browser reads another scheme",
            }),
            (Err(error), BrowserReading::Web | BrowserReading::Unparsable) => Ok(match error {
                WebUrlError::DisguisedScheme { .. } => {
                    "refused as an encoded scheme; the browser reads a relative path"
                }
                WebUrlError::SurroundingSpace(_) | WebUrlError::ControlCharacter(_) => {
                    "refused for characters the browser strips; no scheme behind them"
                }
                _ => "refused for another reason",
            }),
        };
        match outcome {
            Ok(category) => *tally.entry(category).or_default() += 1,
            Err(problem) => disagreements.push(format!("{vector:?}: {problem}")),
        }
    }
    for (category, count) in &tally {
        console_log!("{count:4}  {category}");
    }
    console_log!("{} vectors", vectors.len());
    assert!(disagreements.is_empty(), "{}", disagreements.join("\n"));
    assert!(
        vectors.len() > 250,
        "the list has {} vectors",
        vectors.len()
    );
    for (category, at_least) in [
        ("allowed; the browser reads http(s)", 50),
        ("refused for the scheme the browser reads", 40),
        (
            "refused for characters the browser strips to reveal a scheme",
            5,
        ),
        (
            "refused as an encoded scheme; the browser reads a relative path",
            30,
        ),
    ] {
        let count = tally.get(category).copied().unwrap_or_default();
        assert!(count >= at_least, "{category}: only {count}");
    }
}
