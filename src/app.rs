use std::cell::Cell;
use std::collections::HashMap;
use std::rc::Rc;

use edition::{Article, Edition, EditionIndex, Slug, Text, parse_edition};
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement};
use yew::prelude::*;

use crate::api::{self, LoadError};
use crate::components::{EditionView, HEADLINES_AT_ONCE, LoadFailure, Masthead, Page};
use crate::reading_settings::{ReadingSettings, SettingsChange};
use crate::route::{self, History};
use crate::{document_head, structured_data};

/// Where the edition comes from.
#[derive(Debug, Clone, PartialEq)]
pub enum EditionSource {
    /// Fetched from this URL, absolute or relative to the page.
    Url(AttrValue),
    /// JSON text given in the page itself.
    Inline(AttrValue),
    /// The index of a split edition, fetched from this URL; each article is
    /// fetched from beside it when the reader opens it.
    Index(AttrValue),
}

/// What a viewer tells the page around it.
#[derive(Debug, Clone, PartialEq)]
pub enum ViewerEvent {
    /// The edition is loaded and shown.
    Ready {
        /// The article on screen; `None` when the edition has none or the link named
        /// a missing one.
        article: Option<Slug>,
        articles: usize,
    },
    /// The reader opened another article, or a link named a missing one (`None`).
    ArticleChange { article: Option<Slug> },
    /// The edition could not be loaded; `message` says why.
    Error { message: String },
}

#[derive(Properties, PartialEq)]
pub struct AppProps {
    /// Where the edition comes from.
    pub source: EditionSource,
    /// Where the viewer keeps the article being read.
    #[prop_or_default]
    pub history: History,
    /// The id of the article to show first; the edition's first article when `None`.
    #[prop_or_default]
    pub initial_article: Option<AttrValue>,
    /// Told when the edition is ready, when the article changes and when loading fails.
    #[prop_or_default]
    pub on_event: Callback<ViewerEvent>,
}

enum Load {
    InProgress,
    Done(Rc<Loaded>),
    Failed(LoadError),
}

/// An edition ready to read: its headlines, and where its articles are.
#[derive(PartialEq)]
struct Loaded {
    index: Rc<EditionIndex>,
    articles: Articles,
}

#[derive(PartialEq)]
enum Articles {
    /// A whole edition: every article is at hand.
    All(Rc<Edition>),
    /// A split edition: each article is fetched from beside the index, at this
    /// address, when the reader opens it.
    OnDemand { index_url: String },
}

impl Loaded {
    fn whole(edition: Edition) -> Self {
        Self {
            index: Rc::new(EditionIndex::of(&edition)),
            articles: Articles::All(Rc::new(edition)),
        }
    }
}

