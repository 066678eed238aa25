//! The App in headless Chromium when the host replaces its edition or removes
//! it: the new edition opens where it should, and downloads nobody wants any
//! more are cancelled, their requests aborted.

use std::cell::RefCell;
use std::rc::Rc;

use article_viewer::route::History;
use article_viewer::{App, AppProps, EditionSource, ViewerEvent};
use edition::{EditionIndex, parse_edition};
use js_sys::{Array, Function, Map, Reflect};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::wasm_bindgen_test;
use web_sys::{AbortSignal, Element, HtmlElement};
use yew::{AppHandle, AttrValue, Callback};

use crate::support::{fixture_text, next_task, slug};

/// A mounted `App`, the element it is drawn in, and the events it sent its host.
pub(crate) struct Viewer {
    pub(crate) root: Element,
    app: AppHandle<App>,
    events: Rc<RefCell<Vec<ViewerEvent>>>,
}

impl Viewer {
    /// Renders an `App` into a new element at the end of the page and waits
    /// until it is drawn.
    pub(crate) async fn mount(source: EditionSource, initial_article: Option<&str>) -> Self {
        let events = Rc::new(RefCell::new(Vec::new()));
        let document = web_sys::window().unwrap().document().unwrap();
        let root = document.create_element("div").unwrap();
        document.body().unwrap().append_child(&root).unwrap();
        let props = props(source, initial_article, &events);
        let app = yew::Renderer::<App>::with_root_and_props(root.clone(), props).render();
        yew::scheduler::flush().await;
        Self { root, app, events }
    }

    /// Gives the viewer another source, as a host does, and waits until it is drawn.
    async fn show(&mut self, source: EditionSource, initial_article: Option<&str>) {
        self.app
            .update(props(source, initial_article, &self.events));
        yew::scheduler::flush().await;
    }

    /// Removes the viewer, as a host does, and waits until it is gone.
    pub(crate) async fn destroy(self) {
        self.app.destroy();
        yew::scheduler::flush().await;
        self.root.remove();
    }

    pub(crate) fn headline(&self) -> String {
        self.root
            .query_selector(".edition-view h1")
            .unwrap()
            .and_then(|headline| headline.text_content())
            .unwrap_or_default()
    }

    /// Waits until the article's headline reads `expected`, or fails after a
    /// bounded number of tasks.
    pub(crate) async fn wait_for_headline(&self, expected: &str) {
        wait_until(|| self.headline() == expected).await;
        assert_eq!(
            self.headline(),
            expected,
            "the page holds: {}",
            self.root.inner_html()
        );
    }

    fn events(&self) -> Vec<ViewerEvent> {
        self.events.borrow().clone()
    }
}

fn props(
    source: EditionSource,
    initial_article: Option<&str>,
    events: &Rc<RefCell<Vec<ViewerEvent>>>,
) -> AppProps {
    let on_event = {
        let events = events.clone();
        Callback::from(move |event| events.borrow_mut().push(event))
    };
    AppProps {
        source,
        history: History::Memory,
        initial_article: initial_article.map(|id| AttrValue::from(id.to_owned())),
        on_event,
        languages: Vec::new(),
        catalogue: None,
        seed: None,
    }
}

/// Waits until `condition` holds, for a bounded number of tasks; the caller
/// asserts what it waited for.
pub(crate) async fn wait_until(condition: impl Fn() -> bool) {
    for _ in 0..500 {
        if condition() {
            return;
        }
        next_task().await;
    }
}

/// `window.fetch` replaced, until dropped, by a stub that records each request
/// and answers at once those for the files it was given, leaving the others
/// on their way for ever.
pub(crate) struct FetchStub {
    original: JsValue,
    requests: Array,
}

impl FetchStub {
    /// Answers a request for each address in `files` with its text.
    pub(crate) fn install(files: &[(&str, &str)]) -> Self {
        Self::install_with_missing(files, &[])
    }

