use std::rc::Rc;

use edition::{Article, Document, EditionIndex, Headline, Slug};
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement};
use yew::prelude::*;

use crate::api::LoadError;
use crate::components::{
    ArticleView, HeadlineList, Listing, LoadFailure, Masthead, NotFound, RelatedSidebar,
};
use crate::locale::{Message, use_strings};
use crate::reading_settings::{ReadingSettings, SettingsChange};
use crate::route::History;
use crate::text_direction;

/// The id of the main column, the skip link's target.
const MAIN_ID: &str = "article-viewer-main";
/// The class of the view's outermost element, which the skip link looks for.
const VIEW_CLASS: &str = "edition-view";
/// The class of the column that holds the article, which other modules look for.
pub(crate) const MAIN_COLUMN_CLASS: &str = "edition-view__main";

/// What the main column shows.
#[derive(Debug, Clone, PartialEq)]
pub enum Page {
    Article(Rc<Article>),
    /// An article of a split edition on its way, with its headline when the
    /// headlines downloaded so far have it (a paged edition's may be on a page
    /// not yet downloaded).
    Loading {
        id: Slug,
        headline: Option<Rc<Headline>>,
    },
    /// An article of a split edition that could not be loaded.
    Unavailable {
        id: Slug,
        headline: Option<Rc<Headline>>,
        error: LoadError,
    },
    /// A link named an article the edition does not have.
    NotFound(AttrValue),
    /// The edition has no articles at all.
    Empty,
}

#[derive(Properties, PartialEq)]
pub struct EditionViewProps {
    /// The headlines of the edition being read.
    pub index: Rc<EditionIndex>,
    /// What the main column shows.
    pub page: Page,
    /// How links between articles work.
    pub history: History,
    /// The headline filter's text.
    pub query: AttrValue,
    /// Called with the filter text as the reader types.
    pub on_query: Callback<String>,
    /// How many matching headlines the list draws.
    pub headline_limit: usize,
    /// How many more headlines "Show more" draws.
    pub headline_step: usize,
    /// What the headline list draws for a paged edition (see [`HeadlineList`]).
    #[prop_or_default]
    pub listing: Option<Rc<Listing>>,
    /// Called when the reader asks to fetch again what the listing failed to.
    #[prop_or_default]
    pub on_retry_listing: Callback<()>,
    /// Called when the headline filter gets focus.
    #[prop_or_default]
    pub on_filter_focus: Callback<()>,
    /// Called when the reader asks for more headlines.
    pub on_show_more: Callback<()>,
    /// Called with the id of the article the reader opens.
    pub on_select: Callback<Slug>,
    /// Called with the id of an article the reader points at or focuses: the
    /// likely next one.
    #[prop_or_default]
    pub on_intent: Callback<Slug>,
    /// Called when the reader asks to load an unavailable article again.
    #[prop_or_default]
    pub on_retry_article: Callback<()>,
    /// The reader's theme and text size.
    pub settings: ReadingSettings,
    /// Called with each change the reader makes to the settings.
    pub on_settings: Callback<SettingsChange>,
}

