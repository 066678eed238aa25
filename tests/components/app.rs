//! `App`: loading an edition, moving between its articles, and what it tells its host.

use std::cell::RefCell;
use std::rc::Rc;

use article_viewer::route::History;
use article_viewer::{App, AppProps, EditionSource, ViewerEvent};
use wasm_bindgen_test::wasm_bindgen_test;
use web_sys::Element;
use yew::{AttrValue, Callback};

use crate::app_downloads::FetchStub;
use crate::support::{
    all, button, click, fixture_text, focus, focused, mount, next_task, one, press, slug, text,
    texts, type_into, wait_for,
};

/// A `data:` URL that answers with `json`.
fn data_url(json: &str) -> String {
    format!(
        "data:application/json,{}",
        String::from(js_sys::encode_uri_component(json))
    )
}

/// Mounts an `App` that records the events it sends to its host.
async fn mount_app(
    source: EditionSource,
    history: History,
    initial_article: Option<&str>,
) -> (Element, Rc<RefCell<Vec<ViewerEvent>>>) {
    let events = Rc::new(RefCell::new(Vec::new()));
    let on_event = {
        let events = events.clone();
        Callback::from(move |event| events.borrow_mut().push(event))
    };
    let root = mount::<App>(AppProps {
        source,
        history,
        initial_article: initial_article.map(|id| AttrValue::from(id.to_owned())),
        on_event,
        languages: Vec::new(),
        catalogue: None,
        seed: None,
    })
    .await;
    (root, events)
}

#[wasm_bindgen_test]
async fn loads_an_edition_and_opens_related_articles_in_memory() {
    let source = EditionSource::Url(data_url(fixture_text!("valid/related-articles.json")).into());
    let (root, events) = mount_app(source, History::Memory, None).await;

    assert_eq!(
        text(&wait_for(&root, ".edition-view h1").await),
        "The first article"
    );
    click(&one(&root, "aside button"));
    yew::scheduler::flush().await;
    assert_eq!(text(&one(&root, "h1")), "The second article");
    assert_eq!(
        text(&one(&root, "nav [aria-current=true]")),
        "The second article"
    );
    assert_eq!(
        focused().text_content().unwrap(),
        "The second article",
        "focus moves to the new headline"
    );
    assert_eq!(
        *events.borrow(),
        [
            ViewerEvent::Ready {
                article: slug("first-article"),
                articles: 2
            },
            ViewerEvent::ArticleChange {
                article: slug("second-article")
            },
        ]
    );
}

#[wasm_bindgen_test]
async fn reads_an_inline_edition_and_opens_the_article_it_is_asked_for() {
    let source = EditionSource::Inline(fixture_text!("valid/related-articles.json").into());
    let (root, events) = mount_app(source, History::Memory, Some("second-article")).await;

    assert_eq!(
        text(&wait_for(&root, ".edition-view h1").await),
        "The second article"
    );
    assert_eq!(
        *events.borrow(),
        [ViewerEvent::Ready {
            article: slug("second-article"),
            articles: 2
        }]
    );
}

#[wasm_bindgen_test]
async fn shows_not_found_for_an_unknown_article_and_recovers_from_the_list() {
    let source = EditionSource::Inline(fixture_text!("valid/related-articles.json").into());
    let (root, events) = mount_app(source, History::Memory, Some("gone")).await;

    assert_eq!(
        text(&wait_for(&root, ".edition-view h1").await),
        "Article not found"
    );
    click(&all(&root, "nav button")[1]);
    yew::scheduler::flush().await;
    assert_eq!(text(&one(&root, "h1")), "The second article");
    assert_eq!(
        *events.borrow(),
        [
            ViewerEvent::Ready {
                article: None,
                articles: 2
            },
            ViewerEvent::ArticleChange {
                article: slug("second-article")
            },
        ]
    );
}

#[wasm_bindgen_test]
async fn follows_the_url_fragment_when_it_owns_the_url() {
    let window = web_sys::window().unwrap();
    let document = window.document().unwrap();
    let page_title = document.title();
    let source = EditionSource::Inline(fixture_text!("valid/related-articles.json").into());
    let (root, events) = mount_app(source, History::Fragment, None).await;
    assert_eq!(
        text(&wait_for(&root, ".edition-view h1").await),
        "The first article"
    );
    assert_eq!(document.title(), "The first article — Two linked articles");

    window
        .location()
        .set_hash("#/article/second-article")
        .unwrap();
    let headline = wait_for(&root, ".edition-view h1").await;
    for _ in 0..100 {
        if text(&headline) == "The second article" {
            break;
        }
        next_task().await;
    }
    let headline = one(&root, "h1");
    assert_eq!(text(&headline), "The second article");
    assert_eq!(document.title(), "The second article — Two linked articles");
    assert_eq!(
        one(&root, "nav [aria-current=page]")
            .get_attribute("href")
            .unwrap(),
        "#/article/second-article"
    );
    assert_eq!(events.borrow().len(), 2);

    window.location().set_hash("").unwrap();
    document.set_title(&page_title);
}

