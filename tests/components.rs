//! The components in headless Chromium, mounted with fixture props.
#![cfg(target_arch = "wasm32")]

use std::cell::RefCell;
use std::rc::Rc;

use article_viewer::api::LoadError;
use article_viewer::components::{
    ArticleView, ArticleViewProps, EditionView, EditionViewProps, HEADLINES_AT_ONCE, HeadlineList,
    HeadlineListProps, LeadPhoto, LeadPhotoProps, LoadFailure, LoadFailureProps, Page,
    ReadingControls, ReadingControlsProps, RelatedSidebar, RelatedSidebarProps,
};
use article_viewer::reading_settings::{ReadingSettings, SettingsChange, TextSize, Theme};
use article_viewer::route::History;
use article_viewer::{App, AppProps, EditionSource, ViewerEvent};
use edition::{Document, Edition, EditionIndex, ParseError, Slug, parse_edition};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};
use web_sys::{Element, HtmlElement, HtmlInputElement};
use yew::{AttrValue, BaseComponent, Callback};

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

fn index(json: &str) -> Rc<EditionIndex> {
    Rc::new(EditionIndex::of(&edition(json)))
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

/// Types `text` into a text field the way a reader does: value, then an `input` event.
fn type_into(input: &Element, text: &str) {
    input.dyn_ref::<HtmlInputElement>().unwrap().set_value(text);
    let init = web_sys::EventInit::new();
    init.set_bubbles(true);
    let event = web_sys::Event::new_with_event_init_dict("input", &init).unwrap();
    input.dispatch_event(&event).unwrap();
}

/// Presses `key` on the element that has focus.
fn press(key: &str) {
    let init = web_sys::KeyboardEventInit::new();
    init.set_key(key);
    init.set_bubbles(true);
    init.set_cancelable(true);
    let event =
        web_sys::KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &init).unwrap();
    focused().dispatch_event(&event).unwrap();
}

/// The element with keyboard focus (looking through shadow roots).
fn focused() -> Element {
    let mut element = web_sys::window()
        .unwrap()
        .document()
        .unwrap()
        .active_element()
        .unwrap();
    while let Some(inner) = element
        .shadow_root()
        .and_then(|shadow| shadow.active_element())
    {
        element = inner;
    }
    element
}

fn focus(element: &Element) {
    element.dyn_ref::<HtmlElement>().unwrap().focus().unwrap();
}

