//! `ArticleLink` (in a `RelatedSidebar`): a reader's intent, and links to pages.

use article_viewer::components::{RelatedSidebar, RelatedSidebarProps};
use article_viewer::route::History;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::wasm_bindgen_test;
use web_sys::{Element, HtmlElement};
use yew::Callback;

use crate::support::{click, edition, fixture_text, mount, one, recorder};

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
async fn tells_which_article_the_reader_is_about_to_open() {
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
async fn to_a_page_opens_in_place_on_a_plain_click() {
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
