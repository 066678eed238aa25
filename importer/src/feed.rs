//! Feeds: RSS 2.0, Atom and JSON Feed, one article per item, read with the
//! `feed-rs` crate.
//!
//! An item's title is the headline, its summary the dek, its authors' names the
//! byline, its publication (or, failing that, update) date the published date,
//! and its link the source's URL, under the feed's title as the source's name.
//! The body is the item's content (or, without one, its summary): its HTML is
//! read for its text, a block a line, and the text goes through the same layers
//! as a saved page's. The item's image, when the feed states its size, is the
//! photo (see `photo`). An item that cannot be made an article is skipped,
//! with the reason; the others are imported.

mod photo;
use edition::{LanguageTag, PublicationDate, Source, Text, WebUrl};
use feed_rs::model::{Entry, Feed};

use crate::dateline::byline_naming;
use crate::html_page::{MAX_PAGE_BYTES, text_of_html};
use crate::photo::{ImageCandidate, choose_photo};
use crate::{
    Finding, Furniture, ImportError, ImportOptions, Imported, LineMarks, Part, import_text,
};
use photo::{item_images, json_feed_images};

/// What a feed gives: its title, its items as articles, and the items skipped.
#[derive(Debug, Clone)]
pub struct ImportedFeed {
    pub title: Option<Text>,
    pub articles: Vec<Imported>,
    /// Each skipped item, named by its place and title, with the reason.
    pub skipped: Vec<String>,
}

/// Whether `bytes` are a feed: an RSS, RDF or Atom document, or a JSON Feed.
pub fn is_feed(bytes: &[u8]) -> bool {
    let start = &bytes[..bytes.len().min(2048)];
    let start = start.strip_prefix(b"\xef\xbb\xbf").unwrap_or(start);
    let trimmed = start.trim_ascii_start();
    let lower = trimmed.to_ascii_lowercase();
    let contains = |needle: &[u8]| lower.windows(needle.len()).any(|window| window == needle);
    if trimmed.starts_with(b"{") {
        return contains(b"jsonfeed.org/version");
    }
    trimmed.starts_with(b"<") && (contains(b"<rss") || contains(b"<feed") || contains(b"<rdf:rdf"))
}

/// Turns every item of the feed `bytes` into an article (see the module
/// documentation).
pub fn import_feed(bytes: &[u8], options: &ImportOptions) -> Result<ImportedFeed, ImportError> {
    if bytes.len() > MAX_PAGE_BYTES {
        return Err(ImportError::TooLarge);
    }
    if options.headline.is_some() || options.id.is_some() {
        return Err(ImportError::Unreadable(
            "--headline and --id name one article; a feed holds many".to_owned(),
        ));
    }
    let feed: Feed = feed_rs::parser::parse(bytes).map_err(|error| {
        ImportError::Unreadable(format!("not a feed that can be read: {error}"))
    })?;
    let title = feed.title.as_ref().and_then(|title| plain(&title.content));
    let json_images = json_feed_images(bytes);
    let mut articles = Vec::new();
    let mut skipped = Vec::new();
    for (number, entry) in feed.entries.iter().enumerate() {
        let images = item_images(entry, json_images.get(number).map_or(&[], Vec::as_slice));
        match import_entry(entry, title.as_ref(), images, options) {
            Ok(imported) => articles.push(imported),
            Err(reason) => {
                let named = entry
                    .title
                    .as_ref()
                    .map(|title| format!(" \"{}\"", title.content.trim()))
                    .unwrap_or_default();
                skipped.push(format!("item {}{named}: {reason}", number + 1));
            }
        }
    }
    Ok(ImportedFeed {
        title,
        articles,
        skipped,
    })
}

