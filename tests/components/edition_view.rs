//! `EditionView`: the masthead, headlines, article and related news together.

use std::rc::Rc;

use article_viewer::components::{EditionView, EditionViewProps, HEADLINES_AT_ONCE, Page};
use article_viewer::reading_settings::ReadingSettings;
use article_viewer::route::History;
use edition::{Edition, EditionIndex};
use wasm_bindgen_test::wasm_bindgen_test;
use yew::{AttrValue, Callback};

use crate::support::{all, click, edition, fixture_text, focused, mount, one, text, texts};

/// Props for the edition in `fixture` at the page `page` picks, in a viewer that owns the URL.
fn edition_view_props(fixture: &str, page: impl FnOnce(&Rc<Edition>) -> Page) -> EditionViewProps {
    let edition = edition(fixture);
    EditionViewProps {
        page: page(&edition),
        index: Rc::new(EditionIndex::of(&edition)),
        history: History::Fragment,
        query: AttrValue::default(),
        on_query: Callback::noop(),
        headline_limit: HEADLINES_AT_ONCE,
        headline_step: HEADLINES_AT_ONCE,
        listing: None,
        on_retry_listing: Callback::noop(),
        on_filter_focus: Callback::noop(),
        on_show_more: Callback::noop(),
        on_select: Callback::noop(),
        on_intent: Callback::noop(),
        on_retry_article: Callback::noop(),
        settings: ReadingSettings::default(),
        on_settings: Callback::noop(),
    }
}

#[wasm_bindgen_test]
async fn lays_out_masthead_headlines_article_and_related() {
    let props = edition_view_props(fixture_text!("valid/related-articles.json"), |edition| {
        Page::Article(edition.articles()[0].clone())
    });
    let root = mount::<EditionView>(props).await;

    assert_eq!(
        text(&one(&root, "header .masthead__title")),
        "Two linked articles"
    );
    assert!(
        root.query_selector("header .reading-controls")
            .unwrap()
            .is_some()
    );
    assert_eq!(text(&one(&root, "main h1")), "The first article");
    assert_eq!(all(&root, "nav li").len(), 2);
    assert_eq!(all(&root, "aside li").len(), 1);
}

#[wasm_bindgen_test]
async fn leaves_page_landmarks_to_the_host_when_embedded() {
    let mut props = edition_view_props(fixture_text!("valid/related-articles.json"), |edition| {
        Page::Article(edition.articles()[0].clone())
    });
    props.history = History::Memory;
    let root = mount::<EditionView>(props).await;

    assert!(root.query_selector("main").unwrap().is_none());
    assert_eq!(one(&root, ".masthead").tag_name(), "DIV");
    let region = one(&root, "[role=region]");
    assert_eq!(
        region.get_attribute("aria-label").unwrap(),
        "Article: The first article"
    );
    assert_eq!(
        one(&root, "nav").get_attribute("aria-label").unwrap(),
        "Headlines: Two linked articles"
    );
    assert_eq!(text(&one(&region, "h1")), "The first article");
}

#[wasm_bindgen_test]
async fn says_so_when_there_are_no_articles() {
    let props = edition_view_props(fixture_text!("valid/no-articles.json"), |_| Page::Empty);
    let root = mount::<EditionView>(props).await;

    assert_eq!(text(&one(&root, "main h1")), "No articles");
    assert_eq!(
        text(&one(&root, "main p")),
        "This edition has no articles yet."
    );
    assert!(all(&root, "nav li").is_empty());
    assert!(root.query_selector("aside").unwrap().is_none());
}

#[wasm_bindgen_test]
async fn shows_a_missing_article_beside_the_headlines() {
    let props = edition_view_props(fixture_text!("valid/related-articles.json"), |_| {
        Page::NotFound("no-such-article".into())
    });
    let root = mount::<EditionView>(props).await;

    assert_eq!(text(&one(&root, "main h1")), "Article not found");
    assert!(text(&one(&root, "main")).contains("no article “no-such-article”"));
    assert_eq!(
        texts(&root, "nav li a"),
        ["The first article", "The second article"]
    );
    assert!(root.query_selector("nav [aria-current]").unwrap().is_none());
}

#[wasm_bindgen_test]
async fn lists_no_headlines_for_an_edition_of_one_article() {
    let props = edition_view_props(fixture_text!("valid/minimal.json"), |edition| {
        Page::Article(edition.articles()[0].clone())
    });
    let root = mount::<EditionView>(props).await;

    assert!(root.query_selector("nav").unwrap().is_none());
    assert_eq!(all(&root, "main h1").len(), 1);
}

#[wasm_bindgen_test]
async fn lists_the_one_article_when_another_is_asked_for() {
    let props = edition_view_props(fixture_text!("valid/minimal.json"), |_| {
        Page::NotFound("no-such-article".into())
    });
    let root = mount::<EditionView>(props).await;

    assert_eq!(all(&root, "nav li a").len(), 1);
}

#[wasm_bindgen_test]
async fn skip_link_moves_focus_to_the_article() {
    let props = edition_view_props(fixture_text!("valid/related-articles.json"), |edition| {
        Page::Article(edition.articles()[0].clone())
    });
    let root = mount::<EditionView>(props).await;

    let skip = one(&root, "a");
    assert_eq!(
        text(&skip),
        "Skip to article",
        "the first link of the viewer"
    );
    let fragment = web_sys::window().unwrap().location().hash().unwrap();
    click(&skip);
    assert_eq!(focused().tag_name(), "MAIN");
    assert_eq!(
        web_sys::window().unwrap().location().hash().unwrap(),
        fragment,
        "the article's place in the URL stays"
    );
}
