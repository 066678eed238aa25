use std::fmt;
use std::num::NonZeroU32;
use std::ops::Deref;

use serde::{Deserialize, Serialize};
use thiserror::Error;

use crate::{LanguageTag, PhotoSource, PublicationDate, Slug, Text, WebUrl};

/// One news article, as the viewer shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
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
    /// What the importer cut from the scraped source, so a reader of the edition can
    /// see it and judge the cut. The viewer does not show it.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub removed: Vec<Removal>,
}

impl Article {
    /// The article with every relative URL (photo, related item, source) replaced
    /// by what `resolve` makes of it: its URLs are relative to the file it came
    /// from, which need not sit next to the page that shows it.
    ///
    /// A URL stays as it is when `resolve` returns `None` or a URL that is not
    /// valid in an edition.
    pub fn with_urls_resolved(mut self, resolve: impl Fn(&str) -> Option<String>) -> Self {
        let resolve_url = |url: &mut WebUrl| {
            if url.is_relative()
                && let Some(resolved) = resolve(url).and_then(|text| WebUrl::try_from(text).ok())
            {
                *url = resolved;
            }
        };
        if let Some(photo) = &mut self.photo
            && photo.src.is_relative()
            && let Some(resolved) =
                resolve(&photo.src).and_then(|text| PhotoSource::try_from(text).ok())
        {
            photo.src = resolved;
        }
        for item in &mut self.related {
            if let Some(url) = &mut item.url {
                resolve_url(url);
            }
        }
        if let Some(url) = self.source.as_mut().and_then(|source| source.url.as_mut()) {
            resolve_url(url);
        }
        self
    }
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
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
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
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Photo {
    /// A web URL, or the image itself in a `data:` URL.
    pub src: PhotoSource,
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
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
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
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Source {
    pub name: Text,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<WebUrl>,
}

/// Text the importer removed from a scraped source, and why.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Removal {
    /// Exactly what was cut, trimmed.
    pub text: Text,
    /// The line of the source text it was on, counted from 1.
    pub line: NonZeroU32,
    pub rule: RemovalRule,
    /// For a line the importer's classifier judged: how much it read like
    /// article text, from 0 (page furniture) to 100.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub score: Option<u8>,
}

/// Why the importer removed a piece of text. The ids (`attribution-spam` …) are
/// stable: editions store them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "kebab-case")]
pub enum RemovalRule {
    /// "This news data comes from:http://…", "Read more: https://…", on a line of its
    /// own or glued to the end of a paragraph.
    AttributionSpam,
    /// A line that is only a URL.
    BareUrl,
    /// Page furniture on a line of its own: "Advertisement", "Share this article",
    /// a social network's name.
    Boilerplate,
    /// A line of the text that is an HTTP status line or a scraper's error page
    /// ("500 Internal Server Error", "Just a moment...").
    HttpError,
    /// The headline again, as a line of the text.
    RepeatedHeadline,
    /// A photo's caption with its credit ("FILE - Soldiers march in Red Square …
    /// (AP Photo/Alexander Zemlianichenko, File)") in a text that has no photo.
    PhotoCaption,
    /// A line that only stamps when the article was published or updated
    /// ("Published 9:41 AM EDT, Tue September 2, 2025").
    Timestamp,
    /// A related-list item with no headline in it: no text, or a single word
    /// ("Loading...").
    EmptyRelated,
    /// A related-list item that is an HTTP status line or a scraper's error page:
    /// a bot wall, an access-denied or service-unavailable page.
    HttpErrorInRelated,
    /// A related-list item that repeats an earlier one.
    DuplicateRelated,
    /// A related-list item that is the article itself: its own headline, or a
    /// link to its own address.
    RelatedIsHeadline,
    /// A line the classifier judged page furniture rather than article text: a
    /// menu, a call to subscribe, a footer, a link to another story.
    PageFurniture,
}

impl RemovalRule {
    /// Every rule, in the order `--explain` documents them.
    pub const ALL: [Self; 12] = [
        Self::AttributionSpam,
        Self::BareUrl,
        Self::Boilerplate,
        Self::HttpError,
        Self::RepeatedHeadline,
        Self::PhotoCaption,
        Self::Timestamp,
        Self::EmptyRelated,
        Self::HttpErrorInRelated,
        Self::DuplicateRelated,
        Self::RelatedIsHeadline,
        Self::PageFurniture,
    ];

    /// The rule's stable id, as the edition stores it.
    pub fn id(self) -> &'static str {
        match self {
            Self::AttributionSpam => "attribution-spam",
            Self::BareUrl => "bare-url",
            Self::Boilerplate => "boilerplate",
            Self::HttpError => "http-error",
            Self::RepeatedHeadline => "repeated-headline",
            Self::PhotoCaption => "photo-caption",
            Self::Timestamp => "timestamp",
            Self::EmptyRelated => "empty-related",
            Self::HttpErrorInRelated => "http-error-in-related",
            Self::DuplicateRelated => "duplicate-related",
            Self::RelatedIsHeadline => "related-is-headline",
            Self::PageFurniture => "page-furniture",
        }
    }
}

impl fmt::Display for RemovalRule {
    fn fmt(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        formatter.write_str(self.id())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn removal_rule_ids_are_the_serialized_names() {
        for rule in RemovalRule::ALL {
            assert_eq!(
                serde_json::to_value(rule).unwrap(),
                serde_json::Value::from(rule.id())
            );
        }
    }
}
