//! What an import adds to the articles from a file of its own: the facts that
//! scraped text does not hold, such as a photo made for the edition.

use std::collections::BTreeMap;

use edition::{Article, LanguageTag, Photo, PublicationDate, Slug, Source, Text};
use serde::Deserialize;

/// An overlay file:
///
/// ```json
/// { "title": "Sample edition", "language": "de",
///   "articles": { "article-id": { "photo": { "src": "map.svg", … } } } }
/// ```
///
/// Each value is validated like the same field of an edition.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Overlay {
    #[serde(default)]
    pub title: Option<Text>,
    /// The edition's `language`: that of the viewer's own words.
    #[serde(default)]
    pub language: Option<LanguageTag>,
    #[serde(default)]
    pub articles: BTreeMap<Slug, ArticleOverlay>,
}

/// The fields an overlay may set on an imported article; each replaces what the
/// import found.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ArticleOverlay {
    #[serde(default)]
    dek: Option<Text>,
    #[serde(default)]
    byline: Option<Text>,
    #[serde(default)]
    dateline: Option<Text>,
    #[serde(default)]
    published: Option<PublicationDate>,
    #[serde(default)]
    language: Option<LanguageTag>,
    #[serde(default)]
    photo: Option<Photo>,
    #[serde(default)]
    source: Option<Source>,
}

impl Overlay {
    /// Reads an overlay; the error names the field and position.
    pub fn parse(json: &str) -> Result<Self, String> {
        let mut deserializer = serde_json::Deserializer::from_str(json);
        let overlay: Self =
            serde_path_to_error::deserialize(&mut deserializer).map_err(|error| {
                let path = error.path().to_string();
                let inner = error.into_inner();
                let message = inner.to_string();
                let message = message
                    .strip_suffix(&format!(
                        " at line {} column {}",
                        inner.line(),
                        inner.column()
                    ))
                    .unwrap_or(&message)
                    .to_owned();
                let position = format!("{}:{}", inner.line(), inner.column());
                if path == "." {
                    format!("{position}: {message}")
                } else {
                    format!("{position}: {path}: {message}")
                }
            })?;
        deserializer.end().map_err(|error| error.to_string())?;
        Ok(overlay)
    }

    /// Sets the overlay's fields on `article`.
    pub fn apply(overlay: ArticleOverlay, article: &mut Article) {
        let ArticleOverlay {
            dek,
            byline,
            dateline,
            published,
            language,
            photo,
            source,
        } = overlay;
        article.dek = dek.or(article.dek.take());
        article.byline = byline.or(article.byline.take());
        article.dateline = dateline.or(article.dateline.take());
        article.published = published.or(article.published.take());
        if let Some(language) = language {
            article.language = language;
        }
        article.photo = photo.or(article.photo.take());
        article.source = source.or(article.source.take());
    }
}