/// Loads the edition and keeps track of the article being read.
#[component]
pub fn App(
    AppProps {
        source,
        history,
        initial_article,
        on_event,
    }: &AppProps,
) -> Html {
    // An edition given in the page is read while rendering, so that a page
    // prerendered with it hydrates at once: nothing to fetch, nothing to flash.
    let inline = use_memo(source.clone(), |source| match source {
        EditionSource::Inline(json) => Some(match parse_edition(json) {
            Ok(edition) => Load::Done(Rc::new(Loaded::whole(edition))),
            Err(source) => Load::Failed(LoadError::InvalidInline { source }),
        }),
        EditionSource::Url(_) | EditionSource::Index(_) => None,
    });
    let fetched = use_state(|| Load::InProgress);
    // The articles of a split edition fetched so far, and those on their way.
    let fetched_articles = use_reducer(FetchedArticles::default);
    // Bumped by "Try again": a new value runs the fetch again.
    let attempt = use_state(|| 0_u32);
    // The id the reader asked for, as text: a link may name an article that is not there.
    let requested_article = use_state(|| initial_article.as_ref().map(|id| id.to_string()));
    // The article the reader last pointed at or focused: a split edition's is
    // fetched before it is opened, which saves the reader a round trip.
    let likely_next_article = use_state_eq(|| None::<Slug>);
    let query = use_state(AttrValue::default);
    let headline_limit = use_state(|| HEADLINES_AT_ONCE);
    // The defaults on the first render, so it is the same wherever it happens;
    // what the reader chose on an earlier visit arrives right after.
    let settings = use_reducer(ReadingSettings::default);
    let root = use_node_ref();

    use_edition_fetch(source, *attempt, fetched.setter());
    use_page_listeners(*history, requested_article.setter());
    {
        let settings = settings.dispatcher();
        use_effect_with((), move |()| {
            settings.dispatch(SettingsChange::Restored(ReadingSettings::load()));
        });
    }

    let load = inline.as_ref().as_ref().unwrap_or(&*fetched);
    let loaded = match load {
        Load::Done(loaded) => Some(loaded.clone()),
        _ => None,
    };
    use_article_fetches(
        loaded.as_ref(),
        requested_article.as_deref(),
        likely_next_article.as_deref(),
        &fetched_articles,
    );
    let page = loaded
        .as_ref()
        .map(|loaded| page_for(loaded, requested_article.as_deref(), &fetched_articles));
    use_announcements(load, page.as_ref(), *history, on_event, &root);
    use_structured_data(load, page.as_ref(), *history);

    let on_retry = {
        let attempt = attempt.clone();
        Callback::from(move |()| attempt.set(*attempt + 1))
    };
    let on_retry_article = {
        let fetched_articles = fetched_articles.dispatcher();
        let failed = match &page {
            Some(Page::Unavailable { headline, .. }) => Some(headline.id.clone()),
            _ => None,
        };
        Callback::from(move |()| {
            if let Some(id) = failed.clone() {
                fetched_articles.dispatch(ArticleFetch::Forget(id));
            }
        })
    };
    let on_select = {
        let requested_article = requested_article.clone();
        let history = *history;
        Callback::from(move |id: Slug| {
            match history {
                // The fragment listener picks the change up, as for any other link.
                History::Fragment => {
                    if let Some(href) = route::article_href(&id, history) {
                        set_location_fragment(&href);
                    }
                    return;
                }
                History::Pages => push_history_entry(&route::article_page(&id)),
                History::Memory => {}
            }
            requested_article.set(Some(id.to_string()));
        })
    };
    // A whole edition has every article at hand: nothing to fetch ahead, and
    // no reason to render again on every pointer movement.
    let on_intent = match loaded.as_deref().map(|loaded| &loaded.articles) {
        Some(Articles::OnDemand { .. }) => {
            let likely_next_article = likely_next_article.setter();
            Callback::from(move |id: Slug| likely_next_article.set(Some(id)))
        }
        _ => Callback::noop(),
    };
    let on_query = {
        let query = query.clone();
        let headline_limit = headline_limit.clone();
        Callback::from(move |text: String| {
            query.set(text.into());
            headline_limit.set(HEADLINES_AT_ONCE);
        })
    };
    let on_show_more = {
        let headline_limit = headline_limit.clone();
        Callback::from(move |()| headline_limit.set(*headline_limit + HEADLINES_AT_ONCE))
    };
    let on_settings = {
        let settings = settings.dispatcher();
        Callback::from(move |change| settings.dispatch(change))
    };
    let onkeydown = Callback::from(|event: KeyboardEvent| focus_filter_on_slash(&event));

    let owns_page = history.owns_page();
    let main_tag = if owns_page { "main" } else { "div" };
    let content = match (load, page) {
        (Load::Done(loaded), Some(page)) => html! {
            <EditionView
                index={loaded.index.clone()}
                {page}
                history={*history}
                query={(*query).clone()}
                {on_query}
                headline_limit={*headline_limit}
                {on_show_more}
                {on_select}
                {on_intent}
                {on_retry_article}
                settings={*settings}
                {on_settings}
            />
        },
        (load, _) => {
            let message = match load {
                Load::Failed(error) => html! { <LoadFailure error={error.clone()} {on_retry} /> },
                // A page of its own needs a level-one heading even while it loads;
                // in someone else's page, the host's heading is the page's.
                _ if owns_page => html! {
                    <div class="article-viewer__status" role="status">
                        <h1 class="article-viewer__status-heading">{ "Loading the edition…" }</h1>
                    </div>
                },
                _ => html! {
                    <p class="article-viewer__status" role="status">{ "Loading the edition…" }</p>
                },
            };
            html! {
                <>
                    <Masthead {owns_page} settings={*settings} {on_settings} />
                    <@{main_tag} class="article-viewer__message">{ message }</@>
                </>
            }
        }
    };
    // `lang` and `dir` are the viewer's own words' (English); each article sets its own.
    html! {
        <div
            class="article-viewer"
            data-theme={settings.theme.name()}
            data-text-size={settings.text_size.step().to_string()}
            lang="en"
            dir="ltr"
            ref={root}
            {onkeydown}
        >
            <div class="article-viewer__frame">{ content }</div>
        </div>
    }
}