fn import_entry(
    entry: &Entry,
    feed_title: Option<&Text>,
    images: Vec<ImageCandidate>,
    options: &ImportOptions,
) -> Result<Imported, String> {
    let headline = entry
        .title
        .as_ref()
        .and_then(|title| plain(&title.content))
        .ok_or("it has no title")?;
    let summary = entry
        .summary
        .as_ref()
        .map(|summary| summary.content.as_str());
    let content = entry
        .content
        .as_ref()
        .and_then(|content| content.body.as_deref());
    let body = content
        .or(summary)
        .ok_or("it has no content and no summary")?;
    // Plain text (JSON Feed's `content_text`) keeps its lines as they are.
    let (text, marks) = if body.contains('<') {
        text_of_html(body)
    } else {
        (body.to_owned(), LineMarks::default())
    };
    let language = options.language.clone().or_else(|| {
        entry
            .language
            .as_deref()
            .and_then(|tag| LanguageTag::try_from(tag.trim()).ok())
    });
    let item_options = ImportOptions {
        headline: Some(headline),
        language,
        id: None,
    };
    let mut imported = import_text(&text, &item_options, Furniture::AlreadyRemoved, &marks)
        .map_err(|error| error.to_string())?;
    // The headline was the item's, not given by the user.
    imported
        .findings
        .retain(|finding| finding.part != Part::GivenHeadline);
    let mut from_feed = vec![("headline", imported.article.headline.to_string())];
    let article = &mut imported.article;
    if content.is_some()
        && let Some(summary) = summary.and_then(|summary| plain(&text_of_html(summary).0))
    {
        from_feed.push(("dek", summary.to_string()));
        article.dek = Some(summary);
    }
    let names: Vec<&str> = entry
        .authors
        .iter()
        .filter_map(|author| author.name.as_deref().map(author_name))
        .filter(|name| !name.is_empty())
        .collect();
    if article.byline.is_none() && !names.is_empty() {
        article.byline = byline_naming(&names, &article.language);
        if let Some(byline) = &article.byline {
            from_feed.push(("byline", byline.to_string()));
        }
    }
    if article.published.is_none()
        && let Some(date) = entry.published.or(entry.updated)
    {
        article.published =
            PublicationDate::try_from(date.format("%Y-%m-%dT%H:%M:%SZ").to_string()).ok();
        if let Some(published) = &article.published {
            from_feed.push(("published", published.to_string()));
        }
    }
    let url = entry
        .links
        .iter()
        .find(|link| link.rel.as_deref().is_none_or(|rel| rel == "alternate"))
        .and_then(|link| WebUrl::try_from(link.href.trim()).ok());
    if let Some(name) = feed_title {
        from_feed.push(("source", name.to_string()));
        article.source = Some(Source {
            name: name.clone(),
            url,
        });
    }
    imported
        .findings
        .extend(from_feed.into_iter().map(|(field, value)| Finding {
            line: None,
            part: Part::FromFeed { field },
            value,
        }));
    imported.article.photo = choose_photo(images, "the feed", &mut imported.findings);
    imported.findings.sort_by_key(|finding| finding.line);
    Ok(imported)
}

/// An author as a reader names them: RSS writes `jane@example.com (Jane Roe)`,
/// which a feed reader may hand over as the address or as `(Jane Roe)`.
fn author_name(written: &str) -> &str {
    let written = written.trim();
    let name = match (written.find('('), written.rfind(')')) {
        (Some(open), Some(close)) if open < close => &written[open + 1..close],
        _ => written,
    };
    if name.contains('@') { "" } else { name.trim() }
}

/// A feed's text field as text a reader sees: markup in a title or a summary is
/// read as HTML and only its text kept; `None` when nothing is left.
pub(crate) fn plain(value: &str) -> Option<Text> {
    let text = if value.contains('<') || value.contains('&') {
        text_of_html(value).0
    } else {
        value.to_owned()
    };
    let collapsed = text.split_whitespace().collect::<Vec<_>>().join(" ");
    Text::try_from(collapsed).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn knows_a_feed_by_its_content() {
        for feed in [
            &b"<?xml version=\"1.0\"?><rss version=\"2.0\"><channel></channel></rss>"[..],
            b"\xef\xbb\xbf<feed xmlns=\"http://www.w3.org/2005/Atom\"></feed>",
            b"<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\"></rdf:RDF>",
            b"{\"version\": \"https://jsonfeed.org/version/1.1\", \"items\": []}",
        ] {
            assert!(is_feed(feed), "{}", String::from_utf8_lossy(feed));
        }
        for other in [
            &b"<!DOCTYPE html><html><body><p>A feed of news</p></body></html>"[..],
            b"{\"articles\": []}",
            b"Council meets\nThe council met.",
        ] {
            assert!(!is_feed(other), "{}", String::from_utf8_lossy(other));
        }
    }

    #[test]
    fn keeps_the_paragraphs_of_plain_text_content() {
        let feed = br#"{"version": "https://jsonfeed.org/version/1.1", "title": "Eastbrook Post",
            "items": [{"id": "1", "title": "Eastbrook abolishes library fines",
            "content_text": "The Eastbrook council abolished library fines on Thursday.\n\nBooks returned late will still have to come back, the council said."}]}"#;
        let imported = import_feed(feed, &ImportOptions::default()).unwrap();
        assert_eq!(imported.articles[0].article.body.len(), 2);
    }

    #[test]
    fn names_authors_without_their_addresses() {
        assert_eq!(author_name("jane@example.com (Jane Roe)"), "Jane Roe");
        assert_eq!(author_name("(Jonas Reimann)"), "Jonas Reimann");
        assert_eq!(author_name("Ann Poe"), "Ann Poe");
        assert_eq!(author_name("desk@example.com"), "");
    }
}
