//! The articles of a split edition, each downloaded when the reader opens it
//! or is about to.

use std::collections::HashMap;
use std::rc::Rc;

use edition::{Article, EditionIndex, Slug, parse_article_bytes};
use yew::prelude::*;

use super::edition_load::{Articles, Loaded};
use crate::api::{self, Cancellation, LoadError};

/// The articles of a split edition the viewer has asked for.
#[derive(Debug, Clone, Default, PartialEq)]
pub(super) struct FetchedArticles {
    /// Whose index the articles belong to. An answer for another is dropped.
    index_url: Option<String>,
    articles: HashMap<Slug, ArticleLoad>,
}

#[derive(Debug, Clone, PartialEq)]
pub(super) enum ArticleLoad {
    InProgress,
    Done(Rc<Article>),
    Failed(LoadError),
    /// Fetched ahead of the reader, and failed: not shown, but fetched again
    /// when opened.
    FailedAhead,
}

pub(super) enum ArticleFetch {
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
    /// The index was replaced, or the viewer removed, and the downloads for
    /// it cancelled: none of its articles is kept, none on its way awaited.
    Cancelled,
}

impl FetchedArticles {
    /// The articles of the split edition `loaded` with the article file given
    /// in the page (its id and text) at hand; none when that file is not one
    /// of its articles, which is then fetched as any other.
    pub(super) fn seeded(loaded: &Loaded, (id, json): &(AttrValue, AttrValue)) -> Self {
        let Articles::OnDemand { index_url } = &loaded.articles else {
            return Self::default();
        };
        let article = Slug::try_from(id.as_str()).ok().and_then(|id| {
            Some((
                parse_article_bytes(json.as_bytes(), &id, &loaded.index).ok()?,
                id,
            ))
        });
        match article {
            Some((article, id)) => Self {
                index_url: Some(index_url.clone()),
                articles: HashMap::from([(id, ArticleLoad::Done(Rc::new(article)))]),
            },
            None => Self::default(),
        }
    }

    /// The article `id` of the index at `index_url`, as far as it has come;
    /// `None` when it was never asked for.
    pub(super) fn get(&self, index_url: &str, id: &Slug) -> Option<&ArticleLoad> {
        if self.index_url.as_deref() != Some(index_url) {
            return None;
        }
        self.articles.get(id)
    }
}

impl Reducible for FetchedArticles {
    type Action = ArticleFetch;

    fn reduce(self: Rc<Self>, action: ArticleFetch) -> Rc<Self> {
        match &action {
            ArticleFetch::Finished { index_url, id, .. }
                if self.get(index_url, id) != Some(&ArticleLoad::InProgress) =>
            {
                // An answer for an earlier index, or for a request since forgotten.
                return self;
            }
            ArticleFetch::Cancelled if *self == Self::default() => return self,
            _ => {}
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
            ArticleFetch::Cancelled => fetched = Self::default(),
        }
        Rc::new(fetched)
    }
}

/// An article to download.
#[derive(Debug, PartialEq)]
pub(super) struct Wanted {
    pub(super) id: Slug,
    /// Downloaded before the reader opens it.
    pub(super) ahead: bool,
}

/// The articles of the split edition whose index is `index` at `index_url`
/// that are neither here nor on their way: the one the reader asked for (the
/// first when `None`), then the one they will likely open next.
pub(super) fn articles_to_fetch(
    index: &EditionIndex,
    index_url: &str,
    requested: Option<&str>,
    likely_next: Option<&str>,
    fetched: &FetchedArticles,
) -> Vec<Wanted> {
    // A paged index lists its first page only: an article it does not list
    // may be on another, and its file says whether it exists.
    let in_edition = |id: &str| match index.headline(id) {
        Some(headline) => Some(headline.id.clone()),
        None if index.pages().is_some() => Slug::try_from(id).ok(),
        None => None,
    };
    let requested = match requested {
        Some(id) => in_edition(id),
        None => index
            .headlines()
            .first()
            .map(|headline| headline.id.clone()),
    };
    let likely_next = likely_next
        .and_then(in_edition)
        .filter(|next| Some(next) != requested.as_ref());
    [(requested, false), (likely_next, true)]
        .into_iter()
        .filter_map(|(id, ahead)| {
            let id = &id?;
            let at_hand = match fetched.get(index_url, id) {
                // Fetched ahead and failed: fetched again once opened, so
                // that a passing failure never reaches the screen.
                Some(ArticleLoad::FailedAhead) => ahead,
                Some(_) => true,
                None => false,
            };
            (!at_hand).then(|| Wanted {
                id: id.clone(),
                ahead,
            })
        })
        .collect()
}

