use std::num::NonZeroU32;
use std::ops::Deref;

use serde::{Deserialize, Serialize};
use thiserror::Error;

use crate::{LanguageTag, PublicationDate, Slug, Text, WebUrl};

/// One news article, as the viewer shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Article {
    /// Stable id, unique in its edition.
    pub id: Slug,
    pub headline: Text,
    /// The part of the edition it belongs to: "World", "Business".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub section: Option<Text>,
    /// The standfirst: one or two sentences under the headline.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dek: Option<Text>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub byline: Option<Text>,
    /// Where the story was filed from, as printed: "SEOUL", "NAIROBI, Kenya".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dateline: Option<Text>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub published: Option<PublicationDate>,
    pub language: LanguageTag,
    pub body: Body,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub photo: Option<Photo>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub related: Vec<RelatedItem>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<Source>,
}

/// The article's text: at least one block, in reading order.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(try_from = "Vec<Block>", into = "Vec<Block>")]
pub struct Body(Vec<Block>);

#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum BodyError {
    #[error("an article needs at least one block of text")]
    Empty,
}

impl TryFrom<Vec<Block>> for Body {
    type Error = BodyError;

    fn try_from(blocks: Vec<Block>) -> Result<Self, Self::Error> {
        if blocks.is_empty() {
            Err(BodyError::Empty)
        } else {
            Ok(Self(blocks))
        }
    }
}

impl From<Body> for Vec<Block> {
    fn from(body: Body) -> Self {
        body.0
    }
}

impl Deref for Body {
    type Target = [Block];

    fn deref(&self) -> &[Block] {
        &self.0
    }
}

/// A block of article text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "lowercase", deny_unknown_fields)]
pub enum Block {
    Paragraph {
        text: Text,
    },
    /// A quotation set apart from the paragraphs.
    Quote {
        text: Text,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        attribution: Option<Text>,
    },
    /// A subheading inside the article.
    Heading {
        text: Text,
    },
}

/// The article's lead photo or illustration.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Photo {
    pub src: WebUrl,
    /// Intrinsic size in pixels; the page reserves the space before the image arrives.
    pub width: NonZeroU32,
    pub height: NonZeroU32,
    /// What the image shows, for readers who cannot see it.
    pub alt: Text,
    /// What the image is about, printed under it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub caption: Option<Text>,
    /// Who made it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub credit: Option<Text>,
}

/// An entry in the related-news list.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RelatedItem {
    pub headline: Text,
    /// Where the story lives on the web.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<WebUrl>,
    /// The id of an article in the same edition; the viewer opens it in place.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub article: Option<Slug>,
}

/// Where the article was first published.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Source {
    pub name: Text,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<WebUrl>,
}
