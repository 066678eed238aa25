//! What the main column shows, and what the document is titled for it.

use edition::{Slug, Text};
use yew::AttrValue;

use super::edition_load::{Articles, Loaded};
use super::paged_index::{PagedFiles, known_headline};
use super::split_articles::{ArticleLoad, FetchedArticles};
use crate::api::LoadError;
use crate::components::Page;
use crate::locale::{Message, Strings};

/// What the main column shows for the article the reader asked for (the
/// edition's first when `None`).
///
/// A paged edition's index lists its first page of headlines only: an article
/// it does not list is fetched all the same, and is not found only when its
/// file is not.
pub(super) fn page_for(
    loaded: &Loaded,
    requested: Option<&str>,
    fetched: &FetchedArticles,
    paged: &PagedFiles,
) -> Page {
    let not_found = |id: &str| Page::NotFound(AttrValue::from(id.to_owned()));
    let (id, headline) = match (requested, &loaded.articles) {
        (None, _) => match loaded.index.headlines().first() {
            Some(headline) => (headline.id.clone(), Some(headline.clone())),
            None => return Page::Empty,
        },
        (Some(id), Articles::OnDemand { index_url }) if loaded.index.pages().is_some() => {
            let Ok(id) = Slug::try_from(id) else {
                return not_found(id);
            };
            let headline = known_headline(&loaded.index, index_url, paged, &id);
            (id, headline)
        }
        (Some(id), _) => match loaded.index.headline(id) {
            Some(headline) => (headline.id.clone(), Some(headline.clone())),
            None => return not_found(id),
        },
    };
    match &loaded.articles {
        Articles::All(edition) => match edition.article(&id) {
            Some(article) => Page::Article(article.clone()),
            None => not_found(&id),
        },
        Articles::OnDemand { index_url } => match fetched.get(index_url, &id) {
            Some(ArticleLoad::Done(article)) => Page::Article(article.clone()),
            // Not in the headlines at hand, and not on the server either.
            Some(ArticleLoad::Failed(LoadError::Status { status: 404, .. }))
                if headline.is_none() =>
            {
                not_found(&id)
            }
            Some(ArticleLoad::Failed(error)) => Page::Unavailable {
                id,
                headline,
                error: error.clone(),
            },
            // A failure ahead of the reader is fetched again, now that it is opened.
            Some(ArticleLoad::InProgress | ArticleLoad::FailedAhead) | None => {
                Page::Loading { id, headline }
            }
        },
    }
}

/// "Headline — Edition title", or the headline alone for an untitled edition.
pub fn document_title(edition_title: Option<&Text>, page: &Page, strings: &Strings) -> String {
    let heading = match page {
        Page::Article(article) => article.headline.to_string(),
        Page::Loading {
            headline: Some(headline),
            ..
        }
        | Page::Unavailable {
            headline: Some(headline),
            ..
        } => headline.headline.to_string(),
        Page::Loading { headline: None, .. } | Page::Unavailable { headline: None, .. } => {
            strings.text(Message::LoadingArticle)
        }
        Page::NotFound(_) => strings.text(Message::NotFoundTitle),
        Page::Empty => strings.text(Message::EmptyTitle),
    };
    match edition_title {
        Some(title) => format!("{heading} — {title}"),
        None => heading,
    }
}

#[cfg(test)]
mod tests {
    use std::rc::Rc;

    use edition::{Edition, EditionIndex, Headline, parse_edition};
    use yew::Reducible;

    use super::*;
    use crate::app::split_articles::ArticleFetch;

    const RELATED_ARTICLES: &str =
        include_str!("../../data/tests/fixtures/valid/related-articles.json");
    const INDEX_URL: &str = "https://example.com/news/index.json";

    fn edition(json: &str) -> Edition {
        parse_edition(json).unwrap()
    }

    fn whole(json: &str) -> Loaded {
        Loaded::whole(edition(json))
    }

    fn split(json: &str) -> Loaded {
        Loaded::split((EditionIndex::of(&edition(json)), INDEX_URL.to_owned()))
    }

    fn slug(id: &str) -> Slug {
        Slug::try_from(id).unwrap()
    }

    fn article(id: &str) -> Rc<edition::Article> {
        edition(RELATED_ARTICLES).article(id).unwrap().clone()
    }

    fn headline(loaded: &Loaded, id: &str) -> Rc<Headline> {
        loaded.index.headline(id).unwrap().clone()
    }

    fn failure() -> LoadError {
        LoadError::Status {
            url: "https://example.com/news/articles/second-article.json".to_owned(),
            status: 404,
        }
    }

    /// How far the download of an article has come.
    enum Download {
        OnItsWay,
        Arrived,
        Failed { ahead: bool },
    }

    /// The articles of the index at `index_url` after a download of the article `id`.
    fn fetched(index_url: &str, id: &str, download: Download) -> FetchedArticles {
        let started = Rc::new(FetchedArticles::default()).reduce(ArticleFetch::Started {
            index_url: index_url.to_owned(),
            id: slug(id),
        });
        let (ahead, result) = match download {
            Download::OnItsWay => return Rc::unwrap_or_clone(started),
            Download::Arrived => (false, Ok(article(id).as_ref().clone())),
            Download::Failed { ahead } => (ahead, Err(failure())),
        };
        Rc::unwrap_or_clone(started.reduce(ArticleFetch::Finished {
            index_url: index_url.to_owned(),
            id: slug(id),
            ahead,
            result: Box::new(result),
        }))
    }

