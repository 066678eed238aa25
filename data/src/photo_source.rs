//! Where a photo's image comes from: a web address, or the image itself.

use serde::{Deserialize, Serialize};
use thiserror::Error;

use crate::web_url::{WebUrl, WebUrlError, scheme};

/// The image types a `data:` photo may hold: those every browser shows in an
/// `<img>`, which never runs what it shows (SVG included).
const EMBEDDED_TYPES: [&str; 6] = ["png", "jpeg", "gif", "webp", "avif", "svg+xml"];

/// A photo's `src`: anything a [`WebUrl`] accepts, or the image carried inside
/// the edition as a base64 `data:` URL (`data:image/png;base64,…`), as a
/// one-file edition holds its photos. Only a photo may be embedded: a link's
/// URL stays a [`WebUrl`].
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct PhotoSource(String);

#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum PhotoSourceError {
    #[error(transparent)]
    Url(#[from] WebUrlError),
    #[error(
        "{start:?}… is not an embedded image: a data: photo is \
         data:image/TYPE;base64,DATA, with TYPE one of png, jpeg, gif, webp, avif, svg+xml"
    )]
    NotAnImage { start: String },
}

impl TryFrom<String> for PhotoSource {
    type Error = PhotoSourceError;

    fn try_from(value: String) -> Result<Self, Self::Error> {
        if scheme(&value).as_deref() != Some("data") {
            return Ok(Self(WebUrl::try_from(value)?.into()));
        }
        if is_embedded_image(&value) {
            Ok(Self(value))
        } else {
            let start = value.chars().take(40).collect();
            Err(PhotoSourceError::NotAnImage { start })
        }
    }
}

impl From<WebUrl> for PhotoSource {
    fn from(url: WebUrl) -> Self {
        Self(url.into())
    }
}

impl PhotoSource {
    /// Whether the image is carried inside the edition (`data:`).
    pub fn is_embedded(&self) -> bool {
        scheme(&self.0).as_deref() == Some("data")
    }

    /// Whether the source is a URL with no scheme, which depends on a base URL.
    pub fn is_relative(&self) -> bool {
        scheme(&self.0).is_none()
    }
}

/// `data:image/TYPE;base64,DATA`, the type one of [`EMBEDDED_TYPES`] (in any
/// case, as browsers read it), and the data base64 and nothing else.
fn is_embedded_image(url: &str) -> bool {
    let Some((header, data)) = url.split_once(',') else {
        return false;
    };
    let header = header.to_ascii_lowercase();
    let Some(kind) = header
        .strip_prefix("data:image/")
        .and_then(|rest| rest.strip_suffix(";base64"))
    else {
        return false;
    };
    let padding = data.len() - data.trim_end_matches('=').len();
    EMBEDDED_TYPES.contains(&kind)
        && !data.is_empty()
        && padding <= 2
        && data
            .trim_end_matches('=')
            .bytes()
            .all(|byte| byte.is_ascii_alphanumeric() || matches!(byte, b'+' | b'/'))
}

validated_string!(PhotoSource, PhotoSourceError);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn takes_what_a_web_url_takes() {
        for url in ["https://example.com/a.jpg", "photos/a.jpg", "/a.png"] {
            let source = PhotoSource::try_from(url).unwrap();
            assert_eq!(&*source, url);
            assert!(!source.is_embedded());
        }
        assert!(PhotoSource::try_from("photos/a.jpg").unwrap().is_relative());
        assert_eq!(
            PhotoSource::try_from("javascript:alert(1)").unwrap_err(),
            PhotoSourceError::Url(WebUrl::try_from("javascript:alert(1)").unwrap_err())
        );
    }

    #[test]
    fn takes_an_embedded_image_in_base64() {
        for url in [
            "data:image/png;base64,iVBORw0KGgo=",
            "DATA:image/SVG+XML;base64,PHN2Zz4=",
            "data:image/webp;base64,UklGRg",
        ] {
            let source = PhotoSource::try_from(url).unwrap();
            assert!(source.is_embedded(), "{url}");
            assert!(!source.is_relative(), "{url}");
        }
    }

    #[test]
    fn refuses_any_other_data_url() {
        for url in [
            "data:text/html;base64,PHNjcmlwdD4=",
            "data:image/png,rawbytes",
            "data:image/png;base64,",
            "data:image/png;base64,abc$def",
            "data:image/png;base64,abc===",
            "data:image/x-icon;base64,AAAB",
            "data:image/png;charset=utf-8;base64,AAAB",
            "data:",
        ] {
            assert!(
                matches!(
                    PhotoSource::try_from(url),
                    Err(PhotoSourceError::NotAnImage { .. })
                ),
                "{url}"
            );
        }
        assert_eq!(
            PhotoSource::try_from("data:text/html,<script>alert(1)</script>")
                .unwrap_err()
                .to_string(),
            "\"data:text/html,<script>alert(1)</script>\"… is not an embedded image: a data: \
             photo is data:image/TYPE;base64,DATA, with TYPE one of png, jpeg, gif, webp, \
             avif, svg+xml"
        );
    }
}