#[wasm_bindgen_test]
async fn jumps_to_the_filter_when_the_reader_types_a_slash() {
    let source = EditionSource::Inline(fixture_text!("valid/many-articles.json").into());
    let (root, _) = mount_app(source, History::Memory, None).await;
    focus(&wait_for(&root, ".edition-view h1").await);

    press("/");
    assert_eq!(focused().get_attribute("type").as_deref(), Some("search"));
    type_into(&focused(), "rowing");
    yew::scheduler::flush().await;
    assert_eq!(
        texts(&root, ".headline-list__headline"),
        ["Rowing club celebrates centenary"]
    );
}

#[wasm_bindgen_test]
async fn shows_loading_then_names_the_field_of_an_invalid_edition() {
    let source =
        EditionSource::Url(data_url(fixture_text!("invalid/javascript-photo-src.json")).into());
    let (root, events) = mount_app(source, History::Memory, None).await;

    assert_eq!(text(&one(&root, "[role=status]")), "Loading the edition…");
    let alert = wait_for(&root, "[role=alert]").await;
    assert!(text(&alert).contains("The edition has a mistake in it"));
    let detail = "articles[0].photo.src: \"javascript:alert(1)\" uses the \"javascript\" scheme";
    assert!(text(&alert).contains(detail), "{}", text(&alert));
    assert!(root.query_selector("img").unwrap().is_none());
    let events = events.borrow();
    assert!(
        matches!(&events[..], [ViewerEvent::Error { message }] if message.contains(detail)),
        "{events:?}"
    );
}

#[wasm_bindgen_test]
async fn names_the_field_of_an_invalid_inline_edition() {
    let source = EditionSource::Inline(fixture_text!("invalid/empty-headline.json").into());
    let (root, _) = mount_app(source, History::Memory, None).await;

    let alert = wait_for(&root, "[role=alert]").await;
    assert!(
        text(&alert).contains(
            "the edition in the page is not valid: articles[0].headline: must not be empty"
        ),
        "{}",
        text(&alert)
    );
}

#[wasm_bindgen_test]
async fn reports_the_http_status_of_a_missing_edition() {
    let source = EditionSource::Url("/no-such-edition.json".into());
    let (root, _) = mount_app(source, History::Memory, None).await;

    let alert = wait_for(&root, "[role=alert]").await;
    assert!(
        text(&alert).contains("/no-such-edition.json answered with HTTP status 404"),
        "{}",
        text(&alert)
    );
}

#[wasm_bindgen_test]
async fn refuses_a_web_page_in_place_of_the_edition() {
    let source =
        EditionSource::Url("data:text/html,<!doctype html><title>Not found</title>".into());
    let (root, _) = mount_app(source, History::Memory, None).await;

    let alert = wait_for(&root, "[role=alert]").await;
    assert!(
        text(&alert).contains("The server sent a web page instead of the edition."),
        "{}",
        text(&alert)
    );
    assert!(text(&alert).contains("sent text/html, not JSON"));
}