fn texts(root: &Element, selector: &str) -> Vec<String> {
    all(root, selector).iter().map(text).collect()
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
    let root = mount::<ArticleView>(ArticleViewProps {
        article,
        owns_page: false,
    })
    .await;

    assert_eq!(
        text(&one(&root, "article h1")),
        "Every field of the format, filled in"
    );
    let article = one(&root, "article");
    assert_eq!(article.get_attribute("lang").unwrap(), "en-KE");
    assert_eq!(article.get_attribute("dir").unwrap(), "ltr");
    assert_eq!(
        text(&one(&root, ".article-view__dek")),
        "A standfirst that sums the story up."
    );
    assert_eq!(text(&one(&root, ".article-view__byline")), "By A. Reporter");
    assert_eq!(text(&one(&root, ".article-view__place")), "NAIROBI, Kenya");
    let published = one(&root, "time");
    assert_eq!(
        published.get_attribute("datetime").unwrap(),
        "2025-09-02T14:30:00+03:00"
    );
    assert_eq!(text(&published), "2 September 2025, 14:30 UTC+3");
    let reading_time = one(&root, ".article-view__reading-time");
    assert_eq!(text(&reading_time), "1 minute read");
    assert_eq!(reading_time.get_attribute("lang").unwrap(), "en");

    let image = one(&root, "figure img");
    assert_eq!(image.get_attribute("src").unwrap(), "photos/lead.jpg");
    assert_eq!(image.get_attribute("alt").unwrap(), "What the photo shows");
    assert_eq!(image.get_attribute("width").unwrap(), "1600");
    assert_eq!(image.get_attribute("height").unwrap(), "900");
    assert_eq!(
        image.get_attribute("loading").as_deref(),
        Some("lazy"),
        "embedded, the photo may be far down the host's page"
    );
    assert_eq!(image.get_attribute("fetchpriority"), None);
    assert_eq!(
        text(&one(&root, "figcaption .lead-photo__caption-text")),
        "What the photo is about"
    );
    assert_eq!(
        text(&one(&root, "figcaption .lead-photo__credit")),
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
async fn article_view_fetches_the_photo_of_a_page_of_its_own_at_once_and_first() {
    let edition = edition(fixture_text!("valid/every-field.json"));
    let root = mount::<ArticleView>(ArticleViewProps {
        article: edition.articles()[0].clone(),
        owns_page: true,
    })
    .await;
    let image = one(&root, "figure img");
    assert_eq!(image.get_attribute("loading"), None);
    assert_eq!(
        image.get_attribute("fetchpriority").as_deref(),
        Some("high")
    );
}

#[wasm_bindgen_test]
async fn article_view_leaves_out_what_the_article_does_not_have() {
    let edition = edition(fixture_text!("valid/minimal.json"));
    let article = edition.articles()[0].clone();
    let root = mount::<ArticleView>(ArticleViewProps {
        article,
        owns_page: false,
    })
    .await;

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
    assert_eq!(
        text(&one(&root, ".article-view__reading-time")),
        "1 minute read",
        "every article has a reading time"
    );
}

#[wasm_bindgen_test]
async fn article_view_writes_right_to_left_languages_right_to_left_with_their_dates() {
    let edition = edition(
        r#"{ "articles": [
            { "id": "ar", "headline": "عنوان", "language": "ar-EG", "published": "2025-09-02",
              "body": [{ "type": "paragraph", "text": "نص" }] },
            { "id": "fr", "headline": "Titre", "language": "fr", "published": "2025-10-01T08:05:00+02:00",
              "body": [{ "type": "paragraph", "text": "Texte" }] }
        ] }"#,
    );
    let root = mount::<ArticleView>(ArticleViewProps {
        article: edition.articles()[0].clone(),
        owns_page: false,
    })
    .await;
    let article = one(&root, "article");
    assert_eq!(article.get_attribute("lang").unwrap(), "ar-EG");
    assert_eq!(article.get_attribute("dir").unwrap(), "rtl");
    assert_eq!(
        text(&one(&root, "time")),
        "2025-09-02",
        "languages without month names here get the ISO date"
    );

    let root = mount::<ArticleView>(ArticleViewProps {
        article: edition.articles()[1].clone(),
        owns_page: false,
    })
    .await;
    assert_eq!(one(&root, "article").get_attribute("dir").unwrap(), "ltr");
    let published = one(&root, "time");
    assert_eq!(text(&published), "1er octobre 2025 à 08:05 UTC+2");
    assert_eq!(
        published.get_attribute("datetime").unwrap(),
        "2025-10-01T08:05:00+02:00"
    );
}

#[wasm_bindgen_test]
async fn lead_photo_keeps_caption_and_credit_in_a_neutral_box_when_the_image_fails() {
    let edition = edition(fixture_text!("valid/every-field.json"));
    let mut photo = edition.articles()[0].photo.clone().unwrap();
    photo.src = "/no-such-photo.jpg".try_into().unwrap();
    let root = mount::<LeadPhoto>(LeadPhotoProps {
        photo,
        main_image: false,
    })
    .await;
    assert!(root.query_selector(".is-missing").unwrap().is_none());

    let figure = wait_for(&root, "figure.is-missing").await;
    assert_eq!(
        text(&one(&figure, ".lead-photo__missing")),
        "Image unavailableWhat the photo shows"
    );
    let image = one(&figure, "img");
    assert_eq!(image.get_attribute("alt").unwrap(), "What the photo shows");
    assert_eq!(image.get_attribute("width").unwrap(), "1600");
    assert_eq!(
        text(&one(&figure, "figcaption")),
        "What the photo is aboutPhotographer / Agency"
    );
}

/// The button of `root` whose text is `label`.
fn button(root: &Element, label: &str) -> Element {
    all(root, "button")
        .into_iter()
        .find(|button| text(button) == label)
        .unwrap_or_else(|| panic!("no button {label}"))
}

fn reading_controls_props(
    theme: Theme,
    text_size: TextSize,
) -> (ReadingControlsProps, Rc<RefCell<Vec<SettingsChange>>>) {
    let changes = Rc::new(RefCell::new(Vec::new()));
    let props = ReadingControlsProps {
        theme,
        text_size,
        on_change: {
            let changes = changes.clone();
            Callback::from(move |change| changes.borrow_mut().push(change))
        },
    };
    (props, changes)
}

