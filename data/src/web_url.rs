use serde::{Deserialize, Serialize};
use thiserror::Error;

/// A URL the viewer may put in `href` or `src`: absolute `http:` or `https:`, or
/// relative (resolved by the browser against the page showing the viewer).
///
/// Every other scheme is refused, whatever its disguise: the scheme is read the
/// way a browser's URL parser reads it (case-insensitive, ending at the first
/// `:`), and control characters or surrounding spaces, which a browser would
/// silently strip, are refused outright rather than guessed at. A relative URL
/// that turns into another scheme once its percent-encoding, HTML character
/// references, JavaScript escapes, full-width letters and invisible characters
/// are undone (`javascript%3Aalert(1)`, `&#106;avascript:…`) is refused too:
/// a browser reads it as a harmless path, but it exists only to slip past a
/// filter, and the next program to handle the edition may well decode it.
///
/// Only the scheme is checked: an `http:` URL with a malformed host is kept, and
/// the browser treats it as a link that goes nowhere. Judging hosts the way a
/// browser does needs the whole WHATWG host parser with its Unicode tables.
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
    #[error(
        "{url:?} hides the {scheme:?} scheme behind encoded or invisible characters; only http, https and relative URLs are allowed"
    )]
    DisguisedScheme { url: String, scheme: String },
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
            Some(scheme) if is_web_scheme(&scheme) => Ok(Self(value)),
            Some(scheme) => Err(WebUrlError::SchemeNotAllowed { url: value, scheme }),
            None => match disguised_scheme(&value) {
                Some(scheme) => Err(WebUrlError::DisguisedScheme { url: value, scheme }),
                None => Ok(Self(value)),
            },
        }
    }
}

impl WebUrl {
    /// Whether the URL has no scheme, so that it depends on a base URL.
    pub fn is_relative(&self) -> bool {
        scheme(&self.0).is_none()
    }
}

fn is_web_scheme(scheme: &str) -> bool {
    scheme == "http" || scheme == "https"
}

/// The scheme as the WHATWG URL parser finds it, lowercased; `None` for a
/// relative URL. A scheme is an ASCII letter followed by letters, digits, `+`,
/// `-` or `.`, ending at the first `:`; anything else before a `:` makes the
/// URL a relative path.
pub(crate) fn scheme(url: &str) -> Option<String> {
    let (candidate, _) = url.split_once(':')?;
    let mut bytes = candidate.bytes();
    let starts_with_letter = bytes.next().is_some_and(|byte| byte.is_ascii_alphabetic());
    let rest_is_valid =
        bytes.all(|byte| byte.is_ascii_alphanumeric() || matches!(byte, b'+' | b'-' | b'.'));
    (starts_with_letter && rest_is_valid).then(|| candidate.to_ascii_lowercase())
}

/// How much of a relative URL is decoded in search of a hidden scheme. A scheme
/// sits before the first `/` or `?`; these bounds keep the work per URL small
/// whatever the edition holds, far beyond any encoding a real URL carries.
const DISGUISE_PREFIX_BYTES: usize = 256;
const DISGUISE_DECODING_ROUNDS: usize = 8;

/// The scheme other than http or https that a relative URL reveals once its
/// encoded characters are decoded, layer after layer, and its invisible
/// characters dropped.
fn disguised_scheme(url: &str) -> Option<String> {
    let prefix_end = url.find(['/', '?']).unwrap_or(url.len());
    let mut text =
        url[..floor_char_boundary(url, prefix_end.min(DISGUISE_PREFIX_BYTES))].to_owned();
    for _ in 0..DISGUISE_DECODING_ROUNDS {
        let decoded = decode_once(&text);
        if decoded == text {
            break;
        }
        text = decoded;
    }
    let visible: String = text.chars().filter(|&c| !is_invisible(c)).collect();
    scheme(&visible).filter(|scheme| !is_web_scheme(scheme))
}

fn floor_char_boundary(text: &str, mut index: usize) -> usize {
    while !text.is_char_boundary(index) {
        index -= 1;
    }
    index
}