/// What the main column shows for the article the reader asked for (the
/// edition's first when `None`).
fn page_for(loaded: &Loaded, requested: Option<&str>, fetched: &FetchedArticles) -> Page {
    let headline = match requested {
        Some(id) => loaded.index.headline(id),
        None => loaded.index.headlines().first(),
    };
    let Some(headline) = headline else {
        return match requested {
            Some(id) => Page::NotFound(AttrValue::from(id.to_owned())),
            None => Page::Empty,
        };
    };
    match &loaded.articles {
        Articles::All(edition) => match edition.article(&headline.id) {
            Some(article) => Page::Article(article.clone()),
            None => Page::NotFound(AttrValue::from(headline.id.to_string())),
        },
        Articles::OnDemand { .. } => match fetched.articles.get(&headline.id) {
            Some(ArticleLoad::Done(article)) => Page::Article(article.clone()),
            Some(ArticleLoad::Failed(error)) => Page::Unavailable {
                headline: headline.clone(),
                error: error.clone(),
            },
            // A failure ahead of the reader is fetched again, now that it is opened.
            Some(ArticleLoad::InProgress | ArticleLoad::FailedAhead) | None => {
                Page::Loading(headline.clone())
            }
        },
    }
}

/// Fetches an edition given by URL, again whenever the URL changes or the reader
/// asks to try again.
#[hook]
fn use_edition_fetch(source: &EditionSource, attempt: u32, fetched: UseStateSetter<Load>) {
    use_effect_with((source.clone(), attempt), move |(source, _)| {
        // A response that arrives after the source changed or the viewer was
        // removed must not overwrite what replaced it.
        let superseded = Rc::new(Cell::new(false));
        let url = match source {
            EditionSource::Url(url) | EditionSource::Index(url) => Some(url.clone()),
            EditionSource::Inline(_) => None,
        };
        if let Some(url) = url {
            fetched.set(Load::InProgress);
            let split = matches!(source, EditionSource::Index(_));
            let superseded = superseded.clone();
            wasm_bindgen_futures::spawn_local(async move {
                let result = if split {
                    api::fetch_index(&url)
                        .await
                        .map(|(index, index_url)| Loaded {
                            index: Rc::new(index),
                            articles: Articles::OnDemand { index_url },
                        })
                } else {
                    api::fetch_edition(&url).await.map(Loaded::whole)
                };
                if !superseded.get() {
                    fetched.set(match result {
                        Ok(loaded) => Load::Done(Rc::new(loaded)),
                        Err(error) => Load::Failed(error),
                    });
                }
            });
        }
        move || superseded.set(true)
    });
}

/// The articles of a split edition the viewer has asked for.
#[derive(Clone, Default, PartialEq)]
struct FetchedArticles {
    /// Whose index the articles belong to: the edition's first, second … load.
    /// An answer for an earlier one is dropped.
    index_url: Option<String>,
    articles: HashMap<Slug, ArticleLoad>,
}

#[derive(Clone, PartialEq)]
enum ArticleLoad {
    InProgress,
    Done(Rc<Article>),
    Failed(LoadError),
    /// Fetched ahead of the reader, and failed: not shown, but fetched again
    /// when opened.
    FailedAhead,
}

enum ArticleFetch {
    Started {
        index_url: String,
        id: Slug,
    },
    Finished {
        index_url: String,
        id: Slug,
        /// Fetched before the reader opened it.
        ahead: bool,
        result: Box<Result<Article, LoadError>>,
    },
    /// Dropped after a failure, so the article is fetched again.
    Forget(Slug),
}

impl Reducible for FetchedArticles {
    type Action = ArticleFetch;

    fn reduce(self: Rc<Self>, action: ArticleFetch) -> Rc<Self> {
        if let ArticleFetch::Finished { index_url, id, .. } = &action
            && (self.index_url.as_ref() != Some(index_url)
                || self.articles.get(id) != Some(&ArticleLoad::InProgress))
        {
            // An answer for an earlier index, or for a request since forgotten.
            return self;
        }
        let mut fetched = Rc::unwrap_or_clone(self);
        match action {
            ArticleFetch::Started { index_url, id } => {
                if fetched.index_url.as_ref() != Some(&index_url) {
                    fetched.index_url = Some(index_url);
                    fetched.articles.clear();
                }
                fetched.articles.insert(id, ArticleLoad::InProgress);
            }
            ArticleFetch::Finished {
                id, ahead, result, ..
            } => {
                let load = match *result {
                    Ok(article) => ArticleLoad::Done(Rc::new(article)),
                    Err(_) if ahead => ArticleLoad::FailedAhead,
                    Err(error) => ArticleLoad::Failed(error),
                };
                fetched.articles.insert(id, load);
            }
            ArticleFetch::Forget(id) => {
                fetched.articles.remove(&id);
            }
        }
        Rc::new(fetched)
    }
}

