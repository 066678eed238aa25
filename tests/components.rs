//! The components in headless Chromium, mounted with fixture props.
#![cfg(target_arch = "wasm32")]

use std::cell::RefCell;
use std::rc::Rc;

use article_viewer::api::LoadError;
use article_viewer::components::{
    ArticleView, ArticleViewProps, EditionView, EditionViewProps, HeadlineList, HeadlineListProps,
    LoadFailure, LoadFailureProps, RelatedSidebar, RelatedSidebarProps,
};
use article_viewer::{App, AppProps};
use edition::{Edition, ParseError, Slug, parse_edition};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};
use web_sys::{Element, HtmlElement};
use yew::{BaseComponent, Callback};

wasm_bindgen_test_configure!(run_in_browser);

macro_rules! fixture_text {
    ($path:literal) => {
        include_str!(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/data/tests/fixtures/",
            $path
        ))
    };
}

fn edition(json: &str) -> Rc<Edition> {
    Rc::new(parse_edition(json).expect("fixture is valid"))
}

/// Renders `C` into a new element at the end of the page and waits until it is drawn.
async fn mount<C>(props: C::Properties) -> Element
where
    C: BaseComponent,
{
    let document = web_sys::window().unwrap().document().unwrap();
    let root = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&root).unwrap();
    yew::Renderer::<C>::with_root_and_props(root.clone(), props).render();
    yew::scheduler::flush().await;
    root
}

/// Lets the browser run its queued tasks (a fetch completing, say), then lets Yew render.
async fn next_task() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        web_sys::window()
            .unwrap()
            .set_timeout_with_callback(&resolve)
            .unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(promise).await.unwrap();
    yew::scheduler::flush().await;
}

/// Waits until `selector` matches inside `root`, or fails after a bounded number of tasks.
async fn wait_for(root: &Element, selector: &str) -> Element {
    for _ in 0..500 {
        if let Some(found) = root.query_selector(selector).unwrap() {
            return found;
        }
        next_task().await;
    }
    panic!(
        "nothing matched {selector}; the page holds: {}",
        root.inner_html()
    );
}

fn all(root: &Element, selector: &str) -> Vec<Element> {
    let nodes = root.query_selector_all(selector).unwrap();
    (0..nodes.length())
        .map(|index| nodes.item(index).unwrap().dyn_into().unwrap())
        .collect()
}

fn one(root: &Element, selector: &str) -> Element {
    root.query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("nothing matched {selector}"))
}

fn text(element: &Element) -> String {
    element.text_content().unwrap_or_default()
}

fn click(element: &Element) {
    element.dyn_ref::<HtmlElement>().unwrap().click();
}

/// A callback that records the ids it is called with.
fn recorder() -> (Callback<Slug>, Rc<RefCell<Vec<String>>>) {
    let calls = Rc::new(RefCell::new(Vec::new()));
    let callback = {
        let calls = calls.clone();
        Callback::from(move |id: Slug| calls.borrow_mut().push(id.to_string()))
    };
    (callback, calls)
}

