//! The App in headless Chromium when the host replaces its edition: the new
//! edition opens where it should.
#![cfg(target_arch = "wasm32")]

use std::cell::RefCell;
use std::rc::Rc;

use article_viewer::route::History;
use article_viewer::{App, AppProps, EditionSource, ViewerEvent};
use edition::Slug;
use js_sys::{Function, Map, Reflect};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};
use web_sys::{Element, HtmlElement};
use yew::{AppHandle, AttrValue, Callback};

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

/// A mounted `App`, the element it is drawn in, and the events it sent its host.
struct Viewer {
    root: Element,
    app: AppHandle<App>,
    events: Rc<RefCell<Vec<ViewerEvent>>>,
}

impl Viewer {
    /// Renders an `App` into a new element at the end of the page and waits
    /// until it is drawn.
    async fn mount(source: EditionSource, initial_article: Option<&str>) -> Self {
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
    async fn destroy(self) {
        self.app.destroy();
        yew::scheduler::flush().await;
        self.root.remove();
    }

    fn headline(&self) -> String {
        self.root
            .query_selector(".edition-view h1")
            .unwrap()
            .and_then(|headline| headline.text_content())
            .unwrap_or_default()
    }

    /// Waits until the article's headline reads `expected`, or fails after a
    /// bounded number of tasks.
    async fn wait_for_headline(&self, expected: &str) {
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
    }
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

/// Waits until `condition` holds, for a bounded number of tasks; the caller
/// asserts what it waited for.
async fn wait_until(condition: impl Fn() -> bool) {
    for _ in 0..500 {
        if condition() {
            return;
        }
        next_task().await;
    }
}

fn slug(id: &str) -> Option<Slug> {
    Some(Slug::try_from(id).unwrap())
}

/// `window.fetch` replaced, until dropped, by a stub that answers at once the
/// requests for the files it was given, and leaves the others on their way
/// for ever.
struct FetchStub {
    original: JsValue,
}

impl FetchStub {
    /// Answers a request for each address in `files` with its text.
    fn install(files: &[(&str, &str)]) -> Self {
        let window = web_sys::window().unwrap();
        let original = Reflect::get(&window, &"fetch".into()).unwrap();
        let answers = Map::new();
        for (url, text) in files {
            answers.set(&JsValue::from_str(url), &JsValue::from_str(text));
        }
        let stub_with = Function::new_with_args(
            "answers",
            r#"
            return function (request) {
                const text = answers.get(request.url);
                if (text === undefined) {
                    return new Promise(() => {});
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
        let stub = stub_with.call1(&JsValue::NULL, &answers).unwrap();
        Reflect::set(&window, &"fetch".into(), &stub).unwrap();
        Self { original }
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