/// Fetches the articles of a split edition that are neither here nor on their
/// way: the one the reader asked for, and the one they will likely open next.
#[hook]
fn use_article_fetches(
    loaded: Option<&Rc<Loaded>>,
    requested: Option<&str>,
    likely_next: Option<&str>,
    fetched: &UseReducerHandle<FetchedArticles>,
) {
    let wanted = loaded.and_then(|loaded| {
        let Articles::OnDemand { index_url } = &loaded.articles else {
            return None;
        };
        let requested = match requested {
            Some(id) => loaded.index.headline(id),
            None => loaded.index.headlines().first(),
        };
        let likely_next = likely_next
            .and_then(|id| loaded.index.headline(id))
            .filter(|next| Some(&next.id) != requested.map(|requested| &requested.id));
        let missing: Vec<(Slug, bool)> = [(requested, false), (likely_next, true)]
            .into_iter()
            .filter_map(|(headline, ahead)| {
                let id = &headline?.id;
                let at_hand = fetched.index_url.as_ref() == Some(index_url)
                    && match fetched.articles.get(id) {
                        // Fetched ahead and failed: fetched again once opened,
                        // so that a passing failure never reaches the screen.
                        Some(ArticleLoad::FailedAhead) => ahead,
                        Some(_) => true,
                        None => false,
                    };
                (!at_hand).then(|| (id.clone(), ahead))
            })
            .collect();
        (!missing.is_empty()).then(|| (loaded.clone(), index_url.clone(), missing))
    });
    let dispatcher = fetched.dispatcher();
    use_effect_with(wanted, move |wanted| {
        let Some((loaded, index_url, missing)) = wanted.clone() else {
            return;
        };
        for (id, ahead) in missing {
            dispatcher.dispatch(ArticleFetch::Started {
                index_url: index_url.clone(),
                id: id.clone(),
            });
            let (loaded, index_url, dispatcher) =
                (loaded.clone(), index_url.clone(), dispatcher.clone());
            wasm_bindgen_futures::spawn_local(async move {
                let result = api::fetch_article(&loaded.index, &index_url, &id).await;
                dispatcher.dispatch(ArticleFetch::Finished {
                    index_url,
                    id,
                    ahead,
                    result: Box::new(result),
                });
            });
        }
    });
}

/// For a viewer that owns its page: follows the URL (links, back and forward all
/// change it), and takes "/" typed with nothing focused.
#[hook]
fn use_page_listeners(history: History, requested_article: UseStateSetter<Option<String>>) {
    use_effect_with(history, move |history| {
        let history = *history;
        let listeners = history
            .owns_page()
            .then(web_sys::window)
            .flatten()
            .map(|window| {
                let location = window.location();
                let (event, read): (&str, fn(&web_sys::Location) -> Option<String>) = match history
                {
                    History::Pages => ("popstate", |location| {
                        route::article_in_path(&location.pathname().unwrap_or_default())
                    }),
                    _ => ("hashchange", |location| {
                        route::article_in_fragment(&location.hash().unwrap_or_default())
                    }),
                };
                let on_url = gloo_events::EventListener::new(&window, event, move |_| {
                    requested_article.set(read(&location));
                });
                // gloo's listeners are passive unless told otherwise, and this
                // one must keep the "/" out of the filter it focuses.
                let on_key = gloo_events::EventListener::new_with_options(
                    &window,
                    "keydown",
                    gloo_events::EventListenerOptions::enable_prevent_default(),
                    |event| {
                        if let Some(event) = event.dyn_ref::<KeyboardEvent>() {
                            focus_filter_on_slash(event);
                        }
                    },
                );
                (on_url, on_key)
            });
        move || drop(listeners)
    });
}

fn set_location_fragment(fragment: &str) {
    if let Some(window) = web_sys::window() {
        let _ = window.location().set_hash(fragment);
    }
}

fn push_history_entry(url: &str) {
    if let Some(history) = web_sys::window().and_then(|window| window.history().ok()) {
        let _ = history.push_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(url));
    }
}

