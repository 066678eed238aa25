//! `LoadError`: the messages that name what happened and where.

use article_viewer::api::LoadError;
use edition::Document;
use wasm_bindgen_test::wasm_bindgen_test;

#[wasm_bindgen_test]
fn says_what_happened_where() {
    let too_large = LoadError::TooLarge {
        url: "e.json".to_owned(),
        document: Document::Edition,
        bytes: Some(52_428_800),
    };
    assert_eq!(
        too_large.to_string(),
        "e.json is 52.4 MB long; the viewer reads editions of at most 10.0 MB"
    );
    let cut_off = LoadError::TooLarge {
        url: "e.json".to_owned(),
        document: Document::Edition,
        bytes: None,
    };
    assert_eq!(
        cut_off.to_string(),
        "e.json sent more than 10.0 MB; the viewer reads editions of at most 10.0 MB"
    );
    let slow = LoadError::TooSlow {
        url: "e.json".to_owned(),
        received: 40,
        seconds: 60,
    };
    assert_eq!(slow.to_string(), "e.json sent only 40 bytes in 60 seconds");
    let broken = LoadError::Interrupted {
        url: "e.json".to_owned(),
        received: 1,
        reason: "TypeError: network error".to_owned(),
    };
    assert_eq!(
        broken.to_string(),
        "the connection to e.json broke after 1 byte: TypeError: network error"
    );
}