    /// Answers as [`install`](Self::install) does, and the requests for the
    /// addresses in `missing` with 404 Not Found.
    pub(crate) fn install_with_missing(files: &[(&str, &str)], missing: &[&str]) -> Self {
        let window = web_sys::window().unwrap();
        let original = Reflect::get(&window, &"fetch".into()).unwrap();
        let requests = Array::new();
        let answers = Map::new();
        for (url, text) in files {
            answers.set(&JsValue::from_str(url), &JsValue::from_str(text));
        }
        for url in missing {
            answers.set(&JsValue::from_str(url), &JsValue::NULL);
        }
        let stub_with = Function::new_with_args(
            "requests, answers",
            r#"
            return function (request, init) {
                const signal = (init && init.signal) || request.signal;
                requests.push({ url: request.url, signal });
                const text = answers.get(request.url);
                if (text === undefined) {
                    return new Promise(() => {});
                }
                if (text === null) {
                    const missing = new Response("Not found", { status: 404 });
                    Object.defineProperty(missing, "url", { value: request.url });
                    return Promise.resolve(missing);
                }
                const response = new Response(text, {
                    headers: { "content-type": "application/json" },
                });
                // A response made here has no address of its own, and the
                // viewer resolves what the file names against it.
                Object.defineProperty(response, "url", { value: request.url });
                return Promise.resolve(response);
            };
            "#,
        );
        let stub = stub_with
            .call2(&JsValue::NULL, &requests, &answers)
            .unwrap();
        Reflect::set(&window, &"fetch".into(), &stub).unwrap();
        Self { original, requests }
    }

    /// The address of each request so far, and whether it was aborted.
    pub(crate) fn requests(&self) -> Vec<(String, bool)> {
        self.requests
            .iter()
            .map(|request| {
                let url = Reflect::get(&request, &"url".into()).unwrap();
                let signal: AbortSignal = Reflect::get(&request, &"signal".into())
                    .unwrap()
                    .unchecked_into();
                (url.as_string().unwrap(), signal.aborted())
            })
            .collect()
    }

    /// Waits until `count` requests were made, or fails after a bounded number of tasks.
    pub(crate) async fn wait_for_requests(&self, count: usize) -> Vec<(String, bool)> {
        wait_until(|| self.requests().len() >= count).await;
        let requests = self.requests();
        assert_eq!(requests.len(), count, "requests: {requests:?}");
        requests
    }
}

impl Drop for FetchStub {
    fn drop(&mut self) {
        let window = web_sys::window().unwrap();
        Reflect::set(&window, &"fetch".into(), &self.original).unwrap();
    }
}

const EDITION_URL: &str = "https://example.test/news/edition.json";
const OTHER_EDITION_URL: &str = "https://example.test/sport/edition.json";
const INDEX_URL: &str = "https://example.test/news/index.json";
const OTHER_INDEX_URL: &str = "https://example.test/sport/index.json";
const ARTICLE_URL: &str = "https://example.test/news/articles/first-article.json";
const OTHER_ARTICLE_URL: &str = "https://example.test/sport/articles/first-article.json";

/// A split edition's index, as `edition-tool split` writes it.
fn index_json() -> String {
    let edition = parse_edition(fixture_text!("valid/related-articles.json")).unwrap();
    serde_json::to_string(&EditionIndex::of(&edition)).unwrap()
}

/// A request for `url`, and whether it was aborted.
fn requested(url: &str, aborted: bool) -> (String, bool) {
    (url.to_owned(), aborted)
}

#[wasm_bindgen_test]
async fn a_new_edition_opens_on_its_first_article_not_where_the_reader_was() {
    let _fetch = FetchStub::install(&[
        (EDITION_URL, fixture_text!("valid/related-articles.json")),
        (OTHER_EDITION_URL, fixture_text!("valid/many-articles.json")),
    ]);
    let mut viewer = Viewer::mount(EditionSource::Url(EDITION_URL.into()), None).await;
    viewer.wait_for_headline("The first article").await;
    let related = viewer.root.query_selector("aside button").unwrap().unwrap();
    related.dyn_ref::<HtmlElement>().unwrap().click();
    yew::scheduler::flush().await;
    assert_eq!(viewer.headline(), "The second article");

    viewer
        .show(EditionSource::Url(OTHER_EDITION_URL.into()), None)
        .await;
    viewer
        .wait_for_headline("Séoul talks resume after long pause")
        .await;
    assert_eq!(
        viewer.events(),
        [
            ViewerEvent::Ready {
                article: slug("first-article"),
                articles: 2
            },
            ViewerEvent::ArticleChange {
                article: slug("second-article")
            },
            ViewerEvent::ArticleChange {
                article: slug("01-seoul-talks-resume-after-long-pause")
            },
        ],
        "never \"Article not found\" on the way"
    );
    viewer.destroy().await;
}

