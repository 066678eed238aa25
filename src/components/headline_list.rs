use std::rc::Rc;

use edition::{EditionIndex, Headline, Slug};
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement, HtmlInputElement};
use yew::prelude::*;

use crate::components::ArticleLink;
use crate::locale::{Message, Strings, use_strings};
use crate::route::History;
use crate::{date_format, search, text_direction};

/// What the headline list of a paged edition draws.
#[derive(Debug, Clone, PartialEq)]
pub struct Listing {
    /// The headlines to draw, in the edition's order: as many as asked for
    /// whose pages are here.
    pub headlines: Vec<Rc<Headline>>,
    /// How many headlines there are to draw in all (every headline, or those
    /// matching the filter); `None` while the search is on its way or refused.
    pub matching: Option<usize>,
    pub status: ListingStatus,
}

#[derive(Debug, Clone, PartialEq)]
pub enum ListingStatus {
    /// Everything asked for is drawn.
    Complete,
    /// Pages of headlines are on their way.
    Loading,
    /// The search chunks the filter needs are on their way.
    Searching,
    /// A word of the filter begins too many terms to fetch: the reader should
    /// type more of it.
    TooBroad(String),
    /// A page or search chunk could not be downloaded.
    Failed,
}

/// Editions with fewer articles than this show no filter: they fit on a screen.
const FILTER_FROM: usize = 5;

/// How many headlines the list draws at first, and adds each time the reader asks
/// for more: more than a tall screen holds, few enough to draw within a frame
/// whatever the size of the edition.
pub const HEADLINES_AT_ONCE: usize = 100;
/// The class of the filter field, which the viewer's `/` key looks for.
pub(crate) const FILTER_INPUT_CLASS: &str = "headline-list__filter-input";
/// The class of each headline's link, which the arrow keys move between.
const LINK_CLASS: &str = "headline-list__link";

#[derive(Properties, PartialEq)]
pub struct HeadlineListProps {
    /// The headlines of the edition whose articles are listed.
    pub index: Rc<EditionIndex>,
    /// The article on screen, marked as current.
    pub current: Option<Slug>,
    /// How the headlines open their articles.
    pub history: History,
    /// The reader's filter text; empty lists every headline.
    pub query: AttrValue,
    /// Called with the filter text as the reader types.
    pub on_query: Callback<String>,
    /// How many of the matching headlines to draw.
    pub limit: usize,
    /// How many more headlines "Show more" draws.
    #[prop_or(HEADLINES_AT_ONCE)]
    pub step: usize,
    /// What to draw for a paged edition, whose headlines and search arrive in
    /// pieces; `None` for an edition whose headlines are all at hand, which the
    /// list filters itself.
    #[prop_or_default]
    pub listing: Option<Rc<Listing>>,
    /// Called when the reader asks to fetch again what the listing failed to.
    #[prop_or_default]
    pub on_retry: Callback<()>,
    /// Called when the filter gets focus, before the first keystroke.
    #[prop_or_default]
    pub on_filter_focus: Callback<()>,
    /// Called when the reader asks for more headlines.
    pub on_show_more: Callback<()>,
    /// Called with the id of the headline the reader picks.
    pub on_select: Callback<Slug>,
    /// Called with the id of a headline the reader will likely pick.
    #[prop_or_default]
    pub on_intent: Callback<Slug>,
}

