//! Where the reader is in an edition, and how that is written in a URL.
//!
//! Deep links live in the URL's fragment (`#/article/<id>`), so they work on any
//! static host and under any sub-path: the server never sees them.

use edition::Slug;

const ARTICLE_PREFIX: &str = "#/article/";

/// Where a viewer keeps the article being read.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum History {
    /// In memory only: the page's URL, history and title are left alone. The
    /// default, so that a viewer embedded in someone else's page never takes them over.
    #[default]
    Memory,
    /// In the URL fragment: every article has a link, back and forward move between
    /// articles, and the document title follows the article. For a viewer that owns its page.
    Fragment,
}

/// The link to an article, as an `href` relative to the current page.
pub fn article_href(id: &Slug) -> String {
    format!("{ARTICLE_PREFIX}{id}")
}

/// The article a URL fragment (`location.hash`, with its `#`) points at.
///
/// `None` for an empty fragment or any fragment that is not an article link,
/// which shows the edition's first article. An id that is not a well-formed slug
/// is kept as text so that the reader is told it does not exist.
pub fn article_in_fragment(fragment: &str) -> Option<String> {
    let id = fragment.strip_prefix(ARTICLE_PREFIX)?;
    let id = id.strip_suffix('/').unwrap_or(id);
    (!id.is_empty()).then(|| percent_decoded(id))
}

/// Browsers percent-encode some characters in the fragment (a space becomes `%20`);
/// a slug has none of them, but a mistyped link may.
fn percent_decoded(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut decoded = Vec::with_capacity(bytes.len());
    let mut index = 0;
    while index < bytes.len() {
        let escaped = (bytes[index] == b'%')
            .then(|| text.get(index + 1..index + 3))
            .flatten()
            .and_then(|hex| u8::from_str_radix(hex, 16).ok());
        match escaped {
            Some(byte) => {
                decoded.push(byte);
                index += 3;
            }
            None => {
                decoded.push(bytes[index]);
                index += 1;
            }
        }
    }
    String::from_utf8_lossy(&decoded).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn writes_and_reads_article_links() {
        let id = Slug::try_from("seoul-2000").unwrap();
        let href = article_href(&id);
        assert_eq!(href, "#/article/seoul-2000");
        assert_eq!(article_in_fragment(&href).as_deref(), Some("seoul-2000"));
    }

    #[test]
    fn reads_no_article_from_other_fragments() {
        for fragment in ["", "#", "#/", "#top", "#/article/", "#/articles/x"] {
            assert_eq!(article_in_fragment(fragment), None, "{fragment}");
        }
    }

    #[test]
    fn keeps_unknown_or_malformed_ids_as_text() {
        assert_eq!(
            article_in_fragment("#/article/no-such-id/").as_deref(),
            Some("no-such-id")
        );
        assert_eq!(
            article_in_fragment("#/article/Caf%C3%A9%20x").as_deref(),
            Some("Café x")
        );
        assert_eq!(
            article_in_fragment("#/article/100%").as_deref(),
            Some("100%")
        );
    }
}