/// Characters that a reader (or an old browser) does not see in a URL.
fn is_invisible(c: char) -> bool {
    c.is_whitespace()
        || c.is_control()
        || matches!(
            c,
            '\u{AD}'
                | '\u{180E}'
                | '\u{200B}'..='\u{200F}'
                | '\u{202A}'..='\u{202E}'
                | '\u{2060}'..='\u{2064}'
                | '\u{FEFF}'
        )
}

/// Undoes one layer of percent-encoding (`%6A`), HTML character references
/// (`&#106;`, `&#x6A`, `&colon;`), JavaScript escapes (`\u006A`, `\x6A`) and
/// full-width ASCII (`ｊ`).
fn decode_once(text: &str) -> String {
    let mut bytes = Vec::with_capacity(text.len());
    let mut rest = text;
    while let Some(c) = rest.chars().next() {
        let (decoded, length) = percent_escape(rest)
            .map(|(byte, length)| (Decoded::Byte(byte), length))
            .or_else(|| character_reference(rest).map(|(c, length)| (Decoded::Char(c), length)))
            .or_else(|| javascript_escape(rest).map(|(c, length)| (Decoded::Char(c), length)))
            .unwrap_or((Decoded::Char(full_width_to_ascii(c)), c.len_utf8()));
        match decoded {
            Decoded::Byte(byte) => bytes.push(byte),
            Decoded::Char(c) => bytes.extend_from_slice(c.encode_utf8(&mut [0; 4]).as_bytes()),
        }
        rest = &rest[length..];
    }
    String::from_utf8_lossy(&bytes).into_owned()
}

enum Decoded {
    Byte(u8),
    Char(char),
}

/// `%XX` at the start of `text`: the byte and the length of the escape.
fn percent_escape(text: &str) -> Option<(u8, usize)> {
    let hex = text.strip_prefix('%')?.get(..2)?;
    let byte = u8::from_str_radix(hex, 16).ok()?;
    hex.bytes()
        .all(|digit| digit.is_ascii_hexdigit())
        .then_some((byte, 3))
}

/// Named references that can spell out or hide a scheme, with and without the
/// semicolon that HTML lets some of them drop.
const NAMED_REFERENCES: [(&str, char); 9] = [
    ("&colon;", ':'),
    ("&Tab;", '\t'),
    ("&NewLine;", '\n'),
    ("&nbsp;", '\u{A0}'),
    ("&nbsp", '\u{A0}'),
    ("&amp;", '&'),
    ("&amp", '&'),
    ("&AMP;", '&'),
    ("&AMP", '&'),
];

/// An HTML character reference at the start of `text`: `&#106;`, `&#0000106`,
/// `&#x6A;`, `&#X6a` or one of [`NAMED_REFERENCES`].
fn character_reference(text: &str) -> Option<(char, usize)> {
    if let Some(numeric) = text.strip_prefix("&#") {
        let (radix, digits_start) = match numeric.as_bytes().first()? {
            b'x' | b'X' => (16, 3),
            _ => (10, 2),
        };
        let digits = &text[digits_start..];
        let digits_length = digits
            .bytes()
            .take_while(|digit| (*digit as char).is_digit(radix))
            .count();
        if digits_length == 0 {
            return None;
        }
        // Like a browser: a number beyond Unicode, a surrogate or zero reads as U+FFFD.
        let c = u32::from_str_radix(&digits[..digits_length.min(8)], radix)
            .ok()
            .filter(|_| digits_length <= 8)
            .and_then(char::from_u32)
            .filter(|&c| c != '\0')
            .unwrap_or(char::REPLACEMENT_CHARACTER);
        let semicolon = usize::from(digits[digits_length..].starts_with(';'));
        return Some((c, digits_start + digits_length + semicolon));
    }
    NAMED_REFERENCES
        .iter()
        .find(|(name, _)| text.starts_with(name))
        .map(|&(name, c)| (c, name.len()))
}

