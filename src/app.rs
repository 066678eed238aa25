//! The viewer's root component: it loads the edition and holds the reader's
//! place in it; each of its concerns has a file in `app/`.

mod announcements;
mod catalogue;
mod edition_load;
mod history;
mod keyboard;
mod page;
mod paged_index;
mod split_articles;

use std::rc::Rc;

use edition::Slug;
use yew::prelude::*;

use crate::components::{EditionView, HEADLINES_AT_ONCE, LoadFailure, Masthead, Page};
use crate::locale::{Locale, Message, Strings};
use catalogue::use_catalogue;

/// The class of the viewer's outermost element: the stylesheet's root, and what
/// the keyboard handler and the crash panel look for.
pub(crate) const VIEWER_CLASS: &str = "article-viewer";
use crate::reading_settings::{ReadingSettings, SettingsChange};
use crate::route::History;
use crate::search;
use announcements::{use_announcements, use_page_language, use_structured_data};
use edition_load::{Articles, Load, use_edition};
use history::use_navigation;
use keyboard::{focus_filter_on_slash, use_slash_with_nothing_focused};
pub use page::document_title;
use page::page_for;
use paged_index::{PagedFetch, PagedFiles, paged_listing, use_paged_fetches};
use split_articles::{ArticleFetch, FetchedArticles, use_article_fetches};

/// How many search results a paged edition's list draws at a time: each may
/// need a page of headlines of its own.
const RESULTS_AT_ONCE: usize = 20;

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

/// A split edition's files as the page holds them: a page prerendered from
/// them hydrates with nothing fetched again.
#[derive(Debug, Clone, PartialEq)]
pub struct SplitSeed {
    /// The text of the edition's index.
    pub index: AttrValue,
    /// The id and the text of the file of the article the page shows, its
    /// relative URLs relative to the page.
    pub article: Option<(AttrValue, AttrValue)>,
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
    /// Where the edition comes from. Another source is another edition: the
    /// viewer stops loading the last one and opens the new one on
    /// `initial_article`.
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
    /// The languages asked for the viewer's own words, BCP 47 tags in order of
    /// preference (the element's `data-locale`, then the host page's `lang`).
    /// The first with a catalogue wins; failing all, the edition's `language`,
    /// then English.
    #[prop_or_default]
    pub languages: Vec<AttrValue>,
    /// A language's catalogue given in the page, as its tag and its Fluent text:
    /// the prerenderer writes the page's, so the first render is already in it.
    #[prop_or_default]
    pub catalogue: Option<(AttrValue, AttrValue)>,
    /// For a split edition (`EditionSource::Index`), its index and the opening
    /// article's file given in the page, as the site builder writes them.
    #[prop_or_default]
    pub seed: Option<SplitSeed>,
}

/// The interface language: the first of `languages` with a catalogue, else the
/// edition's, else English.
pub fn interface_locale(languages: &[AttrValue], edition_language: Option<&str>) -> Locale {
    Locale::choose(
        languages
            .iter()
            .map(|language| language.as_str())
            .chain(edition_language),
    )
}

