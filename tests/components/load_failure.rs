//! `LoadFailure`: what went wrong, in the reader's words, and "Try again".

use std::cell::RefCell;
use std::rc::Rc;

use article_viewer::api::LoadError;
use article_viewer::components::{LoadFailure, LoadFailureProps};
use edition::{Document, ParseError};
use wasm_bindgen_test::wasm_bindgen_test;
use yew::Callback;

use crate::support::{click, mount, one, text};

#[wasm_bindgen_test]
async fn explains_and_offers_to_try_again() {
    let retries = Rc::new(RefCell::new(0));
    let on_retry = {
        let retries = retries.clone();
        Callback::from(move |()| *retries.borrow_mut() += 1)
    };
    let error = LoadError::Status {
        url: "edition.json".to_owned(),
        status: 404,
    };
    let root = mount::<LoadFailure>(LoadFailureProps {
        error,
        on_retry,
        document: Document::Edition,
    })
    .await;

    let alert = one(&root, "[role=alert]");
    assert_eq!(
        text(&one(&alert, "h1")),
        "The edition was not found on the server."
    );
    assert!(text(&alert).contains("edition.json answered with HTTP status 404"));
    click(&one(&alert, "button"));
    assert_eq!(*retries.borrow(), 1);
}

#[wasm_bindgen_test]
async fn of_an_article_speaks_of_the_article() {
    let error = LoadError::Invalid {
        url: "articles/a.json".to_owned(),
        document: Document::Article,
        source: ParseError::Empty {
            document: Document::Article,
        },
    };
    let root = mount::<LoadFailure>(LoadFailureProps {
        error,
        on_retry: Callback::noop(),
        document: Document::Article,
    })
    .await;
    let alert = one(&root, "[role=alert]");
    assert_eq!(text(&one(&alert, "h1")), "The article is empty.");
    assert_eq!(
        text(&one(&alert, "p")),
        "articles/a.json is not a valid article file: the article file is empty"
    );
    assert!(alert.query_selector("button").unwrap().is_some());
}

#[wasm_bindgen_test]
async fn names_each_fault_in_the_readers_words() {
    let url = || "edition.json".to_owned();
    let cases = [
        (
            LoadError::Unreachable {
                url: url(),
                reason: "TypeError: Failed to fetch".to_owned(),
            },
            "The edition could not be downloaded.",
        ),
        (
            LoadError::NoAnswer {
                url: url(),
                seconds: 20,
            },
            "The server did not answer.",
        ),
        (
            LoadError::Status {
                url: url(),
                status: 503,
            },
            "The server failed while sending the edition.",
        ),
        (
            LoadError::Status {
                url: url(),
                status: 403,
            },
            "The server refused to send the edition.",
        ),
        (
            LoadError::WrongType {
                url: url(),
                content_type: "text/html; charset=utf-8".to_owned(),
            },
            "The server sent a web page instead of the edition.",
        ),
        (
            LoadError::WrongType {
                url: url(),
                content_type: "image/png".to_owned(),
            },
            "The server sent a file of another kind instead of the edition.",
        ),
        (
            LoadError::TooLarge {
                url: url(),
                document: Document::Edition,
                bytes: Some(52_428_800),
            },
            "The edition is too large to show",
        ),
        (
            LoadError::Interrupted {
                url: url(),
                received: 512,
                reason: "TypeError: network error".to_owned(),
            },
            "The connection broke while the edition was arriving.",
        ),
        (
            LoadError::TooSlow {
                url: url(),
                received: 40,
                seconds: 60,
            },
            "The edition was arriving too slowly.",
        ),
        (
            LoadError::Invalid {
                url: url(),
                document: Document::Edition,
                source: ParseError::Utf16 {
                    document: Document::Edition,
                },
            },
            "The edition is not saved as UTF-8 text",
        ),
        (
            LoadError::Invalid {
                url: url(),
                document: Document::Edition,
                source: ParseError::Empty {
                    document: Document::Edition,
                },
            },
            "The edition is empty.",
        ),
    ];
    for (error, sentence) in cases {
        let detail = error.to_string();
        let root = mount::<LoadFailure>(LoadFailureProps {
            error,
            on_retry: Callback::noop(),
            document: Document::Edition,
        })
        .await;
        let alert = one(&root, "[role=alert]");
        assert!(
            text(&one(&alert, ".load-failure__sentence")).starts_with(sentence),
            "{}",
            text(&alert)
        );
        assert_eq!(text(&one(&alert, ".load-failure__detail")), detail);
        assert_eq!(text(&one(&alert, "button")), "Try again");
        root.remove();
    }
}
