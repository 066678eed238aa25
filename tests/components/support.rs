//! What the component tests share: mounting a component, finding and reading
//! what it drew, acting on it the way a reader does, and the fixture files.

use std::cell::RefCell;
use std::rc::Rc;

use edition::{Edition, Slug, parse_edition};
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement, HtmlInputElement};
use yew::{BaseComponent, Callback};

/// The text of a file in the data crate's `data/tests/fixtures/`, built into the tests.
macro_rules! fixture_text {
    ($path:literal) => {
        include_str!(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/data/tests/fixtures/",
            $path
        ))
    };
}
pub(crate) use fixture_text;

/// A slug the test knows is valid, as the optional article a component is given.
pub fn slug(id: &str) -> Option<Slug> {
    Some(Slug::try_from(id).unwrap())
}

/// A valid edition from its JSON text.
pub fn edition(json: &str) -> Rc<Edition> {
    Rc::new(parse_edition(json).expect("fixture is valid"))
}

/// Renders `C` into a new element at the end of the page and waits until it is drawn.
pub async fn mount<C>(props: C::Properties) -> Element
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
pub async fn next_task() {
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
pub async fn wait_for(root: &Element, selector: &str) -> Element {
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

pub fn all(root: &Element, selector: &str) -> Vec<Element> {
    let nodes = root.query_selector_all(selector).unwrap();
    (0..nodes.length())
        .map(|index| nodes.item(index).unwrap().dyn_into().unwrap())
        .collect()
}

pub fn one(root: &Element, selector: &str) -> Element {
    root.query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("nothing matched {selector}"))
}

pub fn text(element: &Element) -> String {
    element.text_content().unwrap_or_default()
}

pub fn click(element: &Element) {
    element.dyn_ref::<HtmlElement>().unwrap().click();
}

/// Types `text` into a text field the way a reader does: value, then an `input` event.
pub fn type_into(input: &Element, text: &str) {
    input.dyn_ref::<HtmlInputElement>().unwrap().set_value(text);
    let init = web_sys::EventInit::new();
    init.set_bubbles(true);
    let event = web_sys::Event::new_with_event_init_dict("input", &init).unwrap();
    input.dispatch_event(&event).unwrap();
}

/// Presses `key` on the element that has focus.
pub fn press(key: &str) {
    let init = web_sys::KeyboardEventInit::new();
    init.set_key(key);
    init.set_bubbles(true);
    init.set_cancelable(true);
    let event =
        web_sys::KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &init).unwrap();
    focused().dispatch_event(&event).unwrap();
}

/// The element with keyboard focus (looking through shadow roots).
pub fn focused() -> Element {
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

pub fn focus(element: &Element) {
    element.dyn_ref::<HtmlElement>().unwrap().focus().unwrap();
}

pub fn texts(root: &Element, selector: &str) -> Vec<String> {
    all(root, selector).iter().map(text).collect()
}

/// A callback that records the ids it is called with.
pub fn recorder() -> (Callback<Slug>, Rc<RefCell<Vec<String>>>) {
    let calls = Rc::new(RefCell::new(Vec::new()));
    let callback = {
        let calls = calls.clone();
        Callback::from(move |id: Slug| calls.borrow_mut().push(id.to_string()))
    };
    (callback, calls)
}

/// The button of `root` whose text is `label`.
pub fn button(root: &Element, label: &str) -> Element {
    all(root, "button")
        .into_iter()
        .find(|button| text(button) == label)
        .unwrap_or_else(|| panic!("no button {label}"))
}
