//! `RelatedSidebar`: related news, in the edition and elsewhere.

use article_viewer::components::{RelatedSidebar, RelatedSidebarProps};
use article_viewer::route::History;
use wasm_bindgen_test::wasm_bindgen_test;
use yew::Callback;

use crate::support::{all, click, edition, fixture_text, mount, one, recorder, text};

#[wasm_bindgen_test]
async fn links_urls_opens_edition_articles_and_leaves_the_rest_as_text() {
    let edition = edition(fixture_text!("valid/related-articles.json"));
    let article = edition.articles()[1].clone();
    let (on_select, selected) = recorder();
    let root = mount::<RelatedSidebar>(RelatedSidebarProps {
        article,
        history: History::Memory,
        on_select,
        on_intent: Callback::noop(),
    })
    .await;

    assert_eq!(
        one(&root, "aside").get_attribute("aria-label").unwrap(),
        "Related news: The second article",
        "embedded, the landmark names its article"
    );
    let items = all(&root, "aside li");
    assert_eq!(items.len(), 2);
    let in_edition = one(&items[0], "button");
    assert_eq!(text(&in_edition), "The first article");
    let link = one(&items[1], "a");
    assert_eq!(
        link.get_attribute("href").unwrap(),
        "https://example.com/elsewhere"
    );
    assert_eq!(link.get_attribute("rel").unwrap(), "noopener noreferrer");

    click(&in_edition);
    assert_eq!(*selected.borrow(), ["first-article"]);
}

#[wasm_bindgen_test]
async fn links_edition_articles_by_fragment_when_the_viewer_owns_the_url() {
    let edition = edition(fixture_text!("valid/related-articles.json"));
    let article = edition.articles()[1].clone();
    let (on_select, _) = recorder();
    let root = mount::<RelatedSidebar>(RelatedSidebarProps {
        article,
        history: History::Fragment,
        on_select,
        on_intent: Callback::noop(),
    })
    .await;

    assert!(root.query_selector("button").unwrap().is_none());
    let links: Vec<String> = all(&root, "aside a")
        .iter()
        .map(|link| link.get_attribute("href").unwrap())
        .collect();
    assert_eq!(
        links,
        ["#/article/first-article", "https://example.com/elsewhere"]
    );
}

#[wasm_bindgen_test]
async fn never_makes_a_link_without_a_target() {
    let edition = edition(fixture_text!("valid/every-field.json"));
    let article = edition.articles()[0].clone();
    let (on_select, _) = recorder();
    let root = mount::<RelatedSidebar>(RelatedSidebarProps {
        article,
        history: History::Memory,
        on_select,
        on_intent: Callback::noop(),
    })
    .await;

    let plain = all(&root, "li")
        .into_iter()
        .find(|item| text(item) == "A story with no link")
        .expect("the item without a target is listed");
    assert!(plain.query_selector("a, button").unwrap().is_none());
}
