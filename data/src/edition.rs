use std::collections::HashMap;
use std::rc::Rc;

use serde::{Deserialize, Serialize};
use thiserror::Error;

use crate::{Article, LanguageTag, Slug, Text};

/// A set of articles published together: what the viewer loads and shows.
///
/// Article ids are unique, and every related item that names an article of the
/// edition names one that is there: the viewer never offers a dead link.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Edition {
    #[serde(skip_serializing_if = "Option::is_none")]
    title: Option<Text>,
    #[serde(skip_serializing_if = "Option::is_none")]
    language: Option<LanguageTag>,
    articles: Vec<Rc<Article>>,
}

// The edition as written, before the articles are checked against each other.
// Its doc comment is the format's description in the JSON Schema.

/// An edition of the article viewer: a set of articles published together. Article
/// ids are unique in the edition, and a related item's `article` names an article
/// of the same edition, other than its own.
#[derive(Debug, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "schema", schemars(rename = "Edition"))]
#[serde(
    deny_unknown_fields,
    expecting = "an edition: an object with an \"articles\" list"
)]
pub(crate) struct RawEdition {
    /// The edition's name, shown in the masthead.
    #[serde(default)]
    pub(crate) title: Option<Text>,
    /// The language of the viewer's own words around the articles (its headings,
    /// buttons and messages), a BCP 47 tag (`de`, `pt-BR`); English when left out
    /// or when the viewer has no catalogue for it. Each article keeps its own
    /// `language`.
    #[serde(default)]
    pub(crate) language: Option<LanguageTag>,
    /// The articles, in the order the viewer lists them; may be empty.
    pub(crate) articles: Vec<Article>,
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
    #[error("headlines[{index}].id: \"{id}\" is already the id of headlines[{first}]")]
    DuplicateHeadlineId {
        index: usize,
        first: usize,
        id: Slug,
    },
    /// An article file of a split edition that holds another article than the
    /// one its name and the index promise.
    #[error("id: the file holds the article \"{found}\", not \"{expected}\"")]
    WrongArticle { expected: Slug, found: Slug },
    #[error("related[{item}].article: the edition's index has no article with the id \"{id}\"")]
    UnknownIndexedArticle { item: usize, id: Slug },
    #[error("related[{item}].article: an article cannot be related to itself")]
    ArticleRelatedToItself { item: usize },
    /// A paged index whose first page, or a page file, holds another number of
    /// headlines than its page size and count of headlines make.
    #[error(
        "headlines: page {page} holds {found} headlines; with {total} headlines in pages of {size}, it must hold {expected}"
    )]
    PageLength {
        page: usize,
        found: usize,
        expected: usize,
        total: usize,
        size: usize,
    },
    #[error("page: the file holds page {found}, not page {expected}")]
    WrongPage { expected: usize, found: usize },
    /// A page or search file asked of an index that is not paged.
    #[error("the edition's index is not paged: it has no page files or search index")]
    NotPaged,
    #[error("search chunk {number} does not exist: the search index has {chunks}")]
    NoSuchChunk { number: usize, chunks: usize },
    #[error("terms: {term:?} does not belong in search chunk {number}")]
    TermOutsideChunk { term: String, number: usize },
    #[error(
        "terms.{term}: positions must ascend without repeats and name one of the edition's {articles} articles"
    )]
    BadPositions { term: String, articles: usize },
}

impl EditionError {
    /// The field the problem is in, as `articles[1].id`.
    pub fn path(&self) -> String {
        match self {
            Self::DuplicateId { index, .. } => format!("articles[{index}].id"),
            Self::UnknownRelatedArticle { article, item, .. }
            | Self::RelatedToItself { article, item } => {
                format!("articles[{article}].related[{item}].article")
            }
            Self::DuplicateHeadlineId { index, .. } => format!("headlines[{index}].id"),
            Self::WrongArticle { .. } => "id".to_owned(),
            Self::UnknownIndexedArticle { item, .. } | Self::ArticleRelatedToItself { item } => {
                format!("related[{item}].article")
            }
            Self::PageLength { .. } => "headlines".to_owned(),
            Self::WrongPage { .. } => "page".to_owned(),
            Self::NotPaged | Self::NoSuchChunk { .. } => String::new(),
            Self::TermOutsideChunk { .. } => "terms".to_owned(),
            Self::BadPositions { term, .. } => format!("terms.{term}"),
        }
    }
}