/// `\u006A`, `\u{6A}` or `\x6A` at the start of `text`.
fn javascript_escape(text: &str) -> Option<(char, usize)> {
    let escape = text.strip_prefix('\\')?;
    let (digits, length) = if let Some(braced) = escape.strip_prefix("u{") {
        let end = braced.find('}')?;
        (&braced[..end], end + 4)
    } else if let Some(unicode) = escape.strip_prefix('u') {
        (unicode.get(..4)?, 6)
    } else if let Some(hex) = escape.strip_prefix('x') {
        (hex.get(..2)?, 4)
    } else {
        return None;
    };
    if digits.is_empty() || digits.len() > 6 || !digits.bytes().all(|d| d.is_ascii_hexdigit()) {
        return None;
    }
    let c = char::from_u32(u32::from_str_radix(digits, 16).ok()?)?;
    Some((c, length))
}

/// `ｊ` (U+FF4A) to `j`: the full-width forms of printable ASCII.
fn full_width_to_ascii(c: char) -> char {
    match c {
        '\u{FF01}'..='\u{FF5E}' => char::from_u32(c as u32 - 0xFEE0).unwrap_or(c),
        _ => c,
    }
}

validated_string!(WebUrl, WebUrlError);

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
            "2000:troops",
            "./notes%3Atoday.jpg",
            "https://example.com/?q=javascript%3Aalert(1)",
            "photos/caf%C3%A9.jpg",
            "%E2%82%AC/price.jpg",
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
        assert!(matches!(
            WebUrl::try_from("\u{2028}javascript:alert(1)"),
            Err(WebUrlError::SurroundingSpace(_))
        ));
        for url in [
            "java\tscript:alert(1)",
            "java\nscript:alert(1)",
            "\u{1}javascript:alert(1)",
            "java\0script:alert(1)",
        ] {
            assert!(
                matches!(WebUrl::try_from(url), Err(WebUrlError::ControlCharacter(_))),
                "{url:?}"
            );
        }
        assert_eq!(WebUrl::try_from(""), Err(WebUrlError::Empty));
    }

    #[test]
    fn rejects_schemes_hidden_by_encoding_or_invisible_characters() {
        for (url, scheme) in [
            ("javascript%3Aalert(1)", "javascript"),
            ("%6A%61%76%61%73%63%72%69%70%74:alert(1)", "javascript"),
            ("%256Aavascript:alert(1)", "javascript"),
            (
                "&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)",
                "javascript",
            ),
            ("&#0000106&#0000097vascript:alert(1)", "javascript"),
            ("&#x6A&#x61vascript&#x3A;alert(1)", "javascript"),
            ("javascript&colon;alert(1)", "javascript"),
            ("jav&#x09;ascript:alert(1)", "javascript"),
            ("jav&Tab;ascript:alert(1)", "javascript"),
            ("&amp;#106;avascript:alert(1)", "javascript"),
            ("&#xA0javascript:alert(1)", "javascript"),
            ("&#14;javascript:alert(1)", "javascript"),
            ("java script:alert(1)", "javascript"),
            ("\u{200B}javascript:alert(1)", "javascript"),
            ("java\u{AD}script:alert(1)", "javascript"),
            ("\\u006Aavascript:alert(1)", "javascript"),
            ("\\x6Aavascript:alert(1)", "javascript"),
            ("ｊａｖａｓｃｒｉｐｔ：alert(1)", "javascript"),
            ("data%3Atext/html,<script>alert(1)</script>", "data"),
            ("vb&#115;cript:msgbox(1)", "vbscript"),
            ("notes%3Atoday.jpg", "notes"),
        ] {
            assert_eq!(
                WebUrl::try_from(url),
                Err(WebUrlError::DisguisedScheme {
                    url: url.to_owned(),
                    scheme: scheme.to_owned()
                }),
                "{url}"
            );
        }
    }

    #[test]
    fn bounds_the_search_for_a_hidden_scheme() {
        // Eight layers of percent-encoding are undone; a ninth is left alone,
        // and so is a colon beyond the first 256 bytes. A browser reads both
        // as harmless relative paths.
        let layered = |layers: usize| {
            "javascript%3Aalert(1)".replace('%', &format!("%{}", "25".repeat(layers - 1)))
        };
        assert!(matches!(
            WebUrl::try_from(layered(8)),
            Err(WebUrlError::DisguisedScheme { .. })
        ));
        assert!(WebUrl::try_from(layered(9)).is_ok());
        let long = format!("{}javascript%3Aalert(1)", "a".repeat(300));
        assert!(WebUrl::try_from(long).is_ok());
    }
}