/// Loads the edition and keeps track of the article being read.
#[component]
pub fn App(
    AppProps {
        source,
        history,
        initial_article,
        on_event,
        languages,
        catalogue,
        seed,
    }: &AppProps,
) -> Html {
    // Bumped by "Try again": a new value loads the edition again.
    let attempt = use_state(|| 0_u32);
    let load = use_edition(source, *attempt, seed.as_ref());
    let (requested_article, on_select) = use_navigation(source, initial_article.as_ref(), *history);
    // The articles of a split edition fetched so far, and those on their way.
    let fetched_articles = {
        let (load, seed) = (load.clone(), seed.clone());
        use_reducer(move || match (&load, seed.and_then(|seed| seed.article)) {
            (Load::Done(loaded), Some(article)) => FetchedArticles::seeded(loaded, &article),
            _ => FetchedArticles::default(),
        })
    };
    // The article the reader last pointed at or focused: a split edition's is
    // fetched before it is opened, which saves the reader a round trip.
    let likely_next_article = use_state_eq(|| None::<Slug>);
    // A paged edition's pages of headlines and search chunks fetched so far.
    let paged_files = use_reducer(PagedFiles::default);
    let query = use_state(AttrValue::default);
    // Whether the reader came to the filter: a paged edition's search index is
    // fetched then, before the first keystroke.
    let search_ahead = use_state_eq(|| false);
    // How many times the list has drawn its headlines: once, plus each "Show more".
    let headline_rounds = use_state(|| 1_usize);
    // The defaults on the first render, so it is the same wherever it happens;
    // what the reader chose on an earlier visit arrives right after.
    let settings = use_reducer(ReadingSettings::default);
    let root = use_node_ref();

    use_slash_with_nothing_focused(*history);
    {
        let settings = settings.dispatcher();
        use_effect_with((), move |()| {
            settings.dispatch(SettingsChange::Restored(ReadingSettings::load()));
        });
    }

    let loaded = match &load {
        Load::Done(loaded) => Some(loaded.clone()),
        _ => None,
    };
    use_article_fetches(
        loaded.as_ref(),
        requested_article.as_deref(),
        likely_next_article.as_deref(),
        &fetched_articles,
    );
    let page = loaded.as_ref().map(|loaded| {
        page_for(
            loaded,
            requested_article.as_deref(),
            &fetched_articles,
            &paged_files,
        )
    });
    let folded_query = (!query.trim().is_empty()).then(|| search::folded(&query));
    let paged = loaded.as_ref().and_then(|loaded| match &loaded.articles {
        Articles::OnDemand { index_url } => loaded
            .index
            .pages()
            .map(|pages| (loaded, index_url, pages.size())),
        Articles::All(_) => None,
    });
    let headline_step = match (&paged, &folded_query) {
        (None, _) => HEADLINES_AT_ONCE,
        (Some(_), Some(_)) => RESULTS_AT_ONCE,
        (Some((_, _, page_size)), None) => *page_size,
    };
    let headline_limit = *headline_rounds * headline_step;
    let (listing, wanted_files) = match paged {
        Some((loaded, index_url, _)) => {
            let (listing, wanted) = paged_listing(
                &loaded.index,
                index_url,
                folded_query.as_deref(),
                *search_ahead,
                headline_limit,
                &paged_files,
            );
            (Some(Rc::new(listing)), wanted)
        }
        None => (None, Vec::new()),
    };
    use_paged_fetches(loaded.as_ref(), wanted_files, &paged_files);
    let edition_language = loaded
        .as_ref()
        .and_then(|loaded| loaded.index.language().map(ToString::to_string));
    let locale = interface_locale(languages, edition_language.as_deref());
    let (strings, catalogue_pending) = use_catalogue(locale, catalogue.as_ref());
    // Until the language's words arrive the edition waits with them, rather
    // than showing in English for a moment.
    let waiting = Load::InProgress;
    let (load, page) = if catalogue_pending {
        (&waiting, None)
    } else {
        (&load, page)
    };
    use_announcements(load, page.as_ref(), *history, on_event, &root, &strings);
    use_structured_data(load, page.as_ref(), *history);
    use_page_language(*history, strings.locale());

    let on_retry = {
        let attempt = attempt.clone();
        Callback::from(move |()| attempt.set(*attempt + 1))
    };
    let on_retry_article = {
        let fetched_articles = fetched_articles.dispatcher();
        let failed = match &page {
            Some(Page::Unavailable { id, .. }) => Some(id.clone()),
            _ => None,
        };
        Callback::from(move |()| {
            if let Some(id) = failed.clone() {
                fetched_articles.dispatch(ArticleFetch::Forget(id));
            }
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
        let headline_rounds = headline_rounds.clone();
        Callback::from(move |text: String| {
            query.set(text.into());
            headline_rounds.set(1);
        })
    };
    let on_show_more = {
        let headline_rounds = headline_rounds.clone();
        Callback::from(move |()| headline_rounds.set(*headline_rounds + 1))
    };
    let on_filter_focus = {
        let search_ahead = search_ahead.setter();
        Callback::from(move |()| search_ahead.set(true))
    };
    let on_retry_listing = {
        let paged_files = paged_files.dispatcher();
        Callback::from(move |()| paged_files.dispatch(PagedFetch::ForgetFailures))
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
                {headline_limit}
                {headline_step}
                {listing}
                {on_retry_listing}
                {on_filter_focus}
                {on_show_more}
                {on_select}
                {on_intent}
                {on_retry_article}
                settings={*settings}
                {on_settings}
            />
        },
        (load, _) => {
            // Until the language's words arrive there are none to say: the
            // status is busy and wordless, a spinner its only sign, and the
            // masthead (whose settings have a name) waits, rather than English
            // words that would change a moment later. The words then fill the
            // same live region, which announces them.
            let loading_words = (!catalogue_pending).then(|| strings.text(Message::LoadingEdition));
            let busy = catalogue_pending.then_some("true");
            let message = match load {
                Load::Failed(error) => html! { <LoadFailure error={error.clone()} {on_retry} /> },
                // A page of its own needs a level-one heading even while it loads;
                // in someone else's page, the host's heading is the page's.
                _ if owns_page => html! {
                    <div class="article-viewer__status" role="status" aria-busy={busy}>
                        if let Some(words) = loading_words {
                            <h1 class="article-viewer__status-heading">{ words }</h1>
                        }
                    </div>
                },
                _ => html! {
                    <p class="article-viewer__status" role="status" aria-busy={busy}>
                        { loading_words }
                    </p>
                },
            };
            html! {
                <>
                    if !catalogue_pending {
                        <Masthead {owns_page} settings={*settings} {on_settings} />
                    }
                    <@{main_tag} class="article-viewer__message">{ message }</@>
                </>
            }
        }
    };
    // `lang` and `dir` are the viewer's own words'; each article sets its own.
    html! {
        <div
            class={VIEWER_CLASS}
            data-theme={settings.theme.name()}
            data-text-size={settings.text_size.step().to_string()}
            lang={strings.locale().tag()}
            dir={strings.locale().direction()}
            ref={root}
            {onkeydown}
        >
            <ContextProvider<Strings> context={strings}>
                <div class="article-viewer__frame">{ content }</div>
            </ContextProvider<Strings>>
        </div>
    }
}
