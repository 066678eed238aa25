//! The App on a paged edition in headless Chromium: the first page of
//! headlines from the index, the next pages as the reader asks for them, the
//! filter through the search chunks a query's words fall in, and articles on
//! pages not yet downloaded opened from their address.

use article_viewer::route::History;
use article_viewer::{App, AppProps, EditionSource, SplitSeed};
use wasm_bindgen_test::wasm_bindgen_test;
use yew::Callback;

use crate::app_downloads::{FetchStub, Viewer, wait_until};
use crate::support::{button, click, focus, one, texts, type_into};

const BASE: &str = "https://example.test/archive/";

/// Five articles in pages of two; the search index cut at "m".
const INDEX: &str = r#"{
  "title": "Archive",
  "headlines": [
    { "id": "a0", "headline": "Korean troops", "language": "en" },
    { "id": "a1", "headline": "Markets fall", "language": "en" }
  ],
  "pages": { "size": 2, "headlines": 5 }
}"#;
const SEARCH_INDEX: &str = r#"{ "chunks": ["", "m"], "files": [0, 1] }"#;
const PAGE_2: &str = r#"{ "page": 2, "headlines": [
  { "id": "a2", "headline": "Korea talks", "language": "en" },
  { "id": "a3", "headline": "Troop cuts", "language": "en" } ] }"#;
const PAGE_3: &str = r#"{ "page": 3, "headlines": [
  { "id": "a4", "headline": "Markets rise in Korea", "language": "en" } ] }"#;
const CHUNK_0: &str =
    r#"{ "terms": { "cuts": [3], "fall": [1], "in": [4], "korea": [2, 2], "korean": [0] } }"#;
const CHUNK_1: &str =
    r#"{ "terms": { "markets": [1, 3], "rise": [4], "talks": [2], "troop": [3], "troops": [0] } }"#;

fn article(id: &str, headline: &str) -> String {
    format!(
        r#"{{ "id": "{id}", "headline": "{headline}", "language": "en",
             "body": [{{ "type": "paragraph", "text": "Text." }}] }}"#
    )
}

fn url(path: &str) -> String {
    format!("{BASE}{path}")
}

/// The stub serving the whole archive, and the requests it has answered.
fn archive() -> FetchStub {
    let files = [
        (url("index.json"), INDEX.to_owned()),
        (url("pages/2.json"), PAGE_2.to_owned()),
        (url("pages/3.json"), PAGE_3.to_owned()),
        (url("search/chunks.json"), SEARCH_INDEX.to_owned()),
        (url("search/0.json"), CHUNK_0.to_owned()),
        (url("search/1.json"), CHUNK_1.to_owned()),
        (url("articles/a0.json"), article("a0", "Korean troops")),
        (
            url("articles/a4.json"),
            article("a4", "Markets rise in Korea"),
        ),
    ];
    let files: Vec<(&str, &str)> = files
        .iter()
        .map(|(url, text)| (url.as_str(), text.as_str()))
        .collect();
    FetchStub::install_with_missing(&files, &[&url("articles/gone.json")])
}

fn requested_paths(stub: &FetchStub) -> Vec<String> {
    stub.requests()
        .into_iter()
        .map(|(url, _)| url.trim_start_matches(BASE).to_owned())
        .collect()
}

fn headlines(viewer: &Viewer) -> Vec<String> {
    texts(&viewer.root, ".headline-list__headline")
}

fn status(viewer: &Viewer) -> String {
    texts(&viewer.root, ".headline-list__count").concat()
}

#[wasm_bindgen_test]
async fn shows_the_first_page_then_fetches_the_next_when_asked() {
    let stub = archive();
    let viewer = Viewer::mount(EditionSource::Index(url("index.json").into()), None).await;
    viewer.wait_for_headline("Korean troops").await;
    assert_eq!(headlines(&viewer), ["Korean troops", "Markets fall"]);
    assert_eq!(requested_paths(&stub), ["index.json", "articles/a0.json"]);

    let more = one(&viewer.root, ".headline-list__more");
    assert_eq!(more.text_content().unwrap(), "Show 2 more of 3 headlines");
    click(&more);
    wait_until(|| headlines(&viewer).len() == 4).await;
    assert_eq!(
        headlines(&viewer),
        ["Korean troops", "Markets fall", "Korea talks", "Troop cuts"]
    );
    assert_eq!(
        requested_paths(&stub),
        ["index.json", "articles/a0.json", "pages/2.json"]
    );
    viewer.destroy().await;
}

#[wasm_bindgen_test]
async fn the_filter_fetches_only_the_chunks_and_pages_a_query_needs() {
    let stub = archive();
    let viewer = Viewer::mount(EditionSource::Index(url("index.json").into()), None).await;
    viewer.wait_for_headline("Korean troops").await;
    let filter = one(&viewer.root, ".headline-list__filter-input");
    focus(&filter);
    wait_until(|| requested_paths(&stub).len() == 3).await;
    assert_eq!(
        requested_paths(&stub).last().unwrap(),
        "search/chunks.json",
        "fetched when the reader comes to the filter"
    );

    type_into(&filter, "Korea");
    wait_until(|| headlines(&viewer).len() == 3).await;
    assert_eq!(
        headlines(&viewer),
        ["Korean troops", "Korea talks", "Markets rise in Korea"]
    );
    assert_eq!(status(&viewer), "3 of 5 headlines");
    assert_eq!(
        requested_paths(&stub),
        [
            "index.json",
            "articles/a0.json",
            "search/chunks.json",
            "search/0.json",
            "pages/2.json",
            "pages/3.json"
        ]
    );

    type_into(&filter, "korea troop");
    wait_until(|| headlines(&viewer).len() == 1).await;
    assert_eq!(headlines(&viewer), ["Korean troops"]);
    assert_eq!(requested_paths(&stub).last().unwrap(), "search/1.json");

    type_into(&filter, "zebra");
    wait_until(|| headlines(&viewer).is_empty()).await;
    assert_eq!(status(&viewer), "No headlines match “zebra”.");
    viewer.destroy().await;
}

