//! Putting viewers into a page: one on every element marked `data-article-viewer`.
//!
//! Options are the element's attributes:
//! - `data-src`: the edition's URL (default `edition.json`, relative to the page);
//!   or put the edition itself inside the element, in `<script type="application/json">`;
//! - `data-index`: instead of `data-src`, the URL of a split edition's index
//!   (`edition-tool split`): the headlines load first, each article when it is opened;
//!   with it, `<script type="application/json" data-split-file="index">` (and
//!   `="article"`, the `data-article` article's file) give those files in the
//!   page, as `./x site` writes them, so that neither is fetched;
//! - `data-article`: the id of the article to show first;
//! - `data-history="fragment"`: keep the article in the URL fragment (deep links,
//!   back and forward, the document title). The default, `memory`, leaves the page's
//!   URL, history and title alone;
//! - `data-history="pages"`: one page per article (`<id>.html`), as the
//!   prerenderer writes them; the viewer moves between them without reloading;
//! - `data-isolation="none"`: render into the page itself. The default, `shadow`,
//!   renders into a shadow root, so the page's styles and the viewer's own cannot
//!   reach each other. A child marked `data-article-viewer-root` holds prerendered
//!   markup, which the viewer hydrates rather than draws again;
//! - `data-locale`: the language of the viewer's own words (a BCP 47 tag, `de`,
//!   `pt-BR`). Without it, or for a language without a catalogue, an embedded
//!   viewer (`memory`) speaks the host page's `<html lang>`; then the edition's
//!   `language`; then English. A viewer that owns its page (`fragment`,
//!   `pages`) skips the host's `lang`, which it sets itself.
//!
//! Each viewer reports to the page with DOM events on its element (`ready`,
//! `article-change`, `error`), and its element gets an `articleViewer` property
//! whose `destroy()` removes the viewer and leaves the element as it was.

use js_sys::{Object, Reflect};
use wasm_bindgen::prelude::*;
use web_sys::{
    CssStyleSheet, CustomEvent, CustomEventInit, Document, DocumentFragment, Element, ShadowRoot,
    ShadowRootInit, ShadowRootMode,
};
use yew::AppHandle;

use crate::app::{App, AppProps, EditionSource, SplitSeed, ViewerEvent};
use crate::route::{self, History};

/// The attribute that marks an element as a viewer's place.
pub const MARKER: &str = "data-article-viewer";
/// Where the viewer looks for its edition when the element names none.
const DEFAULT_EDITION: &str = "edition.json";
/// Marks the child of a viewer's element that holds the prerendered viewer.
pub const PRERENDERED_ROOT: &str = "data-article-viewer-root";
/// Marks the `<script type="text/x-fluent" lang="…">` in a viewer's element that
/// holds the catalogue of its interface language, as the prerenderer writes it.
pub const CATALOGUE: &str = "data-article-viewer-catalogue";
/// Marks the `<script type="application/json">` blocks in a viewer's element
/// that hold a split edition's files, as the site builder writes them: the
/// value `index` for the index, `article` for the opening article's file.
pub const SPLIT_FILE: &str = "data-split-file";
/// The property of the element that holds the viewer's handle.
const HANDLE_PROPERTY: &str = "articleViewer";
/// The viewer's stylesheet, for shadow roots; a page without isolation links it.
const VIEWER_CSS: &str = include_str!("../assets/viewer.css");

/// Mounts a viewer on every `[data-article-viewer]` element that has none yet.
/// Problems are reported on the browser console; one element's problem does not
/// stop the others.
#[wasm_bindgen(js_name = mountAll)]
pub fn mount_all() {
    let Some(document) = web_sys::window().and_then(|window| window.document()) else {
        return;
    };
    let Ok(elements) = document.query_selector_all(&format!("[{MARKER}]")) else {
        return;
    };
    for index in 0..elements.length() {
        if let Some(element) = elements.item(index).and_then(|node| node.dyn_into().ok())
            && let Err(error) = mount(element)
        {
            web_sys::console::error_2(&"article viewer:".into(), &error);
        }
    }
}

/// Mounts a viewer on `element`, reading its options from its attributes, and
/// returns its handle (the same one as `element.articleViewer`). An element that
/// already has a viewer keeps it.
#[wasm_bindgen]
pub fn mount(element: Element) -> Result<JsValue, JsValue> {
    let existing = Reflect::get(&element, &HANDLE_PROPERTY.into())?;
    if !existing.is_undefined() {
        return Ok(existing);
    }
    let options = Options::read(&element)?;
    let props = AppProps {
        source: options.source,
        history: options.history,
        initial_article: options.initial_article.map(Into::into),
        on_event: event_dispatcher(element.clone()),
        languages: options.languages,
        catalogue: options.catalogue,
        seed: options.seed,
    };
    let handle = if options.shadow {
        mount_in_shadow_root(&element, props)?
    } else {
        mount_in_place(&element, props, !options.url_asks_for_another)?
    };
    let handle = JsValue::from(handle);
    Reflect::set(&element, &HANDLE_PROPERTY.into(), &handle)?;
    Ok(handle)
}

