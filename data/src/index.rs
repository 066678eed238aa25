//! A split edition: an index of headlines, and a file per article that the
//! viewer fetches when the reader opens it. An edition of thousands of articles
//! is too much to download before the first one can be read; its index is not.

use std::collections::HashMap;
use std::collections::hash_map::Entry;
use std::rc::Rc;

use serde::{Deserialize, Serialize};

use crate::{Article, Edition, EditionError, LanguageTag, PublicationDate, Slug, Text};

/// Where the file of an article sits, relative to its edition's index.
pub fn article_file_path(id: &Slug) -> String {
    format!("articles/{id}.json")
}

/// What the headline list shows of an article: its entry in an edition index.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Headline {
    /// The article's id; its file is `articles/<id>.json` beside the index.
    pub id: Slug,
    pub headline: Text,
    /// The part of the edition it belongs to: "World", "Business".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub section: Option<Text>,
    /// The standfirst, which the headline filter searches too.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dek: Option<Text>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub published: Option<PublicationDate>,
    pub language: LanguageTag,
}

impl From<&Article> for Headline {
    fn from(article: &Article) -> Self {
        Self {
            id: article.id.clone(),
            headline: article.headline.clone(),
            section: article.section.clone(),
            dek: article.dek.clone(),
            published: article.published.clone(),
            language: article.language.clone(),
        }
    }
}

/// The headlines of an edition, in the order it lists its articles; ids are
/// unique. A whole [`Edition`] has one too ([`EditionIndex::of`]), so the viewer
/// lists both kinds the same way.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct EditionIndex {
    #[serde(skip_serializing_if = "Option::is_none")]
    title: Option<Text>,
    #[serde(skip_serializing_if = "Option::is_none")]
    language: Option<LanguageTag>,
    headlines: Vec<Rc<Headline>>,
    #[serde(skip)]
    position_of_id: HashMap<Slug, usize>,
}

// The index as written, before its ids are checked against each other. Its doc
// comment is the format's description in the JSON Schema.

/// The index of a split edition: the edition's title and a headline per
/// article, in the order the viewer lists them. The article with the id `x` is
/// the file `articles/x.json` beside the index, and holds what an article of a
/// whole edition holds.
#[derive(Debug, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "schema", schemars(rename = "EditionIndex"))]
#[serde(
    deny_unknown_fields,
    expecting = "an edition index: an object with a \"headlines\" list"
)]
pub(crate) struct RawIndex {
    /// The edition's name, shown in the masthead.
    #[serde(default)]
    pub(crate) title: Option<Text>,
    /// The language of the viewer's own words, as the edition's `language`.
    #[serde(default)]
    pub(crate) language: Option<LanguageTag>,
    /// A headline per article; may be empty.
    pub(crate) headlines: Vec<Headline>,
}

impl EditionIndex {
    /// Checks that no two headlines share an id.
    pub fn new(title: Option<Text>, headlines: Vec<Headline>) -> Result<Self, EditionError> {
        let mut position_of_id = HashMap::with_capacity(headlines.len());
        for (index, headline) in headlines.iter().enumerate() {
            match position_of_id.entry(headline.id.clone()) {
                Entry::Occupied(first) => {
                    return Err(EditionError::DuplicateHeadlineId {
                        index,
                        first: *first.get(),
                        id: headline.id.clone(),
                    });
                }
                Entry::Vacant(entry) => {
                    entry.insert(index);
                }
            }
        }
        Ok(Self {
            title,
            language: None,
            headlines: headlines.into_iter().map(Rc::new).collect(),
            position_of_id,
        })
    }

    /// The index of a whole edition.
    pub fn of(edition: &Edition) -> Self {
        let headlines = edition
            .articles()
            .iter()
            .map(|article| Headline::from(article.as_ref()))
            .collect();
        Self::new(edition.title().cloned(), headlines)
            .expect("an edition's article ids are unique")
            .with_language(edition.language().cloned())
    }

    /// The index with `language` as the language of the viewer's own words.
    pub fn with_language(self, language: Option<LanguageTag>) -> Self {
        Self { language, ..self }
    }

    /// The language the viewer's own words should be in, if the edition says.
    pub fn language(&self) -> Option<&LanguageTag> {
        self.language.as_ref()
    }

    /// The edition's name, shown in the masthead.
    pub fn title(&self) -> Option<&Text> {
        self.title.as_ref()
    }

    /// The headlines in the order the edition lists its articles.
    pub fn headlines(&self) -> &[Rc<Headline>] {
        &self.headlines
    }

    /// The headline of the article with this id, if the edition has it.
    pub fn headline(&self, id: &str) -> Option<&Rc<Headline>> {
        let position = self.position_of_id.get(id)?;
        self.headlines.get(*position)
    }

    /// `article` as the file of the article `id` in this edition: it must be
    /// that article, and its related items may only name other articles the
    /// index lists, so the viewer never offers a dead link.
    pub fn admit(&self, id: &Slug, article: Article) -> Result<Article, EditionError> {
        if article.id != *id {
            return Err(EditionError::WrongArticle {
                expected: id.clone(),
                found: article.id,
            });
        }
        for (item, related) in article.related.iter().enumerate() {
            let Some(related_id) = &related.article else {
                continue;
            };
            if related_id == id {
                return Err(EditionError::ArticleRelatedToItself { item });
            }
            if !self.position_of_id.contains_key(related_id) {
                return Err(EditionError::UnknownIndexedArticle {
                    item,
                    id: related_id.clone(),
                });
            }
        }
        Ok(article)
    }
}

impl TryFrom<RawIndex> for EditionIndex {
    type Error = EditionError;

    fn try_from(raw: RawIndex) -> Result<Self, Self::Error> {
        Ok(Self::new(raw.title, raw.headlines)?.with_language(raw.language))
    }
}
