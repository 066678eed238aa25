//! What the main column shows, and what the document is titled for it.

use edition::Text;
use yew::AttrValue;

use super::edition_load::{Articles, Loaded};
use super::split_articles::{ArticleLoad, FetchedArticles};
use crate::components::Page;
use crate::locale::{Message, Strings};

/// What the main column shows for the article the reader asked for (the
/// edition's first when `None`).
pub(super) fn page_for(
    loaded: &Loaded,
    requested: Option<&str>,
    fetched: &FetchedArticles,
) -> Page {
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
        Articles::OnDemand { index_url } => match fetched.get(index_url, &headline.id) {
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

/// "Headline — Edition title", or the headline alone for an untitled edition.
pub fn document_title(edition_title: Option<&Text>, page: &Page, strings: &Strings) -> String {
    let heading = match page {
        Page::Article(article) => article.headline.to_string(),
        Page::Loading(headline) | Page::Unavailable { headline, .. } => {
            headline.headline.to_string()
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

    use edition::{Edition, EditionIndex, Headline, Slug, parse_edition};
    use yew::Reducible;

    use super::*;
    use crate::api::LoadError;
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
        let page = page_for(&whole(RELATED_ARTICLES), None, &FetchedArticles::default());
        assert_eq!(page, Page::Article(article("first-article")));
    }

    #[test]
    fn opens_the_article_asked_for() {
        let page = page_for(
            &whole(RELATED_ARTICLES),
            Some("second-article"),
            &FetchedArticles::default(),
        );
        assert_eq!(page, Page::Article(article("second-article")));
    }

    #[test]
    fn says_an_unknown_article_is_not_found() {
        let none = FetchedArticles::default();
        for loaded in [whole(RELATED_ARTICLES), split(RELATED_ARTICLES)] {
            assert_eq!(
                page_for(&loaded, Some("gone"), &none),
                Page::NotFound("gone".into())
            );
        }
    }

    #[test]
    fn shows_an_edition_without_articles_as_empty() {
        let json = include_str!("../../data/tests/fixtures/valid/no-articles.json");
        let none = FetchedArticles::default();
        assert_eq!(page_for(&whole(json), None, &none), Page::Empty);
        assert_eq!(page_for(&split(json), None, &none), Page::Empty);
        assert_eq!(
            page_for(&whole(json), Some("first-article"), &none),
            Page::NotFound("first-article".into())
        );
    }

    #[test]
    fn shows_the_headline_of_a_split_edition_article_until_it_arrives() {
        let loaded = split(RELATED_ARTICLES);
        let loading = Page::Loading(headline(&loaded, "first-article"));
        assert_eq!(
            page_for(&loaded, None, &FetchedArticles::default()),
            loading,
            "not asked for yet"
        );
        let on_its_way = fetched(INDEX_URL, "first-article", Download::OnItsWay);
        assert_eq!(page_for(&loaded, None, &on_its_way), loading);
    }

    #[test]
    fn shows_a_split_edition_article_once_it_arrives() {
        let loaded = split(RELATED_ARTICLES);
        let arrived = fetched(INDEX_URL, "second-article", Download::Arrived);
        assert_eq!(
            page_for(&loaded, Some("second-article"), &arrived),
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
            page_for(&loaded, Some("second-article"), &failed),
            Page::Unavailable {
                headline: headline(&loaded, "second-article"),
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
            page_for(&loaded, Some("second-article"), &failed_ahead),
            Page::Loading(headline(&loaded, "second-article"))
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
            page_for(&loaded, None, &elsewhere),
            Page::Loading(headline(&loaded, "first-article"))
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
            document_title(title, &Page::Loading(headline(&loaded, "second-article"))),
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
