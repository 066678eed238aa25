//! Where a saved page's addresses point. A relative address in a page is
//! relative to the page's own address, which a saved copy has lost: the page
//! can still say it, with `<base href>`, its canonical link or its `og:url`.
//! An address the page gives no base for is not taken, rather than left
//! relative for the viewer's page to resolve against itself.

use dom_query::Document;
use edition::{WebUrl, WebUrlError};
use thiserror::Error;
use url::Url;

/// Why an address of the page is not taken.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub(crate) enum AddressError {
    #[error(
        "{0:?} is relative, and the page states no address of its own (`<base href>`, canonical link or `og:url`) to resolve it against"
    )]
    RelativeWithoutBase(String),
    #[error("{href:?} is not an address: {error}")]
    Unreadable {
        href: String,
        error: url::ParseError,
    },
    #[error(transparent)]
    Refused(#[from] WebUrlError),
}

/// The page's own address, and the base its relative addresses resolve against.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct PageAddress {
    /// The canonical link, else `og:url`: the address of the article itself.
    own: Option<Url>,
    /// `<base href>` (resolved against `own` when relative), else `own`.
    base: Option<Url>,
}

impl PageAddress {
    /// Reads the page's `<base href>`, canonical link and `og:url`; an address
    /// that is not `http:` or `https:` is no base.
    pub(crate) fn of(document: &Document) -> Self {
        let web_url = |href: Option<String>| {
            href.and_then(|href| Url::parse(href.trim()).ok())
                .filter(|url| matches!(url.scheme(), "http" | "https"))
        };
        let canonical = document
            .select(r#"link[rel~="canonical"][href]"#)
            .first()
            .attr("href")
            .map(String::from);
        let og_url = document
            .select(r#"meta[property="og:url"][content]"#)
            .first()
            .attr("content")
            .map(String::from);
        let own = web_url(canonical).or_else(|| web_url(og_url));
        let base = document
            .select("base[href]")
            .first()
            .attr("href")
            .and_then(|href| match &own {
                Some(own) => own.join(href.trim()).ok(),
                None => Url::parse(href.trim()).ok(),
            })
            .filter(|url| matches!(url.scheme(), "http" | "https"))
            .or_else(|| own.clone());
        Self { own, base }
    }

    /// `href` as an absolute address the format takes. It is checked as the
    /// page writes it too: an address that hides a scheme behind its encoding
    /// (`javascript%3A…`) is refused, not resolved into a harmless-looking path.
    pub(crate) fn resolve(&self, href: &str) -> Result<WebUrl, AddressError> {
        // A browser drops the white space around an address in an attribute.
        let href = href.trim();
        WebUrl::try_from(href)?;
        let resolved = match &self.base {
            Some(base) => base.join(href),
            None => Url::parse(href),
        };
        let url = match resolved {
            Ok(url) => url,
            Err(url::ParseError::RelativeUrlWithoutBase) => {
                return Err(AddressError::RelativeWithoutBase(href.to_owned()));
            }
            Err(error) => {
                return Err(AddressError::Unreadable {
                    href: href.to_owned(),
                    error,
                });
            }
        };
        Ok(WebUrl::try_from(url.as_str())?)
    }

    /// Whether `url` is the article's own address, its fragment aside.
    pub(crate) fn is_own(&self, url: &WebUrl) -> bool {
        self.own
            .as_ref()
            .is_some_and(|own| without_fragment(own.as_str()) == without_fragment(url))
    }
}

/// The address of the page `url` points into: the part before its fragment.
pub(crate) fn without_fragment(url: &str) -> &str {
    url.split_once('#').map_or(url, |(page, _)| page)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn address(head: &str) -> PageAddress {
        PageAddress::of(&Document::from(format!(
            "<html><head>{head}</head><body></body></html>"
        )))
    }

    #[test]
    fn resolves_against_the_base_then_the_canonical_link_then_og_url() {
        let page = address(
            r#"<base href="/media/"><link rel="canonical" href="https://news.example/a/story">
               <meta property="og:url" content="https://other.example/">"#,
        );
        assert_eq!(
            &*page.resolve(" photo.jpg ").unwrap(),
            "https://news.example/media/photo.jpg"
        );
        let page = address(r#"<link rel="canonical" href="https://news.example/a/story">"#);
        assert_eq!(
            &*page.resolve("../b/other").unwrap(),
            "https://news.example/b/other"
        );
        let page = address(r#"<meta property="og:url" content="https://news.example/a/">"#);
        assert_eq!(
            &*page.resolve("x.jpg").unwrap(),
            "https://news.example/a/x.jpg"
        );
    }

    #[test]
    fn takes_no_relative_address_without_a_base() {
        let page = address(r#"<meta property="og:url" content="javascript:alert(1)">"#);
        assert!(matches!(
            page.resolve("photo.jpg"),
            Err(AddressError::RelativeWithoutBase(_))
        ));
        assert_eq!(
            &*page.resolve("https://cdn.example/photo.jpg").unwrap(),
            "https://cdn.example/photo.jpg"
        );
    }

    #[test]
    fn refuses_other_schemes_plain_or_disguised() {
        let page = address(r#"<base href="https://news.example/">"#);
        for href in [
            "javascript:alert(1)",
            " JavaScript:alert(1)",
            "data:image/png;base64,AAAA",
            "javascript%3Aalert(1)",
            "vbscript:msgbox",
        ] {
            assert!(
                matches!(page.resolve(href), Err(AddressError::Refused(_))),
                "{href}"
            );
        }
    }

    #[test]
    fn knows_the_article_by_its_own_address() {
        let page = address(r#"<link rel="canonical" href="https://news.example/story">"#);
        let own = page.resolve("/story#comments").unwrap();
        assert!(page.is_own(&own));
        assert!(!page.is_own(&page.resolve("/other").unwrap()));
        assert!(!PageAddress::default().is_own(&own));
    }
}
