//! Where the reader is in an edition, and how that is written in a URL.
//!
//! Two ways to keep the article in the URL, both relative so that they work under
//! any sub-path: a page per article (`<id>.html`, written by the prerenderer, so
//! links work even without JavaScript), or the fragment (`#/article/<id>`, for an
//! edition loaded at run time, which has no pages on the server).

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
    /// One page per article, `<id>.html` beside the viewer's page, as the prerenderer
    /// writes them: links are real links, and the viewer moves between articles
    /// without reloading (History API). For the prerendered site.
    Pages,
}

impl History {
    /// Whether the viewer owns its page: its URL, its title and its landmarks.
    pub fn owns_page(self) -> bool {
        self != Self::Memory
    }
}

/// The link to an article, as an `href` relative to the current page; `None` in
/// memory, where articles open by button.
pub fn article_href(id: &Slug, history: History) -> Option<String> {
    match history {
        History::Memory => None,
        History::Fragment => Some(format!("{ARTICLE_PREFIX}{id}")),
        History::Pages => Some(article_page(id)),
    }
}

/// The file name of an article's own page.
pub fn article_page(id: &Slug) -> String {
    format!("{id}.html")
}

/// The article a URL path (`location.pathname`) points at: `/news/<id>.html`.
/// `None` for the edition's front page (`/news/`, `/news/index.html`).
pub fn article_in_path(path: &str) -> Option<String> {
    let page = path.rsplit('/').next().unwrap_or_default();
    let id = page.strip_suffix(".html")?;
    (id != "index" && !id.is_empty()).then(|| percent_decoded(id))
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

/// `text` with its percent-escapes (`%20`) decoded; bytes that do not make
/// UTF-8 become U+FFFD. Browsers percent-encode some characters in the fragment
/// (a space becomes `%20`): a slug has none of them, but a mistyped link may.
pub fn percent_decoded(text: &str) -> String {
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
        let fragment = article_href(&id, History::Fragment).unwrap();
        assert_eq!(fragment, "#/article/seoul-2000");
        assert_eq!(
            article_in_fragment(&fragment).as_deref(),
            Some("seoul-2000")
        );
        let page = article_href(&id, History::Pages).unwrap();
        assert_eq!(page, "seoul-2000.html");
        assert_eq!(
            article_in_path(&format!("/news/{page}")).as_deref(),
            Some("seoul-2000")
        );
        assert_eq!(article_href(&id, History::Memory), None);
    }

    #[test]
    fn reads_the_front_page_from_other_paths() {
        for path in ["/", "/news/", "/news/index.html", "/news/edition.json", ""] {
            assert_eq!(article_in_path(path), None, "{path}");
        }
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