    #[test]
    fn opens_the_first_article_when_none_is_asked_for() {
        let page = page_for(
            &whole(RELATED_ARTICLES),
            None,
            &FetchedArticles::default(),
            &PagedFiles::default(),
        );
        assert_eq!(page, Page::Article(article("first-article")));
    }

    #[test]
    fn opens_the_article_asked_for() {
        let page = page_for(
            &whole(RELATED_ARTICLES),
            Some("second-article"),
            &FetchedArticles::default(),
            &PagedFiles::default(),
        );
        assert_eq!(page, Page::Article(article("second-article")));
    }

    #[test]
    fn says_an_unknown_article_is_not_found() {
        let none = FetchedArticles::default();
        for loaded in [whole(RELATED_ARTICLES), split(RELATED_ARTICLES)] {
            assert_eq!(
                page_for(&loaded, Some("gone"), &none, &PagedFiles::default()),
                Page::NotFound("gone".into())
            );
        }
    }

    #[test]
    fn shows_an_edition_without_articles_as_empty() {
        let json = include_str!("../../data/tests/fixtures/valid/no-articles.json");
        let none = FetchedArticles::default();
        assert_eq!(
            page_for(&whole(json), None, &none, &PagedFiles::default()),
            Page::Empty
        );
        assert_eq!(
            page_for(&split(json), None, &none, &PagedFiles::default()),
            Page::Empty
        );
        assert_eq!(
            page_for(
                &whole(json),
                Some("first-article"),
                &none,
                &PagedFiles::default()
            ),
            Page::NotFound("first-article".into())
        );
    }

    #[test]
    fn shows_the_headline_of_a_split_edition_article_until_it_arrives() {
        let loaded = split(RELATED_ARTICLES);
        let loading = Page::Loading {
            id: slug("first-article"),
            headline: Some(headline(&loaded, "first-article")),
        };
        assert_eq!(
            page_for(
                &loaded,
                None,
                &FetchedArticles::default(),
                &PagedFiles::default()
            ),
            loading,
            "not asked for yet"
        );
        let on_its_way = fetched(INDEX_URL, "first-article", Download::OnItsWay);
        assert_eq!(
            page_for(&loaded, None, &on_its_way, &PagedFiles::default()),
            loading
        );
    }

    #[test]
    fn shows_a_split_edition_article_once_it_arrives() {
        let loaded = split(RELATED_ARTICLES);
        let arrived = fetched(INDEX_URL, "second-article", Download::Arrived);
        assert_eq!(
            page_for(
                &loaded,
                Some("second-article"),
                &arrived,
                &PagedFiles::default()
            ),
            Page::Article(article("second-article"))
        );
    }

    #[test]
    fn shows_why_a_split_edition_article_is_unavailable() {
        let loaded = split(RELATED_ARTICLES);
        let failed = fetched(
            INDEX_URL,
            "second-article",
            Download::Failed { ahead: false },
        );
        assert_eq!(
            page_for(
                &loaded,
                Some("second-article"),
                &failed,
                &PagedFiles::default()
            ),
            Page::Unavailable {
                id: slug("second-article"),
                headline: Some(headline(&loaded, "second-article")),
                error: failure(),
            }
        );
    }

    #[test]
    fn shows_a_failure_fetched_ahead_as_loading_once_opened() {
        let loaded = split(RELATED_ARTICLES);
        let failed_ahead = fetched(
            INDEX_URL,
            "second-article",
            Download::Failed { ahead: true },
        );
        assert_eq!(
            page_for(
                &loaded,
                Some("second-article"),
                &failed_ahead,
                &PagedFiles::default()
            ),
            Page::Loading {
                id: slug("second-article"),
                headline: Some(headline(&loaded, "second-article")),
            }
        );
    }

    #[test]
    fn never_shows_an_article_fetched_for_another_index() {
        let loaded = split(RELATED_ARTICLES);
        let elsewhere = fetched(
            "https://example.com/sport/index.json",
            "first-article",
            Download::Arrived,
        );
        assert_eq!(
            page_for(&loaded, None, &elsewhere, &PagedFiles::default()),
            Page::Loading {
                id: slug("first-article"),
                headline: Some(headline(&loaded, "first-article")),
            }
        );
    }

    #[test]
    fn titles_the_document_with_the_heading_and_the_edition() {
        let loaded = whole(RELATED_ARTICLES);
        let title = loaded.index.title();
        let english = Strings::default();
        let document_title = |title, page: &Page| document_title(title, page, &english);
        assert_eq!(
            document_title(title, &Page::Article(article("first-article"))),
            "The first article — Two linked articles"
        );
        assert_eq!(
            document_title(
                title,
                &Page::Loading {
                    id: slug("second-article"),
                    headline: Some(headline(&loaded, "second-article")),
                }
            ),
            "The second article — Two linked articles"
        );
        assert_eq!(
            document_title(title, &Page::NotFound("gone".into())),
            "Article not found — Two linked articles"
        );
        assert_eq!(document_title(None, &Page::Empty), "No articles");
    }

    #[test]
    fn titles_a_missing_article_in_the_interface_language() {
        let german = Strings::new(crate::locale::Locale::De);
        assert_eq!(
            document_title(None, &Page::NotFound("gone".into()), &german),
            "Artikel nicht gefunden"
        );
    }
}