/// A mounted viewer, for the page's scripts.
#[wasm_bindgen]
pub struct ViewerHandle {
    element: Element,
    app: Option<AppHandle<App>>,
    placement: Placement,
}

enum Placement {
    /// Rendered inside the element's shadow root.
    Shadow(ShadowRoot),
    /// Rendered in the element itself; its original children wait here.
    InPlace(DocumentFragment),
}

#[wasm_bindgen]
impl ViewerHandle {
    /// Removes the viewer and puts back what the element showed before. Calling it
    /// again does nothing.
    pub fn destroy(&mut self) {
        let Some(app) = self.app.take() else {
            return;
        };
        app.destroy();
        match &self.placement {
            Placement::Shadow(shadow) => {
                // A shadow root cannot be removed; a bare <slot> shows the element's
                // own children again, exactly as without one.
                remove_children(shadow);
                shadow.set_adopted_style_sheets(&js_sys::Array::new());
                if let Some(document) = self.element.owner_document()
                    && let Ok(slot) = document.create_element("slot")
                {
                    let _ = shadow.append_child(&slot);
                }
            }
            Placement::InPlace(original_children) => {
                remove_children(&self.element);
                let _ = self.element.append_child(original_children);
            }
        }
        let _ = Reflect::delete_property(&self.element, &HANDLE_PROPERTY.into());
    }
}

struct Options {
    source: EditionSource,
    history: History,
    initial_article: Option<String>,
    /// Whether the URL asks for an article other than the one prerendered in
    /// the element (its `data-article`, or the first when it names none).
    url_asks_for_another: bool,
    shadow: bool,
    languages: Vec<yew::AttrValue>,
    catalogue: Option<(yew::AttrValue, yew::AttrValue)>,
    seed: Option<SplitSeed>,
}

impl Options {
    fn read(element: &Element) -> Result<Self, JsValue> {
        let inline = element.query_selector(&format!(
            ":scope > script[type='application/json']:not([{SPLIT_FILE}])"
        ))?;
        let source = match (
            inline,
            element.get_attribute("data-src"),
            element.get_attribute("data-index"),
        ) {
            (Some(script), None, None) => {
                EditionSource::Inline(script.text_content().unwrap_or_default().into())
            }
            (None, None, Some(index)) => EditionSource::Index(index.into()),
            (None, src, None) => {
                EditionSource::Url(src.unwrap_or_else(|| DEFAULT_EDITION.to_owned()).into())
            }
            _ => {
                return Err(JsError::new(
                    "the element names more than one edition (data-src, data-index, an inline \
                     edition); keep one",
                )
                .into());
            }
        };
        let history = match element.get_attribute("data-history").as_deref() {
            None | Some("memory") => History::Memory,
            Some("fragment") => History::Fragment,
            Some("pages") => History::Pages,
            Some(other) => {
                return Err(JsError::new(&format!(
                    "data-history is {other:?}; use \"memory\", \"fragment\" or \"pages\""
                ))
                .into());
            }
        };
        let shadow = match element.get_attribute("data-isolation").as_deref() {
            None | Some("shadow") => true,
            Some("none") => false,
            Some(other) => {
                return Err(JsError::new(&format!(
                    "data-isolation is {other:?}; use \"shadow\" or \"none\""
                ))
                .into());
            }
        };
        // A deep link wins over the element's default article.
        let location = web_sys::window().map(|window| window.location());
        let from_url = location.and_then(|location| match history {
            History::Memory => None,
            History::Fragment => route::article_in_fragment(&location.hash().ok()?),
            History::Pages => route::article_in_path(&location.pathname().ok()?),
        });
        let prerendered = element.get_attribute("data-article");
        // The host page's language speaks for an embedded viewer only: a page
        // of the viewer's own takes its language from the edition.
        let host_language = match history {
            History::Memory => element
                .owner_document()
                .and_then(|document| document.document_element())
                .and_then(|root| root.get_attribute("lang")),
            History::Fragment | History::Pages => None,
        };
        let languages = element
            .get_attribute("data-locale")
            .into_iter()
            .chain(host_language)
            .map(Into::into)
            .collect();
        let catalogue = element
            .query_selector(&format!(":scope > script[{CATALOGUE}]"))?
            .and_then(|script| Some((script.get_attribute("lang")?, script.text_content()?)))
            .map(|(tag, text)| (tag.into(), text.into()));
        let split_file = |kind: &str| -> Result<Option<String>, JsValue> {
            Ok(element
                .query_selector(&format!(
                    ":scope > script[type='application/json'][{SPLIT_FILE}='{kind}']"
                ))?
                .and_then(|script| script.text_content()))
        };
        let seed = match (&source, split_file("index")?) {
            (EditionSource::Index(_), Some(index)) => Some(SplitSeed {
                index: index.into(),
                article: prerendered
                    .clone()
                    .zip(split_file("article")?)
                    .map(|(id, json)| (id.into(), json.into())),
            }),
            _ => None,
        };
        // The index given in the page has no address of its own: the files
        // beside it are found from the page's.
        let source = match (source, &seed) {
            (EditionSource::Index(url), Some(_)) => {
                let base = document_of(element)?.base_uri()?.unwrap_or_default();
                EditionSource::Index(crate::api::resolve(&url, &base).map_or(url, Into::into))
            }
            (source, _) => source,
        };
        Ok(Self {
            seed,
            source,
            history,
            url_asks_for_another: from_url.is_some() && from_url != prerendered,
            initial_article: from_url.or(prerendered),
            shadow,
            languages,
            catalogue,
        })
    }
}