#[wasm_bindgen_test]
async fn opens_an_article_from_a_page_not_yet_downloaded() {
    let stub = archive();
    let viewer = Viewer::mount(EditionSource::Index(url("index.json").into()), Some("a4")).await;
    viewer.wait_for_headline("Markets rise in Korea").await;
    assert_eq!(requested_paths(&stub), ["index.json", "articles/a4.json"]);
    viewer.destroy().await;
}

#[wasm_bindgen_test]
async fn an_article_on_no_page_and_no_server_is_not_found() {
    let _stub = archive();
    let viewer = Viewer::mount(EditionSource::Index(url("index.json").into()), Some("gone")).await;
    viewer.wait_for_headline("Article not found").await;
    viewer.destroy().await;
}

#[wasm_bindgen_test]
async fn a_page_that_fails_says_so_and_is_fetched_again_on_try_again() {
    let files = [
        (url("index.json"), INDEX.to_owned()),
        (url("articles/a0.json"), article("a0", "Korean troops")),
    ];
    let files: Vec<(&str, &str)> = files
        .iter()
        .map(|(url, text)| (url.as_str(), text.as_str()))
        .collect();
    let stub = FetchStub::install_with_missing(&files, &[&url("pages/2.json")]);
    let viewer = Viewer::mount(EditionSource::Index(url("index.json").into()), None).await;
    viewer.wait_for_headline("Korean troops").await;
    click(&one(&viewer.root, ".headline-list__more"));
    let failure = || texts(&viewer.root, ".headline-list__more-status").concat();
    wait_until(|| failure().contains("could not")).await;
    assert_eq!(
        failure(),
        "More headlines could not be downloaded. Check the connection and try again.Try again"
    );
    assert_eq!(headlines(&viewer).len(), 2, "the headlines at hand stay");
    click(&button(&viewer.root, "Try again"));
    wait_until(|| requested_paths(&stub).len() == 4).await;
    assert_eq!(
        requested_paths(&stub),
        [
            "index.json",
            "articles/a0.json",
            "pages/2.json",
            "pages/2.json"
        ]
    );
    viewer.destroy().await;
}

#[wasm_bindgen_test]
async fn a_word_that_begins_too_many_terms_asks_for_more_letters() {
    let files = [
        (url("index.json"), INDEX.to_owned()),
        (
            url("search/chunks.json"),
            r#"{ "chunks": ["", "m", "ma", "mb", "mc", "n"], "files": [0, 1, 2, 3, 4, 5] }"#
                .to_owned(),
        ),
        (url("articles/a0.json"), article("a0", "Korean troops")),
    ];
    let files: Vec<(&str, &str)> = files
        .iter()
        .map(|(url, text)| (url.as_str(), text.as_str()))
        .collect();
    let stub = FetchStub::install(&files);
    let viewer = Viewer::mount(EditionSource::Index(url("index.json").into()), None).await;
    viewer.wait_for_headline("Korean troops").await;
    type_into(&one(&viewer.root, ".headline-list__filter-input"), "M");
    wait_until(|| status(&viewer).contains("Too many")).await;
    assert_eq!(
        status(&viewer),
        "Too many words begin with “m”: type more of it."
    );
    assert_eq!(
        requested_paths(&stub),
        ["index.json", "articles/a0.json", "search/chunks.json"],
        "no chunk fetched"
    );
    viewer.destroy().await;
}

#[wasm_bindgen_test]
async fn an_index_and_article_given_in_the_page_are_not_fetched_again() {
    let stub = archive();
    let document = web_sys::window().unwrap().document().unwrap();
    let root = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&root).unwrap();
    let props = AppProps {
        source: EditionSource::Index(url("index.json").into()),
        history: History::Memory,
        initial_article: Some("a4".into()),
        on_event: Callback::noop(),
        languages: Vec::new(),
        catalogue: None,
        seed: Some(SplitSeed {
            index: INDEX.into(),
            article: Some(("a4".into(), article("a4", "Markets rise in Korea").into())),
        }),
    };
    let app = yew::Renderer::<App>::with_root_and_props(root.clone(), props).render();
    yew::scheduler::flush().await;
    assert_eq!(
        texts(&root, ".edition-view h1"),
        ["Markets rise in Korea"],
        "drawn at once"
    );
    assert!(stub.requests().is_empty(), "{:?}", stub.requests());

    click(&one(&root, ".headline-list__more"));
    wait_until(|| texts(&root, ".headline-list__headline").len() == 4).await;
    assert_eq!(requested_paths(&stub), ["pages/2.json"]);
    app.destroy();
    root.remove();
}