/// Tells the page what happened: events for the host's scripts, and for the
/// reader a new title, the view back at the top and focus on the new headline.
#[hook]
fn use_announcements(
    load: &Load,
    page: Option<&Page>,
    history: History,
    on_event: &Callback<ViewerEvent>,
    root: &NodeRef,
) {
    // The edition's failure, or else the failure of the article asked for.
    let failure = match (load, page) {
        (Load::Failed(error), _) | (_, Some(Page::Unavailable { error, .. })) => {
            Some(error.to_string())
        }
        _ => None,
    };
    {
        let on_event = on_event.clone();
        use_effect_with(failure, move |failure| {
            if let Some(message) = failure {
                on_event.emit(ViewerEvent::Error {
                    message: message.clone(),
                });
            }
        });
    }

    let title = match (load, page) {
        (Load::Done(loaded), Some(page)) => Some(document_title(loaded.index.title(), page)),
        _ => None,
    };
    use_effect_with(title, move |title| {
        if history.owns_page()
            && let (Some(title), Some(document)) = (title, window_document())
        {
            document.set_title(title);
        }
    });

    // The article on screen, once there: `Some(None)` for no article; `None`
    // while the edition or a split edition's article is on its way.
    let shown = page.and_then(|page| match page {
        Page::Article(article) => Some(Some(article.id.clone())),
        Page::NotFound(_) | Page::Empty => Some(None),
        Page::Loading(_) | Page::Unavailable { .. } => None,
    });
    let articles = match load {
        Load::Done(loaded) => loaded.index.headlines().len(),
        _ => 0,
    };
    let was_ready = use_mut_ref(|| false);
    let on_event = on_event.clone();
    let root = root.clone();
    use_effect_with(shown, move |shown| {
        let Some(article) = shown.clone() else {
            return;
        };
        if !*was_ready.borrow() {
            *was_ready.borrow_mut() = true;
            on_event.emit(ViewerEvent::Ready { article, articles });
            return;
        }
        on_event.emit(ViewerEvent::ArticleChange { article });
        if let Some(root) = root.cast::<Element>() {
            bring_headline_into_view(&root);
        }
    });
}

/// For a viewer that owns its page: the article's JSON-LD and meta tags in the
/// page's head, following the article on screen.
#[hook]
fn use_structured_data(load: &Load, page: Option<&Page>, history: History) {
    let shown = match (load, page, history) {
        (Load::Done(loaded), Some(Page::Article(article)), history) if history.owns_page() => {
            Some((loaded.index.clone(), article.clone()))
        }
        _ => None,
    };
    use_effect_with(shown, |shown| {
        let entries = shown.as_ref().and_then(|(index, article)| {
            let document = window_document()?;
            let page_url = document
                .location()
                .and_then(|location| location.href().ok());
            let data = structured_data::for_article(article, index.title(), page_url.as_deref());
            Some(document_head::show(&document, &data))
        });
        move || {
            if let Some(entries) = entries {
                entries.remove();
            }
        }
    });
}

/// "Headline — Edition title", or the headline alone for an untitled edition.
pub fn document_title(edition_title: Option<&Text>, page: &Page) -> String {
    let heading = match page {
        Page::Article(article) => article.headline.to_string(),
        Page::Loading(headline) | Page::Unavailable { headline, .. } => {
            headline.headline.to_string()
        }
        Page::NotFound(_) => "Article not found".to_owned(),
        Page::Empty => "No articles".to_owned(),
    };
    match edition_title {
        Some(title) => format!("{heading} — {title}"),
        None => heading,
    }
}

fn window_document() -> Option<web_sys::Document> {
    web_sys::window()?.document()
}

/// After the reader opens another article: back to its top, focus on its headline.
fn bring_headline_into_view(root: &Element) {
    let Ok(Some(headline)) = root.query_selector("h1") else {
        return;
    };
    if let Ok(Some(column)) = root.query_selector(".edition-view__main") {
        column.scroll_into_view();
    }
    if let Ok(headline) = headline.dyn_into::<HtmlElement>() {
        let options = web_sys::FocusOptions::new();
        options.set_prevent_scroll(true);
        let _ = headline.focus_with_options(&options);
    }
}

/// "/" typed in the viewer outside a text field, or typed with nothing focused in
/// a page the viewer owns, jumps to the headline filter.
fn focus_filter_on_slash(event: &KeyboardEvent) {
    if event.key() != "/"
        || event.ctrl_key()
        || event.meta_key()
        || event.alt_key()
        || event.default_prevented()
    {
        return;
    }
    let Some(target) = event
        .target()
        .and_then(|target| target.dyn_into::<Element>().ok())
    else {
        return;
    };
    let viewer = match target.tag_name().as_str() {
        "INPUT" | "TEXTAREA" | "SELECT" => return,
        // Nothing focused: the first viewer of the page.
        "BODY" | "HTML" => target
            .owner_document()
            .and_then(|document| document.query_selector(".article-viewer").ok().flatten()),
        _ => target.closest(".article-viewer").ok().flatten(),
    };
    if let Some(viewer) = viewer
        && let Ok(Some(filter)) = viewer.query_selector(".headline-list__filter-input")
        && let Ok(filter) = filter.dyn_into::<HtmlElement>()
    {
        event.prevent_default();
        let _ = filter.focus();
    }
}