fn mount_in_shadow_root(element: &Element, props: AppProps) -> Result<ViewerHandle, JsValue> {
    let shadow = match element.shadow_root() {
        // Left by an earlier viewer's destroy(), or attached by the page.
        Some(shadow) => {
            remove_children(&shadow);
            shadow
        }
        None => element.attach_shadow(&ShadowRootInit::new(ShadowRootMode::Open))?,
    };
    let stylesheet = CssStyleSheet::new()?;
    stylesheet.replace_sync(VIEWER_CSS)?;
    shadow.set_adopted_style_sheets(&js_sys::Array::of1(&stylesheet));
    let container = document_of(element)?.create_element("div")?;
    shadow.append_child(&container)?;
    let app = yew::Renderer::<App>::with_root_and_props(container, props).render();
    Ok(ViewerHandle {
        element: element.clone(),
        app: Some(app),
        placement: Placement::Shadow(shadow),
    })
}

/// Mounts in the element itself; `hydrate` says whether prerendered markup in
/// it shows the article the viewer opens on. Where it does not (a one-file
/// edition opened at `#/article/<another>`), the viewer draws afresh.
fn mount_in_place(
    element: &Element,
    props: AppProps,
    hydrate: bool,
) -> Result<ViewerHandle, JsValue> {
    // Kept for destroy(): what the element held before the viewer came.
    let original_children = document_of(element)?.create_document_fragment();
    let prerendered = match hydrate {
        true => element.query_selector(&format!(":scope > [{PRERENDERED_ROOT}]"))?,
        false => None,
    };
    let app = match prerendered {
        // The prerenderer wrote the viewer's first render here: the renderer
        // adopts that markup as it is instead of drawing it again.
        Some(prerendered) => {
            let children = element.child_nodes();
            for index in 0..children.length() {
                if let Some(child) = children.item(index) {
                    original_children.append_child(&child.clone_node_with_deep(true)?)?;
                }
            }
            yew::Renderer::<App>::with_root_and_props(prerendered, props).hydrate()
        }
        // The renderer clears the element it draws into.
        None => {
            while let Some(child) = element.first_child() {
                original_children.append_child(&child)?;
            }
            yew::Renderer::<App>::with_root_and_props(element.clone(), props).render()
        }
    };
    Ok(ViewerHandle {
        element: element.clone(),
        app: Some(app),
        placement: Placement::InPlace(original_children),
    })
}

fn document_of(element: &Element) -> Result<Document, JsValue> {
    element
        .owner_document()
        .ok_or_else(|| JsError::new("the element is not in a document").into())
}

fn remove_children(parent: &web_sys::Node) {
    while let Some(child) = parent.first_child() {
        let _ = parent.remove_child(&child);
    }
}

/// Turns the viewer's events into DOM events on its element: `ready`,
/// `article-change` and `error`, bubbling, with the facts in `detail`.
fn event_dispatcher(element: Element) -> yew::Callback<ViewerEvent> {
    yew::Callback::from(move |event: ViewerEvent| {
        let detail = Object::new();
        let set = |key: &str, value: JsValue| {
            let _ = Reflect::set(&detail, &key.into(), &value);
        };
        let article_id = |article: &Option<edition::Slug>| {
            article
                .as_ref()
                .map_or(JsValue::NULL, |id| JsValue::from_str(id))
        };
        let name = match &event {
            ViewerEvent::Ready { article, articles } => {
                set("article", article_id(article));
                set("articles", JsValue::from(*articles as u32));
                "ready"
            }
            ViewerEvent::ArticleChange { article } => {
                set("article", article_id(article));
                "article-change"
            }
            ViewerEvent::Error { message } => {
                set("message", JsValue::from_str(message));
                "error"
            }
        };
        let init = CustomEventInit::new();
        init.set_bubbles(true);
        init.set_detail(&detail);
        if let Ok(dom_event) = CustomEvent::new_with_event_init_dict(name, &init) {
            let _ = element.dispatch_event(&dom_event);
        }
    })
}