#[wasm_bindgen_test]
async fn article_view_shows_every_part_of_a_full_article() {
    let edition = edition(fixture_text!("valid/every-field.json"));
    let article = edition.articles()[0].clone();
    let root = mount::<ArticleView>(ArticleViewProps { article }).await;

    assert_eq!(
        text(&one(&root, "article h1")),
        "Every field of the format, filled in"
    );
    assert_eq!(
        one(&root, "article").get_attribute("lang").unwrap(),
        "en-KE"
    );
    assert_eq!(
        text(&one(&root, ".article-view__dek")),
        "A standfirst that sums the story up."
    );
    assert_eq!(text(&one(&root, ".article-view__byline")), "By A. Reporter");
    assert_eq!(
        text(&one(&root, ".article-view__dateline")),
        "NAIROBI, Kenya"
    );
    let published = one(&root, "time");
    assert_eq!(
        published.get_attribute("datetime").unwrap(),
        "2025-09-02T14:30:00+03:00"
    );
    assert_eq!(text(&published), "2025-09-02");

    let image = one(&root, "figure img");
    assert_eq!(image.get_attribute("src").unwrap(), "photos/lead.jpg");
    assert_eq!(image.get_attribute("alt").unwrap(), "What the photo shows");
    assert_eq!(image.get_attribute("width").unwrap(), "1600");
    assert_eq!(image.get_attribute("height").unwrap(), "900");
    assert_eq!(
        text(&one(&root, "figcaption .article-view__caption")),
        "What the photo is about"
    );
    assert_eq!(
        text(&one(&root, "figcaption .article-view__credit")),
        "Photographer / Agency"
    );

    let body: Vec<String> = all(&root, ".article-view__body > *")
        .iter()
        .map(|element| format!("{}: {}", element.tag_name(), text(element)))
        .collect();
    assert_eq!(
        body,
        [
            "P: First paragraph.",
            "H2: A subheading",
            "BLOCKQUOTE: A quotation set apart.A speaker",
            "BLOCKQUOTE: A quotation without attribution.",
            "P: Last paragraph.",
        ]
    );

    let source = one(&root, ".article-view__source a");
    assert_eq!(
        source.get_attribute("href").unwrap(),
        "https://example.com/"
    );
    assert_eq!(text(&source), "The Example Times");
}

#[wasm_bindgen_test]
async fn article_view_leaves_out_what_the_article_does_not_have() {
    let edition = edition(fixture_text!("valid/minimal.json"));
    let article = edition.articles()[0].clone();
    let root = mount::<ArticleView>(ArticleViewProps { article }).await;

    assert_eq!(text(&one(&root, "h1")), "A headline");
    for absent in [
        "figure",
        ".article-view__dek",
        ".article-view__meta",
        ".article-view__source",
    ] {
        assert!(root.query_selector(absent).unwrap().is_none(), "{absent}");
    }
    assert_eq!(all(&root, ".article-view__body p").len(), 1);
}