/// What stops the downloads for the split edition whose index is at
/// `index_url`: they stop together, and what they brought is forgotten
/// (`dispatcher` is sent `cancelled()`), when another index replaces it or
/// the viewer is removed.
#[hook]
pub(super) fn use_index_cancellation<R, F>(
    index_url: Option<String>,
    dispatcher: UseReducerDispatcher<R>,
    cancelled: F,
) -> Cancellation
where
    R: Reducible + 'static,
    F: FnOnce() -> R::Action + 'static,
{
    let cancellation = use_memo(index_url.clone(), |_| Cancellation::default());
    {
        let cancellation = (*cancellation).clone();
        use_effect_with(index_url, move |_| {
            move || {
                cancellation.cancel();
                dispatcher.dispatch(cancelled());
            }
        });
    }
    (*cancellation).clone()
}

/// Downloads the articles of a split edition that are neither here nor on
/// their way (see [`articles_to_fetch`]). When another index replaces this
/// one, or the viewer is removed, the downloads still on their way are
/// cancelled.
#[hook]
pub(super) fn use_article_fetches(
    loaded: Option<&Rc<Loaded>>,
    requested: Option<&str>,
    likely_next: Option<&str>,
    fetched: &UseReducerHandle<FetchedArticles>,
) {
    let split = loaded.and_then(|loaded| match &loaded.articles {
        Articles::OnDemand { index_url } => Some((loaded, index_url)),
        Articles::All(_) => None,
    });
    let index_url = split.map(|(_, index_url)| index_url.clone());
    let cancellation =
        use_index_cancellation(index_url, fetched.dispatcher(), || ArticleFetch::Cancelled);

    let wanted = split.and_then(|(loaded, index_url)| {
        let missing = articles_to_fetch(&loaded.index, index_url, requested, likely_next, fetched);
        (!missing.is_empty()).then(|| (loaded.clone(), index_url.clone(), missing))
    });
    let dispatcher = fetched.dispatcher();
    use_effect_with(wanted, move |wanted| {
        let Some((loaded, index_url, missing)) = wanted else {
            return;
        };
        for Wanted { id, ahead } in missing {
            dispatcher.dispatch(ArticleFetch::Started {
                index_url: index_url.clone(),
                id: id.clone(),
            });
            let (loaded, index_url, id, ahead) =
                (loaded.clone(), index_url.clone(), id.clone(), *ahead);
            let (dispatcher, cancellation) = (dispatcher.clone(), cancellation.clone());
            wasm_bindgen_futures::spawn_local(async move {
                let outcome = api::fetch_article(&loaded.index, &index_url, &id, &cancellation);
                // Cancelled: the index is gone, and its articles with it.
                let Some(result) = outcome.await else {
                    return;
                };
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

#[cfg(test)]
mod tests {
    use edition::{Edition, parse_edition};

    use super::*;

    const INDEX_URL: &str = "https://example.com/news/index.json";
    const OTHER_INDEX_URL: &str = "https://example.com/sport/index.json";

    fn edition() -> Edition {
        parse_edition(include_str!(
            "../../data/tests/fixtures/valid/related-articles.json"
        ))
        .unwrap()
    }

    fn index() -> EditionIndex {
        EditionIndex::of(&edition())
    }

    fn slug(id: &str) -> Slug {
        Slug::try_from(id).unwrap()
    }

    fn article(id: &str) -> Article {
        edition().article(id).unwrap().as_ref().clone()
    }

    fn failure() -> LoadError {
        LoadError::Status {
            url: "https://example.com/news/articles/first-article.json".to_owned(),
            status: 503,
        }
    }

    fn started(index_url: &str, id: &str) -> ArticleFetch {
        ArticleFetch::Started {
            index_url: index_url.to_owned(),
            id: slug(id),
        }
    }

    fn finished(
        index_url: &str,
        id: &str,
        ahead: bool,
        result: Result<Article, LoadError>,
    ) -> ArticleFetch {
        ArticleFetch::Finished {
            index_url: index_url.to_owned(),
            id: slug(id),
            ahead,
            result: Box::new(result),
        }
    }

    fn after(actions: impl IntoIterator<Item = ArticleFetch>) -> Rc<FetchedArticles> {
        actions
            .into_iter()
            .fold(Rc::default(), |fetched, action| fetched.reduce(action))
    }

    fn wanted(id: &str, ahead: bool) -> Wanted {
        Wanted {
            id: slug(id),
            ahead,
        }
    }

    #[test]
    fn keeps_an_article_on_its_way_then_the_article() {
        let fetched = after([started(INDEX_URL, "first-article")]);
        assert_eq!(
            fetched.get(INDEX_URL, &slug("first-article")),
            Some(&ArticleLoad::InProgress)
        );
        let fetched = fetched.reduce(finished(
            INDEX_URL,
            "first-article",
            false,
            Ok(article("first-article")),
        ));
        assert_eq!(
            fetched.get(INDEX_URL, &slug("first-article")),
            Some(&ArticleLoad::Done(Rc::new(article("first-article"))))
        );
    }

    #[test]
    fn keeps_the_failure_of_an_opened_article_to_show() {
        let fetched = after([
            started(INDEX_URL, "first-article"),
            finished(INDEX_URL, "first-article", false, Err(failure())),
        ]);
        assert_eq!(
            fetched.get(INDEX_URL, &slug("first-article")),
            Some(&ArticleLoad::Failed(failure()))
        );
    }

    #[test]
    fn keeps_a_failure_fetched_ahead_out_of_sight() {
        let fetched = after([
            started(INDEX_URL, "second-article"),
            finished(INDEX_URL, "second-article", true, Err(failure())),
        ]);
        assert_eq!(
            fetched.get(INDEX_URL, &slug("second-article")),
            Some(&ArticleLoad::FailedAhead)
        );
    }

    #[test]
    fn drops_answers_for_an_earlier_index() {
        let fetched = after([
            started(INDEX_URL, "first-article"),
            started(OTHER_INDEX_URL, "second-article"),
            finished(
                INDEX_URL,
                "first-article",
                false,
                Ok(article("first-article")),
            ),
        ]);
        assert_eq!(fetched.get(INDEX_URL, &slug("first-article")), None);
        assert_eq!(fetched.get(OTHER_INDEX_URL, &slug("first-article")), None);
        assert_eq!(
            fetched.get(OTHER_INDEX_URL, &slug("second-article")),
            Some(&ArticleLoad::InProgress)
        );
    }

    #[test]
    fn drops_answers_for_a_forgotten_request() {
        let fetched = after([
            started(INDEX_URL, "first-article"),
            finished(INDEX_URL, "first-article", false, Err(failure())),
            ArticleFetch::Forget(slug("first-article")),
        ]);
        assert_eq!(fetched.get(INDEX_URL, &slug("first-article")), None);
        let fetched = fetched.reduce(finished(
            INDEX_URL,
            "first-article",
            false,
            Ok(article("first-article")),
        ));
        assert_eq!(fetched.get(INDEX_URL, &slug("first-article")), None);
    }

    #[test]
    fn drops_a_second_answer_to_one_request() {
        let fetched = after([
            started(INDEX_URL, "first-article"),
            finished(
                INDEX_URL,
                "first-article",
                false,
                Ok(article("first-article")),
            ),
            finished(INDEX_URL, "first-article", false, Err(failure())),
        ]);
        assert_eq!(
            fetched.get(INDEX_URL, &slug("first-article")),
            Some(&ArticleLoad::Done(Rc::new(article("first-article"))))
        );
    }

    #[test]
    fn forgets_every_article_of_a_cancelled_index_and_drops_late_answers() {
        let fetched = after([
            started(INDEX_URL, "first-article"),
            finished(
                INDEX_URL,
                "first-article",
                false,
                Ok(article("first-article")),
            ),
            started(INDEX_URL, "second-article"),
            ArticleFetch::Cancelled,
        ]);
        assert_eq!(*fetched, FetchedArticles::default());
        let fetched = fetched.reduce(finished(
            INDEX_URL,
            "second-article",
            true,
            Ok(article("second-article")),
        ));
        assert_eq!(*fetched, FetchedArticles::default());
    }

    #[test]
    fn leaves_nothing_to_cancel_as_it_is() {
        let fetched = Rc::new(FetchedArticles::default());
        let cancelled = fetched.clone().reduce(ArticleFetch::Cancelled);
        assert!(
            Rc::ptr_eq(&fetched, &cancelled),
            "no new state, no new render"
        );
    }

    #[test]
    fn fetches_the_first_article_when_none_is_asked_for() {
        let fetched = FetchedArticles::default();
        assert_eq!(
            articles_to_fetch(&index(), INDEX_URL, None, None, &fetched),
            [wanted("first-article", false)]
        );
    }

    #[test]
    fn fetches_the_requested_article_then_the_likely_next_one() {
        let fetched = FetchedArticles::default();
        assert_eq!(
            articles_to_fetch(
                &index(),
                INDEX_URL,
                Some("second-article"),
                Some("first-article"),
                &fetched
            ),
            [
                wanted("second-article", false),
                wanted("first-article", true)
            ]
        );
        assert_eq!(
            articles_to_fetch(
                &index(),
                INDEX_URL,
                Some("first-article"),
                Some("first-article"),
                &fetched
            ),
            [wanted("first-article", false)],
            "the article opened is not fetched ahead as well"
        );
    }

    #[test]
    fn fetches_nothing_at_hand_on_its_way_or_missing_from_the_index() {
        let fetched = after([
            started(INDEX_URL, "first-article"),
            started(INDEX_URL, "second-article"),
            finished(
                INDEX_URL,
                "second-article",
                true,
                Ok(article("second-article")),
            ),
        ]);
        for (requested, likely_next) in [
            (None, Some("second-article")),
            (Some("second-article"), Some("first-article")),
            (Some("gone"), Some("also-gone")),
        ] {
            assert_eq!(
                articles_to_fetch(&index(), INDEX_URL, requested, likely_next, &fetched),
                [],
                "{requested:?}, {likely_next:?}"
            );
        }
    }

    #[test]
    fn fetches_a_failure_fetched_ahead_again_once_opened() {
        let fetched = after([
            started(INDEX_URL, "second-article"),
            finished(INDEX_URL, "second-article", true, Err(failure())),
            started(INDEX_URL, "first-article"),
        ]);
        assert_eq!(
            articles_to_fetch(&index(), INDEX_URL, None, Some("second-article"), &fetched),
            [],
            "not again while only pointed at"
        );
        assert_eq!(
            articles_to_fetch(&index(), INDEX_URL, Some("second-article"), None, &fetched),
            [wanted("second-article", false)]
        );
    }

    #[test]
    fn fetches_again_what_was_fetched_for_another_index() {
        let fetched = after([
            started(OTHER_INDEX_URL, "first-article"),
            finished(
                OTHER_INDEX_URL,
                "first-article",
                false,
                Ok(article("first-article")),
            ),
        ]);
        assert_eq!(
            articles_to_fetch(&index(), INDEX_URL, None, None, &fetched),
            [wanted("first-article", false)]
        );
    }
}
