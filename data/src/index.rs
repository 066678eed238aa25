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

/// Where the page `number` (from 2: the index holds the first) of a paged
/// index's headlines sits, relative to the index.
pub fn index_page_path(number: usize) -> String {
    format!("pages/{number}.json")
}

/// How a paged index is cut: the index holds the first `size` headlines, and
/// each page file the next `size`, up to `headlines` in all.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Paging {
    /// Headlines a page, at least 1.
    #[cfg_attr(feature = "schema", schemars(range(min = 1)))]
    pub size: u32,
    /// Headlines in the whole edition.
    pub headlines: u32,
}

impl Paging {
    /// How many pages there are: at least one, which may be empty.
    pub fn page_count(&self) -> usize {
        (self.headlines as usize).div_ceil(self.size()).max(1)
    }

    /// Headlines a page.
    pub fn size(&self) -> usize {
        self.size as usize
    }

    /// The page (from 1) holding the headline at `position` (from 0).
    pub fn page_of(&self, position: usize) -> usize {
        position / self.size() + 1
    }

    /// The position of the first headline of the page `number`.
    pub fn first_position(&self, number: usize) -> usize {
        (number - 1) * self.size()
    }

    /// How many headlines the page `number` holds.
    pub fn page_length(&self, number: usize) -> usize {
        (self.headlines as usize)
            .saturating_sub(self.first_position(number))
            .min(self.size())
    }

    fn check_length(&self, number: usize, found: usize) -> Result<(), EditionError> {
        let expected = self.page_length(number);
        if found == expected {
            return Ok(());
        }
        Err(EditionError::PageLength {
            page: number,
            found,
            expected,
            total: self.headlines as usize,
            size: self.size(),
        })
    }
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
    #[serde(skip_serializing_if = "Option::is_none")]
    pages: Option<Paging>,
    #[serde(skip)]
    position_of_id: HashMap<Slug, usize>,
}

// The index as written, before its ids are checked against each other. Its doc
// comment is the format's description in the JSON Schema.

/// The index of a split edition: the edition's title and a headline per
/// article, in the order the viewer lists them; for an edition of many
/// articles, only the first page of headlines, with `pages` and `search`. The
/// article with the id `x` is the file `articles/x.json` beside the index, and
/// holds what an article of a whole edition holds.
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
    /// A headline per article, or for a paged index the first page's; may be empty.
    pub(crate) headlines: Vec<Headline>,
    /// For an edition of many articles: how its headlines are cut into pages,
    /// the first here and the others in `pages/<n>.json` beside the index. A
    /// paged index has a search index beside it too: `search/chunks.json`
    /// says where each of its chunks starts and which file holds it.
    #[serde(default)]
    pub(crate) pages: Option<Paging>,
}

/// A page of a paged index's headlines, from the second: the file
/// `pages/<n>.json` beside the index.
#[derive(Debug, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "schema", schemars(rename = "IndexPage"))]
#[serde(
    deny_unknown_fields,
    expecting = "an index page: an object with \"page\" and \"headlines\""
)]
pub(crate) struct RawPage {
    /// The page's number, from 2; the index holds the first.
    #[cfg_attr(feature = "schema", schemars(range(min = 2)))]
    pub(crate) page: usize,
    /// The page's headlines, continuing the previous page's.
    pub(crate) headlines: Vec<Headline>,
}

/// A page of a paged index, as written.
#[derive(Serialize)]
struct PageFile<'a> {
    page: usize,
    headlines: &'a [Headline],
}

/// The text of the page file `number` holding `headlines`.
pub fn index_page_json(number: usize, headlines: &[Headline]) -> String {
    serde_json::to_string_pretty(&PageFile {
        page: number,
        headlines,
    })
    .expect("headlines serialize")
        + "\n"
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
            pages: None,
            position_of_id,
        })
    }

    /// The index with its headlines in pages: `self` holds the first page's.
    /// The search index of all of them is beside it (`search/chunks.json`).
    pub fn paged(self, pages: Paging) -> Result<Self, EditionError> {
        if pages.size == 0 {
            return Err(EditionError::PageLength {
                page: 1,
                found: self.headlines.len(),
                expected: 0,
                total: pages.headlines as usize,
                size: 0,
            });
        }
        pages.check_length(1, self.headlines.len())?;
        Ok(Self {
            pages: Some(pages),
            ..self
        })
    }

    /// How the headlines are cut into pages, when they are: then
    /// [`headlines`](Self::headlines) holds the first page only.
    pub fn pages(&self) -> Option<&Paging> {
        self.pages.as_ref()
    }

    /// How many articles the edition has, on every page.
    pub fn article_count(&self) -> usize {
        self.pages
            .map_or(self.headlines.len(), |pages| pages.headlines as usize)
    }

    /// Checks the headlines read from the page file `number`: the page it
    /// says it is, as many headlines as the paging makes, no id twice.
    pub(crate) fn admit_page(
        &self,
        raw: RawPage,
        number: usize,
    ) -> Result<Vec<Rc<Headline>>, EditionError> {
        let Some(pages) = self.pages else {
            return Err(EditionError::NotPaged);
        };
        if raw.page != number {
            return Err(EditionError::WrongPage {
                expected: number,
                found: raw.page,
            });
        }
        pages.check_length(number, raw.headlines.len())?;
        Ok(Self::new(None, raw.headlines)?.headlines)
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
            // A paged index lists only its first page; the rest is checked
            // when the edition is split, and a dead link opens "not found".
            if self.pages.is_none() && !self.position_of_id.contains_key(related_id) {
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
        let index = Self::new(raw.title, raw.headlines)?.with_language(raw.language);
        match raw.pages {
            None => Ok(index),
            Some(pages) => index.paged(pages),
        }
    }
}
