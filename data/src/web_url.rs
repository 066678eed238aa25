use std::fmt;
use std::ops::Deref;

use serde::{Deserialize, Serialize};
use thiserror::Error;

/// A URL the viewer may put in `href` or `src`: absolute `http:` or `https:`, or
/// relative (resolved by the browser against the page showing the viewer).
///
/// Every other scheme is refused, whatever its disguise: the scheme is read the
/// way a browser's URL parser reads it (case-insensitive, after it drops tabs and
/// newlines), and control characters or surrounding spaces, which a browser would
/// silently strip, are refused outright rather than guessed at.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct WebUrl(String);

#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum WebUrlError {
    #[error("must not be empty")]
    Empty,
    #[error("{0:?} starts or ends with white space")]
    SurroundingSpace(String),
    #[error("{0:?} contains a control character")]
    ControlCharacter(String),
    #[error("{url:?} uses the {scheme:?} scheme; only http, https and relative URLs are allowed")]
    SchemeNotAllowed { url: String, scheme: String },
}

impl TryFrom<String> for WebUrl {
    type Error = WebUrlError;

    fn try_from(value: String) -> Result<Self, Self::Error> {
        if value.is_empty() {
            return Err(WebUrlError::Empty);
        }
        if value.trim() != value {
            return Err(WebUrlError::SurroundingSpace(value));
        }
        if value.chars().any(char::is_control) {
            return Err(WebUrlError::ControlCharacter(value));
        }
        match scheme(&value) {
            None => Ok(Self(value)),
            Some(scheme) if scheme == "http" || scheme == "https" => Ok(Self(value)),
            Some(scheme) => Err(WebUrlError::SchemeNotAllowed { url: value, scheme }),
        }
    }
}

impl WebUrl {
    /// Whether the URL has no scheme, so that it depends on a base URL.
    pub fn is_relative(&self) -> bool {
        scheme(&self.0).is_none()
    }
}

/// The scheme as the WHATWG URL parser finds it, lowercased; `None` for a
/// relative URL. A scheme is an ASCII letter followed by letters, digits, `+`,
/// `-` or `.`, ending at the first `:`; anything else before a `:` makes the
/// URL a relative path.
fn scheme(url: &str) -> Option<String> {
    let (candidate, _) = url.split_once(':')?;
    let mut bytes = candidate.bytes();
    let starts_with_letter = bytes.next().is_some_and(|byte| byte.is_ascii_alphabetic());
    let rest_is_valid =
        bytes.all(|byte| byte.is_ascii_alphanumeric() || matches!(byte, b'+' | b'-' | b'.'));
    (starts_with_letter && rest_is_valid).then(|| candidate.to_ascii_lowercase())
}

impl TryFrom<&str> for WebUrl {
    type Error = WebUrlError;

    fn try_from(value: &str) -> Result<Self, Self::Error> {
        Self::try_from(value.to_owned())
    }
}

impl From<WebUrl> for String {
    fn from(url: WebUrl) -> Self {
        url.0
    }
}

impl Deref for WebUrl {
    type Target = str;

    fn deref(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for WebUrl {
    fn fmt(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        formatter.write_str(&self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accepts_http_https_and_relative_urls() {
        for url in [
            "https://example.com/a?b=c#d",
            "HTTP://example.com",
            "//example.com/photo.jpg",
            "/photo.jpg",
            "photo.jpg",
            "../photos/a%20b.jpg",
            "?article=x",
            "#top",
            "javascript%3Aalert(1)",
            "2000:troops",
        ] {
            assert!(WebUrl::try_from(url).is_ok(), "{url}");
        }
    }

    #[test]
    fn knows_relative_from_absolute() {
        for relative in ["photo.jpg", "/a", "//example.com/a", "?q", "#top"] {
            assert!(
                WebUrl::try_from(relative).unwrap().is_relative(),
                "{relative}"
            );
        }
        for absolute in ["http://example.com", "HTTPS://example.com/a"] {
            assert!(
                !WebUrl::try_from(absolute).unwrap().is_relative(),
                "{absolute}"
            );
        }
    }

    #[test]
    fn rejects_other_schemes_in_any_case() {
        for (url, scheme) in [
            ("javascript:alert(1)", "javascript"),
            ("JaVaScRiPt:alert(1)", "javascript"),
            ("data:text/html,<script>alert(1)</script>", "data"),
            ("vbscript:msgbox(1)", "vbscript"),
            ("file:///etc/passwd", "file"),
            ("mailto:desk@example.com", "mailto"),
        ] {
            assert_eq!(
                WebUrl::try_from(url),
                Err(WebUrlError::SchemeNotAllowed {
                    url: url.to_owned(),
                    scheme: scheme.to_owned()
                })
            );
        }
    }

    #[test]
    fn rejects_disguises_a_browser_would_strip() {
        assert!(matches!(
            WebUrl::try_from(" javascript:alert(1)"),
            Err(WebUrlError::SurroundingSpace(_))
        ));
        for url in [
            "java\tscript:alert(1)",
            "java\nscript:alert(1)",
            "\u{1}javascript:alert(1)",
        ] {
            assert!(
                matches!(WebUrl::try_from(url), Err(WebUrlError::ControlCharacter(_))),
                "{url:?}"
            );
        }
        assert_eq!(WebUrl::try_from(""), Err(WebUrlError::Empty));
    }
}