#[wasm_bindgen_test]
async fn reading_controls_show_the_current_theme_and_size_and_report_choices() {
    let (props, changes) = reading_controls_props(Theme::Sepia, TextSize::DEFAULT);
    let root = mount::<ReadingControls>(props).await;

    let buttons = all(&root, "[aria-label=Theme] button");
    let pressed: Vec<(String, String)> = buttons
        .iter()
        .map(|button| (text(button), button.get_attribute("aria-pressed").unwrap()))
        .collect();
    assert_eq!(
        pressed,
        [
            ("Auto".to_owned(), "false".to_owned()),
            ("Light".to_owned(), "false".to_owned()),
            ("Sepia".to_owned(), "true".to_owned()),
            ("Dark".to_owned(), "false".to_owned()),
        ]
    );
    assert_eq!(text(&one(&root, "output")), "100%");

    click(&buttons[3]);
    click(&button(&root, "Larger"));
    click(&button(&root, "Smaller"));
    assert_eq!(
        *changes.borrow(),
        [
            SettingsChange::Theme(Theme::Dark),
            SettingsChange::Larger,
            SettingsChange::Smaller
        ]
    );
}

#[wasm_bindgen_test]
async fn reading_controls_stop_at_the_ends_of_the_size_scale_without_losing_focus() {
    let (props, _) = reading_controls_props(Theme::System, TextSize::LARGEST);
    let root = mount::<ReadingControls>(props).await;

    let larger = button(&root, "Larger");
    assert_eq!(larger.get_attribute("aria-disabled").unwrap(), "true");
    assert!(!larger.has_attribute("disabled"), "still focusable");
    assert_eq!(text(&one(&root, "output")), "250%");
    assert_eq!(
        button(&root, "Smaller").get_attribute("aria-disabled"),
        None
    );
}

#[wasm_bindgen_test]
async fn related_sidebar_links_urls_opens_edition_articles_and_leaves_the_rest_as_text() {
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

/// Dispatches a pointer event of `kind` ("pointerenter", "pointerleave",
/// "pointercancel") from a pointer of `pointer_type` ("mouse", "touch").
fn point(element: &Element, kind: &str, pointer_type: &str) {
    let init = web_sys::PointerEventInit::new();
    init.set_pointer_type(pointer_type);
    let event = web_sys::PointerEvent::new_with_event_init_dict(kind, &init).unwrap();
    element.dispatch_event(&event).unwrap();
}

/// Waits longer than a pointer or focus must rest on a link to count.
async fn past_rest() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        web_sys::window()
            .unwrap()
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 200)
            .unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(promise).await.unwrap();
    yew::scheduler::flush().await;
}

#[wasm_bindgen_test]
async fn article_links_tell_which_article_the_reader_is_about_to_open() {
    let edition = edition(fixture_text!("valid/related-articles.json"));
    let article = edition.articles()[1].clone();
    let (on_intent, intended) = recorder();
    let root = mount::<RelatedSidebar>(RelatedSidebarProps {
        article,
        history: History::Memory,
        on_select: Callback::noop(),
        on_intent,
    })
    .await;
    let button = one(&root, "aside li button");

    // A finger that starts a scroll (the browser cancels its pointer) is not an
    // intent; one that rests is.
    point(&button, "pointerenter", "touch");
    point(&button, "pointercancel", "touch");
    past_rest().await;
    assert!(intended.borrow().is_empty(), "{:?}", intended.borrow());
    point(&button, "pointerenter", "touch");
    past_rest().await;
    assert_eq!(*intended.borrow(), ["first-article"]);
    intended.borrow_mut().clear();

    // A mouse that passes over is not an intent; one that rests is.
    point(&button, "pointerenter", "mouse");
    point(&button, "pointerleave", "mouse");
    past_rest().await;
    assert!(intended.borrow().is_empty(), "{:?}", intended.borrow());
    point(&button, "pointerenter", "mouse");
    assert!(
        intended.borrow().is_empty(),
        "not before the mouse has rested"
    );
    past_rest().await;
    assert_eq!(*intended.borrow(), ["first-article"]);
    intended.borrow_mut().clear();

    // The same for focus.
    let button = button.dyn_into::<HtmlElement>().unwrap();
    button.focus().unwrap();
    button.blur().unwrap();
    past_rest().await;
    assert!(intended.borrow().is_empty(), "{:?}", intended.borrow());
    button.focus().unwrap();
    past_rest().await;
    assert_eq!(*intended.borrow(), ["first-article"]);
}