/// Navigation between the edition's articles, with a filter for long editions.
///
/// Keyboard: arrows, Home and End move between headlines; Enter opens one;
/// Escape clears the filter; Arrow Down leaves the filter for the first headline.
#[component]
pub fn HeadlineList(
    HeadlineListProps {
        index,
        current,
        history,
        query,
        on_query,
        limit,
        step,
        listing,
        on_retry,
        on_filter_focus,
        on_show_more,
        on_select,
        on_intent,
    }: &HeadlineListProps,
) -> Html {
    let strings = use_strings();
    let articles = index.headlines();
    let total = index.article_count();
    let folded_query = if query.trim().is_empty() {
        None
    } else {
        Some(search::folded(query))
    };
    // Made when the reader first comes to the filter (focus comes before the
    // first keystroke, so that keystroke does not pay for folding every
    // headline), then kept for as long as the edition: clearing the filter and
    // typing again does not fold them again.
    let kept_keys = use_mut_ref(|| None::<SearchKeys>);
    let search_keys = {
        let (kept_keys, index) = (kept_keys.clone(), index.clone());
        move || -> Rc<Vec<String>> {
            let mut kept = kept_keys.borrow_mut();
            match &*kept {
                Some(SearchKeys { edition, keys }) if Rc::ptr_eq(edition, &index) => keys.clone(),
                _ => {
                    let keys = Rc::new(search::search_keys(
                        index
                            .headlines()
                            .iter()
                            .map(|article| (&*article.headline, article.dek.as_deref())),
                    ));
                    *kept = Some(SearchKeys {
                        edition: index.clone(),
                        keys: keys.clone(),
                    });
                    keys
                }
            }
        }
    };
    let (drawn, matching, status): (Vec<Rc<Headline>>, _, _) = match listing {
        Some(listing) => (
            listing.headlines.clone(),
            listing.matching,
            listing.status.clone(),
        ),
        None => {
            let matching: Vec<&Rc<Headline>> = match &folded_query {
                None => articles.iter().collect(),
                Some(folded_query) => articles
                    .iter()
                    .zip(search_keys().iter())
                    .filter(|(_, key)| search::matches(folded_query, key))
                    .map(|(article, _)| article)
                    .collect(),
            };
            let count = matching.len();
            let drawn = matching.into_iter().take(*limit).cloned().collect();
            (drawn, Some(count), ListingStatus::Complete)
        }
    };
    let hidden = match (&status, matching) {
        (ListingStatus::Complete, Some(matching)) => matching.saturating_sub(drawn.len()),
        _ => 0,
    };

    let filter = (total >= FILTER_FROM).then(|| {
        let oninput = on_query
            .reform(|event: InputEvent| event.target_unchecked_into::<HtmlInputElement>().value());
        let paged = listing.is_some();
        let on_filter_focus = on_filter_focus.clone();
        let onfocus = Callback::from(move |_: FocusEvent| {
            if !paged {
                search_keys();
            }
            on_filter_focus.emit(());
        });
        let onkeydown = {
            let on_query = on_query.clone();
            Callback::from(move |event: KeyboardEvent| match event.key().as_str() {
                "Escape" => {
                    event.prevent_default();
                    on_query.emit(String::new());
                }
                "ArrowDown" => {
                    event.prevent_default();
                    focus_headline(&event, Step::First);
                }
                _ => {}
            })
        };
        let count = folded_query.is_some().then(|| match (&status, matching) {
            (ListingStatus::TooBroad(word), _) => {
                strings.text_with(Message::FilterTooBroad, &[("word", word.as_str().into())])
            }
            (ListingStatus::Failed, _) => strings.text(Message::HeadlinesUnavailable),
            (_, None) => strings.text(Message::FilterSearching),
            (_, Some(0)) => {
                strings.text_with(Message::FilterNoMatch, &[("query", query.as_str().into())])
            }
            (_, Some(shown)) => strings.text_with(
                Message::FilterCount,
                &[("shown", shown.into()), ("total", total.into())],
            ),
        });
        let filter_label = strings.text(Message::FilterHeadlines);
        html! {
            <div class="headline-list__filter">
                <input
                    type="search"
                    class={FILTER_INPUT_CLASS}
                    aria-label={filter_label.clone()}
                    placeholder={filter_label}
                    autocomplete="off"
                    spellcheck="false"
                    value={query.clone()}
                    {oninput}
                    {onkeydown}
                    {onfocus}
                />
                <kbd class="headline-list__filter-key" aria-hidden="true">{ "/" }</kbd>
                // Always present, so screen readers announce the count as it changes.
                <p class="headline-list__count" role="status">{ count }</p>
            </div>
        }
    });

    let onkeydown = Callback::from(|event: KeyboardEvent| {
        let step = match event.key().as_str() {
            "ArrowDown" => Step::Next,
            "ArrowUp" => Step::Previous,
            "Home" => Step::First,
            "End" => Step::Last,
            _ => return,
        };
        event.prevent_default();
        focus_headline(&event, step);
    });

    // Named after the edition, so two viewers on one page have distinct landmarks.
    let label = match index.title() {
        Some(title) => strings.text_with(
            Message::HeadlinesLabelTitled,
            &[("title", (&**title).into())],
        ),
        None => strings.text(Message::HeadlinesLabel),
    };
    html! {
        <nav class="headline-list" aria-label={label}>
            <h2 class="headline-list__title">{ strings.text(Message::HeadlinesTitle) }</h2>
            { filter }
            <ol class="headline-list__items" {onkeydown}>
                { for drawn.iter().map(|article| html! {
                    <li class="headline-list__item" key={article.id.to_string()}>
                        <ArticleLink
                            id={article.id.clone()}
                            history={*history}
                            on_select={on_select.clone()}
                            on_intent={on_intent.clone()}
                            class={LINK_CLASS}
                            is_current={current.as_ref() == Some(&article.id)}
                        >
                            <span
                                class="headline-list__headline"
                                lang={article.language.to_string()}
                                dir={text_direction::direction(&article.language)}
                            >
                                { article.headline.to_string() }
                            </span>
                            { headline_meta(article) }
                        </ArticleLink>
                    </li>
                }) }
            </ol>
            if hidden > 0 {
                <button
                    type="button"
                    class="headline-list__more"
                    onclick={on_show_more.reform(|_: MouseEvent| ())}
                >
                    { more_label(hidden, *step, &strings) }
                </button>
            }
            // Below the list, where the headlines asked for will appear; a
            // failed search says so in the filter's status instead.
            if status == ListingStatus::Loading {
                <p class="headline-list__more-status" role="status">
                    { strings.text(Message::HeadlinesLoading) }
                </p>
            }
            if status == ListingStatus::Failed {
                <p class="headline-list__more-status" role="status">
                    if folded_query.is_none() {
                        { strings.text(Message::HeadlinesUnavailable) }
                    }
                    <button
                        type="button"
                        class="headline-list__more"
                        onclick={on_retry.reform(|_: MouseEvent| ())}
                    >
                        { strings.text(Message::TryAgain) }
                    </button>
                </p>
            }
        </nav>
    }
}