#[wasm_bindgen_test]
async fn related_sidebar_links_urls_opens_edition_articles_and_leaves_the_rest_as_text() {
    let edition = edition(fixture_text!("valid/related-articles.json"));
    let article = edition.articles()[1].clone();
    let (on_select, selected) = recorder();
    let root = mount::<RelatedSidebar>(RelatedSidebarProps { article, on_select }).await;

    assert_eq!(
        one(&root, "aside").get_attribute("aria-label").unwrap(),
        "Related news"
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
async fn related_sidebar_never_makes_a_link_without_a_target() {
    let edition = edition(fixture_text!("valid/every-field.json"));
    let article = edition.articles()[0].clone();
    let (on_select, _) = recorder();
    let root = mount::<RelatedSidebar>(RelatedSidebarProps { article, on_select }).await;

    let plain = all(&root, "li")
        .into_iter()
        .find(|item| text(item) == "A story with no link")
        .expect("the item without a target is listed");
    assert!(plain.query_selector("a, button").unwrap().is_none());
}

#[wasm_bindgen_test]
async fn headline_list_marks_the_current_article_and_selects_another() {
    let articles = edition(fixture_text!("valid/related-articles.json"));
    let (on_select, selected) = recorder();
    let current = Some(Slug::try_from("second-article").unwrap());
    let root = mount::<HeadlineList>(HeadlineListProps {
        articles,
        current,
        on_select,
    })
    .await;

    let headlines = all(&root, "nav li button");
    assert_eq!(headlines.len(), 2);
    assert_eq!(headlines[0].get_attribute("aria-current"), None);
    assert_eq!(headlines[1].get_attribute("aria-current").unwrap(), "true");
    assert!(headlines[1].class_list().contains("is-current"));

    click(&headlines[0]);
    assert_eq!(*selected.borrow(), ["first-article"]);
}

#[wasm_bindgen_test]
async fn edition_view_lays_out_masthead_headlines_article_and_related() {
    let edition = edition(fixture_text!("valid/related-articles.json"));
    let current = Some(edition.articles()[0].clone());
    let (on_select, _) = recorder();
    let root = mount::<EditionView>(EditionViewProps {
        edition,
        current,
        on_select,
    })
    .await;

    assert_eq!(
        text(&one(&root, "header .edition-view__title")),
        "Two linked articles"
    );
    assert_eq!(text(&one(&root, "main h1")), "The first article");
    assert_eq!(all(&root, "nav li").len(), 2);
    assert_eq!(all(&root, "aside li").len(), 1);
}

#[wasm_bindgen_test]
async fn edition_view_says_so_when_there_are_no_articles() {
    let edition = edition(fixture_text!("valid/no-articles.json"));
    let (on_select, _) = recorder();
    let root = mount::<EditionView>(EditionViewProps {
        edition,
        current: None,
        on_select,
    })
    .await;

    assert_eq!(
        text(&one(&root, "main")),
        "This edition has no articles yet."
    );
    assert!(all(&root, "nav li").is_empty());
    assert!(root.query_selector("aside").unwrap().is_none());
}

#[wasm_bindgen_test]
async fn load_failure_explains_and_offers_to_try_again() {
    let retries = Rc::new(RefCell::new(0));
    let on_retry = {
        let retries = retries.clone();
        Callback::from(move |()| *retries.borrow_mut() += 1)
    };
    let error = LoadError::Status {
        url: "edition.json".to_owned(),
        status: 404,
    };
    let root = mount::<LoadFailure>(LoadFailureProps { error, on_retry }).await;

    let alert = one(&root, "[role=alert]");
    assert!(text(&alert).contains("The edition was not found on the server."));
    assert!(text(&alert).contains("edition.json answered with HTTP status 404"));
    click(&one(&alert, "button"));
    assert_eq!(*retries.borrow(), 1);
}

#[wasm_bindgen_test]
async fn load_failure_names_each_fault_in_the_readers_words() {
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
                source: ParseError::Utf16,
            },
            "The edition is not saved as UTF-8 text",
        ),
        (
            LoadError::Invalid {
                url: url(),
                source: ParseError::Empty,
            },
            "The edition is empty.",
        ),
    ];
    for (error, sentence) in cases {
        let detail = error.to_string();
        let root = mount::<LoadFailure>(LoadFailureProps {
            error,
            on_retry: Callback::noop(),
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

#[wasm_bindgen_test]
fn load_errors_say_what_happened_where() {
    let too_large = LoadError::TooLarge {
        url: "e.json".to_owned(),
        bytes: Some(52_428_800),
    };
    assert_eq!(
        too_large.to_string(),
        "e.json is 52.4 MB long; the viewer reads editions of at most 10.0 MB"
    );
    let cut_off = LoadError::TooLarge {
        url: "e.json".to_owned(),
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

#[wasm_bindgen_test]
fn crash_panel_stands_in_front_of_each_viewer_once() {
    let document = web_sys::window().unwrap().document().unwrap();
    let page = document.create_element("section").unwrap();
    document.body().unwrap().append_child(&page).unwrap();
    let viewers: Vec<Element> = (0..2)
        .map(|_| {
            let viewer = document.create_element("div").unwrap();
            viewer.set_attribute("data-article-viewer", "").unwrap();
            page.append_child(&viewer).unwrap();
            viewer
        })
        .collect();

    article_viewer::crash_panel::show("boom");
    article_viewer::crash_panel::show("a second panic");

    assert_eq!(all(&page, ".crash-panel").len(), 2);
    for viewer in &viewers {
        let panel = viewer.previous_element_sibling().unwrap();
        assert_eq!(panel.get_attribute("role").unwrap(), "alert");
        assert!(panel.class_list().contains("article-viewer"), "themed");
        assert!(text(&panel).starts_with("The article viewer stopped working."));
        assert_eq!(text(&one(&panel, ".crash-panel__detail")), "boom");
        let button = one(&panel, "button");
        assert_eq!(button.get_attribute("type").unwrap(), "button");
        assert_eq!(text(&button), "Reload the page");
        assert!(viewer.has_attribute("inert"));
        assert!(!viewer.contains(Some(&panel)), "outside the stopped viewer");
    }
    page.remove();
}

fn data_url(json: &str) -> String {
    format!(
        "data:application/json,{}",
        String::from(js_sys::encode_uri_component(json))
    )
}

#[wasm_bindgen_test]
async fn app_loads_an_edition_and_opens_related_articles() {
    let src = data_url(fixture_text!("valid/related-articles.json")).into();
    let root = mount::<App>(AppProps { src }).await;

    assert_eq!(text(&wait_for(&root, "main h1").await), "The first article");
    click(&one(&root, "aside button"));
    yew::scheduler::flush().await;
    assert_eq!(text(&one(&root, "main h1")), "The second article");
    assert_eq!(
        text(&one(&root, "nav [aria-current=true]")),
        "The second article"
    );
}

#[wasm_bindgen_test]
async fn app_shows_loading_then_names_the_field_of_an_invalid_edition() {
    let src = data_url(fixture_text!("invalid/javascript-photo-src.json")).into();
    let root = mount::<App>(AppProps { src }).await;

    assert_eq!(text(&one(&root, "[role=status]")), "Loading the edition…");
    let alert = wait_for(&root, "[role=alert]").await;
    assert!(text(&alert).contains("The edition has a mistake in it"));
    assert!(
        text(&alert).contains(
            "articles[0].photo.src: \"javascript:alert(1)\" uses the \"javascript\" scheme"
        ),
        "{}",
        text(&alert)
    );
    assert!(root.query_selector("img").unwrap().is_none());
}

#[wasm_bindgen_test]
async fn app_reports_the_http_status_of_a_missing_edition() {
    let src = "/no-such-edition.json".into();
    let root = mount::<App>(AppProps { src }).await;

    let alert = wait_for(&root, "[role=alert]").await;
    assert!(
        text(&alert).contains("/no-such-edition.json answered with HTTP status 404"),
        "{}",
        text(&alert)
    );
}

#[wasm_bindgen_test]
async fn app_refuses_a_web_page_in_place_of_the_edition() {
    let src = "data:text/html,<!doctype html><title>Not found</title>".into();
    let root = mount::<App>(AppProps { src }).await;

    let alert = wait_for(&root, "[role=alert]").await;
    assert!(
        text(&alert).contains("The server sent a web page instead of the edition."),
        "{}",
        text(&alert)
    );
    assert!(text(&alert).contains("sent text/html, not JSON"));
}

#[wasm_bindgen_test]
async fn app_names_the_position_of_bytes_that_are_not_utf8() {
    // {"articles": [], "title": "Caf\xE9"}
    let src =
        "data:application/json,%7B%22articles%22%3A%5B%5D%2C%22title%22%3A%22Caf%E9%22%7D".into();
    let root = mount::<App>(AppProps { src }).await;

    let alert = wait_for(&root, "[role=alert]").await;
    assert!(
        text(&alert)
            .contains("byte 0xE9 does not begin or continue a character at line 1, column 28"),
        "{}",
        text(&alert)
    );
    assert!(text(&alert).contains("The edition is not saved as UTF-8 text"));
}

#[wasm_bindgen_test]
async fn app_reads_an_edition_that_starts_with_a_byte_order_mark() {
    let src = format!(
        "data:application/json,%EF%BB%BF{}",
        String::from(js_sys::encode_uri_component(fixture_text!(
            "valid/minimal.json"
        )))
    )
    .into();
    let root = mount::<App>(AppProps { src }).await;

    assert_eq!(text(&wait_for(&root, "main h1").await), "A headline");
}