#[wasm_bindgen_test]
async fn a_new_edition_opens_on_its_initial_article() {
    let first = EditionSource::Inline(fixture_text!("valid/related-articles.json").into());
    let mut viewer = Viewer::mount(first, None).await;
    viewer.wait_for_headline("The first article").await;
    let related = viewer.root.query_selector("aside button").unwrap().unwrap();
    related.dyn_ref::<HtmlElement>().unwrap().click();
    yew::scheduler::flush().await;
    assert_eq!(viewer.headline(), "The second article");

    let second = EditionSource::Inline(fixture_text!("valid/many-articles.json").into());
    viewer
        .show(second, Some("03-sao-paulo-markets-close-higher"))
        .await;
    viewer
        .wait_for_headline("São Paulo markets close higher")
        .await;
    viewer.destroy().await;
}

#[wasm_bindgen_test]
async fn another_source_cancels_the_edition_download() {
    let fetch = FetchStub::install(&[]);
    let mut viewer = Viewer::mount(EditionSource::Url(EDITION_URL.into()), None).await;
    assert_eq!(
        fetch.wait_for_requests(1).await,
        [requested(EDITION_URL, false)]
    );

    viewer
        .show(EditionSource::Url(OTHER_EDITION_URL.into()), None)
        .await;
    assert_eq!(
        fetch.wait_for_requests(2).await,
        [
            requested(EDITION_URL, true),
            requested(OTHER_EDITION_URL, false)
        ]
    );
    viewer.destroy().await;
}

#[wasm_bindgen_test]
async fn removing_the_viewer_cancels_the_edition_download() {
    let fetch = FetchStub::install(&[]);
    let viewer = Viewer::mount(EditionSource::Url(EDITION_URL.into()), None).await;
    assert_eq!(
        fetch.wait_for_requests(1).await,
        [requested(EDITION_URL, false)]
    );

    viewer.destroy().await;
    assert_eq!(fetch.requests(), [requested(EDITION_URL, true)]);
}

#[wasm_bindgen_test]
async fn another_index_cancels_the_article_downloads_of_the_last() {
    let index = index_json();
    let fetch = FetchStub::install(&[(INDEX_URL, &index), (OTHER_INDEX_URL, &index)]);
    let mut viewer = Viewer::mount(EditionSource::Index(INDEX_URL.into()), None).await;
    assert_eq!(
        fetch.wait_for_requests(2).await,
        [requested(INDEX_URL, false), requested(ARTICLE_URL, false)]
    );
    viewer.wait_for_headline("The first article").await;

    viewer
        .show(EditionSource::Index(OTHER_INDEX_URL.into()), None)
        .await;
    assert_eq!(
        fetch.wait_for_requests(4).await,
        [
            requested(INDEX_URL, false),
            requested(ARTICLE_URL, true),
            requested(OTHER_INDEX_URL, false),
            requested(OTHER_ARTICLE_URL, false),
        ]
    );
    viewer.destroy().await;
}

#[wasm_bindgen_test]
async fn another_source_cancels_the_article_downloads_of_a_split_edition() {
    let index = index_json();
    let fetch = FetchStub::install(&[(INDEX_URL, &index), (OTHER_INDEX_URL, &index)]);
    let mut viewer = Viewer::mount(EditionSource::Index(INDEX_URL.into()), None).await;
    fetch.wait_for_requests(2).await;

    viewer
        .show(EditionSource::Url(OTHER_EDITION_URL.into()), None)
        .await;
    assert_eq!(
        fetch.wait_for_requests(3).await,
        [
            requested(INDEX_URL, false),
            requested(ARTICLE_URL, true),
            requested(OTHER_EDITION_URL, false),
        ]
    );
    viewer.destroy().await;
}

#[wasm_bindgen_test]
async fn removing_the_viewer_cancels_the_article_downloads_of_a_split_edition() {
    let index = index_json();
    let fetch = FetchStub::install(&[(INDEX_URL, &index), (OTHER_INDEX_URL, &index)]);
    let viewer = Viewer::mount(EditionSource::Index(INDEX_URL.into()), None).await;
    assert_eq!(
        fetch.wait_for_requests(2).await,
        [requested(INDEX_URL, false), requested(ARTICLE_URL, false)]
    );

    viewer.destroy().await;
    assert_eq!(
        fetch.requests(),
        [requested(INDEX_URL, false), requested(ARTICLE_URL, true)]
    );
}