#[wasm_bindgen_test]
async fn related_sidebar_links_edition_articles_by_fragment_when_the_viewer_owns_the_url() {
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
async fn related_sidebar_never_makes_a_link_without_a_target() {
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

fn headline_list_props(
    fixture: &str,
    current: Option<&str>,
    history: History,
    query: &str,
) -> (HeadlineListProps, Rc<RefCell<Vec<String>>>) {
    let (on_select, selected) = recorder();
    let props = HeadlineListProps {
        index: index(fixture),
        current: current.map(|id| Slug::try_from(id).unwrap()),
        history,
        query: AttrValue::from(query.to_owned()),
        on_query: Callback::noop(),
        limit: HEADLINES_AT_ONCE,
        on_show_more: Callback::noop(),
        on_select,
        on_intent: Callback::noop(),
    };
    (props, selected)
}

#[wasm_bindgen_test]
async fn headline_list_marks_the_current_article_and_selects_another() {
    let (props, selected) = headline_list_props(
        fixture_text!("valid/related-articles.json"),
        Some("second-article"),
        History::Memory,
        "",
    );
    let root = mount::<HeadlineList>(props).await;

    let headlines = all(&root, "nav li button");
    assert_eq!(headlines.len(), 2);
    assert_eq!(headlines[0].get_attribute("aria-current"), None);
    assert_eq!(headlines[1].get_attribute("aria-current").unwrap(), "true");
    assert!(headlines[1].class_list().contains("is-current"));
    assert!(
        root.query_selector("input").unwrap().is_none(),
        "two articles need no filter"
    );

    click(&headlines[0]);
    assert_eq!(*selected.borrow(), ["first-article"]);
}

#[wasm_bindgen_test]
async fn headline_list_links_every_article_with_its_section_and_date() {
    let (props, _) = headline_list_props(
        fixture_text!("valid/many-articles.json"),
        Some("02-zurich-hosts-climate-summit"),
        History::Fragment,
        "",
    );
    let root = mount::<HeadlineList>(props).await;

    let links = all(&root, "nav li a");
    assert_eq!(links.len(), 24);
    assert_eq!(
        links[1].get_attribute("href").unwrap(),
        "#/article/02-zurich-hosts-climate-summit"
    );
    assert_eq!(links[1].get_attribute("aria-current").unwrap(), "page");
    assert_eq!(
        text(&one(&links[1], ".headline-list__headline")),
        "Zürich hosts climate summit"
    );
    assert_eq!(
        text(&one(&links[1], ".headline-list__meta")),
        "World · 2 September 2025"
    );
    assert_eq!(
        one(&links[1], ".headline-list__meta time")
            .get_attribute("datetime")
            .unwrap(),
        "2025-09-02"
    );
}

#[wasm_bindgen_test]
async fn headline_list_filters_headline_and_dek_ignoring_case_and_accents() {
    for (query, expected) in [
        ("seoul", vec!["Séoul talks resume after long pause"]),
        ("ZURICH", vec!["Zürich hosts climate summit"]),
        ("sao paulo", vec!["São Paulo markets close higher"]),
        ("krakow", vec!["Orchestra announces season in Kraków"]),
        ("pyrénées", vec!["Cyclists cross the Pyrénées"]),
        (
            "sport section",
            vec![
                "Marathon record falls in Berlin",
                "Cup final goes to extra time",
                "Young chess player wins open",
                "Cyclists cross the Pyrénées",
                "Rowing club celebrates centenary",
            ],
        ),
    ] {
        let (props, _) = headline_list_props(
            fixture_text!("valid/many-articles.json"),
            None,
            History::Memory,
            query,
        );
        let root = mount::<HeadlineList>(props).await;
        assert_eq!(
            texts(&root, ".headline-list__headline"),
            expected,
            "{query}"
        );
        let count = if expected.len() == 1 {
            "1 of 24 headlines".to_owned()
        } else {
            format!("{} of 24 headlines", expected.len())
        };
        assert_eq!(text(&one(&root, "[role=status]")), count, "{query}");
    }
}

#[wasm_bindgen_test]
async fn headline_list_draws_a_limited_number_and_offers_more() {
    let (mut props, _) = headline_list_props(
        fixture_text!("valid/many-articles.json"),
        None,
        History::Memory,
        "",
    );
    let asked = Rc::new(RefCell::new(0));
    props.limit = 10;
    props.on_show_more = {
        let asked = asked.clone();
        Callback::from(move |()| *asked.borrow_mut() += 1)
    };
    let root = mount::<HeadlineList>(props).await;

    assert_eq!(all(&root, "nav li").len(), 10);
    let more = one(&root, ".headline-list__more");
    assert_eq!(text(&more), "Show 14 more headlines");
    click(&more);
    assert_eq!(*asked.borrow(), 1);
}

#[wasm_bindgen_test]
async fn headline_list_says_when_nothing_matches() {
    let (props, _) = headline_list_props(
        fixture_text!("valid/many-articles.json"),
        None,
        History::Memory,
        "volcano",
    );
    let root = mount::<HeadlineList>(props).await;
    assert!(all(&root, "nav li").is_empty());
    assert_eq!(
        text(&one(&root, "[role=status]")),
        "No headlines match “volcano”."
    );
}

#[wasm_bindgen_test]
async fn headline_list_reports_typing_and_escape_to_its_owner() {
    let typed = Rc::new(RefCell::new(Vec::new()));
    let (mut props, _) = headline_list_props(
        fixture_text!("valid/many-articles.json"),
        None,
        History::Memory,
        "café",
    );
    props.on_query = {
        let typed = typed.clone();
        Callback::from(move |text: String| typed.borrow_mut().push(text))
    };
    let root = mount::<HeadlineList>(props).await;

    let filter = one(&root, "input[type=search]");
    assert_eq!(
        filter.dyn_ref::<HtmlInputElement>().unwrap().value(),
        "café"
    );
    type_into(&filter, "café chains");
    focus(&filter);
    press("Escape");
    assert_eq!(*typed.borrow(), ["café chains", ""]);
}

#[wasm_bindgen_test]
async fn headline_list_moves_focus_with_arrow_keys() {
    let (props, _) = headline_list_props(
        fixture_text!("valid/many-articles.json"),
        None,
        History::Memory,
        "",
    );
    let root = mount::<HeadlineList>(props).await;
    let headline_of_focus = || text(&one(&focused(), ".headline-list__headline"));

    focus(&one(&root, "input[type=search]"));
    press("ArrowDown");
    assert_eq!(headline_of_focus(), "Séoul talks resume after long pause");
    press("ArrowDown");
    press("ArrowDown");
    assert_eq!(headline_of_focus(), "São Paulo markets close higher");
    press("ArrowUp");
    assert_eq!(headline_of_focus(), "Zürich hosts climate summit");
    press("End");
    assert_eq!(headline_of_focus(), "Rowing club celebrates centenary");
    press("ArrowDown");
    assert_eq!(headline_of_focus(), "Rowing club celebrates centenary");
    press("Home");
    assert_eq!(headline_of_focus(), "Séoul talks resume after long pause");
}

fn edition_view_props(fixture: &str, page: impl FnOnce(&Rc<Edition>) -> Page) -> EditionViewProps {
    let edition = edition(fixture);
    EditionViewProps {
        page: page(&edition),
        index: Rc::new(EditionIndex::of(&edition)),
        history: History::Fragment,
        query: AttrValue::default(),
        on_query: Callback::noop(),
        headline_limit: HEADLINES_AT_ONCE,
        on_show_more: Callback::noop(),
        on_select: Callback::noop(),
        on_intent: Callback::noop(),
        on_retry_article: Callback::noop(),
        settings: ReadingSettings::default(),
        on_settings: Callback::noop(),
    }
}

#[wasm_bindgen_test]
async fn edition_view_lays_out_masthead_headlines_article_and_related() {
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
async fn edition_view_leaves_page_landmarks_to_the_host_when_embedded() {
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
async fn edition_view_says_so_when_there_are_no_articles() {
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
async fn edition_view_shows_a_missing_article_beside_the_headlines() {
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
async fn edition_view_skip_link_moves_focus_to_the_article() {
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
async fn load_failure_of_an_article_speaks_of_the_article() {
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

#[wasm_bindgen_test]
fn load_errors_say_what_happened_where() {
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

#[wasm_bindgen_test]
fn crash_panel_stands_in_front_of_each_viewer_once() {
    let document = web_sys::window().unwrap().document().unwrap();
    let page = document.create_element("section").unwrap();
    document.body().unwrap().append_child(&page).unwrap();
    let in_place: Vec<Element> = (0..2)
        .map(|_| {
            let viewer = document.create_element("div").unwrap();
            viewer.set_attribute("data-article-viewer", "").unwrap();
            page.append_child(&viewer).unwrap();
            viewer
        })
        .collect();
    let isolated = document.create_element("div").unwrap();
    isolated.set_attribute("data-article-viewer", "").unwrap();
    page.append_child(&isolated).unwrap();
    let shadow = isolated
        .attach_shadow(&web_sys::ShadowRootInit::new(web_sys::ShadowRootMode::Open))
        .unwrap();
    let app_root = document.create_element("div").unwrap();
    shadow.append_child(&app_root).unwrap();

    article_viewer::crash_panel::show("boom");
    article_viewer::crash_panel::show("a second panic");

    let check_panel = |panel: &Element| {
        assert_eq!(panel.get_attribute("role").unwrap(), "alert");
        assert!(panel.class_list().contains("article-viewer"), "themed");
        assert!(text(panel).starts_with("The article viewer stopped working."));
        assert_eq!(text(&one(panel, ".crash-panel__detail")), "boom");
        let button = one(panel, "button");
        assert_eq!(button.get_attribute("type").unwrap(), "button");
        assert_eq!(text(&button), "Reload the page");
    };
    assert_eq!(all(&page, ".crash-panel").len(), 2);
    for viewer in &in_place {
        let panel = viewer.previous_element_sibling().unwrap();
        check_panel(&panel);
        assert!(viewer.has_attribute("inert"));
        assert!(!viewer.contains(Some(&panel)), "outside the stopped viewer");
    }
    assert_eq!(
        shadow.query_selector_all(".crash-panel").unwrap().length(),
        1
    );
    let panel = shadow.first_element_child().unwrap();
    check_panel(&panel);
    assert!(app_root.has_attribute("inert"));
    assert!(
        !app_root.contains(Some(&panel)),
        "outside the stopped viewer"
    );
    page.remove();
}

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
    })
    .await;
    (root, events)
}

fn slug(id: &str) -> Option<Slug> {
    Some(Slug::try_from(id).unwrap())
}

#[wasm_bindgen_test]
async fn app_loads_an_edition_and_opens_related_articles_in_memory() {
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
async fn app_reads_an_inline_edition_and_opens_the_article_it_is_asked_for() {
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
async fn app_shows_not_found_for_an_unknown_article_and_recovers_from_the_list() {
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
async fn app_follows_the_url_fragment_when_it_owns_the_url() {
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
async fn app_jumps_to_the_filter_when_the_reader_types_a_slash() {
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
async fn app_shows_loading_then_names_the_field_of_an_invalid_edition() {
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
async fn app_names_the_field_of_an_invalid_inline_edition() {
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
async fn app_reports_the_http_status_of_a_missing_edition() {
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
async fn article_links_to_pages_open_in_place_on_a_plain_click() {
    let edition = edition(fixture_text!("valid/related-articles.json"));
    let article = edition.articles()[1].clone();
    let (on_select, selected) = recorder();
    let root = mount::<RelatedSidebar>(RelatedSidebarProps {
        article,
        history: History::Pages,
        on_select,
        on_intent: Callback::noop(),
    })
    .await;
    let page_before = web_sys::window().unwrap().location().href().unwrap();

    let link = one(&root, "aside li a");
    assert_eq!(link.get_attribute("href").unwrap(), "first-article.html");
    click(&link);
    assert_eq!(*selected.borrow(), ["first-article"]);
    assert_eq!(
        web_sys::window().unwrap().location().href().unwrap(),
        page_before,
        "the browser did not follow the link itself"
    );
}

#[wasm_bindgen_test]
async fn app_refuses_a_web_page_in_place_of_the_edition() {
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
async fn app_names_the_position_of_bytes_that_are_not_utf8() {
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
async fn app_reads_an_edition_that_starts_with_a_byte_order_mark() {
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
async fn app_applies_the_reading_settings_and_remembers_them_for_the_next_viewer() {
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
async fn app_describes_its_article_in_the_page_head_only_when_it_owns_the_page() {
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
async fn app_draws_long_lists_a_hundred_headlines_at_a_time() {
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
