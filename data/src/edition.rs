use std::collections::HashMap;
use std::rc::Rc;

use serde::{Deserialize, Serialize};
use thiserror::Error;

use crate::{Article, Slug, Text, WebUrl};

/// A set of articles published together: what the viewer loads and shows.
///
/// Article ids are unique, and every related item that names an article of the
/// edition names one that is there: the viewer never offers a dead link.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Edition {
    #[serde(skip_serializing_if = "Option::is_none")]
    title: Option<Text>,
    articles: Vec<Rc<Article>>,
}

/// The edition as written, before the articles are checked against each other.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawEdition {
    #[serde(default)]
    title: Option<Text>,
    articles: Vec<Article>,
}

/// Articles of one edition that contradict each other.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum EditionError {
    #[error("articles[{index}].id: \"{id}\" is already the id of articles[{first}]")]
    DuplicateId {
        index: usize,
        first: usize,
        id: Slug,
    },
    #[error(
        "articles[{article}].related[{item}].article: no article in this edition has the id \"{id}\""
    )]
    UnknownRelatedArticle {
        article: usize,
        item: usize,
        id: Slug,
    },
    #[error("articles[{article}].related[{item}].article: an article cannot be related to itself")]
    RelatedToItself { article: usize, item: usize },
}

impl Edition {
    /// Checks that the articles agree with each other (see [`Edition`]).
    pub fn new(title: Option<Text>, articles: Vec<Article>) -> Result<Self, EditionError> {
        let mut index_of_id: HashMap<&Slug, usize> = HashMap::with_capacity(articles.len());
        for (index, article) in articles.iter().enumerate() {
            if let Some(&first) = index_of_id.get(&article.id) {
                return Err(EditionError::DuplicateId {
                    index,
                    first,
                    id: article.id.clone(),
                });
            }
            index_of_id.insert(&article.id, index);
        }
        for (article_index, article) in articles.iter().enumerate() {
            for (item, related) in article.related.iter().enumerate() {
                let Some(id) = &related.article else { continue };
                if *id == article.id {
                    return Err(EditionError::RelatedToItself {
                        article: article_index,
                        item,
                    });
                }
                if !index_of_id.contains_key(id) {
                    return Err(EditionError::UnknownRelatedArticle {
                        article: article_index,
                        item,
                        id: id.clone(),
                    });
                }
            }
        }
        Ok(Self {
            title,
            articles: articles.into_iter().map(Rc::new).collect(),
        })
    }

    /// The edition's name, shown in the masthead.
    pub fn title(&self) -> Option<&Text> {
        self.title.as_ref()
    }

    /// The articles in the order the edition lists them.
    pub fn articles(&self) -> &[Rc<Article>] {
        &self.articles
    }

    /// The edition with every relative URL (photo, related item, source) replaced
    /// by what `resolve` makes of it: an edition's URLs are relative to its own
    /// file, which need not sit next to the page that shows it.
    ///
    /// A URL stays as it is when `resolve` returns `None` or a URL that is not
    /// valid in an edition.
    pub fn with_urls_resolved(self, resolve: impl Fn(&str) -> Option<String>) -> Self {
        let resolve_url = |url: &mut WebUrl| {
            if url.is_relative()
                && let Some(resolved) = resolve(url).and_then(|text| WebUrl::try_from(text).ok())
            {
                *url = resolved;
            }
        };
        let articles = self
            .articles
            .into_iter()
            .map(|article| {
                let mut article = Rc::unwrap_or_clone(article);
                if let Some(photo) = &mut article.photo {
                    resolve_url(&mut photo.src);
                }
                for item in &mut article.related {
                    if let Some(url) = &mut item.url {
                        resolve_url(url);
                    }
                }
                if let Some(url) = article
                    .source
                    .as_mut()
                    .and_then(|source| source.url.as_mut())
                {
                    resolve_url(url);
                }
                Rc::new(article)
            })
            .collect();
        Self {
            title: self.title,
            articles,
        }
    }

    /// The article with this id, if the edition has it.
    pub fn article(&self, id: &str) -> Option<&Rc<Article>> {
        self.articles.iter().find(|article| &*article.id == id)
    }
}

impl TryFrom<RawEdition> for Edition {
    type Error = EditionError;

    fn try_from(raw: RawEdition) -> Result<Self, Self::Error> {
        Self::new(raw.title, raw.articles)
    }
}