/// The filter's folded headlines and standfirsts, and the edition they are of.
struct SearchKeys {
    edition: Rc<EditionIndex>,
    keys: Rc<Vec<String>>,
}

/// "Show 14 more headlines", or "Show 100 more of 9,900 headlines", for a
/// list that draws `step` more at a time.
fn more_label(hidden: usize, step: usize, strings: &Strings) -> String {
    if hidden <= step {
        strings.text_with(Message::ShowMore, &[("count", hidden.into())])
    } else {
        strings.text_with(
            Message::ShowMoreOf,
            &[("count", step.into()), ("total", hidden.into())],
        )
    }
}

/// Section and date under a headline, where the article has them; the date
/// written as the article's language writes it.
fn headline_meta(article: &Headline) -> Option<Html> {
    let section = article.section.as_ref().map(ToString::to_string);
    let date = article.published.as_ref().map(|published| {
        html! {
            <time datetime={published.to_string()} lang={article.language.to_string()}>
                { date_format::date_only(published, &article.language) }
            </time>
        }
    });
    let separator = (section.is_some() && date.is_some()).then_some(" · ");
    (section.is_some() || date.is_some()).then(|| {
        html! { <span class="headline-list__meta">{ section }{ separator }{ date }</span> }
    })
}

enum Step {
    First,
    Previous,
    Next,
    Last,
}

/// Moves keyboard focus among the headlines of the list the event came from.
fn focus_headline(event: &KeyboardEvent, step: Step) {
    let Some(target) = event
        .target()
        .and_then(|target| target.dyn_into::<Element>().ok())
    else {
        return;
    };
    let Ok(Some(list)) = target.closest(".headline-list") else {
        return;
    };
    let Ok(links) = list.query_selector_all(&format!(".{LINK_CLASS}")) else {
        return;
    };
    let count = links.length();
    if count == 0 {
        return;
    }
    let focused = (0..count).find(|&index| {
        links
            .item(index)
            .is_some_and(|link| link.contains(Some(target.as_ref())))
    });
    let index = match (step, focused) {
        (Step::First, _) | (Step::Next, None) => 0,
        (Step::Last, _) | (Step::Previous, None) => count - 1,
        (Step::Next, Some(index)) => (index + 1).min(count - 1),
        (Step::Previous, Some(index)) => index.saturating_sub(1),
    };
    if let Some(link) = links
        .item(index)
        .and_then(|link| link.dyn_into::<HtmlElement>().ok())
    {
        let _ = link.focus();
    }
}
