//! `HeadlineList`: the edition's headlines, their filter and keyboard moves.

use std::cell::RefCell;
use std::rc::Rc;

use article_viewer::components::{HEADLINES_AT_ONCE, HeadlineList, HeadlineListProps};
use article_viewer::route::History;
use edition::{EditionIndex, Slug};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::wasm_bindgen_test;
use web_sys::HtmlInputElement;
use yew::{AttrValue, Callback};

use crate::support::{
    all, click, edition, fixture_text, focus, focused, mount, one, press, recorder, text, texts,
    type_into,
};

/// The headline index of an edition.
fn index(json: &str) -> Rc<EditionIndex> {
    Rc::new(EditionIndex::of(&edition(json)))
}

/// Props for the headlines of `fixture`, and the ids the list selects.
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
        step: HEADLINES_AT_ONCE,
        listing: None,
        on_retry: Callback::noop(),
        on_filter_focus: Callback::noop(),
        on_show_more: Callback::noop(),
        on_select,
        on_intent: Callback::noop(),
    };
    (props, selected)
}

#[wasm_bindgen_test]
async fn marks_the_current_article_and_selects_another() {
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
async fn links_every_article_with_its_section_and_date() {
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
async fn filters_headline_and_dek_ignoring_case_and_accents() {
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
async fn draws_a_limited_number_and_offers_more() {
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
async fn says_when_nothing_matches() {
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
async fn reports_typing_and_escape_to_its_owner() {
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
async fn moves_focus_with_arrow_keys() {
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