/// What the checks between articles need to know of one article: its id and the
/// ids its related items name, with the items' indexes. `None` for an id that is
/// not a valid one (reported on its own).
#[derive(Debug, Default)]
pub(crate) struct ArticleLinks {
    pub(crate) id: Option<Slug>,
    pub(crate) related_articles: Vec<(usize, Slug)>,
}

impl From<&Article> for ArticleLinks {
    fn from(article: &Article) -> Self {
        Self {
            id: Some(article.id.clone()),
            related_articles: article
                .related
                .iter()
                .enumerate()
                .filter_map(|(item, related)| Some((item, related.article.clone()?)))
                .collect(),
        }
    }
}

/// Every contradiction between the articles, in the order of the articles.
pub(crate) fn contradictions(articles: &[ArticleLinks]) -> Vec<EditionError> {
    let mut errors = Vec::new();
    let mut index_of_id: HashMap<&Slug, usize> = HashMap::with_capacity(articles.len());
    for (index, article) in articles.iter().enumerate() {
        let Some(id) = &article.id else { continue };
        match index_of_id.get(id) {
            Some(&first) => errors.push(EditionError::DuplicateId {
                index,
                first,
                id: id.clone(),
            }),
            None => {
                index_of_id.insert(id, index);
            }
        }
    }
    for (article_index, article) in articles.iter().enumerate() {
        for (item, id) in &article.related_articles {
            if article.id.as_ref() == Some(id) {
                errors.push(EditionError::RelatedToItself {
                    article: article_index,
                    item: *item,
                });
            } else if !index_of_id.contains_key(id) {
                errors.push(EditionError::UnknownRelatedArticle {
                    article: article_index,
                    item: *item,
                    id: id.clone(),
                });
            }
        }
    }
    errors
}

impl Edition {
    /// Checks that the articles agree with each other (see [`Edition`]).
    pub fn new(title: Option<Text>, articles: Vec<Article>) -> Result<Self, EditionError> {
        let links: Vec<ArticleLinks> = articles.iter().map(ArticleLinks::from).collect();
        if let Some(first) = contradictions(&links).into_iter().next() {
            return Err(first);
        }
        Ok(Self {
            title,
            language: None,
            articles: articles.into_iter().map(Rc::new).collect(),
        })
    }

    /// The edition with `language` as the language of the viewer's own words.
    pub fn with_language(self, language: Option<LanguageTag>) -> Self {
        Self { language, ..self }
    }

    /// The edition's name, shown in the masthead.
    pub fn title(&self) -> Option<&Text> {
        self.title.as_ref()
    }

    /// The language the viewer's own words should be in, if the edition says.
    pub fn language(&self) -> Option<&LanguageTag> {
        self.language.as_ref()
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
        let articles = self
            .articles
            .into_iter()
            .map(|article| Rc::new(Rc::unwrap_or_clone(article).with_urls_resolved(&resolve)))
            .collect();
        Self { articles, ..self }
    }

    /// The article with this id, if the edition has it.
    pub fn article(&self, id: &str) -> Option<&Rc<Article>> {
        self.articles.iter().find(|article| &*article.id == id)
    }
}

impl TryFrom<RawEdition> for Edition {
    type Error = EditionError;

    fn try_from(raw: RawEdition) -> Result<Self, Self::Error> {
        Ok(Self::new(raw.title, raw.articles)?.with_language(raw.language))
    }
}