#[wasm_bindgen_test]
async fn names_the_position_of_bytes_that_are_not_utf8() {
    // {"articles": [], "title": "Caf\xE9"}
    let source = EditionSource::Url(
        "data:application/json,%7B%22articles%22%3A%5B%5D%2C%22title%22%3A%22Caf%E9%22%7D".into(),
    );
    let (root, _) = mount_app(source, History::Memory, None).await;

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
async fn reads_an_edition_that_starts_with_a_byte_order_mark() {
    let source = EditionSource::Url(
        format!(
            "data:application/json,%EF%BB%BF{}",
            String::from(js_sys::encode_uri_component(fixture_text!(
                "valid/minimal.json"
            )))
        )
        .into(),
    );
    let (root, _) = mount_app(source, History::Memory, None).await;

    assert_eq!(text(&wait_for(&root, "article h1").await), "A headline");
}

fn local_storage() -> web_sys::Storage {
    web_sys::window().unwrap().local_storage().unwrap().unwrap()
}

#[wasm_bindgen_test]
async fn applies_the_reading_settings_and_remembers_them_for_the_next_viewer() {
    local_storage().clear().unwrap();
    let source = EditionSource::Inline(fixture_text!("valid/related-articles.json").into());
    let (root, _) = mount_app(source.clone(), History::Memory, None).await;
    wait_for(&root, ".edition-view h1").await;
    let viewer = one(&root, ".article-viewer");
    assert_eq!(viewer.get_attribute("data-theme").unwrap(), "system");
    assert_eq!(viewer.get_attribute("data-text-size").unwrap(), "1");

    click(&one(&root, "[aria-label=Theme] button[data-swatch=dark]"));
    click(&button(&root, "Larger"));
    click(&button(&root, "Larger"));
    yew::scheduler::flush().await;
    assert_eq!(viewer.get_attribute("data-theme").unwrap(), "dark");
    assert_eq!(viewer.get_attribute("data-text-size").unwrap(), "3");
    assert_eq!(text(&one(&root, "output")), "125%");
    let (second, _) = mount_app(source, History::Memory, None).await;
    wait_for(&second, ".edition-view h1").await;
    yew::scheduler::flush().await;
    let second_viewer = one(&second, ".article-viewer");
    assert_eq!(second_viewer.get_attribute("data-theme").unwrap(), "dark");
    assert_eq!(second_viewer.get_attribute("data-text-size").unwrap(), "3");
    local_storage().clear().unwrap();
}

fn structured_data_in_head() -> Vec<Element> {
    let head = web_sys::window()
        .unwrap()
        .document()
        .unwrap()
        .head()
        .unwrap();
    all(&head, "[data-article-viewer-head]")
}

#[wasm_bindgen_test]
async fn describes_its_article_in_the_page_head_only_when_it_owns_the_page() {
    let before = structured_data_in_head().len();
    let source = EditionSource::Inline(fixture_text!("valid/every-field.json").into());
    let (root, _) = mount_app(source.clone(), History::Memory, None).await;
    wait_for(&root, ".edition-view h1").await;
    assert_eq!(
        structured_data_in_head().len(),
        before,
        "an embedded viewer leaves the head alone"
    );

    let (root, _) = mount_app(source, History::Fragment, None).await;
    wait_for(&root, ".edition-view h1").await;
    yew::scheduler::flush().await;
    let head = web_sys::window()
        .unwrap()
        .document()
        .unwrap()
        .head()
        .unwrap();
    let json_ld = text(&one(
        &head,
        "script[type='application/ld+json'][data-article-viewer-head]",
    ));
    assert!(
        json_ld.contains(r#""headline":"Every field of the format, filled in""#),
        "{json_ld}"
    );
    assert_eq!(
        one(&head, "meta[property='og:title'][data-article-viewer-head]")
            .get_attribute("content")
            .unwrap(),
        "Every field of the format, filled in"
    );
    assert_eq!(
        all(&head, "meta[property='og:title']").len(),
        1,
        "one article's tags at a time"
    );
}

#[wasm_bindgen_test]
async fn draws_long_lists_a_hundred_headlines_at_a_time() {
    let articles: Vec<String> = (1..=250)
        .map(|number| {
            format!(
                r#"{{"id":"a-{number}","headline":"Generated headline {number}","language":"en","body":[{{"type":"paragraph","text":"Generated text."}}]}}"#
            )
        })
        .collect();
    let json = format!(r#"{{"articles":[{}]}}"#, articles.join(","));
    let (root, _) = mount_app(EditionSource::Inline(json.into()), History::Memory, None).await;
    wait_for(&root, "h1").await;

    assert_eq!(all(&root, "nav li").len(), 100);
    click(&one(&root, ".headline-list__more"));
    yew::scheduler::flush().await;
    assert_eq!(all(&root, "nav li").len(), 200);
    assert_eq!(
        text(&one(&root, ".headline-list__more")),
        "Show 50 more headlines"
    );
    click(&one(&root, ".headline-list__more"));
    yew::scheduler::flush().await;
    assert_eq!(all(&root, "nav li").len(), 250);
    assert!(
        root.query_selector(".headline-list__more")
            .unwrap()
            .is_none()
    );

    type_into(&one(&root, "input[type=search]"), "headline 1");
    yew::scheduler::flush().await;
    assert_eq!(
        all(&root, "nav li").len(),
        100,
        "a new filter starts again at a hundred"
    );
    assert_eq!(text(&one(&root, "[role=status]")), "133 of 250 headlines");
}

/// Mounts an `App` on an inline edition with the interface languages asked for,
/// and a catalogue given as the prerenderer gives it (the program carries only
/// English's; the test server has no others to fetch).
async fn mount_in_languages(
    json: &str,
    languages: &[&str],
    catalogue: Option<(&'static str, &'static str)>,
) -> Element {
    mount::<App>(AppProps {
        source: EditionSource::Inline(json.to_owned().into()),
        history: History::Memory,
        initial_article: None,
        on_event: Callback::noop(),
        languages: languages
            .iter()
            .map(|tag| AttrValue::from(tag.to_string()))
            .collect(),
        catalogue: catalogue.map(|(tag, text)| (tag.into(), text.into())),
        seed: None,
    })
    .await
}

/// Mounts an `App` whose edition is on its way for ever, in the languages asked
/// for, with a catalogue given as the prerenderer gives it.
async fn mount_while_loading(
    languages: &[&str],
    catalogue: Option<(&'static str, &'static str)>,
) -> Element {
    mount::<App>(AppProps {
        source: EditionSource::Url("https://example.test/news/edition.json".into()),
        history: History::Memory,
        initial_article: None,
        on_event: Callback::noop(),
        languages: languages
            .iter()
            .map(|tag| AttrValue::from(tag.to_string()))
            .collect(),
        catalogue: catalogue.map(|(tag, text)| (tag.into(), text.into())),
        seed: None,
    })
    .await
}

#[wasm_bindgen_test]
async fn says_nothing_in_english_while_its_language_s_words_are_on_their_way() {
    // Every request, the Korean catalogue's too, stays on its way.
    let fetches = FetchStub::install(&[]);
    let root =
        mount_in_languages(fixture_text!("valid/related-articles.json"), &["ko"], None).await;
    fetches.wait_for_requests(1).await;
    let status = one(&root, "[role=status]");
    assert_eq!(status.get_attribute("aria-busy").as_deref(), Some("true"));
    assert_eq!(
        text(&root),
        "",
        "no words at all, and no masthead: {}",
        root.inner_html()
    );
    assert!(root.query_selector(".masthead").unwrap().is_none());
}

#[wasm_bindgen_test]
async fn says_it_is_loading_once_its_language_s_words_are_at_hand() {
    let _fetches = FetchStub::install(&[]);
    let root =
        mount_while_loading(&["de"], Some(("de", include_str!("../../locales/de.ftl")))).await;
    let status = one(&root, "[role=status]");
    assert_eq!(text(&status), "Ausgabe wird geladen …");
    assert_eq!(status.get_attribute("aria-busy"), None);
    assert!(root.query_selector(".masthead").unwrap().is_some());

    let root = mount_while_loading(&[], None).await;
    assert_eq!(text(&one(&root, "[role=status]")), "Loading the edition…");
}

#[wasm_bindgen_test]
async fn speaks_the_first_language_asked_for_that_has_a_catalogue() {
    let json = fixture_text!("valid/related-articles.json");
    let root = mount_in_languages(
        json,
        &["sv", "de-AT", "fr"],
        Some(("de", include_str!("../../locales/de.ftl"))),
    )
    .await;
    let viewer = wait_for(&root, ".article-viewer").await;
    assert_eq!(viewer.get_attribute("lang").as_deref(), Some("de"));
    assert_eq!(viewer.get_attribute("dir").as_deref(), Some("ltr"));
    assert_eq!(
        text(&one(&root, ".edition-view__skip-link")),
        "Zum Artikel springen"
    );
    assert_eq!(
        text(&one(&root, ".headline-list__title")),
        "In dieser Ausgabe"
    );
    // The article keeps its own language.
    assert_eq!(
        one(&root, ".article-view").get_attribute("lang").as_deref(),
        Some("en")
    );
}

#[wasm_bindgen_test]
async fn falls_back_to_the_edition_s_language_then_english() {
    let json = fixture_text!("valid/related-articles.json");
    let arabic = json.replacen('{', r#"{ "language": "ar", "#, 1);
    let root = mount_in_languages(
        &arabic,
        &["sv"],
        Some(("ar", include_str!("../../locales/ar.ftl"))),
    )
    .await;
    let viewer = wait_for(&root, ".article-viewer").await;
    assert_eq!(viewer.get_attribute("lang").as_deref(), Some("ar"));
    assert_eq!(viewer.get_attribute("dir").as_deref(), Some("rtl"));
    assert_eq!(
        text(&one(&root, ".related-sidebar__title")),
        "أخبار ذات صلة"
    );

    let root = mount_in_languages(json, &["sv"], None).await;
    let viewer = wait_for(&root, ".article-viewer").await;
    assert_eq!(viewer.get_attribute("lang").as_deref(), Some("en"));
    assert_eq!(text(&one(&root, ".related-sidebar__title")), "Related news");
}