/// The page: a skip link, the masthead with the reading settings, the headline
/// list, the article and its related news.
///
/// The headline list shows only when it leads somewhere else: an edition of one
/// article open at that article has none. On a narrow screen it comes after the
/// article (see viewer.css), which keeps the first screen for the article.
///
/// A viewer that keeps its place in the URL owns its page, so its article
/// column is the page's `main` landmark and its masthead the `header`. Embedded
/// in memory, it uses neutral elements and leaves those landmarks to the host.
#[component]
pub fn EditionView(
    EditionViewProps {
        index,
        page,
        history,
        query,
        on_query,
        headline_limit,
        headline_step,
        listing,
        on_retry_listing,
        on_filter_focus,
        on_show_more,
        on_select,
        on_intent,
        on_retry_article,
        settings,
        on_settings,
    }: &EditionViewProps,
) -> Html {
    let strings = use_strings();
    let owns_page = history.owns_page();
    let main_tag = if owns_page { "main" } else { "div" };
    let article_label =
        |headline: &str| strings.text_with(Message::ArticleLabel, &[("headline", headline.into())]);
    // Embedded, the article column is a region named after what it shows, so
    // several viewers on one page have distinct landmarks.
    let region_label = (!owns_page).then(|| match page {
        Page::Article(article) => article_label(&article.headline),
        Page::Loading {
            headline: Some(headline),
            ..
        }
        | Page::Unavailable {
            headline: Some(headline),
            ..
        } => article_label(&headline.headline),
        Page::Loading { headline: None, .. } | Page::Unavailable { headline: None, .. } => {
            strings.text(Message::LoadingArticle)
        }
        Page::NotFound(_) => strings.text(Message::NotFoundTitle),
        Page::Empty => strings.text(Message::EmptyTitle),
    });
    let (main, current, related) = match page {
        Page::Article(article) => (
            html! { <ArticleView article={article.clone()} {owns_page} /> },
            Some(article.id.clone()),
            (!article.related.is_empty()).then(|| {
                html! {
                    <RelatedSidebar
                        article={article.clone()}
                        history={*history}
                        on_select={on_select.clone()}
                        on_intent={on_intent.clone()}
                    />
                }
            }),
        ),
        Page::Loading { id, headline } => (
            html! {
                // The headline, where the index has it, is shown at once, in the
                // place and style the article will give it.
                <div
                    class="edition-view__loading"
                    lang={headline.as_ref().map(|headline| headline.language.to_string())}
                    dir={headline.as_ref().map(|headline| text_direction::direction(&headline.language))}
                >
                    if let Some(headline) = headline {
                        <h1 class="article-view__headline" tabindex="-1">
                            { headline.headline.to_string() }
                        </h1>
                    }
                    <p
                        class="edition-view__empty-text"
                        role="status"
                        lang={strings.locale().tag()}
                        dir={strings.locale().direction()}
                    >
                        { strings.text(Message::LoadingArticle) }
                    </p>
                </div>
            },
            Some(id.clone()),
            None,
        ),
        Page::Unavailable { id, error, .. } => (
            html! {
                <LoadFailure
                    error={error.clone()}
                    on_retry={on_retry_article.clone()}
                    document={Document::Article}
                />
            },
            Some(id.clone()),
            None,
        ),
        Page::NotFound(id) => (html! { <NotFound id={id.clone()} /> }, None, None),
        Page::Empty => (
            html! {
                <div class="edition-view__empty">
                    <h1 class="edition-view__empty-title" tabindex="-1">{ strings.text(Message::EmptyTitle) }</h1>
                    <p class="edition-view__empty-text">{ strings.text(Message::EmptyText) }</p>
                </div>
            },
            None,
            None,
        ),
    };
    let leads_elsewhere = index.article_count() > 1
        || index
            .headlines()
            .iter()
            .any(|headline| current.as_ref() != Some(&headline.id));
    let headlines = leads_elsewhere.then(|| {
        html! {
            <HeadlineList
                index={index.clone()}
                {current}
                history={*history}
                query={query.clone()}
                on_query={on_query.clone()}
                limit={*headline_limit}
                step={*headline_step}
                listing={listing.clone()}
                on_retry={on_retry_listing.clone()}
                on_filter_focus={on_filter_focus.clone()}
                on_show_more={on_show_more.clone()}
                on_select={on_select.clone()}
                on_intent={on_intent.clone()}
            />
        }
    });
    html! {
        <div class={VIEW_CLASS}>
            // The href names the column for tools that read links; the handler moves
            // focus itself, because following the link would change the URL fragment
            // that holds the article being read.
            <a class="edition-view__skip-link" href={format!("#{MAIN_ID}")} onclick={Callback::from(skip_to_main)}>
                { strings.text(Message::SkipToArticle) }
            </a>
            <Masthead
                title={index.title().map(|title| AttrValue::from(title.to_string()))}
                {owns_page}
                settings={*settings}
                on_settings={on_settings.clone()}
            />
            <div class="edition-view__layout">
                { headlines }
                <@{main_tag}
                    id={MAIN_ID}
                    class={MAIN_COLUMN_CLASS}
                    tabindex="-1"
                    role={(!owns_page).then_some("region")}
                    aria-label={region_label}
                >
                    { main }
                </@>
                { related }
            </div>
        </div>
    }
}

/// Moves focus to the main column of the viewer the skip link belongs to.
fn skip_to_main(event: MouseEvent) {
    let Some(link) = event
        .target()
        .and_then(|target| target.dyn_into::<Element>().ok())
    else {
        return;
    };
    event.prevent_default();
    if let Ok(Some(view)) = link.closest(&format!(".{VIEW_CLASS}"))
        && let Ok(Some(main)) = view.query_selector(&format!(".{MAIN_COLUMN_CLASS}"))
        && let Ok(main) = main.dyn_into::<HtmlElement>()
    {
        let _ = main.focus();
        main.scroll_into_view();
    }
}
